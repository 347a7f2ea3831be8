import type { Bilingual } from "../../types.ts";
import { roundBySignposts } from "./signposts.ts";
import type { ApportionInfeasible, ApportionUnit, DivisorMethod } from "./types.ts";
import { type CheckedUnit, checkInput, infeasibility } from "./validate.ts";

/** Result of the divisor form of a divisor method. */
export type DivisorFormResult =
  | {
      readonly status: "ok";
      readonly method: DivisorMethod;
      readonly total: number;
      /**
       * A divisor λ that gives the total: weight per post, in the weights' unit (e.g. persons per seat).
       * Infinity when only "every unit at its minimum" works (a total below the number of units that
       * Adams, Dean or Huntington-Hill would each give a first post).
       */
      readonly divisor: number;
      /** Posts per unit, in input order. */
      readonly allocation: readonly { readonly name: string; readonly allocated: number }[];
    }
  | {
      /** No single divisor gives exactly the total: units tie at the boundary (or only weight-0 units could take the rest). */
      readonly status: "no-divisor";
      readonly method: DivisorMethod;
      readonly total: number;
      /** Largest λ found that gives more than the total, and smallest that gives less. */
      readonly bracket: readonly [number, number];
      readonly reason: Bilingual;
    }
  | ApportionInfeasible;

/**
 * Apportions `total` posts by a divisor method in its divisor form: find a divisor λ (e.g. persons per
 * post) such that rounding every weight / λ by the method's signposts (a count of the signposts d(k)
 * below it), held within the unit's bounds, sums to the total. Jefferson rounds down, Adams up, Webster
 * at k + 1/2, Dean at the harmonic and Huntington-Hill at the geometric mean of k and k + 1. The divisor
 * is found by bisection on λ, independently of the priority list, so the two forms check each other:
 * they agree whenever no tie sits at the boundary (`apportionByPriority` reports such ties).
 *
 * @param units the units, names unique, weights finite >= 0 (not all 0), bounds whole with min <= max
 * @param total posts to hand out, a whole number >= 0
 * @param method jefferson, webster, adams, dean or huntington-hill
 * @returns `{ status: "ok", divisor, allocation }`, `{ status: "no-divisor", bracket, reason }` when a tie
 *   makes every λ overshoot or undershoot, or `{ status: "infeasible", diagnosis }` when the bounds cannot meet the total
 * @throws {RangeError} for a caller mistake, naming the unit (bad weight, bound, duplicate name) or the total
 * @example
 * apportionByDivisor([{ name: "VA", weight: 630560 }, { name: "DE", weight: 55540 }], 20, "jefferson")
 * // { status: "ok", divisor: ≈ 32,… , allocation: [{ name: "VA", allocated: 19 }, { name: "DE", allocated: 1 }] }
 */
export function apportionByDivisor(
  units: readonly ApportionUnit[],
  total: number,
  method: DivisorMethod,
): DivisorFormResult {
  const input = checkInput(units, total);
  const infeasible = infeasibility(input, method);
  if (infeasible) return infeasible;
  const seats = (lambda: number): number => countAt(input.units, lambda, method).reduce((a, b) => a + b, 0);
  const noDivisor = (bracket: readonly [number, number]): DivisorFormResult => ({
    status: "no-divisor",
    method,
    total,
    bracket,
    reason: {
      zh: `没有一个除数恰好给出 ${total}：在边界上有单位优先值相同，或只剩权重为 0 的单位可以接收`,
      en: `no single divisor gives exactly ${total}: units tie at the boundary, or only units of weight 0 could take the rest`,
    },
  });

  // Bracket: `high` gives at most the total (every quotient tiny), `low` at least the total.
  let high = input.weightSum * 4;
  if (seats(high) > total) {
    // Only an infinite divisor (every quotient 0) can go lower: every unit at its minimum.
    return seats(Number.POSITIVE_INFINITY) === total ? ok(Number.POSITIVE_INFINITY) : noDivisor([high, high]);
  }
  // At this λ every weighted unit's quotient exceeds total + 1, so each is held at its maximum or
  // exceeds the total by itself; if that is still short, only weight-0 units could take the rest.
  let low = Math.min(
    ...input.units.filter((unit) => unit.weight > 0).map((unit) => unit.weight / (total + 2)),
  );
  if (seats(low) < total) return noDivisor([low, high]);
  for (let i = 0; i < 400; i++) {
    const count = seats(low);
    if (count === total) return ok(low);
    const mid = Math.sqrt(low * high);
    if (!(mid > low && mid < high)) break;
    const atMid = seats(mid);
    if (atMid === total) return ok(mid);
    if (atMid > total) low = mid;
    else high = mid;
  }
  return noDivisor([low, high]);

  function ok(divisor: number): DivisorFormResult {
    const counts = countAt(input.units, divisor, method);
    return {
      status: "ok",
      method,
      total,
      divisor,
      allocation: input.units.map((unit, i) => ({ name: unit.name, allocated: counts[i]! })),
    };
  }
}

/** Posts per unit at divisor λ: signpost rounding of weight / λ, held within the unit's bounds. */
function countAt(units: readonly CheckedUnit[], lambda: number, method: DivisorMethod): number[] {
  return units.map((unit) =>
    Math.min(unit.max, Math.max(unit.min, roundBySignposts(method, unit.weight / lambda))),
  );
}
