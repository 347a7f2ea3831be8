import { InputError, type InputProblem } from "../types.ts";
import { type CsvRecord, parseCsv } from "./parse-csv.ts";
import { parseNumber } from "./parse-number.ts";

/** Options of the CSV readers: the file name used in problems. */
export interface WeightsCsvOptions {
  readonly file?: string;
}

/** A pairwise comparison matrix read from CSV: criterion names and the cells as written. */
export interface PairwiseCsv {
  readonly names: readonly string[];
  readonly matrix: readonly (readonly string[])[];
  /** The spreadsheet row (1-based) each matrix row was read from, for messages. */
  readonly rows: readonly number[];
}

/** Alternatives × indicators read from CSV (the shape `entropyWeights` and `criticWeights` take). */
export interface IndicatorCsv {
  /** Alternatives (townships), one per row of `values`. */
  readonly names: readonly string[];
  /** Indicator headers, one per column of `values`. */
  readonly indicators: readonly string[];
  readonly values: readonly (readonly number[])[];
}

/** Expert weights read from CSV: names and relative weights (>= 0) in file order. */
export interface WeightsList {
  readonly names: readonly string[];
  readonly weights: readonly number[];
}

/**
 * Reads the shape of a bare pairwise comparison matrix from CSV text: the first row holds the
 * criterion names (its first cell is a free label and may be empty), the first column repeats them in
 * the same order, and the cells hold judgements as written. Blank lines are skipped. The judgements
 * themselves are checked by `parsePairwiseCsv` (src/weighting), which reads the file through this.
 *
 * @param text decoded CSV text (see `decodeText`)
 * @param options `file` names the file in problems
 * @returns the names, the cell texts and the spreadsheet row of each matrix row
 * @throws {InputError} listing every problem with its file, row (as a spreadsheet numbers it) and
 *   column header: no names, a row count that differs from the names, row names out of order, extra cells
 * @example
 * readPairwiseCsv(",a,b\na,1,3\nb,1/3,1\n")  // { names: ["a", "b"], matrix: [["1", "3"], ["1/3", "1"]], rows: [2, 3] }
 */
export function readPairwiseCsv(text: string, options: WeightsCsvOptions = {}): PairwiseCsv {
  const records = nonBlank(parseCsv(text, options));
  const where = (row?: number, column?: string) => location(options.file, row, column);
  const header = records[0];
  if (header === undefined) {
    throw new InputError([
      {
        code: "empty-file",
        ...where(),
        message: {
          zh: "文件为空：应为判断矩阵，首行为指标名称",
          en: "the file is empty: expected a matrix whose first row names the criteria",
        },
      },
    ]);
  }
  const names = trimTrailingEmpty(header.cells)
    .slice(1)
    .map((cell) => cell.trim());
  const rows = records.slice(1);
  const problems: InputProblem[] = [];
  if (names.length < 2) {
    problems.push({
      code: "matrix-shape",
      ...where(header.row),
      message: {
        zh: `首行应在第一个单元格之后列出至少 2 个指标名称，实有 ${names.length} 个`,
        en: `the first row should list at least 2 criterion names after its first cell, found ${names.length}`,
      },
    });
    throw new InputError(problems);
  }
  if (rows.length !== names.length) {
    problems.push({
      code: "matrix-shape",
      ...where(rows[names.length]?.row ?? header.row),
      found: String(rows.length),
      message: {
        zh: `首行列出 ${names.length} 个指标，应有 ${names.length} 行判断，实有 ${rows.length} 行`,
        en: `the first row names ${names.length} criteria, so ${names.length} rows of judgements are expected, found ${rows.length}`,
      },
    });
  }
  rows.slice(0, names.length).forEach((record, k) => {
    const rowName = (record.cells[0] ?? "").trim();
    if (rowName !== names[k]) {
      problems.push({
        code: "row-name-mismatch",
        ...where(record.row),
        found: rowName,
        message: {
          zh: `第 ${k + 1} 行判断的指标为“${rowName}”，应为“${names[k]}”（行与列的指标须同序）`,
          en: `judgement row ${k + 1} is for "${rowName}", expected "${names[k]}" (rows must list the criteria in the order of the columns)`,
        },
      });
    }
    const extra = trimTrailingEmpty(record.cells).length - 1 - names.length;
    if (extra > 0) {
      problems.push({
        code: "matrix-shape",
        ...where(record.row),
        message: {
          zh: `该行比首行多 ${extra} 个单元格：每行应有 ${names.length} 个判断`,
          en: `this row has ${extra} more cell(s) than the first row: expected ${names.length} judgements`,
        },
      });
    }
  });
  if (problems.length > 0) throw new InputError(problems);
  const matrix = rows.map((record) => names.map((_, j) => (record.cells[j + 1] ?? "").trim()));
  return { names, matrix, rows: rows.map((record) => record.row) };
}

