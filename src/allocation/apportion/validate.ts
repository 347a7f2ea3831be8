import { compareCodePoints } from "./ties.ts";
import type { ApportionInfeasible, ApportionMethod, ApportionUnit } from "./types.ts";

/** A unit after validation: bounds filled in, position kept. Internal to apportion/. */
export interface CheckedUnit {
  readonly name: string;
  readonly weight: number;
  readonly min: number;
  readonly max: number;
  /** Position in the caller's array. */
  readonly index: number;
}

/** Validated input. Internal to apportion/. */
export interface CheckedInput {
  readonly units: readonly CheckedUnit[];
  readonly total: number;
  /** Σ weight, > 0. */
  readonly weightSum: number;
  readonly minimumSum: number;
  readonly maximumSum: number;
}

/**
 * Checks the caller's units and total, throwing a RangeError that names the unit for a caller mistake:
 * no units, a duplicate or non-string name, a weight that is negative or not finite, all weights 0,
 * a bound that is not a whole number, min > max, or a total that is not a whole number >= 0.
 * Internal to apportion/.
 *
 * @throws {RangeError} for any of the mistakes above, naming the unit
 * @example
 * checkInput([{ name: "A", weight: 2, min: 1 }], 3) // { units: [{ name: "A", weight: 2, min: 1, max: Infinity, index: 0 }], total: 3, … }
 */
export function checkInput(units: readonly ApportionUnit[], total: number): CheckedInput {
  if (!Number.isSafeInteger(total) || total < 0) {
    throw new RangeError(`apportion: total must be a whole number >= 0, got ${total}`);
  }
  if (units.length === 0) throw new RangeError("apportion: no units to apportion among");
  const seen = new Set<string>();
  const checked: CheckedUnit[] = [];
  let minimumSum = 0;
  let maximumSum = 0;
  units.forEach((unit, index) => {
    const label = typeof unit.name === "string" ? `unit "${unit.name}"` : `unit #${index + 1}`;
    if (typeof unit.name !== "string") throw new RangeError(`apportion: ${label} has no name`);
    if (seen.has(unit.name)) throw new RangeError(`apportion: ${label} appears twice; names must be unique`);
    seen.add(unit.name);
    if (typeof unit.weight !== "number" || !Number.isFinite(unit.weight) || unit.weight < 0) {
      throw new RangeError(`apportion: ${label} has weight ${unit.weight}; expected a finite number >= 0`);
    }
    const min = unit.min ?? 0;
    const max = unit.max ?? Number.POSITIVE_INFINITY;
    if (!Number.isSafeInteger(min) || min < 0) {
      throw new RangeError(`apportion: ${label} has min ${min}; expected a whole number >= 0`);
    }
    if (max !== Number.POSITIVE_INFINITY && (!Number.isSafeInteger(max) || max < 0)) {
      throw new RangeError(`apportion: ${label} has max ${max}; expected a whole number >= 0 or Infinity`);
    }
    if (min > max) throw new RangeError(`apportion: ${label} has min ${min} above max ${max}`);
    minimumSum += min;
    maximumSum += max;
    checked.push({ name: unit.name, weight: unit.weight, min, max, index });
  });
  // Sum in name order so that the shares, to the last bit, do not depend on the order of the input.
  const weightSum = sumInNameOrder(checked, (unit) => unit.weight);
  if (!(weightSum > 0))
    throw new RangeError("apportion: every weight is 0; at least one unit needs a weight > 0");
  if (!Number.isFinite(weightSum))
    throw new RangeError("apportion: the weights sum to more than a finite number");
  return { units: checked, total, weightSum, minimumSum, maximumSum };
}

/**
 * The infeasible outcome when the bounds cannot meet the total, else undefined. Internal to apportion/.
 * @throws never
 * @example
 * infeasibility(checkInput([{ name: "A", weight: 1, min: 520 }], 500), "webster")?.diagnosis.en
 * // "minimums need 520, total is 500: raise the total to at least 520 or lower the minimums by 20 in all"
 */
export function infeasibility(input: CheckedInput, method: ApportionMethod): ApportionInfeasible | undefined {
  const { total, minimumSum, maximumSum } = input;
  if (minimumSum > total) {
    return {
      status: "infeasible",
      method,
      total,
      minimumSum,
      maximumSum,
      diagnosis: {
        zh: `各单位最低数合计 ${minimumSum}，超过总数 ${total}：需把总数至少增加到 ${minimumSum}，或把最低数合计降低 ${minimumSum - total}`,
        en: `minimums need ${minimumSum}, total is ${total}: raise the total to at least ${minimumSum} or lower the minimums by ${minimumSum - total} in all`,
      },
    };
  }
  if (maximumSum < total) {
    return {
      status: "infeasible",
      method,
      total,
      minimumSum,
      maximumSum,
      diagnosis: {
        zh: `各单位最高数合计 ${maximumSum}，不足总数 ${total}：需把总数降到不超过 ${maximumSum}，或把最高数合计提高 ${total - maximumSum}`,
        en: `maximums allow ${maximumSum}, total is ${total}: lower the total to at most ${maximumSum} or raise the maximums by ${total - maximumSum} in all`,
      },
    };
  }
  return undefined;
}

/**
 * Σ value(unit) taken in code-point order of the names, so that float sums do not depend on the order
 * the caller listed the units in. Internal to apportion/.
 * @throws never
 * @example
 * sumInNameOrder([{ name: "B", w: 0.2 }, { name: "A", w: 0.1 }], (u) => u.w) // 0.1 + 0.2, in that order
 */
export function sumInNameOrder<T extends { readonly name: string }>(
  units: readonly T[],
  value: (unit: T) => number,
): number {
  return [...units]
    .sort((a, b) => compareCodePoints(a.name, b.name))
    .reduce((sum, unit) => sum + value(unit), 0);
}
