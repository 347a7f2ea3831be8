import { InputError } from "../types.ts";
import { tableTooLargeMessage } from "../words/input-messages.ts";
import { MAX_TABLE_CELLS, MAX_TABLE_ROWS } from "./input-limits.ts";

/** One record of a CSV file. */
export interface CsvRecord {
  /** The fields, unquoted. A blank line is one empty field: `[""]`. */
  readonly cells: readonly string[];
  /** 1-based record number, as a spreadsheet numbers the row (the header is row 1). */
  readonly row: number;
  /** 1-based line of the text where the record starts (differs from `row` after quoted line breaks). */
  readonly line: number;
}

/** Options of `parseCsv`. */
export interface ParseCsvOptions {
  /** File name used in problems, e.g. "townships.csv". Default: none. */
  readonly file?: string;
}

/**
 * Splits CSV text into records (RFC 4180): fields in double quotes may hold commas, line breaks
 * and doubled quotes (`""` for `"`); lines end in CRLF, LF or CR; a final line break adds no record.
 * A file whose header line holds tabs and no commas (outside quotes) is read as tab-separated (Excel "Unicode text").
 * Lenient like Excel: a quote inside an unquoted field is kept as text, and text after a closing
 * quote is appended to the field. A leading byte-order mark is dropped.
 *
 * @param text the decoded file text (see `decodeText`)
 * @param options `file` names the file in problems
 * @returns every record, blank lines included, with its row and line numbers
 * @throws {InputError} code "unterminated-quote" when a quoted field runs to the end of the text, "table-too-large"
 * beyond `MAX_TABLE_ROWS` records or `MAX_TABLE_CELLS` cells
 * @example
 * parseCsv('id,name\r\nT01,"Lu, Xi"\n')
 * // [{ cells: ["id", "name"], row: 1, line: 1 }, { cells: ["T01", "Lu, Xi"], row: 2, line: 2 }]
 */
export function parseCsv(text: string, options: ParseCsvOptions = {}): CsvRecord[] {
  const source = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const delimiter = detectDelimiter(source);
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let field = "";
  let line = 1;
  let recordLine = 1;
  let i = 0;
  const n = source.length;
  if (n === 0) return records;

  let cellCount = 0;
  const endRecord = (): void => {
    cells.push(field);
    cellCount += cells.length;
    if (records.length >= MAX_TABLE_ROWS || cellCount > MAX_TABLE_CELLS) {
      const what = records.length >= MAX_TABLE_ROWS ? "rows" : "cells";
      throw new InputError([
        {
          code: "table-too-large",
          ...(options.file !== undefined ? { file: options.file } : {}),
          message: tableTooLargeMessage(what, what === "rows" ? MAX_TABLE_ROWS : MAX_TABLE_CELLS),
        },
      ]);
    }
    records.push({ cells, row: records.length + 1, line: recordLine });
    cells = [];
    field = "";
  };

  while (i < n) {
    const ch = source[i]!;
    if (ch === '"' && field === "" && isFieldStart(source, i, delimiter)) {
      // Quoted field: read to the closing quote.
      const quoteLine = line;
      i++;
      let closed = false;
      while (i < n) {
        const c = source[i]!;
        if (c === '"') {
          if (source[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          closed = true;
          break;
        }
        if (c === "\n" || (c === "\r" && source[i + 1] !== "\n")) line++;
        field += c;
        i++;
      }
      if (!closed) {
        throw new InputError([
          {
            code: "unterminated-quote",
            ...(options.file !== undefined ? { file: options.file } : {}),
            row: records.length + 1,
            message: {
              zh: `第${quoteLine}行开始的带引号单元格没有结束引号，一直延续到文件末尾：应以另一个英文双引号 " 结束该单元格`,
              en: `the quoted cell starting on line ${quoteLine} has no closing quote before the end of the file: expected another double quote (") to end it`,
            },
          },
        ]);
      }
      continue;
    }
    if (ch === delimiter) {
      cells.push(field);
      field = "";
      i++;
      continue;
    }
    if (ch === "\r" || ch === "\n") {
      endRecord();
      i += ch === "\r" && source[i + 1] === "\n" ? 2 : 1;
      line++;
      recordLine = line;
      continue;
    }
    field += ch;
    i++;
  }
  // A final line break already ended the last record.
  const last = source[n - 1];
  if (last !== "\n" && last !== "\r") endRecord();
  return records;
}

/** True when position `i` begins a field (start of text, after a delimiter, or after a line break). */
function isFieldStart(text: string, i: number, delimiter: string): boolean {
  if (i === 0) return true;
  const prev = text[i - 1];
  return prev === delimiter || prev === "\n" || prev === "\r";
}

/** Tab when the first record has tabs and no commas outside quotes, else comma. */
function detectDelimiter(text: string): string {
  let inQuotes = false;
  let tabs = 0;
  let commas = 0;
  for (const ch of text) {
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (ch === "\n" || ch === "\r")) break;
    else if (!inQuotes && ch === "\t") tabs++;
    else if (!inQuotes && ch === ",") commas++;
  }
  return tabs > 0 && commas === 0 ? "\t" : ",";
}
