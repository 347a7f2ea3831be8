import { InputError, type InputProblem } from "../types.ts";
import {
  binaryTextMessage,
  invalidUtf8AfterBomMessage,
  mixedEncodingMessage,
  undecodableGbMessage,
  utf16WithoutBomMessage,
  workbookAsTextMessage,
} from "../words/input-messages.ts";
import { type DecodedText, decodeText } from "./decode-text.ts";
import { problem } from "./problems.ts";

/** At most this many broken lines are named one by one in an encoding problem (the count names the rest). */
const LINES_NAMED = 5;

/**
 * Decodes the bytes of a text table (CSV, JSON) like `decodeText`, but refuses what would be read as mojibake:
 * - a UTF-8 byte-order mark followed by bytes that are not UTF-8 (a GBK body behind a BOM): refused with the lines
 *   that break it;
 * - a file without BOM whose lines are mostly UTF-8 but some are not (one row pasted in GBK), or mostly GBK with UTF-8
 *   rows (see `looksUtf8NotGbk`): refused with those lines;
 * - a file read as GB18030 with bytes even GB18030 cannot decode: refused with those lines;
 * - UTF-16 without a byte-order mark (NUL bytes in every other place): one message, not one per cell;
 * - a ZIP archive (an .xlsx workbook) under a text name, and many NUL bytes (a binary file): one message each (a few
 *   NUL bytes in good text are left to the cell checks, which name their row and column).
 * Lines are counted from 1 at each line feed, as a text editor numbers them (a quoted line break in a CSV cell makes
 * a line without making a row). Browser-safe.
 *
 * @param bytes the file's contents
 * @param file the file's name, for problems
 * @returns the text and the encoding recognised
 * @throws {InputError} codes "invalid-utf-8", "mixed-encoding", "undecodable-text", "utf-16-without-bom",
 * "binary-file", "workbook-as-text"
 * @example decodeTableText(new TextEncoder().encode("编号\nT01\n"), "t.csv") // { text: "编号\nT01\n", encoding: "utf-8" }
 */
export function decodeTableText(bytes: Uint8Array, file: string): DecodedText {
  const decoded = decodeText(bytes);
  if (decoded.encoding === "utf-16le" || decoded.encoding === "utf-16be") return decoded;
  const refuse = (p: InputProblem): never => {
    throw new InputError([p]);
  };
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    refuse(problem("workbook-as-text", { file }, workbookAsTextMessage()));
  }
  const utf16 = utf16WithoutBom(bytes);
  if (utf16 !== undefined) refuse(problem("utf-16-without-bom", { file }, utf16WithoutBomMessage(utf16)));
  // Many NUL bytes: a binary file. A few in otherwise good text are left to the cell checks, which locate them.
  const nul = bytes.indexOf(0);
  if (nul >= 0 && countZeros(bytes) > Math.max(8, bytes.length / 100)) {
    refuse(problem("binary-file", { file, row: lineAt(bytes, nul) }, binaryTextMessage()));
  }
  if (decoded.encoding === "utf-8") return decoded;
  const bom = decoded.encoding === "utf-8-bom" ? 3 : 0;
  const lines = classifyLines(bytes, bom);
  if (decoded.encoding === "utf-8-bom") {
    if (lines.invalid.length > 0) {
      refuse(
        problem(
          "invalid-utf-8",
          { file, row: lines.invalid[0]! },
          invalidUtf8AfterBomMessage(named(lines.invalid), lines.invalid.length),
        ),
      );
    }
    return decoded;
  }
  // No BOM and not UTF-8 as a whole: GB18030, unless most lines with non-ASCII text are UTF-8.
  if (lines.validNonAscii > lines.invalid.length) {
    refuse(
      problem(
        "mixed-encoding",
        { file, row: lines.invalid[0]! },
        mixedEncodingMessage(named(lines.invalid), lines.invalid.length, lines.validNonAscii, "utf-8"),
      ),
    );
  }
  // Most lines GBK: a valid UTF-8 line whose bytes, read as GBK pairs, are mostly outside GB2312 is a UTF-8 row
  // pasted in (a GBK row is almost all GB2312 characters; UTF-8 Chinese read as GBK is mostly not).
  const utf8Rows = lines.validLines.filter((line) => looksUtf8NotGbk(lines.bytesOf(line)));
  if (utf8Rows.length > 0) {
    refuse(
      problem(
        "mixed-encoding",
        { file, row: utf8Rows[0]! },
        mixedEncodingMessage(named(utf8Rows), utf8Rows.length, lines.invalid.length, "gbk"),
      ),
    );
  }
  // Only when the whole text holds a replacement character are the lines looked at one by one.
  const broken = decoded.text.includes("\uFFFD")
    ? lines.invalid.filter((line) => lines.text(line, "gb18030").includes("\uFFFD"))
    : [];
  if (broken.length > 0) {
    refuse(
      problem(
        "undecodable-text",
        { file, row: broken[0]! },
        undecodableGbMessage(named(broken), broken.length),
      ),
    );
  }
  return decoded;
}

