import { InputError, type InputProblem } from "../types.ts";
import { allSheetsHiddenMessage, tableTooLargeMessage } from "../words/input-messages.ts";
import { MAX_TABLE_CELLS, MAX_TABLE_ROWS } from "./input-limits.ts";
import { checkInflatedSize, inspectWorkbook } from "./inspect-workbook.ts";
import type { Cell, TableRow } from "./parse-county-rows.ts";
import { problem } from "./problems.ts";

/** A sheet split into its header row and data rows. Internal to src/data. */
export interface SheetRows {
  readonly headers: readonly Cell[];
  readonly rows: readonly TableRow[];
}

/** Every row of a worksheet (blank ones included, numbered as the sheet numbers them) and the reader's notices. */
export interface SheetRecords {
  readonly records: readonly TableRow[];
  /** "hidden-sheet-skipped" for each hidden sheet before the one read. */
  readonly notices: readonly InputProblem[];
}

/**
 * Reads one worksheet of an XLSX workbook: the named sheet, or the first *visible* one (a hidden sheet before it is
 * skipped with a notice). Every row is returned with the sheet's own row number; `readCountyTable` finds the header
 * among them. Each cell of a merged range gives the range's value (as exceljs reads it), so a merged group header
 * "编制数" stands over each of its columns. Formula cells give their saved result, rich text its plain text,
 * hyperlinks their text, error cells their code ("#DIV/0!").
 * The bytes are checked first (`inspectWorkbook`): an encrypted workbook, an .xls or another file renamed .xlsx, and a
 * workbook that would inflate beyond `MAX_WORKBOOK_UNCOMPRESSED_BYTES` are refused before exceljs inflates anything
 * (by the sizes the archive declares, then by inflating and counting, `checkInflatedSize`); a
 * sheet beyond `MAX_TABLE_ROWS` rows or `MAX_TABLE_CELLS` cells is refused ("table-too-large").
 * @throws {InputError} "unreadable-xlsx" when the bytes are no XLSX workbook, "unknown-sheet" for a
 * sheet name the workbook lacks, "empty-file" for a workbook without sheets
 * @example const { records, notices } = await readXlsxRows(bytes, "county.xlsx", "乡镇");
 */
export async function readXlsxRows(bytes: Uint8Array, file: string, sheet?: string): Promise<SheetRecords> {
  inspectWorkbook(bytes, file);
  await checkInflatedSize(bytes, file);
  const ExcelJS = (await import("exceljs")).default;
  const workbook = new ExcelJS.Workbook();
  try {
    // JSZip accepts a Uint8Array in Node and in browsers; the typings only name Buffer.
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new InputError([
      problem(
        "unreadable-xlsx",
        { file },
        {
          zh: "无法读取 .xlsx 文件：应为 Excel 2007 及以上版本保存的 .xlsx 工作簿",
          en: `cannot read the xlsx file (${detail}): expected an .xlsx workbook as saved by Excel 2007 or later`,
        },
      ),
    ]);
  }
  const sheets = workbook.worksheets;
  const names = sheets.map((s) => s.name);
  const visible = (s: (typeof sheets)[number]) => s.state !== "hidden" && s.state !== "veryHidden";
  const worksheet =
    sheet === undefined ? (sheets.find(visible) ?? sheets[0]) : sheets.find((s) => s.name === sheet);
  const notices: InputProblem[] = [];
  if (sheet === undefined && worksheet !== undefined && !visible(worksheet)) {
    notices.push(
      problem("hidden-sheet-read", { file }, allSheetsHiddenMessage(worksheet.name), worksheet.name),
    );
  } else if (sheet === undefined && worksheet !== undefined) {
    for (const skipped of sheets.slice(0, sheets.indexOf(worksheet))) {
      notices.push(
        problem(
          "hidden-sheet-skipped",
          { file },
          {
            zh: `工作表“${skipped.name}”是隐藏的，已跳过；读取的是第一个可见的工作表“${worksheet.name}”`,
            en: `sheet "${skipped.name}" is hidden and was skipped; read the first visible sheet "${worksheet.name}"`,
          },
          skipped.name,
        ),
      );
    }
  }
  if (worksheet === undefined) {
    const found: InputProblem =
      sheet === undefined
        ? problem(
            "empty-file",
            { file },
            {
              zh: "工作簿中没有工作表：应至少有一个含乡镇数据的工作表",
              en: "the workbook has no sheets: expected a sheet with township rows",
            },
          )
        : problem(
            "unknown-sheet",
            { file, path: sheet },
            {
              zh: `找不到工作表“${sheet}”：应为以下之一：${names.join("、")}`,
              en: `no sheet named "${sheet}": expected one of ${names.map((n) => `"${n}"`).join(", ")}`,
            },
            sheet,
          );
    throw new InputError([found]);
  }

  if (worksheet.rowCount > MAX_TABLE_ROWS) {
    throw new InputError([
      problem("table-too-large", { file }, tableTooLargeMessage("rows", MAX_TABLE_ROWS)),
    ]);
  }
  const records: TableRow[] = [];
  let cellCount = 0;
  for (let r = 1; r <= worksheet.rowCount; r++) {
    const raw = worksheet.getRow(r).values as unknown[];
    const cells: Cell[] = [];
    for (let c = 1; c < raw.length; c++) cells.push(xlsxCell(raw[c]));
    cellCount += cells.length;
    if (cellCount > MAX_TABLE_CELLS) {
      throw new InputError([
        problem("table-too-large", { file }, tableTooLargeMessage("cells", MAX_TABLE_CELLS)),
      ]);
    }
    records.push({ row: r, cells });
  }
  return { records, notices };
}

/** Plain value of an exceljs cell value. */
function xlsxCell(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string") return value;
  if (typeof value === "boolean") return String(value);
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "object") {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v["richText"])) {
      return (v["richText"] as { text?: unknown }[]).map((run) => String(run.text ?? "")).join("");
    }
    if ("formula" in v || "sharedFormula" in v) {
      if (v["result"] === undefined) return `=${String(v["formula"] ?? v["sharedFormula"])}`;
      return xlsxCell(v["result"]);
    }
    if ("error" in v) return String(v["error"]);
    if ("text" in v) return xlsxCell(v["text"]);
  }
  return String(value);
}
