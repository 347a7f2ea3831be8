import { APPORTION_LISTED_TAIL, APPORTION_MAX_LISTED_POSTS } from "../../policy.ts";
import { apportionHamilton } from "./hamilton.ts";
import { apportionByPriority } from "./priority-list.ts";
import { APPORTION_METHODS } from "./signposts.ts";
import type { ApportionMethod, ApportionOptions, ApportionResult, ApportionUnit } from "./types.ts";
import { checkInput } from "./validate.ts";

/**
 * Apportions `total` whole posts among units in proportion to their weights, within each unit's
 * minimum and maximum, by a named method: "hamilton" (largest remainder) or one of the divisor methods
 * "jefferson" (D'Hondt), "webster" (Sainte-Laguë), "adams", "dean", "huntington-hill" (use
 * `parseApportionMethod` to read other spellings). Besides the allocation, the result says for each unit
 * which step placed its last post, lists the posts in the order they were handed out, who would get one
 * more post and by what margin, and every tie the tie-break rule had to settle.
 *
 * Infeasible bounds are an outcome, not an error: `{ status: "infeasible", diagnosis }` names the
 * numbers ("minimums need 520, total is 500").
 *
 * @param units the units, names unique, weights finite >= 0 (not all 0), bounds whole with min <= max
 * @param total posts to hand out, a whole number >= 0
 * @param method the method
 * @param options `hamiltonBounds` for Hamilton's method ("requota", default, or "fixed-quota")
 * @returns the allocation with its reasons, or the infeasibility diagnosis
 * @throws {RangeError} for a caller mistake: unknown method, bad weight or bound (naming the unit), bad total
 * @example
 * const result = apportion(
 *   [{ name: "芦溪镇", weight: 52000, min: 15 }, { name: "宣化镇", weight: 31000, min: 15 }, { name: "上埠镇", weight: 17000, min: 15 }],
 *   60,
 *   "huntington-hill",
 * );
 * // result.status === "ok"; allocations 28, 17, 15 (上埠镇 held at its minimum); result.divisor.nice === 1830
 */
export function apportion(
  units: readonly ApportionUnit[],
  total: number,
  method: ApportionMethod,
  options: ApportionOptions = {},
): ApportionResult {
  if (method === "hamilton") return apportionHamilton(units, total, options);
  if (!APPORTION_METHODS.includes(method)) {
    throw new RangeError(
      `apportion: unknown method "${method}"; expected one of ${APPORTION_METHODS.join(", ")}`,
    );
  }
  return apportionByPriority(units, total, method, options);
}

/**
 * How many posts the method's list would hand out one by one, to compare with APPORTION_MAX_LISTED_POSTS before
 * asking: a divisor method's posts after the minimums, or APPORTION_LISTED_TAIL beyond that limit (the bisection on
 * the divisor lists only the last ones); Hamilton's take-backs under `fixed-quota`; 0 for Hamilton otherwise.
 * @throws {RangeError} for a caller mistake in the units or the total (as `apportion`)
 * @example apportionListLength([{ name: "A", weight: 1, min: 3 }, { name: "B", weight: 1 }], 10, "webster") // 7
 */
export function apportionListLength(
  units: readonly ApportionUnit[],
  total: number,
  method: ApportionMethod,
  options: ApportionOptions = {},
): number {
  const input = checkInput(units, total);
  if (method !== "hamilton") {
    const toHand = Math.max(0, total - input.minimumSum);
    return toHand > APPORTION_MAX_LISTED_POSTS ? APPORTION_LISTED_TAIL : toHand;
  }
  if ((options.hamiltonBounds ?? "requota") !== "fixed-quota") return 0;
  const start = input.units.reduce(
    (s, unit) =>
      s + Math.min(unit.max, Math.max(unit.min, Math.floor((total * unit.weight) / input.weightSum))),
    0,
  );
  return Math.max(0, start - total);
}
