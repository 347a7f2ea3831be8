import type { Category, CountyData, InputProblem, Township } from "../types.ts";
import { InputError } from "../types.ts";
import {
  controlCharacterMessage,
  duplicateNameMessage,
  invisibleCharacterMessage,
  lookAlikeMessage,
  multipleCountySeatsMessage,
  rowNumberColumnMessage,
  unitConvertedMessage,
  unitNotConvertedMessage,
} from "../words/input-messages.ts";
import { headerMatcher } from "./column-mapping.ts";
import { type ColumnSpec, TOWNSHIP_COLUMNS } from "./columns.ts";
import { suggestColumn } from "./match-column.ts";
import { parseCategory } from "./parse-category.ts";
import { parseNumber } from "./parse-number.ts";
import { parseWanNumber } from "./parse-wan-number.ts";
import {
  badValue,
  boundOf,
  categoryNamesEn,
  categoryNamesZh,
  emptyFileProblem,
  headerList,
  headerListZh,
  problem,
  type Where,
} from "./problems.ts";
import {
  codePoint,
  controlCharacter,
  invisibleCharacters,
  lookAlikeForm,
  visibleText,
} from "./text-hazards.ts";
import { scaleValue, unitScale } from "./unit-scale.ts";
import { withUnmatchedHeaders } from "./with-unmatched-headers.ts";

/** One cell as a reader hands it over: text, a number (XLSX, JSON) or nothing. */
export type Cell = string | number | null | undefined;

/** One data row with its place in the file. */
export interface TableRow {
  /** 1-based row number as a spreadsheet shows it (the header is row 1). */
  readonly row: number;
  readonly cells: readonly Cell[];
  /** Key path of the row in a JSON file, e.g. "townships[2]". */
  readonly path?: string;
}

/** Options of `parseCountyRows`. */
export interface ParseCountyRowsOptions {
  /** Row number of the header row (the first of two), as the sheet numbers it. Default 1. */
  readonly headerRow?: number;
  /** Header as written → canonical key, or "ignore": matched before the built-in headers (see `readCountyTable`). */
  readonly columns?: Readonly<Record<string, string>>;
  /** Per column, the unit a units row gave it ("万人"); a count in persons given in 万人 is multiplied by 10 000. */
  readonly units?: readonly (string | undefined)[];
  /** Notices of the reader (rows skipped above the header, a hidden sheet), kept in `CountyData.notices`. */
  readonly notices?: readonly InputProblem[];
}

/** A text that names a unit (人, 千人, 万元, 亿元, 平方公里, 公顷, 米, %, …), not another bracketed remark (常住). */
const UNIT_LIKE =
  /^(?:[十百千万亿]*(?:人|名|个|户|元|亩|项|处|所|家)|平方(?:公里|千米|米)|公顷|[千]?米|公里|km2?|km²|平方km|%|‰)$/iu;

/** The one text of a row that is a note below the table or a signature line, not a township. */
const NOTE =
  /^(?:注|备注|说明|填表人|填报人|制表|审核|审核人|负责人|单位负责人|联系人|联系电话|数据来源|资料来源)\s*[:：]|^注\s*\d*[、.．]/u;

/** A name or ID that marks a totals row, not a township. */
const TOTALS = /合计|总计|小计|^全县|^(?:total|sum|subtotal)$/iu;

/**
 * Validates a county township table that a reader (CSV, XLSX, JSON) has split into a header row and
 * data rows, and builds the townships. Headers are matched to known columns with `matchColumn`; other
 * columns whose every filled cell is a number are kept in `Township.values` under their header as
 * written; other text columns are ignored. Blank rows are skipped. Every problem is collected in one
 * pass (missing or repeated columns, empty required cells, numbers out of range, unknown categories,
 * repeated IDs, a second county seat, cells outside the header) and thrown together. What is not an error is said
 * in `notices`: a totals row (合计/总计/小计/全县… in the ID or name) left out, a row holding only a note or a
 * signature line ("注：…", "填表人：…") left out, a header no known column matches
 * (kept as an extra numeric column or ignored, with the closest known column as `suggestion` when one is close),
 * counts written with 万 ("23.86万" → 238600) in a column whose unit has no 万, a column in 万人.
 *
 * @param headers the header row as written in the file
 * @param rows the data rows: `TableRow`s, or plain cell arrays numbered from row 2
 * @param file the file name used in problems and as `CountyData.source`
 * @param options the header's row, a column mapping, units of a units row, the reader's notices
 * @returns the county data: townships in file order (each with its `row`), numeric columns in file order
 * @throws {InputError} with every problem found, when any is found
 * @example
 * parseCountyRows(
 *   ["编号", "乡镇名称", "乡镇类别", "人口（人）", "幅员面积", "行政编制"],
 *   [["T01", "城厢镇", "县政府驻地镇", "238,600", 118.4, 45]],
 *   "townships.csv",
 * ).townships[0] // { row: 2, id: "T01", name: "城厢镇", category: "countySeat", population: 238600, areaKm2: 118.4, adminPosts: 45, values: {…} }
 */
