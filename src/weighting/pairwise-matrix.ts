import { SAATY_MAX, SAATY_MIN } from "../policy.ts";
import type { Bilingual } from "../types.ts";
import { formatJudgement, parseJudgement } from "./fraction.ts";

/**
 * One cell of a pairwise comparison matrix as a person enters it: a number, a fraction text such as
 * "1/3", or empty (`""`, `null`, `undefined`) — allowed on the diagonal (read as 1) and below the
 * diagonal (filled with the reciprocal of the cell above it).
 */
export type JudgementCell = number | string | null | undefined;

/** A pairwise comparison matrix as entered: rows and columns in the order of the criterion names. */
export type JudgementMatrix = readonly (readonly JudgementCell[])[];

/** Options of `checkPairwiseMatrix` and `toPairwiseMatrix`. */
export interface PairwiseMatrixOptions {
  /**
   * Largest accepted |a_ij · a_ji − 1| when both cells are filled. Default 0.01, so "0.33" is
   * accepted as the reciprocal of 3 (0.99) while "0.3" (0.9) is not.
   */
  readonly reciprocalTolerance?: number;
}

/** What is wrong with a pairwise matrix cell (or its shape). Rows and columns are 0-based indexes. */
export interface PairwiseIssue {
  readonly code:
    | "matrix-shape"
    | "bad-name"
    | "duplicate-name"
    | "empty-judgement"
    | "not-a-judgement"
    | "out-of-scale"
    | "diagonal-not-one"
    | "not-reciprocal";
  readonly row?: number;
  readonly column?: number;
  readonly rowName?: string;
  readonly columnName?: string;
  /** The cell as entered, stringified. */
  readonly found?: string;
  readonly message: Bilingual;
}

/** Largest and smallest value of Saaty's scale, with 1 % slack for typed decimals such as 0.11. */
const SCALE_MAX = SAATY_MAX * 1.01;
const SCALE_MIN = SAATY_MIN / 1.01;

/**
 * Lists everything wrong with a pairwise comparison matrix, in reading order: shape (square, one row
 * and column per name), names (non-empty, unique), and each cell — above the diagonal a judgement on
 * Saaty's scale (1/9 … 9, numbers or fractions such as "1/3"); the diagonal empty or 1; below the
 * diagonal empty or the reciprocal of the cell above (within `reciprocalTolerance`).
 *
 * @param names criterion names, one per row and column
 * @param matrix the judgements as entered
 * @param options `reciprocalTolerance` (default 0.01)
 * @returns the issues; empty when the matrix is usable
 * @throws never
 * @example
 * checkPairwiseMatrix(["a", "b"], [[1, 3], ["1/3", 1]])  // []
 * checkPairwiseMatrix(["a", "b"], [[1, 3], [3, 1]])[0].code  // "not-reciprocal"
 */
export function checkPairwiseMatrix(
  names: readonly string[],
  matrix: JudgementMatrix,
  options: PairwiseMatrixOptions = {},
): PairwiseIssue[] {
  const issues: PairwiseIssue[] = [];
  const n = names.length;
  const tolerance = options.reciprocalTolerance ?? 0.01;
  if (n < 1) {
    issues.push({
      code: "matrix-shape",
      message: {
        zh: "判断矩阵没有任何指标：至少需要 1 个",
        en: "the matrix names no criteria: expected at least 1",
      },
    });
    return issues;
  }
  const seen = new Set<string>();
  names.forEach((name, i) => {
    if (typeof name !== "string" || name.trim() === "") {
      issues.push({
        code: "bad-name",
        row: i,
        message: { zh: `第 ${i + 1} 个指标名称为空`, en: `criterion ${i + 1} has an empty name` },
      });
    } else if (seen.has(name)) {
      issues.push({
        code: "duplicate-name",
        row: i,
        rowName: name,
        message: {
          zh: `指标名称“${name}”重复：每个指标只能出现一次`,
          en: `criterion name "${name}" appears twice: names must be unique`,
        },
      });
    }
    seen.add(name);
  });
  const rowsOk = matrix.length === n && matrix.every((row) => row.length === n);
  if (!rowsOk) {
    const shape = `${matrix.length} × ${matrix.reduce((widest, row) => Math.max(widest, row.length), 0)}`;
    issues.push({
      code: "matrix-shape",
      found: shape,
      message: {
        zh: `判断矩阵应为 ${n} 行 ${n} 列（每个指标一行一列），实为 ${matrix.length} 行、各行列数 ${matrix.map((row) => row.length).join("/")}`,
        en: `the matrix should be ${n} × ${n} (one row and one column per criterion), found ${matrix.length} rows of ${matrix.map((row) => row.length).join("/")} cells`,
      },
    });
    return issues;
  }
  if (issues.length > 0) return issues;

  const parsed: (number | undefined)[][] = matrix.map((row, i) =>
    row.map((cell, j) => {
      if (isEmpty(cell)) return undefined;
      try {
        return parseJudgement(cell as string | number);
      } catch {
        issues.push(cellIssue("not-a-judgement", names, i, j, String(cell)));
        return undefined;
      }
    }),
  );
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const cell = matrix[i]![j];
      const value = parsed[i]![j];
      if (i === j) {
        if (value !== undefined && Math.abs(value - 1) > 1e-9)
          issues.push(cellIssue("diagonal-not-one", names, i, j, String(cell)));
        continue;
      }
      if (isEmpty(cell)) {
        if (i < j) issues.push(cellIssue("empty-judgement", names, i, j, ""));
        continue;
      }
      if (value === undefined) continue; // already reported as not-a-judgement
      if (value > SCALE_MAX || value < SCALE_MIN) {
        issues.push(cellIssue("out-of-scale", names, i, j, String(cell)));
        continue;
      }
      if (i > j) {
        const above = parsed[j]![i];
        if (above !== undefined && Math.abs(above * value - 1) > tolerance + 1e-12) {
          issues.push({
            code: "not-reciprocal",
            row: i,
            column: j,
            rowName: names[i]!,
            columnName: names[j]!,
            found: String(cell),
            message: {
              zh: `“${names[i]}”对“${names[j]}”为 ${String(cell).trim()}，而“${names[j]}”对“${names[i]}”为 ${formatJudgement(above)}，两者不互为倒数：应为 ${formatJudgement(1 / above)}（或留空，自动取倒数）`,
              en: `"${names[i]}" over "${names[j]}" is ${String(cell).trim()} but "${names[j]}" over "${names[i]}" is ${formatJudgement(above)}; they are not reciprocal: expected ${formatJudgement(1 / above)} (or leave it empty to fill the reciprocal)`,
            },
          });
        }
      }
    }
  }
  return issues;
}

