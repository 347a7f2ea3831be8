/**
 * The nearest change of a piecewise-constant function of one whole-number step d = 0, 1, 2, … (a weight or a
 * judgement moved by d grid units): scanned every `scan` units, then bisected between the last unchanged and the
 * first changed scan point to one unit. The answer is exact on the grid at the point found: the allocation at d is
 * different and at d − 1 the same as at 0 (both computed). A change that appears and disappears again between two
 * scan points is not seen; the scan step is stated with every answer.
 */
import { type RunAllocation, sameAllocation } from "./allocation-key.ts";

/** Where the allocation first changes: at `at` units, the same one unit before, and what it is there. */
export interface Breakpoint {
  readonly at: number;
  readonly allocation: RunAllocation;
}

/**
 * The smallest d in 1..max (on the scan grid, then bisected) at which `evaluate(d)` differs from `evaluate(0)`;
 * null when every scan point up to and including `max` allocates the same. Calls `evaluate` at most
 * ⌈max / scan⌉ + log₂(scan) + 1 times.
 * @throws {RangeError} when max or scan is not a whole number >= 1
 * @example await findBreakpoint(async (d) => ({ status: "optimal", posts: [d < 37 ? 1 : 2] }), 100, 10) // { at: 37, allocation: { status: "optimal", posts: [2] } }
 */
export async function findBreakpoint(
  evaluate: (d: number) => Promise<RunAllocation>,
  max: number,
  scan: number,
): Promise<Breakpoint | null> {
  if (!Number.isInteger(max) || !Number.isInteger(scan) || max < 0 || scan < 1) {
    throw new RangeError(`findBreakpoint needs whole max >= 0 and scan >= 1, got ${max}, ${scan}`);
  }
  if (max === 0) return null;
  const base = await evaluate(0);
  let lo = 0;
  let hi = -1;
  let found: RunAllocation | undefined;
  for (let d = Math.min(scan, max); ; d = Math.min(d + scan, max)) {
    const here = await evaluate(d);
    if (!sameAllocation(here, base)) {
      hi = d;
      found = here;
      break;
    }
    lo = d;
    if (d === max) return null;
  }
  while (hi - lo > 1) {
    const mid = lo + Math.floor((hi - lo) / 2);
    const here = await evaluate(mid);
    if (sameAllocation(here, base)) lo = mid;
    else {
      hi = mid;
      found = here;
    }
  }
  return { at: hi, allocation: found };
}
