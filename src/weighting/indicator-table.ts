import type { Direction } from "../types.ts";

/**
 * Data for the objective weighting methods: alternatives (townships) × indicators.
 * `values[i][j]` is alternative i's value on indicator j, in the indicator's own unit.
 */
export interface IndicatorTable {
  /** Alternatives, e.g. township names; one per row of `values`. */
  readonly names: readonly string[];
  /** Indicator names, one per column of `values`; unique. */
  readonly indicators: readonly string[];
  readonly values: readonly (readonly number[])[];
}

/**
 * Direction per indicator name. Indicators not listed are "benefit" (larger is more); list the
 * "cost" ones (smaller is more). Naming an indicator the table does not have is an error.
 */
export type DirectionMap = Readonly<Record<string, Direction>>;

/**
 * Checks the shape and values of an indicator table and resolves the direction of each indicator.
 * Internal to src/weighting.
 *
 * @param table alternatives × indicators
 * @param directions cost indicators by name (others are benefit)
 * @returns the direction of each indicator, in table order
 * @throws {RangeError} naming the alternative and indicator of the first bad cell, or the shape problem
 * @example
 * checkIndicatorTable({ names: ["a", "b"], indicators: ["x", "d"], values: [[1, 2], [3, 4]] }, { d: "cost" })
 * // ["benefit", "cost"]
 */
export function checkIndicatorTable(table: IndicatorTable, directions: DirectionMap = {}): Direction[] {
  const { names, indicators, values } = table;
  if (indicators.length < 1) throw new RangeError("the table has no indicators: expected at least one");
  if (names.length < 2) {
    throw new RangeError(
      `the table has ${names.length} alternative(s): objective weights need at least 2 to compare`,
    );
  }
  const seen = new Set<string>();
  for (const indicator of indicators) {
    if (seen.has(indicator))
      throw new RangeError(`indicator "${indicator}" appears twice: expected unique names`);
    seen.add(indicator);
  }
  if (values.length !== names.length) {
    throw new RangeError(
      `the table names ${names.length} alternatives but has ${values.length} rows of values`,
    );
  }
  values.forEach((row, i) => {
    if (row.length !== indicators.length) {
      throw new RangeError(
        `row of "${names[i]}" has ${row.length} values: expected ${indicators.length}, one per indicator`,
      );
    }
    row.forEach((value, j) => {
      if (typeof value !== "number" || !Number.isFinite(value)) {
        throw new RangeError(
          `value of "${names[i]}" for "${indicators[j]}" is ${String(value)}: expected a finite number`,
        );
      }
    });
  });
  for (const [indicator, direction] of Object.entries(directions)) {
    if (!seen.has(indicator)) {
      throw new RangeError(
        `direction given for "${indicator}", which is not an indicator: expected one of ${indicators.join(", ")}`,
      );
    }
    if (direction !== "benefit" && direction !== "cost") {
      throw new RangeError(
        `direction of "${indicator}" is "${String(direction)}": expected "benefit" or "cost"`,
      );
    }
  }
  return indicators.map((indicator) => directions[indicator] ?? "benefit");
}

/**
 * Column j of a table as an array.
 *
 * @param values rows of numbers
 * @param j column index
 * @returns the column
 * @throws never
 * @example
 * column([[1, 2], [3, 4]], 1)  // [2, 4]
 */
export function column(values: readonly (readonly number[])[], j: number): number[] {
  return values.map((row) => row[j]!);
}

/**
 * Min-max scores of one column with its direction: benefit (x − min)/(max − min), cost
 * (max − x)/(max − min). `undefined` for a constant column (max = min), which carries no information.
 *
 * @param values one column
 * @param direction "benefit" or "cost"
 * @returns scores in [0, 1], or undefined for a constant column
 * @throws never
 * @example
 * minMaxScores([10, 20, 30], "cost")  // [1, 0.5, 0]
 */
export function minMaxScores(values: readonly number[], direction: Direction): number[] | undefined {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (max === min) return undefined;
  const range = max - min;
  return values.map((v) => (direction === "benefit" ? (v - min) / range : (max - v) / range));
}