export function parseCountyRows(
  headers: readonly Cell[],
  rows: readonly (TableRow | readonly Cell[])[],
  file: string,
  options: ParseCountyRowsOptions = {},
): CountyData {
  const headerRow = options.headerRow ?? 1;
  const matcher = headerMatcher(options.columns, file);
  const problems: InputProblem[] = [...matcher.problems];
  const notices: InputProblem[] = [];
  let tableRows: TableRow[] = rows
    .map((row, i) => (isTableRow(row) ? row : { row: i + headerRow + 1, cells: row }))
    .filter((row) => !row.cells.every(isBlank));
  const headerTexts = headers.map(cellText);

  if (headerTexts.every((h) => h === "") && tableRows.length === 0) {
    throw new InputError([emptyFileProblem(file)]);
  }

  // Columns: known (first occurrence wins), candidate extras, repeats.
  const known = new Map<string, { index: number; header: string; spec: ColumnSpec }>();
  const candidates: { index: number; header: string }[] = [];
  const ignored = new Set<number>();
  headerTexts.forEach((header, index) => {
    if (header === "") return;
    const spec = matcher.match(header);
    if (spec === "ignore") {
      ignored.add(index);
      return;
    }
    if (spec === undefined) {
      candidates.push({ index, header });
      return;
    }
    const first = known.get(spec.key);
    if (first === undefined) {
      known.set(spec.key, { index, header, spec });
      return;
    }
    // 序号 (a row number) beside a real ID column: the row number is dropped, the ID column kept.
    if (spec.key === "id" && (isRowNumberHeader(header) || isRowNumberHeader(first.header))) {
      const [dropped, kept] = isRowNumberHeader(header)
        ? [{ index, header }, first]
        : [first, { index, header }];
      ignored.add(dropped.index);
      known.set("id", { index: kept.index, header: kept.header, spec });
      notices.push(
        problem(
          "row-number-column-ignored",
          { file, row: headerRow, column: dropped.header },
          rowNumberColumnMessage(kept.header),
          dropped.header,
        ),
      );
      return;
    }
    problems.push(
      problem(
        "duplicate-header",
        { file, row: headerRow, column: header },
        {
          zh: `列“${header}”（第${index + 1}列）与列“${first.header}”（第${first.index + 1}列）重复，都表示“${spec.label.zh}”：每一列应只出现一次`,
          en: `column "${header}" (column ${index + 1}) repeats column "${first.header}" (column ${first.index + 1}); both mean "${spec.label.en}": expected each column once`,
        },
        header,
      ),
    );
  });
  // Totals rows (合计 in the ID or name) are no townships.
  const markers = [known.get("id")?.index, known.get("name")?.index].filter((i) => i !== undefined);
  tableRows = tableRows.filter((row) => {
    const texts = [...new Set(row.cells.map(cellText).filter((text) => text !== ""))];
    if (texts.length === 1 && NOTE.test(texts[0]!)) {
      const note = texts[0]!.length > 30 ? `${texts[0]!.slice(0, 30)}…` : texts[0]!;
      notices.push(
        problem(
          "note-row-skipped",
          { file, row: row.row },
          {
            zh: `“${note}”看起来是表注或落款，已跳过，不计为乡镇`,
            en: `"${note}" looks like a note or a signature line; skipped, not counted as a township`,
          },
          texts[0]!,
        ),
      );
      return false;
    }
    const marker = markers.map((i) => cellText(row.cells[i])).find((text) => TOTALS.test(text));
    if (marker === undefined) return true;
    notices.push(
      problem(
        "totals-row-skipped",
        { file, row: row.row },
        {
          zh: `“${marker}”是合计行，已跳过，不计为乡镇`,
          en: `"${marker}" marks a totals row; skipped, not counted as a township`,
        },
        marker,
      ),
    );
    return false;
  });

  const present = new Set(known.keys());
  const extras: { index: number; header: string; allowWan: boolean }[] = [];
  for (const candidate of candidates) {
    const filled = tableRows.map((row) => row.cells[candidate.index]).filter((cell) => !isBlank(cell));
    const allowWan = !candidate.header.includes("万");
    const numeric = filled.length > 0 && filled.every((cell) => toNumber(cell, allowWan) !== undefined);
    const suggested = suggestColumn(candidate.header, present);
    const hint =
      suggested === undefined
        ? { zh: "", en: "" }
        : { zh: `是否指“${suggested.label.zh}”？`, en: ` Did you mean "${suggested.label.en}"?` };
    notices.push({
      ...problem(
        "unmatched-header",
        { file, row: headerRow, column: candidate.header },
        numeric
          ? {
              zh: `不是已知列：已作为附加指标列保留（模型可按此表头引用它）。${hint.zh}`,
              en: `not one of the known columns: kept as an extra indicator column (a model can use it under this header).${hint.en}`,
            }
          : {
              zh: `未识别，已忽略${suggested === undefined ? "" : `：${hint.zh}`}`,
              en: `not recognised; ignored.${hint.en}`,
            },
        candidate.header,
      ),
      ...(suggested !== undefined ? { suggestion: suggested.key } : {}),
    });
    if (!numeric) continue;
    const first = extras.find((extra) => extra.header === candidate.header);
    if (first !== undefined) {
      problems.push(
        problem(
          "duplicate-header",
          { file, row: headerRow, column: candidate.header },
          {
            zh: `列“${candidate.header}”出现两次（第${first.index + 1}列和第${candidate.index + 1}列）：每一列应只出现一次`,
            en: `column "${candidate.header}" appears twice (columns ${first.index + 1} and ${candidate.index + 1}): expected each column once`,
          },
          candidate.header,
        ),
      );
      continue;
    }
    extras.push({ ...candidate, allowWan });
  }
  for (const spec of TOWNSHIP_COLUMNS) {
    if (!spec.required || known.has(spec.key)) continue;
    problems.push(
      problem(
        "missing-column",
        { file, row: headerRow, column: spec.key },
        {
          zh: `缺少必填列“${spec.label.zh}”：表头应含以下列名之一：${headerListZh(spec)}`,
          en: `missing required column "${spec.label.en}": expected one of the headers ${headerList(spec, ", ")}`,
        },
      ),
    );
  }

  if (tableRows.length === 0) {
    problems.push(
      problem(
        "no-rows",
        { file, row: headerRow + 1 },
        {
          zh: "只有表头，没有乡镇数据：表头下应至少有一行乡镇数据",
          en: "the table has a header but no rows: expected at least one township row below the header",
        },
      ),
    );
    throw new InputError(withUnmatchedHeaders(problems, notices));
  }

  const knownColumns = [...known.values()].sort((a, b) => a.index - b.index);
  const columns = [
    ...knownColumns
      .filter((c) => c.spec.kind === "count" || c.spec.kind === "number")
      .map((c) => ({ ...c, key: c.spec.key })),
    ...extras.map((c) => ({ ...c, key: c.header })),
  ].sort((a, b) => a.index - b.index);
  const usedIndexes = new Set(headerTexts.flatMap((header, index) => (header === "" ? [] : [index])));
  /** Per column key: the cells written with 万, converted. */
  const wanCells = new Map<
    string,
    { header: string; cells: { row: number; text: string; value: number }[] }
  >();
  const noteWan = (key: string, header: string, row: number, text: string, value: number) => {
    const entry = wanCells.get(key) ?? { header, cells: [] };
    entry.cells.push({ row, text, value });
    wanCells.set(key, entry);
  };
  /** Known count columns in persons whose header or units row says 万人: each value × 10 000. */
  const inWanPersons = new Set(
    knownColumns
      .filter(({ index, header, spec }) => {
        if (spec.unit === undefined || spec.kind !== "count") return false;
        const unit = options.units?.[index] ?? bracketUnit(header);
        return unit !== undefined && unit.replace(/\s/g, "") === `万${spec.unit.zh}`;
      })
      .map((c) => c.spec.key),
  );

  /** Known numeric columns whose unit converts to the column's own (亿元 → 万元, 千人 → 人 …), and their cells. */
  const scaled = new Map<
    string,
    { factor: number; unit: string; header: string; count: number; first?: { text: string; value: number } }
  >();
  for (const { index, header, spec } of knownColumns) {
    if (spec.unit === undefined || inWanPersons.has(spec.key)) continue;
    if (spec.kind !== "count" && spec.kind !== "number") continue;
    const unit = options.units?.[index] ?? bracketUnit(header);
    if (unit === undefined || !UNIT_LIKE.test(unit.replace(/\s/gu, ""))) continue;
    const scale = unitScale(spec, unit);
    if (scale.kind === "scale") scaled.set(spec.key, { factor: scale.factor, unit, header, count: 0 });
    if (scale.kind === "unknown") {
      notices.push(
        problem(
          "unit-not-converted",
          { file, row: headerRow, column: header },
          unitNotConvertedMessage(unit, spec.unit),
          unit,
        ),
      );
    }
  }

  const firstRowOfId = new Map<string, number>();
  // One county seat per county: in a province table (a county column) per county, else in the whole table.
  const countySeats = new Map<string, { row: number; name: string }>();
  const townships: Township[] = [];

  for (const tableRow of tableRows) {
    const where = (column: string): Where => ({
      file,
      row: tableRow.row,
      column,
      ...(tableRow.path !== undefined ? { path: tableRow.path } : {}),
    });
    const before = problems.length;
    const fields: Record<string, unknown> = {};
    const values: Record<string, number> = {};

    tableRow.cells.forEach((cell, index) => {
      if (isBlank(cell) || usedIndexes.has(index)) return;
      const header = headerTexts[index] ?? "";
      problems.push(
        problem(
          "extra-cell",
          where(header !== "" ? header : `#${index + 1}`),
          {
            zh: `第${index + 1}列没有表头，却有内容“${cellText(cell)}”：数据应只写在有表头的列中`,
            en: `column ${index + 1} has no header but holds "${cellText(cell)}": expected data only under a header`,
          },
          cellText(cell),
        ),
      );
    });

    for (const { index, header, spec } of knownColumns) {
      const cell = tableRow.cells[index];
      const text = cellText(cell);
      if (spec.kind === "text" || spec.kind === "category") {
        if (text === "") {
          problems.push(problem("empty-cell", where(header), badValue(spec, ""), ""));
          continue;
        }
        const control = controlCharacter(text);
        if (control !== undefined) {
          problems.push(
            problem(
              "control-character",
              where(header),
              controlCharacterMessage(codePoint(control)),
              visibleText(text),
            ),
          );
          continue;
        }
        const invisible = invisibleCharacters(text);
        if (invisible.length > 0) {
          notices.push(
            problem(
              "invisible-character",
              where(header),
              invisibleCharacterMessage(visibleText(text), invisible.map(codePoint).join(", ")),
              visibleText(text),
            ),
          );
        }
        if (spec.kind === "category") {
          const category = parseCategory(text);
          if (category === undefined) {
            problems.push(
              problem(
                "unknown-category",
                where(header),
                {
                  zh: `未知的乡镇类别“${text}”：应为以下之一：${categoryNamesZh()}`,
                  en: `unknown category "${text}": expected one of ${categoryNamesEn()}`,
                },
                text,
              ),
            );
            continue;
          }
          if (category === "countySeat") {
            const countyOfRow = cellText(countyCell(tableRow));
            const countySeat = countySeats.get(countyOfRow);
            if (countySeat !== undefined) {
              problems.push(
                problem(
                  "multiple-county-seats",
                  where(header),
                  multipleCountySeatsMessage(
                    countySeat,
                    { row: tableRow.row, name: cellText(nameCell(tableRow)) },
                    known.has("county") ? countyOfRow : undefined,
                  ),
                  text,
                ),
              );
            } else {
              countySeats.set(countyOfRow, { row: tableRow.row, name: cellText(nameCell(tableRow)) });
            }
          }
          fields[spec.key] = category satisfies Category;
          continue;
        }
        if (spec.key === "id") {
          const firstRow = firstRowOfId.get(text);
          if (firstRow !== undefined) {
            problems.push(
              problem(
                "duplicate-id",
                where(header),
                {
                  zh: `编号“${text}”重复：第${firstRow}行和第${tableRow.row}行都用了它，每个乡镇的编号应唯一`,
                  en: `duplicate ID "${text}": rows ${firstRow} and ${tableRow.row} both use it; expected each ID once`,
                },
                text,
              ),
            );
            continue;
          }
          firstRowOfId.set(text, tableRow.row);
        }
        fields[spec.key] = text;
        continue;
      }
      // Numeric column.
      if (text === "") {
        if (spec.required) problems.push(problem("empty-cell", where(header), badValue(spec, ""), ""));
        continue;
      }
      const allowWan = spec.unit !== undefined && !spec.unit.zh.includes("万") && !inWanPersons.has(spec.key);
      let value = toNumber(cell, false);
      if (value === undefined && allowWan && typeof cell === "string") {
        value = parseWanNumber(cell);
        if (value !== undefined) noteWan(spec.key, header, tableRow.row, text, value);
      }
      if (value !== undefined && inWanPersons.has(spec.key)) {
        const inPersons = parseWanNumber(`${text}万`) ?? value * 10000;
        noteWan(spec.key, header, tableRow.row, text, inPersons);
        value = inPersons;
      }
      const scale = scaled.get(spec.key);
      if (value !== undefined && scale !== undefined) {
        value = scaleValue(value, scale.factor);
        scale.count++;
        scale.first ??= { text, value };
      }
      const code =
        value === undefined
          ? "not-a-number"
          : spec.kind === "count" && !Number.isInteger(value)
            ? "not-an-integer"
            : boundOf(spec) !== "any" && value < 0
              ? "negative"
              : boundOf(spec) === "positive" && value === 0
                ? "not-positive"
                : undefined;
      if (code !== undefined) {
        problems.push(problem(code, where(header), badValue(spec, text), text));
        continue;
      }
      fields[spec.key] = value === 0 ? 0 : value;
    }
    if (problems.length > before) continue;

    for (const column of columns) {
      let value = fields[column.key];
      if (value === undefined) {
        const cell = tableRow.cells[column.index];
        value = toNumber(cell, false);
        const allowWan = "allowWan" in column && column.allowWan === true;
        if (value === undefined && allowWan && typeof cell === "string") {
          value = parseWanNumber(cell);
          if (value !== undefined)
            noteWan(column.key, column.header, tableRow.row, cell.trim(), value as number);
        }
      }
      if (typeof value === "number") values[column.key] = value === 0 ? 0 : value;
    }
    const township: Record<string, unknown> = { row: tableRow.row };
    for (const spec of TOWNSHIP_COLUMNS) {
      if (fields[spec.key] !== undefined) township[spec.key] = fields[spec.key];
    }
    township["values"] = values;
    townships.push(township as unknown as Township);
  }

  if (problems.length > 0) throw new InputError(withUnmatchedHeaders(problems, notices));
  // a loop, not push(...): a table of 200,000 look-alikes has as many notices
  for (const notice of lookAlikeNotices(townships, file, known.get("id")?.header, known.get("name")?.header))
    notices.push(notice);
  for (const [key, scale] of scaled) {
    const spec = knownColumns.find((c) => c.spec.key === key)!.spec;
    if (scale.first === undefined || spec.unit === undefined) continue;
    notices.push(
      problem(
        "unit-converted",
        { file, row: headerRow, column: scale.header },
        unitConvertedMessage(
          scale.unit,
          spec.unit,
          scale.factor,
          scale.first.text,
          scale.first.value,
          scale.count,
        ),
        scale.unit,
      ),
    );
  }
  for (const [key, { header, cells }] of wanCells) {
    const first = cells[0]!;
    // The first cell's row is the notice's own row, named by the location before the sentence.
    const shown = cells.slice(0, 3).map((c, i) => (i === 0 ? `“${c.text}”` : `第${c.row}行“${c.text}”`));
    const shownEn = cells.slice(0, 3).map((c, i) => (i === 0 ? `"${c.text}"` : `row ${c.row} "${c.text}"`));
    const more =
      cells.length > 3
        ? { zh: `等 ${cells.length} 个单元格`, en: ` and ${cells.length - 3} more` }
        : { zh: "", en: "" };
    const perCell = inWanPersons.has(key) && !/^\S*万\S*$/.test(first.text);
    notices.push(
      problem(
        "wan-unit-converted",
        { file, row: first.row, column: header },
        perCell
          ? {
              zh: `以“万”为单位，已按 1万 = 10000 换算（如“${first.text}” → ${first.value}），共 ${cells.length} 个单元格`,
              en: `in units of 万 (10,000); converted (e.g. "${first.text}" → ${first.value}), ${cells.length} cells`,
            }
          : {
              zh: `${shown.join("、")}${more.zh}写有“万”，已按 1万 = 10000 换算（如“${first.text}” → ${first.value}）`,
              en: `${shownEn.join(", ")}${more.en} written with 万; converted at 1万 = 10,000 (e.g. "${first.text}" → ${first.value})`,
            },
        first.text,
      ),
    );
  }
  const ordered = [...(options.notices ?? []), ...notices]
    .map((p, order) => ({ p, order }))
    .sort((a, b) => (a.p.row ?? 0) - (b.p.row ?? 0) || a.order - b.order)
    .map(({ p }) => p);
  return { source: file, townships, columns: columns.map((c) => c.key), notices: ordered };

  function countyCell(row: TableRow): Cell {
    const county = known.get("county");
    return county === undefined ? undefined : row.cells[county.index];
  }

  function nameCell(row: TableRow): Cell {
    const name = known.get("name");
    return name === undefined ? undefined : row.cells[name.index];
  }
}

