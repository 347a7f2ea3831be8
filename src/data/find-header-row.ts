import type { InputProblem } from "../types.ts";
import type { HeaderMeaning } from "./column-mapping.ts";
import type { Cell, TableRow } from "./parse-county-rows.ts";
import { parseNumber } from "./parse-number.ts";
import { problem } from "./problems.ts";

/** A table's header found among its first rows. Internal to src/data. */
export interface FoundHeader {
  /** One header per column: the header row as written, or two or three header rows joined ("编制数 行政编制"). */
  readonly headers: readonly string[];
  /** Row number of the (first) header row, as the sheet numbers it. */
  readonly headerRow: number;
  /** The rows below the header (and below a units row), with their own row numbers. */
  readonly rows: readonly TableRow[];
  /** Per column, the unit a units row gave it ("万人"), without brackets. */
  readonly units: readonly (string | undefined)[];
  /** Rows skipped above the header, a units row, two header rows joined. */
  readonly notices: readonly InputProblem[];
}

/** How many non-blank rows from the top may hold the header. */
const SEARCH_ROWS = 10;

/**
 * Finds the header row of a table as offices keep it: a title row ("XX县乡镇基础数据表") and blank rows on top, a
 * header of one or two rows (a group cell "编制数" over "行政编制 | 事业编制", merged or written once), a units row
 * ("（人）", "（万元）") below it. Rule: among the first 10 non-blank rows, the header is the row whose cells name the
 * most known columns (`match`), earliest first; two adjacent rows are joined into one header when the upper one names
 * a known column itself, together they name more columns than the upper alone and no fewer than the lower alone (an
 * XLSX header merged over two rows repeats its cells in the lower row); likewise three rows (group cells on two levels)
 * when together they name more columns than the first one or two rows and than the lower two. Per column, two rows join as: the lower cell alone when the upper is blank or the
 * same, the upper alone when the lower is blank, else "upper lower" (matched by the lower part first when the whole
 * does not match); a blank upper cell over a filled lower cell takes the group cell to its left when that cell has a
 * lower cell too (a merged group header saved to CSV). When no row names a known column, the first non-blank row is
 * the header, as before, so a table with a genuine header problem still reports it on that row. Non-blank rows above
 * the header and a units row right below it are skipped, each with a notice. Internal to src/data.
 *
 * @param records every row of the sheet, blank ones included, with their row numbers
 * @param file the file name, for notices
 * @param match what a header stands for (the column mapping first)
 * @throws never
 * @example
 * findHeaderRow([{ row: 1, cells: ["XX县乡镇基础数据表"] }, { row: 2, cells: ["编号", "乡镇名称"] }], "t.csv", matchColumn).headerRow // 2
 */