/**
 * Reads a table of alternatives × indicators from CSV text: the first row is a header whose first
 * cell labels the name column and whose other cells name the indicators; each further row is one
 * alternative (township) with its name and one number per indicator ("12,345", full-width digits
 * accepted). Blank lines are skipped.
 *
 * @param text decoded CSV text
 * @param options `file` names the file in problems
 * @returns the table for `entropyWeights` / `criticWeights`
 * @throws {InputError} listing every problem with file, row and column: missing or repeated names,
 *   empty or non-numeric cells, fewer than 2 alternatives
 * @example
 * parseIndicatorCsv("乡镇,人口,面积\n甲镇,1200,30\n乙镇,800,45\n").values  // [[1200, 30], [800, 45]]
 */
export function parseIndicatorCsv(text: string, options: WeightsCsvOptions = {}): IndicatorCsv {
  const records = nonBlank(parseCsv(text, options));
  const where = (row?: number, column?: string) => location(options.file, row, column);
  const header = records[0];
  const problems: InputProblem[] = [];
  if (header === undefined) {
    throw new InputError([
      {
        code: "empty-file",
        ...where(),
        message: {
          zh: "文件为空：应为首行是指标名称的数据表",
          en: "the file is empty: expected a table whose first row names the indicators",
        },
      },
    ]);
  }
  const indicators = trimTrailingEmpty(header.cells)
    .slice(1)
    .map((cell) => cell.trim());
  if (indicators.length === 0) {
    problems.push({
      code: "no-indicators",
      ...where(header.row),
      message: {
        zh: "首行在名称列之后没有指标：应至少有 1 个指标列",
        en: "the header has no indicator after the name column: expected at least 1 indicator column",
      },
    });
  }
  const seenIndicators = new Set<string>();
  indicators.forEach((indicator, j) => {
    if (indicator === "") {
      problems.push({
        code: "empty-header",
        ...where(header.row),
        message: { zh: `第 ${j + 2} 列没有指标名称`, en: `column ${j + 2} has no indicator name` },
      });
    } else if (seenIndicators.has(indicator)) {
      problems.push({
        code: "duplicate-column",
        ...where(header.row, indicator),
        message: {
          zh: `指标“${indicator}”出现两次：列名须唯一`,
          en: `indicator "${indicator}" appears twice: column names must be unique`,
        },
      });
    }
    seenIndicators.add(indicator);
  });
  const rows = records.slice(1);
  if (rows.length < 2) {
    problems.push({
      code: "too-few-rows",
      ...where(),
      found: String(rows.length),
      message: {
        zh: `数据只有 ${rows.length} 行：客观赋权至少需要 2 个乡镇（方案）`,
        en: `the table has ${rows.length} data row(s): objective weights need at least 2 alternatives`,
      },
    });
  }
  const names: string[] = [];
  const seenNames = new Set<string>();
  const values = rows.map((record) => {
    const name = (record.cells[0] ?? "").trim();
    if (name === "") {
      problems.push({
        code: "empty-name",
        ...where(record.row, (header.cells[0] ?? "").trim() || undefined),
        message: {
          zh: "名称为空：每行第一列应填写乡镇（方案）名称",
          en: "the name is empty: the first cell of each row names the alternative",
        },
      });
    } else if (seenNames.has(name)) {
      problems.push({
        code: "duplicate-name",
        ...where(record.row),
        found: name,
        message: {
          zh: `名称“${name}”重复：每个乡镇只能有一行`,
          en: `name "${name}" appears twice: one row per alternative`,
        },
      });
    }
    seenNames.add(name);
    names.push(name);
    return indicators.map((indicator, j) => {
      const cell = (record.cells[j + 1] ?? "").trim();
      const value = parseNumber(cell);
      if (value === undefined) {
        problems.push({
          code: cell === "" ? "empty-value" : "not-a-number",
          ...where(record.row, indicator),
          ...(cell !== "" ? { found: cell } : {}),
          message:
            cell === ""
              ? {
                  zh: `“${name}”的“${indicator}”为空：应为数字`,
                  en: `"${indicator}" of "${name}" is empty: expected a number`,
                }
              : {
                  zh: `“${name}”的“${indicator}”为“${cell}”：应为数字`,
                  en: `"${indicator}" of "${name}" is "${cell}": expected a number`,
                },
        });
        return Number.NaN;
      }
      return value;
    });
  });
  if (problems.length > 0) throw new InputError(problems);
  return { names, indicators, values };
}

