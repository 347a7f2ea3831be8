import { InputError } from "../types.ts";
import {
  damagedWorkbookMessage,
  encryptedWorkbookMessage,
  notAWorkbookMessage,
  oldExcelWorkbookMessage,
  workbookTooLargeMessage,
} from "../words/input-messages.ts";
import { MAX_WORKBOOK_ENTRIES, MAX_WORKBOOK_UNCOMPRESSED_BYTES } from "./input-limits.ts";
import { problem } from "./problems.ts";

/** What the central directory of an XLSX (a ZIP archive) says, read before anything is inflated. */
export interface WorkbookArchive {
  /** Number of files in the archive. */
  readonly entries: number;
  /** Sum of the declared uncompressed sizes of its files, in bytes. */
  readonly uncompressedBytes: number;
}

/**
 * Checks the bytes of an .xlsx file before they are handed to the workbook reader: that they are a ZIP archive (an
 * encrypted workbook, an Excel 97–2003 .xls and any other file renamed .xlsx are each named as such), and that the
 * archive does not inflate beyond `MAX_WORKBOOK_UNCOMPRESSED_BYTES` or hold more than `MAX_WORKBOOK_ENTRIES` files
 * (a small file that inflates hugely). Reads only the ZIP's end record and central directory; inflates nothing.
 * Browser-safe.
 * @param bytes the file's contents
 * @param file the file's name, for problems
 * @returns the archive's entries and declared uncompressed size
 * @throws {InputError} codes "encrypted-workbook", "old-excel-format", "not-a-workbook", "damaged-workbook",
 * "workbook-too-large"
 * @example inspectWorkbook(new TextEncoder().encode("编号,乡镇名称"), "t.xlsx") // throws InputError "not-a-workbook"
 */
export function inspectWorkbook(bytes: Uint8Array, file: string): WorkbookArchive {
  const refuse = (code: string, message: ReturnType<typeof notAWorkbookMessage>): never => {
    throw new InputError([problem(code, { file }, message)]);
  };
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    // An OLE compound file: an encrypted OOXML workbook keeps its package in a stream named "EncryptedPackage".
    if (containsUtf16le(bytes, "EncryptedPackage")) refuse("encrypted-workbook", encryptedWorkbookMessage());
    refuse("old-excel-format", oldExcelWorkbookMessage());
  }
  if (!startsWith(bytes, [0x50, 0x4b])) refuse("not-a-workbook", notAWorkbookMessage());
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // End of central directory: signature 0x06054b50, at most 65,535 bytes of comment after it.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= 0 && i >= bytes.length - 22 - 0xffff; i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return refuse("damaged-workbook", damagedWorkbookMessage());
  let entries = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  // ZIP64: the counts live in the ZIP64 end record, located by the record just before the end record.
  if (
    (entries === 0xffff || offset === 0xffffffff) &&
    eocd >= 20 &&
    view.getUint32(eocd - 20, true) === 0x07064b50
  ) {
    const zip64 = Number(view.getBigUint64(eocd - 12, true));
    if (zip64 + 56 > bytes.length || view.getUint32(zip64, true) !== 0x06064b50)
      return refuse("damaged-workbook", damagedWorkbookMessage());
    entries = Number(view.getBigUint64(zip64 + 32, true));
    offset = Number(view.getBigUint64(zip64 + 48, true));
  }
  if (entries > MAX_WORKBOOK_ENTRIES)
    refuse("workbook-too-large", workbookTooLargeMessage("entries", entries, MAX_WORKBOOK_ENTRIES));
  let uncompressedBytes = 0;
  const parts: ArchivePart[] = [];
  for (let e = 0; e < entries; e++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== 0x02014b50)
      return refuse("damaged-workbook", damagedWorkbookMessage());
    let size = view.getUint32(offset + 24, true);
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    if (size === 0xffffffff) size = zip64Size(view, offset + 46 + nameLength, extraLength) ?? size;
    parts.push({
      method: view.getUint16(offset + 10, true),
      compressedSize: view.getUint32(offset + 20, true),
      localOffset: view.getUint32(offset + 42, true),
    });
    uncompressedBytes += size;
    if (uncompressedBytes > MAX_WORKBOOK_UNCOMPRESSED_BYTES)
      refuse(
        "workbook-too-large",
        workbookTooLargeMessage("bytes", uncompressedBytes, MAX_WORKBOOK_UNCOMPRESSED_BYTES),
      );
    offset += 46 + nameLength + extraLength + commentLength;
  }
  archiveParts.set(bytes, parts);
  return { entries, uncompressedBytes };
}