export function findHeaderRow(
  records: readonly TableRow[],
  file: string,
  match: (header: string) => HeaderMeaning,
): FoundHeader {
  const filled = records.filter((record) => !record.cells.every(isBlank));
  if (filled.length === 0) return { headers: [], headerRow: 1, rows: [], units: [], notices: [] };
  const score = (headers: readonly string[]): number => {
    const keys = new Set<string>();
    for (const header of headers) {
      const meaning = header === "" ? undefined : match(header);
      if (meaning !== undefined && meaning !== "ignore") keys.add(meaning.key);
    }
    return keys.size;
  };

  let best = { at: 0, span: 1, headers: filled[0]!.cells.map(cellText), score: 0 };
  for (let k = 0; k < Math.min(SEARCH_ROWS, filled.length); k++) {
    const single = filled[k]!.cells.map(cellText);
    const singleScore = score(single);
    if (singleScore > best.score) best = { at: k, span: 1, headers: single, score: singleScore };
    const lower = filled[k + 1];
    if (lower === undefined || lower.row !== filled[k]!.row + 1) continue;
    const joined = joinHeaderRows(filled[k]!.cells, lower.cells);
    const joinedScore = score(joined);
    const joins =
      singleScore > 0 && joinedScore > singleScore && joinedScore >= score(lower.cells.map(cellText));
    if (joins && joinedScore > best.score) {
      best = { at: k, span: 2, headers: joined, score: joinedScore };
    }
    // Three rows: group cells on two levels ("编制情况" over "现有编制" over "行政编制 | 事业编制").
    const third = filled[k + 2];
    if (third === undefined || third.row !== lower.row + 1) continue;
    const joined3 = joinHeaderRows(joined, third.cells);
    const joined3Score = score(joined3);
    const joins3 =
      singleScore > 0 &&
      joined3Score > Math.max(singleScore, joinedScore) &&
      joined3Score >= score(joinHeaderRows(lower.cells, third.cells));
    if (joins3 && joined3Score > best.score) {
      best = { at: k, span: 3, headers: joined3, score: joined3Score };
    }
  }

  const notices: InputProblem[] = [];
  for (const skipped of filled.slice(0, best.at)) {
    const text = shortText(skipped.cells);
    notices.push(
      problem(
        "title-row-skipped",
        { file, row: skipped.row },
        {
          zh: `“${text}”在表头之上，看起来是标题，已跳过`,
          en: `"${text}" is above the header and looks like a title; skipped`,
        },
        text,
      ),
    );
  }
  const headerRecord = filled[best.at]!;
  const lastHeaderRow = headerRecord.row + best.span - 1;
  if (best.span > 1) {
    const examples = best.headers.filter((h) => /\S\s+\S/.test(h)).slice(0, 3);
    const others = Array.from({ length: best.span - 1 }, (_, i) => headerRecord.row + 1 + i);
    notices.push(
      problem(
        best.span === 2 ? "two-row-header" : "three-row-header",
        { file, row: headerRecord.row },
        {
          zh: `与第${others.join("、")}行是${best.span === 2 ? "两" : "三"}行表头，已合并为一行${examples.length > 0 ? `（如${examples.map((h) => `“${h}”`).join("、")}）` : ""}`,
          en: `with row${others.length > 1 ? "s" : ""} ${others.join(" and ")}, a ${best.span === 2 ? "two" : "three"}-row header, joined into one${examples.length > 0 ? ` (e.g. ${examples.map((h) => `"${h}"`).join(", ")})` : ""}`,
        },
      ),
    );
  }
  let rows = records.filter((record) => record.row > lastHeaderRow);
  let units: (string | undefined)[] = [];
  const firstBelow = rows.find((record) => !record.cells.every(isBlank));
  if (firstBelow !== undefined && isUnitsRow(firstBelow.cells)) {
    units = firstBelow.cells.map((cell) => (isBlank(cell) ? undefined : unitText(cellText(cell))));
    rows = rows.filter((record) => record.row !== firstBelow.row);
    const text = shortText(firstBelow.cells);
    notices.push(
      problem(
        "units-row-skipped",
        { file, row: firstBelow.row },
        {
          zh: `“${text}”看起来是单位行，已跳过`,
          en: `"${text}" looks like a row of units; skipped`,
        },
        text,
      ),
    );
  }
  return { headers: best.headers, headerRow: headerRecord.row, rows, units, notices };
}

/**
 * Two header rows joined column by column (see `findHeaderRow` for the rule).
 * @example joinHeaderRows(["编号", "编制数", ""], ["", "行政编制", "事业编制"]) // ["编号", "编制数 行政编制", "编制数 事业编制"]
 */
export function joinHeaderRows(upper: readonly Cell[], lower: readonly Cell[]): string[] {
  const width = Math.max(upper.length, lower.length);
  const headers: string[] = [];
  let group = "";
  for (let c = 0; c < width; c++) {
    const top = cellText(upper[c]);
    const bottom = cellText(lower[c]);
    if (top !== "") group = bottom !== "" ? top : "";
    const above = top !== "" ? top : bottom !== "" ? group : "";
    if (above === "" || above === bottom) headers.push(bottom);
    else if (bottom === "") headers.push(above);
    else headers.push(`${above} ${bottom}`);
  }
  return headers;
}

/** Units as a units row writes them, alone or in brackets. */
const UNIT =
  /^[（(【[]?\s*(?:人|万人|个|名|户|万户|元|万元|亿元|平方公里|平方千米|km2|km²|公里|千米|km|%|‰|分|亩|万亩|项|处|所|家|人\/平方公里)\s*[）)】\]]?$/iu;

function isUnitsRow(cells: readonly Cell[]): boolean {
  const texts = cells.map(cellText).filter((text) => text !== "");
  return (
    texts.length > 0 &&
    texts.every(
      (text) =>
        parseNumber(text) === undefined &&
        (UNIT.test(text) || /^[（(【[][^）)】\]]{1,8}[）)】\]]$/u.test(text)),
    )
  );
}

function unitText(text: string): string {
  return text.replace(/^[（(【[]\s*|\s*[）)】\]]$/gu, "");
}

/** The distinct texts of a row, joined, at most 30 characters: how a skipped row is named in a notice. */
function shortText(cells: readonly Cell[]): string {
  const texts = [...new Set(cells.map(cellText).filter((text) => text !== ""))].join(" ");
  return texts.length > 30 ? `${texts.slice(0, 30)}…` : texts;
}

function isBlank(cell: Cell): boolean {
  return cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");
}

function cellText(cell: Cell): string {
  if (cell === null || cell === undefined) return "";
  return typeof cell === "number" ? String(cell) : cell.trim();
}
