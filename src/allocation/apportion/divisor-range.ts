import { priorityValue } from "./signposts.ts";
import type { DivisorMethod, DivisorRange } from "./types.ts";
import type { CheckedUnit } from "./validate.ts";

/**
 * The divisors λ that reproduce an allocation by a divisor method: λ must be at least the priority of
 * every unit's next post (units below their maximum) and below the priority of every unit's last post
 * (units above their minimum). Internal to apportion/.
 * @throws never (callers pass validated units and held counts)
 * @example
 * divisorRange(units, [19, 1], "jefferson") // { low: 31528, high: 33187.36…, nice: 32000 } for Virginia and Delaware of 1790
 * // (all 15 states at the 105 seats of 1792: low 32138.45…, high 33158.9, nice 33000)
 */
export function divisorRange(
  units: readonly CheckedUnit[],
  held: readonly number[],
  method: DivisorMethod,
): DivisorRange {
  let low = 0;
  let high = Number.POSITIVE_INFINITY;
  for (const unit of units) {
    const k = held[unit.index]!;
    if (k < unit.max) low = Math.max(low, priorityValue(method, unit.weight, k));
    if (k > unit.min) high = Math.min(high, priorityValue(method, unit.weight, k - 1));
  }
  return { low, high, nice: roundestBetween(low, high) };
}

/**
 * The number with the fewest significant digits in [low, high), e.g. 33000 in [32,939, 33,158);
 * undefined when the interval is empty.
 *
 * @example
 * roundestBetween(32939.1, 33158.9) // 33000
 * @throws never
 */
export function roundestBetween(low: number, high: number): number | undefined {
  if (!(low < high)) return undefined;
  if (!Number.isFinite(low)) return undefined;
  if (high === Number.POSITIVE_INFINITY) return low > 0 ? 10 ** Math.ceil(Math.log10(low)) : 1;
  const exponent = Math.floor(Math.log10(high));
  for (let digits = 1; digits <= 17; digits++) {
    const step = 10 ** (exponent - digits + 1);
    let candidate = Number((Math.ceil(low / step) * step).toPrecision(digits + 1));
    if (candidate === 0) candidate = step;
    if (candidate >= low && candidate < high) return candidate;
  }
  return low;
}
