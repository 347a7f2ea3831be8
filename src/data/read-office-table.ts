import { PLAN_UNIFORM_OFFICES, RETAINED_STATIONED_AGENCIES } from "../policy.ts";
import {
  InputError,
  type InputProblem,
  type OfficeKind,
  type OfficeRow,
  type OfficeTable,
} from "../types.ts";
import { OFFICE_TABLE_MESSAGES as M } from "../words/office-table-messages.ts";
import type { ColumnSpec } from "./columns.ts";
import { decodeTableText } from "./decode-table-text.ts";
import { findHeaderRow } from "./find-header-row.ts";
import { foldHeader } from "./match-column.ts";
import { OFFICE_COLUMNS } from "./office-columns.ts";
import type { Cell, TableRow } from "./parse-county-rows.ts";
import { parseCsv } from "./parse-csv.ts";
import { problem } from "./problems.ts";
import { readXlsxRows } from "./read-xlsx-rows.ts";

const KINDS: readonly [OfficeKind, readonly string[]][] = [
  ["uniform", ["uniform", "统一设置", "统一", "全县统一设置", "统一设置机构"]],
  ["adjustable", ["adjustable", "因地制宜", "自主设置", "自主调整", "因地制宜设置", "其他", "其余"]],
  ["stationed", ["stationed", "派驻", "派驻机构", "县级派驻", "派出机构"]],
];
const YES = new Set(["是", "yes", "y", "true", "1", "计入", "占用"]);
const NO = new Set(["否", "no", "n", "false", "0", "不计入", "不占用"]);
const TOTALS = /合计|总计|小计|^(?:total|sum|subtotal)$/iu;
const ROW_NUMBER = new Set(["序号", "no", "no.", "#"].map(foldHeader));

/**
 * Reads an offices table (CSV in UTF-8 or GB18030, or XLSX): one row per office, naming the township (by id or name as
 * in the county table), the office, its type (统一设置 / 因地制宜 / 派驻; inferred from the name when blank, with a
 * notice), the stationed agency's parent department, its staff and whether they are counted in the township's staff in
 * post. The county-table reader's tolerance holds: a title row, a units row and a two-row header are found, a 合计 row
 * is skipped, each with a notice; a column it does not know is a warning notice.
 * @param townships the county table's townships, to match the township cells
 * @throws {InputError} listing every problem with row and column: a required column missing, a township not in the
 * county table, a blank office name, an unknown type, a staff count that is not a whole number >= 0, a yes/no cell
 * that is neither.
 * @example (await readOfficeTable(bytes, { file: "offices.csv", county: "townships.csv", townships })).offices.length // 399 in the demo table (its title row and 合计 row skipped)
 */
