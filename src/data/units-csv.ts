import { InputError, type InputProblem } from "../types.ts";
import { parseCsv } from "./parse-csv.ts";
import { parseNumber } from "./parse-number.ts";

/** One unit of a plain apportionment table (the shape `apportion` takes). */
export interface UnitRow {
  readonly name: string;
  /** Relative weight, >= 0. */
  readonly weight: number;
  /** Fewest posts, a whole number; absent = 0. */
  readonly min?: number;
  /** Most posts, a whole number; absent = no limit. */
  readonly max?: number;
}

/** Options of `parseUnitsCsv`. */
export interface UnitsCsvOptions {
  /** The file name used in problems. */
  readonly file: string;
  /** Header of the weight column; default the second column. */
  readonly weightColumn?: string | undefined;
  /** Fewest posts for a row whose `min` cell is blank or absent. */
  readonly min?: number | undefined;
  /** Most posts for a row whose `max` cell is blank or absent. */
  readonly max?: number | undefined;
}

/**
 * Reads a plain table of units from CSV text: the first column names the unit, the weight is the
 * `weightColumn` column (matched as written, then case-insensitively) or else the second column, and
 * optional columns `min` and `max` give each row's bounds (blank cells fall back to `options.min` /
 * `options.max`). Blank lines are skipped. Every problem is collected before failing.
 *
 * @param text decoded CSV text (see `decodeText`)
 * @param options `file` for messages, `weightColumn`, and the bounds for blank cells
 * @returns the units in file order, ready for `apportion`
 * @throws {InputError} naming file, row and column: no data rows, a missing weight column, an empty or
 *   repeated unit name, a weight that is not a number >= 0, a bound that is not a whole number >= 0,
 *   crossed bounds, or every weight 0
 * @example
 * parseUnitsCsv("state,population\nA,100\nB,50\n", { file: "s.csv" })  // [{ name: "A", weight: 100 }, { name: "B", weight: 50 }]
 */
export function parseUnitsCsv(text: string, options: UnitsCsvOptions): UnitRow[] {
  const file = options.file;
  const records = parseCsv(text, { file }).filter((r) => r.cells.some((c) => c.trim() !== ""));
  const header = records[0];
  if (!header || records.length < 2) {
    throw new InputError([
      {
        code: "no-rows",
        file,
        message: {
          zh: "表格没有数据行：应有一行表头和至少一行单位",
          en: "the table has no data rows: expected a header row and at least one unit",
        },
      },
    ]);
  }
  const headers = header.cells.map((cell) => cell.trim());
  const nameHeader = headers[0] ?? "";
  let weightIndex = 1;
  if (options.weightColumn !== undefined) {
    const wanted = options.weightColumn.trim();
    weightIndex = headers.indexOf(wanted);
    if (weightIndex < 0) weightIndex = headers.findIndex((h) => h.toLowerCase() === wanted.toLowerCase());
    if (weightIndex <= 0) {
      throw new InputError([
        {
          code: "missing-column",
          file,
          row: header.row,
          column: options.weightColumn,
          found: headers.join(", "),
          message: {
            zh: `找不到权重列“${options.weightColumn}”：表头为 ${headers.join("、")}（第一列是单位名称）`,
            en: `no weight column "${options.weightColumn}": the headers are ${headers.join(", ")} (the first column names the unit)`,
          },
        },
      ]);
    }
  } else if (headers.length < 2) {
    throw new InputError([
      {
        code: "missing-column",
        file,
        row: header.row,
        message: {
          zh: "表格只有一列：应有单位名称列和权重列",
          en: "the table has one column: expected a unit-name column and a weight column",
        },
      },
    ]);
  }
  const weightHeader = headers[weightIndex]!;
  const minIndex = headers.findIndex((h) => h.toLowerCase() === "min");
  const maxIndex = headers.findIndex((h) => h.toLowerCase() === "max");

  const problems: InputProblem[] = [];
  const units: UnitRow[] = [];
  const firstRow = new Map<string, number>();
  const at = (row: number, column: string) => ({ file, row, column });
  for (const record of records.slice(1)) {
    const cell = (i: number): string => (record.cells[i] ?? "").trim();
    const name = cell(0);
    if (name === "") {
      problems.push({
        code: "missing-name",
        ...at(record.row, nameHeader),
        message: { zh: "单位名称为空：应填写名称", en: "the unit name is empty: expected a name" },
      });
      continue;
    }
    const seenAt = firstRow.get(name);
    if (seenAt !== undefined) {
      problems.push({
        code: "duplicate-name",
        ...at(record.row, nameHeader),
        found: name,
        message: {
          zh: `单位“${name}”与第${seenAt}行重复：名称应唯一`,
          en: `unit "${name}" repeats row ${seenAt}: names must be unique`,
        },
      });
      continue;
    }
    firstRow.set(name, record.row);
    const weightText = cell(weightIndex);
    const weight = parseNumber(weightText);
    if (weight === undefined || weight < 0) {
      problems.push({
        code: weightText === "" ? "missing-value" : "not-a-number",
        ...at(record.row, weightHeader),
        found: weightText,
        message: {
          zh: weightText === "" ? "权重为空：应为非负数" : `权重应为非负数，实为“${weightText}”`,
          en:
            weightText === ""
              ? "the weight is empty: expected a number >= 0"
              : `expected a weight >= 0, found "${weightText}"`,
        },
      });
      continue;
    }
    const min = boundCell(minIndex, options.min);
    const max = boundCell(maxIndex, options.max);
    if (min === null || max === null) continue;
    if (min !== undefined && max !== undefined && min > max) {
      problems.push({
        code: "bounds-cross",
        ...at(record.row, headers[minIndex] ?? headers[maxIndex] ?? "min"),
        found: `${min} > ${max}`,
        message: {
          zh: `最低数 ${min} 大于最高数 ${max}：应有最低数不超过最高数`,
          en: `min ${min} is above max ${max}: expected min <= max`,
        },
      });
      continue;
    }
    units.push({
      name,
      weight,
      ...(min !== undefined ? { min } : {}),
      ...(max !== undefined ? { max } : {}),
    });

    /** The row's bound: its own cell, else the flag; null after recording a problem. */
    function boundCell(index: number, fallback: number | undefined): number | undefined | null {
      if (index < 0) return fallback;
      const text = cell(index);
      if (text === "") return fallback;
      const n = parseNumber(text);
      if (n === undefined || !Number.isSafeInteger(n) || n < 0) {
        problems.push({
          code: "not-a-whole-number",
          ...at(record.row, headers[index]!),
          found: text,
          message: { zh: `应为非负整数，实为“${text}”`, en: `expected a whole number >= 0, found "${text}"` },
        });
        return null;
      }
      return n;
    }
  }
  if (problems.length > 0) throw new InputError(problems);
  if (!units.some((unit) => unit.weight > 0)) {
    throw new InputError([
      {
        code: "all-weights-zero",
        file,
        column: weightHeader,
        message: {
          zh: `权重列“${weightHeader}”全为 0：至少一个单位的权重应大于 0`,
          en: `every weight in column "${weightHeader}" is 0: expected at least one weight > 0`,
        },
      },
    ]);
  }
  return units;
}