/**
 * Reads expert weights from a two-column CSV (name, weight). A first row whose second cell is not a
 * number is a header and is skipped. Weights are relative (>= 0); they are renormalised when used.
 *
 * @param text decoded CSV text
 * @param options `file` names the file in problems
 * @returns names and weights in file order
 * @throws {InputError} listing every problem with file, row and column
 * @example
 * parseWeightsCsv("indicator,weight\npopulation,0.6\narea,0.4\n")  // { names: ["population", "area"], weights: [0.6, 0.4] }
 */
export function parseWeightsCsv(text: string, options: WeightsCsvOptions = {}): WeightsList {
  const records = nonBlank(parseCsv(text, options));
  const where = (row?: number, column?: string) => location(options.file, row, column);
  const first = records[0];
  const hasHeader = first !== undefined && parseNumber((first.cells[1] ?? "").trim()) === undefined;
  const weightHeader = hasHeader ? (first.cells[1] ?? "").trim() || "weight" : "weight";
  const rows = hasHeader ? records.slice(1) : records;
  const problems: InputProblem[] = [];
  if (rows.length === 0) {
    problems.push({
      code: "empty-file",
      ...where(),
      message: {
        zh: "没有任何权重行：应为“指标,权重”两列",
        en: "no weight rows: expected two columns, indicator and weight",
      },
    });
  }
  const names: string[] = [];
  const weights: number[] = [];
  const seen = new Set<string>();
  for (const record of rows) {
    const name = (record.cells[0] ?? "").trim();
    const cell = (record.cells[1] ?? "").trim();
    const value = parseNumber(cell);
    if (name === "") {
      problems.push({
        code: "empty-name",
        ...where(record.row),
        message: { zh: "指标名称为空", en: "the indicator name is empty" },
      });
    } else if (seen.has(name)) {
      problems.push({
        code: "duplicate-name",
        ...where(record.row),
        found: name,
        message: { zh: `指标“${name}”重复`, en: `indicator "${name}" appears twice` },
      });
    }
    seen.add(name);
    if (value === undefined || value < 0) {
      problems.push({
        code: "not-a-weight",
        ...where(record.row, weightHeader),
        found: cell,
        message: {
          zh: `“${name}”的权重为“${cell}”：应为非负数`,
          en: `the weight of "${name}" is "${cell}": expected a number >= 0`,
        },
      });
    }
    names.push(name);
    weights.push(value ?? Number.NaN);
  }
  if (problems.length === 0 && !(weights.reduce((s, w) => s + w, 0) > 0)) {
    problems.push({
      code: "all-weights-zero",
      ...where(),
      message: { zh: "所有权重均为 0：至少一个应大于 0", en: "every weight is 0: at least one must be > 0" },
    });
  }
  if (problems.length > 0) throw new InputError(problems);
  return { names, weights };
}

/**
 * True when CSV text looks like a pairwise matrix rather than a (name, weight) list: its first
 * non-blank row has 3 or more cells (a corner cell and at least 2 criterion names).
 *
 * @param text decoded CSV text
 * @returns whether to read it with `parsePairwiseCsv`
 * @throws {InputError} only for an unterminated quote (see `parseCsv`)
 * @example
 * looksLikePairwiseCsv(",a,b\na,1,3\nb,1/3,1\n")  // true
 * looksLikePairwiseCsv("a,0.6\nb,0.4\n")         // false
 */
export function looksLikePairwiseCsv(text: string): boolean {
  const first = nonBlank(parseCsv(text))[0];
  return first !== undefined && trimTrailingEmpty(first.cells).length >= 3;
}

function nonBlank(records: readonly CsvRecord[]): CsvRecord[] {
  return records.filter((record) => record.cells.some((cell) => cell.trim() !== ""));
}

function trimTrailingEmpty(cells: readonly string[]): string[] {
  let end = cells.length;
  while (end > 0 && cells[end - 1]!.trim() === "") end--;
  return cells.slice(0, end);
}

function location(
  file: string | undefined,
  row?: number,
  column?: string,
): { file?: string; row?: number; column?: string } {
  return {
    ...(file !== undefined ? { file } : {}),
    ...(row !== undefined ? { row } : {}),
    ...(column !== undefined ? { column } : {}),
  };
}
