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
  if (format === "xlsx") {
    const sheet = await readXlsxRows(bytes, file, options.sheet);
    return parseCountyRows(sheet.headers, sheet.rows, file);
  }
  const { text } = decodeText(bytes);
  if (format === "json") {
    if (text.trim() === "") return parseCountyRows([], [], file);
    const table = readJsonRows(text, file);
    return withProblems(table.problems, () => parseCountyRows(table.headers, table.rows, file));
  }
  const records = parseCsv(text, { file });
  const headerAt = records.findIndex((record) => record.cells.some((cell) => cell.trim() !== ""));
  if (headerAt === -1) return parseCountyRows([], [], file);
  return parseCountyRows(records[headerAt]!.cells, records.slice(headerAt + 1), file);
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
