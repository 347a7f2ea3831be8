import { type CountyData, InputError, type InputProblem } from "../types.ts";
import { decodeText } from "./decode-text.ts";
import { parseCountyRows } from "./parse-county-rows.ts";
import { parseCsv } from "./parse-csv.ts";
import { emptyFileProblem, problem } from "./problems.ts";
import { readJsonRows } from "./read-json-rows.ts";
import { readXlsxRows } from "./read-xlsx-rows.ts";

/** File formats `readCountyTable` reads. */
export type CountyTableFormat = "csv" | "xlsx" | "json";

/** Options of `readCountyTable`. */
export interface ReadCountyTableOptions {
  /** File name as the caller names it: used in messages, as `CountyData.source`, and for the format. */
  readonly file: string;
  /**
   * Format; default from the file name's extension: .csv, .tsv, .txt → csv; .xlsx, .xlsm → xlsx; .json → json.
   */
  readonly format?: CountyTableFormat;
  /** XLSX only: the sheet to read. Default: the first sheet. */
  readonly sheet?: string;
  /**
   * Column mapping: a header as the table writes it → the column it is, a canonical key (e.g. `staffLentOut`) or
   * `ignore` (the column is left out). Headers are compared trimmed; unmapped headers are matched as usual.
   * Default: none. Example: `{ "借调借出人数": "staffLentOut", "备注": "ignore" }`.
   */
  readonly columns?: Readonly<Record<string, string>>;
}

/**
 * Reads and validates a county township table from the bytes of a CSV (UTF-8, UTF-8 with BOM, UTF-16
 * with BOM or GB18030; comma- or tab-separated), XLSX or JSON file. All three formats go through
 * `parseCountyRows`, so they accept the same headers and report the same problems. Browser-safe: it takes
 * bytes, not a path; exceljs is loaded only when an XLSX file is read.
 *
 * @param bytes the file's contents
 * @param options `file` (required), `format`, `sheet`
 * @returns the validated county data, `source` = `options.file`
 * @throws {InputError} with every problem found in the file (see docs/data.md for the codes)
 * @throws {TypeError} when `sheet` is given for a format other than XLSX
 * @example
 * const data = await readCountyTable(await fs.readFile("townships.csv"), { file: "townships.csv" });
 * data.townships.length // 25
 */
export async function readCountyTable(
  bytes: Uint8Array,
  options: ReadCountyTableOptions,
): Promise<CountyData> {
  const { file } = options;
  const format = options.format ?? formatOf(file);
  if (options.sheet !== undefined && format !== "xlsx") {
    throw new TypeError(`readCountyTable: the sheet option applies only to XLSX files, not to ${file}`);
  }
  if (bytes.length === 0) {
    throw new InputError([emptyFileProblem(file)]);
  }
  const parse = mapped(options.columns);
  if (format === "xlsx") {
    const sheet = await readXlsxRows(bytes, file, options.sheet);
    return parse(sheet.headers, sheet.rows, file);
  }
  const { text } = decodeText(bytes);
  if (format === "json") {
    if (text.trim() === "") return parseCountyRows([], [], file);
    const table = readJsonRows(text, file);
    return withProblems(table.problems, () => parse(table.headers, table.rows, file));
  }
  const records = parseCsv(text, { file });
  const headerAt = records.findIndex((record) => record.cells.some((cell) => cell.trim() !== ""));
  if (headerAt === -1) return parseCountyRows([], [], file);
  return parse(records[headerAt]!.cells, records.slice(headerAt + 1), file);
}

/** `parseCountyRows` with the headers renamed by `columns` (and the columns mapped to `ignore` blanked out). */
function mapped(columns: Readonly<Record<string, string>> | undefined): typeof parseCountyRows {
  if (columns === undefined || Object.keys(columns).length === 0) return parseCountyRows;
  const byHeader = new Map(Object.entries(columns).map(([header, key]) => [header.trim(), key.trim()]));
  return (headers, rows, file) => {
    const ignored = new Set<number>();
    const renamed = headers.map((header, at) => {
      const key = byHeader.get(String(header).trim());
      if (key === undefined) return header;
      if (key === "ignore") ignored.add(at);
      return key === "ignore" ? "" : key;
    });
    return parseCountyRows(renamed as typeof headers, ignored.size === 0 ? rows : blank(rows, ignored), file);
  };
}

/** `rows` with the cells at `ignored` positions emptied (a column without a header and without values is skipped). */
function blank<R>(rows: R, ignored: ReadonlySet<number>): R {
  return (rows as unknown as readonly unknown[]).map((row) => {
    const record = row as { cells?: readonly string[] };
    if (record !== null && typeof record === "object" && Array.isArray(record.cells)) {
      return { ...record, cells: record.cells.map((cell, at) => (ignored.has(at) ? "" : cell)) };
    }
    return Array.isArray(row) ? row.map((cell, at) => (ignored.has(at) ? "" : cell)) : row;
  }) as unknown as R;
}

/** The format named by a file's extension, or an InputError naming the accepted ones. */
function formatOf(file: string): CountyTableFormat {
  const extension = /\.([^./\\]+)$/.exec(file)?.[1]?.toLowerCase() ?? "";
  if (extension === "csv" || extension === "tsv" || extension === "txt") return "csv";
  if (extension === "xlsx" || extension === "xlsm") return "xlsx";
  if (extension === "json") return "json";
  const oldExcel = extension === "xls" || extension === "et" || extension === "wps";
  throw new InputError([
    problem(
      "unknown-format",
      { file },
      {
        zh: `无法识别文件格式“.${extension}”：应为 .csv、.xlsx 或 .json${oldExcel ? "（请在 Excel/WPS 中另存为 .xlsx 或 CSV）" : ""}`,
        en: `unknown file format ".${extension}": expected .csv, .xlsx or .json${oldExcel ? " (save the workbook as .xlsx or CSV in Excel/WPS)" : ""}`,
      },
      extension,
    ),
  ]);
}

/** Runs `parse`; adds `earlier` problems to the ones it throws, in row order, or throws them alone. */
function withProblems(earlier: readonly InputProblem[], parse: () => CountyData): CountyData {
  if (earlier.length === 0) return parse();
  let later: readonly InputProblem[] = [];
  try {
    parse();
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    later = error.problems;
  }
  const all = [...earlier, ...later].map((p, order) => ({ p, order }));
  all.sort((a, b) => (a.p.row ?? 0) - (b.p.row ?? 0) || a.order - b.order);
  throw new InputError(all.map(({ p }) => p));
}
