import { parseNumber } from "../data/parse-number.ts";

/**
 * The values of Saaty's 1–9 scale and their reciprocals, ascending: 1/9, 1/8, …, 1/2, 1, 2, …, 9.
 * A judgement a_ij = 3 reads "criterion i is moderately more important than j"; a_ji = 1/3.
 */
export const SAATY_SCALE: readonly number[] = [
  1 / 9,
  1 / 8,
  1 / 7,
  1 / 6,
  1 / 5,
  1 / 4,
  1 / 3,
  1 / 2,
  1,
  2,
  3,
  4,
  5,
  6,
  7,
  8,
  9,
];

/**
 * Reads one pairwise judgement as people write it in a spreadsheet: a number ("3", "0.5", "2.5",
 * full-width "３") or a fraction ("1/3", "1 / 9", full-width "１／３", also "1÷3"). The value must be
 * finite and > 0. Numbers are returned as given (range checks belong to the matrix check).
 *
 * @param text the cell text or a number
 * @returns the judgement as a positive number
 * @throws {RangeError} when the text is empty, not a number or fraction, zero, negative or not finite
 * @example
 * parseJudgement("1/3")  // 0.3333333333333333
 * parseJudgement(" 5 ")  // 5
 * parseJudgement(0.25)   // 0.25
 */
export function parseJudgement(text: string | number): number {
  if (typeof text === "number") {
    if (!Number.isFinite(text) || text <= 0) {
      throw new RangeError(`invalid judgement ${text}: expected a finite number > 0`);
    }
    return text;
  }
  const trimmed = text.trim();
  const parts = trimmed.split(/[/\uFF0F\u00F7\u2044]/);
  let value: number | undefined;
  if (parts.length === 1) {
    value = parseNumber(trimmed);
  } else if (parts.length === 2) {
    const numerator = parseNumber(parts[0]!);
    const denominator = parseNumber(parts[1]!);
    value =
      numerator !== undefined && denominator !== undefined && denominator !== 0
        ? numerator / denominator
        : undefined;
  }
  if (value === undefined || !Number.isFinite(value) || value <= 0) {
    throw new RangeError(`invalid judgement "${text}": expected a number > 0 or a fraction such as 1/3`);
  }
  return value;
}

/**
 * The value of Saaty's scale (1/9 … 9) nearest to a ratio, measured on a logarithmic scale (so 1/3
 * and 3 are equally far from 1). Ties go to the value nearer 1.
 *
 * @param ratio a positive number, e.g. a consistent judgement w_i / w_j
 * @returns one of `SAATY_SCALE`
 * @throws {RangeError} when `ratio` is not finite or <= 0
 * @example
 * nearestScaleValue(2.4)   // 2
 * nearestScaleValue(0.3)   // 1/3
 * nearestScaleValue(40)    // 9
 */
export function nearestScaleValue(ratio: number): number {
  if (!Number.isFinite(ratio) || ratio <= 0)
    throw new RangeError(`invalid ratio ${ratio}: expected a number > 0`);
  const target = Math.log(ratio);
  let best = 1;
  let bestDistance = Math.abs(target);
  for (const value of SAATY_SCALE) {
    const distance = Math.abs(Math.log(value) - target);
    if (distance < bestDistance - 1e-12) {
      best = value;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * Writes a judgement the way people read it: reciprocals of whole numbers as fractions ("1/3"),
 * whole numbers as integers ("5"), anything else with up to `digits` significant decimals ("1.32").
 *
 * @param value a positive number
 * @param digits decimals for values that are neither whole nor reciprocals of whole numbers (default 2)
 * @returns the text
 * @throws {RangeError} when `value` is not finite or <= 0
 * @example
 * formatJudgement(1 / 3)   // "1/3"
 * formatJudgement(7)       // "7"
 * formatJudgement(1.3218)  // "1.32"
 */
export function formatJudgement(value: number, digits = 2): string {
  if (!Number.isFinite(value) || value <= 0)
    throw new RangeError(`invalid judgement ${value}: expected a number > 0`);
  const whole = Math.round(value);
  if (Math.abs(value - whole) < 1e-9 && whole >= 1) return String(whole);
  const inverse = Math.round(1 / value);
  if (inverse >= 2 && Math.abs(1 / value - inverse) < 1e-9) return `1/${inverse}`;
  return String(Number(value.toFixed(digits)));
}