/**
 * Warnings for ids and names of different rows that look alike (`lookAlikeForm`: case, full-width forms, invisible
 * characters) and for names written the same (different ids): each names both rows. Exact repeats of an id are
 * errors ("duplicate-id") reported before.
 */
function lookAlikeNotices(
  townships: readonly Township[],
  file: string,
  idHeader: string | undefined,
  nameHeader: string | undefined,
): InputProblem[] {
  const notices: InputProblem[] = [];
  const ids = new Map<string, Township>();
  const names = new Map<string, Township>();
  for (const township of townships) {
    const idForm = lookAlikeForm(township.id);
    const sameId = ids.get(idForm);
    if (sameId === undefined) ids.set(idForm, township);
    else if (idHeader !== undefined && sameId.id !== township.id) {
      notices.push(
        problem(
          "look-alike-id",
          { file, ...(township.row !== undefined ? { row: township.row } : {}), column: idHeader },
          lookAlikeMessage("id", sameId.row ?? 0, visibleText(sameId.id), visibleText(township.id)),
          visibleText(township.id),
        ),
      );
    }
    // names repeat across the counties of a province (城关镇): compared within a county
    const nameForm = `${township.county ?? ""}\u0000${lookAlikeForm(township.name)}`;
    const sameName = names.get(nameForm);
    if (sameName === undefined) names.set(nameForm, township);
    else if (nameHeader !== undefined) {
      notices.push(
        sameName.name === township.name
          ? problem(
              "duplicate-name",
              { file, ...(township.row !== undefined ? { row: township.row } : {}), column: nameHeader },
              duplicateNameMessage(sameName.row ?? 0, township.name, sameName.id, township.id),
              township.name,
            )
          : problem(
              "look-alike-name",
              { file, ...(township.row !== undefined ? { row: township.row } : {}), column: nameHeader },
              lookAlikeMessage(
                "name",
                sameName.row ?? 0,
                visibleText(sameName.name),
                visibleText(township.name),
              ),
              visibleText(township.name),
            ),
      );
    }
  }
  return notices;
}

/** Headers of a row-number column ("序号", "No."), which also serve as the ID when no other ID column exists. */
function isRowNumberHeader(header: string): boolean {
  return /^(?:序号|序|行号|no\.?|#)$/iu.test(header.replace(/\s/gu, ""));
}

function isTableRow(row: TableRow | readonly Cell[]): row is TableRow {
  return !Array.isArray(row);
}

function isBlank(cell: Cell): boolean {
  return cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");
}

/** The cell as trimmed text; numbers written as JavaScript writes them. */
function cellText(cell: Cell): string {
  if (cell === null || cell === undefined) return "";
  return typeof cell === "number" ? String(cell) : cell.trim();
}

/** The number in a cell; with `allowWan`, also a count written with 万 ("23.86万"). */
function toNumber(cell: Cell, allowWan = false): number | undefined {
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : undefined;
  if (typeof cell === "string") return parseNumber(cell) ?? (allowWan ? parseWanNumber(cell) : undefined);
  return undefined;
}

/** The unit in a header's last brackets: "人口（万人）" → "万人". */
function bracketUnit(header: string): string | undefined {
  return /[（(]([^（()）]*)[）)]\s*$/u.exec(header)?.[1]?.trim();
}