/**
 * Turns an entered pairwise matrix into a numeric positive reciprocal matrix. The cells above the
 * diagonal are authoritative; the diagonal is 1 and each cell below the diagonal becomes exactly
 * 1 / (the cell above it), so a typed "0.33" under a 3 is used as 1/3.
 *
 * @param names criterion names, one per row and column
 * @param matrix the judgements as entered
 * @param options `reciprocalTolerance` (default 0.01)
 * @returns the reciprocal matrix as numbers
 * @throws {RangeError} naming the row and column of each problem (see `checkPairwiseMatrix`)
 * @example
 * toPairwiseMatrix(["a", "b"], [[1, "3"], [null, 1]])  // [[1, 3], [1/3, 1]]
 */
export function toPairwiseMatrix(
  names: readonly string[],
  matrix: JudgementMatrix,
  options: PairwiseMatrixOptions = {},
): number[][] {
  const issues = checkPairwiseMatrix(names, matrix, options);
  if (issues.length > 0) throw new RangeError(pairwiseIssuesText(issues));
  const n = names.length;
  const result = Array.from({ length: n }, () => new Array<number>(n).fill(1));
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const value = parseJudgement(matrix[i]![j] as string | number);
      result[i]![j] = value;
      result[j]![i] = 1 / value;
    }
  }
  return result;
}

/**
 * English text of pairwise issues for a RangeError: the first 5 messages, then a count of the rest.
 *
 * @param issues from `checkPairwiseMatrix`
 * @returns one line of text
 * @throws never
 * @example
 * pairwiseIssuesText(checkPairwiseMatrix(["a", "b"], [[1, 3], [3, 1]]))
 * // 'invalid pairwise comparison matrix: "b" over "a" is 3 but "a" over "b" is 3; …'
 */
export function pairwiseIssuesText(issues: readonly PairwiseIssue[]): string {
  const shown = issues.slice(0, 5).map((issue) => issue.message.en);
  const more = issues.length > 5 ? `; and ${issues.length - 5} more` : "";
  return `invalid pairwise comparison matrix: ${shown.join("; ")}${more}`;
}

function isEmpty(cell: JudgementCell): boolean {
  return cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");
}

function cellIssue(
  code: "empty-judgement" | "not-a-judgement" | "out-of-scale" | "diagonal-not-one",
  names: readonly string[],
  i: number,
  j: number,
  found: string,
): PairwiseIssue {
  const r = names[i]!;
  const c = names[j]!;
  const shown = found.trim();
  const messages: Record<typeof code, Bilingual> = {
    "empty-judgement": {
      zh: `“${r}”对“${c}”的判断为空：对角线右上方的每个单元格都必须填写（1/9 到 9）`,
      en: `the judgement of "${r}" over "${c}" is empty: every cell above the diagonal must be filled (1/9 to 9)`,
    },
    "not-a-judgement": {
      zh: `“${r}”对“${c}”的判断“${shown}”不是数字或分数：应为 1/9 到 9 之间的值，如 3 或 1/3`,
      en: `the judgement of "${r}" over "${c}" is "${shown}", not a number or fraction: expected a value from 1/9 to 9 such as 3 or 1/3`,
    },
    "out-of-scale": {
      zh: `“${r}”对“${c}”的判断为 ${shown}，超出 Saaty 1–9 标度：应在 1/9 到 9 之间`,
      en: `the judgement of "${r}" over "${c}" is ${shown}, outside Saaty's 1–9 scale: expected a value from 1/9 to 9`,
    },
    "diagonal-not-one": {
      zh: `对角线上“${r}”对自身的判断为 ${shown}：应为 1（或留空）`,
      en: `the diagonal cell of "${r}" is ${shown}: expected 1 (or empty)`,
    },
  };
  return { code, row: i, column: j, rowName: r, columnName: c, found, message: messages[code] };
}