/** Where a file of the archive is and how it is compressed, from the central directory. */
interface ArchivePart {
  /** 0 stored, 8 deflated. */
  readonly method: number;
  readonly compressedSize: number;
  readonly localOffset: number;
}

/** The parts `inspectWorkbook` found, per byte array, for `checkInflatedSize`. */
const archiveParts = new WeakMap<Uint8Array, readonly ArchivePart[]>();

/**
 * Inflates every deflated file of an archive `inspectWorkbook` has checked, counting the bytes and stopping as soon as
 * they pass `MAX_WORKBOOK_UNCOMPRESSED_BYTES`: an archive whose directory understates its sizes (a zip bomb that lies)
 * is refused before the workbook reader inflates it. Uses the platform's `DecompressionStream("deflate-raw")` (Node
 * 20, browsers); where there is none, the declared sizes are all that is checked. Browser-safe.
 * @param bytes the bytes `inspectWorkbook` was given
 * @param file the file's name, for problems
 * @returns the inflated size in bytes, or `undefined` when it could not be measured
 * @throws {InputError} "workbook-too-large"
 */
export async function checkInflatedSize(bytes: Uint8Array, file: string): Promise<number | undefined> {
  if (!archiveParts.has(bytes)) inspectWorkbook(bytes, file);
  const parts = archiveParts.get(bytes);
  if (parts === undefined || typeof DecompressionStream === "undefined") return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let total = 0;
  for (const part of parts) {
    const at = part.localOffset;
    if (at + 30 > bytes.length || view.getUint32(at, true) !== 0x04034b50) continue;
    const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
    const end = Math.min(bytes.length, start + part.compressedSize);
    if (part.method === 0) total += end - start;
    if (part.method === 8) {
      const stream = new Blob([bytes.slice(start, end)])
        .stream()
        .pipeThrough(new DecompressionStream("deflate-raw"));
      const reader = stream.getReader();
      try {
        for (;;) {
          const chunk = await reader.read();
          if (chunk.done) break;
          total += chunk.value.length;
          if (total > MAX_WORKBOOK_UNCOMPRESSED_BYTES) {
            await reader.cancel();
            throw new InputError([
              problem(
                "workbook-too-large",
                { file },
                workbookTooLargeMessage("bytes", total, MAX_WORKBOOK_UNCOMPRESSED_BYTES),
              ),
            ]);
          }
        }
      } catch (error) {
        if (error instanceof InputError) throw error;
        // a damaged stream: the workbook reader reports it
      }
    }
    if (total > MAX_WORKBOOK_UNCOMPRESSED_BYTES) {
      throw new InputError([
        problem(
          "workbook-too-large",
          { file },
          workbookTooLargeMessage("bytes", total, MAX_WORKBOOK_UNCOMPRESSED_BYTES),
        ),
      ]);
    }
  }
  return total;
}

/** The uncompressed size in a ZIP64 extra field (header 0x0001), if there is one. */
function zip64Size(view: DataView, start: number, length: number): number | undefined {
  for (let at = start; at + 4 <= start + length && at + 4 <= view.byteLength; ) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === 0x0001 && size >= 8 && at + 12 <= view.byteLength)
      return Number(view.getBigUint64(at + 4, true));
    at += 4 + size;
  }
  return undefined;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

function containsUtf16le(bytes: Uint8Array, text: string): boolean {
  const first = text.charCodeAt(0);
  outer: for (let i = 0; i + text.length * 2 <= bytes.length; i++) {
    if (bytes[i] !== first || bytes[i + 1] !== 0) continue;
    for (let k = 1; k < text.length; k++) {
      if (bytes[i + 2 * k] !== text.charCodeAt(k) || bytes[i + 2 * k + 1] !== 0) continue outer;
    }
    return true;
  }
  return false;
}