function named(lines: readonly number[]): readonly number[] {
  return lines.slice(0, LINES_NAMED);
}

function countZeros(bytes: Uint8Array): number {
  let zeros = 0;
  for (const byte of bytes) if (byte === 0) zeros++;
  return zeros;
}

/** The 1-based line of byte `offset`: one more than the line feeds before it. */
function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/**
 * "le" or "be" when the bytes look like UTF-16 without a byte-order mark: NUL in at least a quarter of the odd
 * (little-endian) or even (big-endian) places of the first 4 KiB and in almost none of the others.
 */
function utf16WithoutBom(bytes: Uint8Array): "le" | "be" | undefined {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (odd >= pairs / 4 && even <= pairs / 50) return "le";
  if (even >= pairs / 4 && odd <= pairs / 50) return "be";
  return undefined;
}

/**
 * Whether `bytes[start, end)` is well-formed UTF-8 (Unicode 15, table 3-7: no overlong forms, no surrogates, nothing
 * above U+10FFFF), as a fatal `TextDecoder` decides, without an exception per line.
 */
export function isUtf8(bytes: Uint8Array, start = 0, end = bytes.length): boolean {
  let i = start;
  while (i < end) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let low = 0x80;
    let high = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) low = 0xa0;
      if (b === 0xed) high = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) low = 0x90;
      if (b === 0xf4) high = 0x8f;
    } else return false;
    if (i + need >= end) return false;
    const second = bytes[i + 1]!;
    if (second < low || second > high) return false;
    for (let k = 2; k <= need; k++) {
      const next = bytes[i + k]!;
      if (next < 0x80 || next > 0xbf) return false;
    }
    i += need + 1;
  }
  return true;
}

/**
 * Whether a line that is valid UTF-8 is UTF-8 rather than GBK that happens to be valid UTF-8: read as GBK byte pairs,
 * at least 3 pairs and fewer than half of them GB2312 characters (lead A1–F7, trail A1–FE). Office GBK text is almost
 * all GB2312; UTF-8 Chinese (lead E4–E9, continuation bytes 80–BF) read as pairs mostly is not.
 */
function looksUtf8NotGbk(line: Uint8Array): boolean {
  let pairs = 0;
  let gb2312 = 0;
  for (let i = 0; i < line.length; i++) {
    const lead = line[i]!;
    if (lead < 0x80) continue;
    const trail = line[i + 1] ?? 0;
    pairs++;
    if (lead >= 0xa1 && lead <= 0xf7 && trail >= 0xa1 && trail <= 0xfe) gb2312++;
    i++;
  }
  return pairs >= 3 && gb2312 * 2 < pairs;
}

/** Each line's bytes checked as UTF-8: the lines that are not, and how many valid ones hold non-ASCII text. */
function classifyLines(
  bytes: Uint8Array,
  start: number,
): {
  readonly invalid: readonly number[];
  readonly validNonAscii: number;
  /** The lines with non-ASCII bytes that are valid UTF-8. */
  readonly validLines: readonly number[];
  readonly text: (line: number, encoding: string) => string;
  readonly bytesOf: (line: number) => Uint8Array;
} {
  const invalid: number[] = [];
  const validLines: number[] = [];
  const starts: number[] = [];
  let validNonAscii = 0;
  let lineStart = start;
  let line = 1;
  let ascii = true;
  const end = (stop: number): void => {
    starts[line] = lineStart;
    if (!ascii) {
      if (isUtf8(bytes, lineStart, stop)) {
        validNonAscii++;
        validLines.push(line);
      } else invalid.push(line);
    }
  };
  for (let i = start; i < bytes.length; i++) {
    const byte = bytes[i]!;
    if (byte === 0x0a) {
      end(i);
      line++;
      lineStart = i + 1;
      ascii = true;
    } else if (byte >= 0x80) ascii = false;
  }
  end(bytes.length);
  const bytesOf = (at: number): Uint8Array => bytes.subarray(starts[at] ?? 0, starts[at + 1] ?? bytes.length);
  const text = (at: number, encoding: string): string => new TextDecoder(encoding).decode(bytesOf(at));
  return { invalid, validNonAscii, validLines, text, bytesOf };
}
