import { InputError, type InputProblem } from "../types.ts";
import { PROVINCE_PROBLEMS } from "../words/province-labels.ts";
import { TOWNSHIP_COLUMNS } from "./columns.ts";
import { decodeTableText } from "./decode-table-text.ts";
import { foldHeader } from "./match-column.ts";
import type { Cell, TableRow } from "./parse-county-rows.ts";
import { parseCsv } from "./parse-csv.ts";
import { emptyFileProblem, problem } from "./problems.ts";
import { readXlsxRows } from "./read-xlsx-rows.ts";

/** Headers accepted for a county-totals table's total column. */
const TOTAL_HEADERS = ["total", "总量", "编制总量", "县总量", "县域总量", "核定总量", "分配总量", "编制数"];

/** One county's total as read, with its row (header = row 1). */
export interface CountyTotalRow {
  readonly county: string;
  readonly total: number;
  readonly row: number;
}

/**
 * Reads a county-totals table — a CSV in UTF-8 or GB18030, or an XLSX workbook (.xlsx, .xlsm: its first visible sheet,
 * through the county table's own reader, so the same refusals of damaged or oversized workbooks hold): a county column
 * (the headers the township table accepts for its county column: 县, 区县, 所属县, county …) and a total column (总量,
 * 编制总量, total …) in the first row that is not blank; other columns ignored, blank rows skipped. A total is a whole
 * number ≥ 0, written as digits or, in a workbook, a number cell. Every problem in one pass.
 * @throws {InputError} naming the file, row and column: a missing column, an empty county, a total that is not a
 * whole number ≥ 0, a county given twice, no rows; an empty file; a workbook that cannot be read.
 * @example await readCountyTotals(new TextEncoder().encode("县,总量\n甲县,520\n"), "county-totals.csv") // [{ county: "甲县", total: 520, row: 2 }]
 */
export async function readCountyTotals(bytes: Uint8Array, file: string): Promise<CountyTotalRow[]> {
  if (bytes.length === 0) throw new InputError([emptyFileProblem(file)]);
  const xlsx = /\.xls[xm]$/i.test(file);
  const all: readonly TableRow[] = xlsx
    ? (await readXlsxRows(bytes, file)).records
    : parseCsv(decodeTableText(bytes, file).text, { file });
  const records = all.filter((r) => r.cells.some((c) => cellText(c) !== ""));
  return countyTotalsOf(records, file);
}

/** A cell as text, trimmed: a number as JavaScript writes it. */
function cellText(cell: Cell): string {
  return cell === null || cell === undefined ? "" : String(cell).trim();
}

/** The rows of a county-totals table (blank rows dropped), validated. */
function countyTotalsOf(records: readonly TableRow[], file: string): CountyTotalRow[] {
  const header = records[0];
  const countySpec = TOWNSHIP_COLUMNS.find((spec) => spec.key === "county")!;
  const countyNames = new Set(
    [countySpec.key, countySpec.label.zh, countySpec.label.en, ...countySpec.aliases].map(foldHeader),
  );
  const totalNames = new Set(TOTAL_HEADERS.map(foldHeader));
  const headers = header?.cells.map((c) => foldHeader(cellText(c))) ?? [];
  const countyAt = headers.findIndex((h) => countyNames.has(h));
  const totalAt = headers.findIndex((h) => totalNames.has(h));
  const problems: InputProblem[] = [];
  const headerRow = header?.row ?? 1;
  if (countyAt < 0)
    problems.push(
      problem(
        "missing-column",
        { file, row: headerRow },
        PROVINCE_PROBLEMS.missingColumn(countySpec.label, countySpec.aliases.join(" / ")),
      ),
    );
  if (totalAt < 0)
    problems.push(
      problem(
        "missing-column",
        { file, row: headerRow },
        PROVINCE_PROBLEMS.missingColumn({ zh: "总量", en: "total" }, TOTAL_HEADERS.join(" / ")),
      ),
    );
  if (problems.length > 0) throw new InputError(problems);
  const countyHeader = cellText(header!.cells[countyAt]);
  const totalHeader = cellText(header!.cells[totalAt]);
  const rows: CountyTotalRow[] = [];
  const firstRow = new Map<string, number>();
  for (const record of records.slice(1)) {
    const county = cellText(record.cells[countyAt]);
    const cell = record.cells[totalAt];
    const text = cellText(cell);
    if (county === "") {
      problems.push(
        problem(
          "empty-cell",
          { file, row: record.row, column: countyHeader },
          PROVINCE_PROBLEMS.emptyCounty,
          "",
        ),
      );
      continue;
    }
    // a number cell of a workbook, or digits (a CSV, a text cell)
    const total =
      typeof cell === "number"
        ? cell >= 0
          ? cell
          : Number.NaN
        : /^\d+$/.test(text)
          ? Number(text)
          : Number.NaN;
    if (!Number.isSafeInteger(total)) {
      problems.push(
        problem(
          "not-an-integer",
          { file, row: record.row, column: totalHeader },
          PROVINCE_PROBLEMS.badTotal(text),
          text,
        ),
      );
      continue;
    }
    const first = firstRow.get(county);
    if (first !== undefined) {
      problems.push(
        problem(
          "duplicate-county",
          { file, row: record.row, column: countyHeader },
          PROVINCE_PROBLEMS.duplicateCounty(county, first),
          county,
        ),
      );
      continue;
    }
    firstRow.set(county, record.row);
    rows.push({ county, total, row: record.row });
  }
  if (rows.length === 0 && problems.length === 0)
    problems.push(problem("no-rows", { file, row: headerRow + 1 }, PROVINCE_PROBLEMS.noRows));
  if (problems.length > 0) throw new InputError(problems);
  return rows;
}
