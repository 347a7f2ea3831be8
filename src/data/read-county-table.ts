import { type CountyData, InputError, type InputProblem } from "../types.ts";
import { headerMatcher } from "./column-mapping.ts";
import { decodeTableText } from "./decode-table-text.ts";
import { findHeaderRow } from "./find-header-row.ts";
import { parseCountyRows, type TableRow } from "./parse-county-rows.ts";
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
  /** XLSX only: the sheet to read. Default: the first visible sheet (a hidden one before it is skipped, with a notice). */
  readonly sheet?: string;
  /**
   * Column mapping: header as written → canonical key of a known column (`"借调借出": "staffLentOut"`), or
   * `"ignore"` to drop the column without a warning. A mapped header is matched before the built-in headers
   * (headers compared as `matchColumn` folds them). Default: none. A key that names no known column is a problem
   * ("unknown-mapped-column").
   */
  readonly columns?: Readonly<Record<string, string>>;
}

/**
 * Reads and validates a county township table from the bytes of a CSV (UTF-8, UTF-8 with BOM, UTF-16
 * with BOM or GB18030; comma- or tab-separated), XLSX or JSON file. All three formats go through
 * `parseCountyRows`, so they accept the same headers and report the same problems. Browser-safe: it takes
 * bytes, not a path; exceljs is loaded only when an XLSX file is read. Tables as offices keep them are read as
 * they are: in a CSV or XLSX sheet the header row is found below a title row, blank rows and above a units row
 * (`findHeaderRow`), two header rows (merged group cells) are joined, totals rows are left out, counts written
 * with 万 are converted; each such step, and every header no known column matches, is said in `notices`. Row
 * numbers stay the sheet's own.
 *
 * @param bytes the file's contents
 * @param options `file` (required), `format`, `sheet`, `columns`
 * @returns the validated county data, `source` = `options.file`, `notices` what the reader did
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
  const columns = options.columns !== undefined ? { columns: options.columns } : {};
  if (format === "xlsx") {
    const sheet = await readXlsxRows(bytes, file, options.sheet);
    return parseSheet(sheet.records, file, options.columns, sheet.notices);
  }
  const { text } = decodeTableText(bytes, file);
  if (format === "json") {
    if (text.trim() === "") return parseCountyRows([], [], file, columns);
    const table = readJsonRows(text, file);
    return withProblems(table.problems, () => parseCountyRows(table.headers, table.rows, file, columns));
  }
  return parseSheet(parseCsv(text, { file }), file, options.columns, []);
}

/** A sheet's rows (CSV or XLSX): the header found, then validated. */
function parseSheet(
  records: readonly TableRow[],
  file: string,
  columns: Readonly<Record<string, string>> | undefined,
  notices: readonly InputProblem[],
): CountyData {
  const found = findHeaderRow(records, file, headerMatcher(columns, file).match);
  if (found.headers.length === 0)
    return parseCountyRows([], [], file, columns !== undefined ? { columns } : {});
  return parseCountyRows(found.headers, found.rows, file, {
    headerRow: found.headerRow,
    units: found.units,
    notices: [...notices, ...found.notices],
    ...(columns !== undefined ? { columns } : {}),
  });
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