export async function readOfficeTable(
  bytes: Uint8Array,
  options: {
    readonly file: string;
    readonly county: string;
    readonly townships: readonly { readonly id: string; readonly name: string }[];
  },
): Promise<OfficeTable> {
  const { file } = options;
  const xlsx = /\.xlsx?m?$/i.test(file);
  const sheet = xlsx ? await readXlsxRows(bytes, file) : undefined;
  const records: readonly TableRow[] =
    sheet?.records ?? parseCsv(decodeTableText(bytes, file).text, { file });
  const match = (header: string): ColumnSpec | "ignore" | undefined => {
    const folded = foldHeader(header);
    if (ROW_NUMBER.has(folded)) return "ignore";
    return OFFICE_COLUMNS.find((spec) => spec.aliases.some((alias) => foldHeader(alias) === folded));
  };
  const found = findHeaderRow(records, file, match);
  const problems: InputProblem[] = [];
  const notices: InputProblem[] = [...(sheet?.notices ?? []), ...found.notices];
  const at = new Map<string, number>();
  found.headers.forEach((header, c) => {
    const meaning = header === "" ? undefined : match(header);
    if (meaning === "ignore") {
      notices.push(
        problem(
          "row-number-column-ignored",
          { file, row: found.headerRow, column: header },
          M.unknownHeader(header),
        ),
      );
    } else if (meaning === undefined) {
      if (header !== "")
        notices.push(
          problem(
            "unmatched-header",
            { file, row: found.headerRow, column: header },
            M.unknownHeader(header),
          ),
        );
    } else if (!at.has(meaning.key)) at.set(meaning.key, c);
  });
  for (const spec of OFFICE_COLUMNS.filter((s) => s.required)) {
    if (!at.has(spec.key))
      problems.push(
        problem(
          "missing-column",
          { file, row: found.headerRow },
          M.missingColumn(spec.label.zh, spec.aliases.join("、")),
        ),
      );
  }
  if (problems.length > 0) throw new InputError(problems);

  const byId = new Map(options.townships.map((t) => [t.id, t.id]));
  const byName = new Map(options.townships.map((t) => [t.name, t.id]));
  const text = (cells: readonly Cell[], key: string): string => {
    const c = at.get(key);
    const value = c === undefined ? undefined : cells[c];
    return value === undefined || value === null ? "" : String(value).trim();
  };
  const header = (key: string): string => found.headers[at.get(key)!]!;
  const offices: OfficeRow[] = [];
  let inferred = 0;
  for (const record of found.rows) {
    if (record.cells.every((cell) => cell === undefined || cell === null || String(cell).trim() === ""))
      continue;
    const townshipCell = text(record.cells, "township");
    const name = text(record.cells, "office");
    const marker = [townshipCell, name].find((cell) => TOTALS.test(cell));
    if (marker !== undefined) {
      notices.push(problem("totals-row-skipped", { file, row: record.row }, M.totalsRowSkipped(marker)));
      continue;
    }
    const where = (key: string) => ({ file, row: record.row, column: header(key) });
    const townshipId = byId.get(townshipCell) ?? byName.get(townshipCell);
    if (townshipCell === "")
      problems.push(problem("blank-cell", where("township"), M.blankCell(OFFICE_COLUMNS[0]!.label.zh)));
    else if (townshipId === undefined)
      problems.push(
        problem(
          "unknown-township",
          where("township"),
          M.unknownTownship(townshipCell, options.county),
          townshipCell,
        ),
      );
    if (name === "")
      problems.push(problem("blank-cell", where("office"), M.blankCell(OFFICE_COLUMNS[1]!.label.zh)));
    const kindCell = text(record.cells, "kind");
    const department = text(record.cells, "department");
    let kind: OfficeKind | undefined;
    if (kindCell !== "") {
      const folded = foldHeader(kindCell);
      kind = KINDS.find(([, names]) => names.some((n) => foldHeader(n) === folded))?.[0];
      if (kind === undefined)
        problems.push(problem("unknown-office-kind", where("kind"), M.badKind(kindCell), kindCell));
    }
    const staffCell = text(record.cells, "staff");
    let staff: number | undefined;
    if (staffCell !== "") {
      const value = Number(staffCell);
      if (!Number.isInteger(value) || value < 0)
        problems.push(problem("not-a-count", where("staff"), M.badStaff(staffCell), staffCell));
      else staff = value;
    }
    const countedCell = text(record.cells, "countedInTownship");
    let counted: boolean | undefined;
    if (countedCell !== "") {
      const folded = foldHeader(countedCell);
      if (YES.has(folded)) counted = true;
      else if (NO.has(folded)) counted = false;
      else
        problems.push(
          problem("not-yes-no", where("countedInTownship"), M.badYesNo(countedCell), countedCell),
        );
    }
    if (townshipId === undefined || name === "") continue;
    if (kindCell === "") inferred++;
    offices.push({
      row: record.row,
      townshipId,
      name,
      kind: kind ?? inferKind(name, department),
      kindInferred: kindCell === "",
      ...(department !== "" ? { department } : {}),
      ...(staff !== undefined ? { staff } : {}),
      ...(counted !== undefined ? { countedInTownship: counted } : {}),
    });
  }
  if (problems.length === 0 && offices.length === 0)
    problems.push(problem("empty-file", { file }, M.emptyTable));
  if (problems.length > 0) throw new InputError(problems);
  if (inferred > 0) notices.push(problem("office-kind-inferred", { file }, M.kindInferred(inferred)));
  return {
    source: file,
    offices,
    has: { kind: at.has("kind"), staff: at.has("staff"), countedInTownship: at.has("countedInTownship") },
    notices,
  };
}

function inferKind(name: string, department: string): OfficeKind {
  if (PLAN_UNIFORM_OFFICES.includes(name)) return "uniform";
  if (department !== "" || RETAINED_STATIONED_AGENCIES.some((a) => name.includes(a.word))) return "stationed";
  return "adjustable";
}
