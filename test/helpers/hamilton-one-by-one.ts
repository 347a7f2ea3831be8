// Hamilton's method as src/allocation/apportion/hamilton.ts computed it before it sorted the remainders once, kept as
// the test oracle: every post (and every take-back under `fixed-quota`) re-sorts all remainders and takes the first.
import { boundedSharesWithBounds } from "../../src/allocation/apportion/bounded-shares.ts";
import { regroupTies, TIE_TOLERANCE, tieBreakOrder } from "../../src/allocation/apportion/ties.ts";
import type { ApportionUnit, HamiltonBounds } from "../../src/allocation/apportion/types.ts";
import { checkInput } from "../../src/allocation/apportion/validate.ts";

interface Open {
  readonly index: number;
  readonly name: string;
  readonly weight: number;
  readonly unit: string;
  readonly priority: number;
  readonly scale: number;
}

/** Posts per unit (by name) and the units of the largest-remainder list and of the take-backs, in order. */
export function hamiltonOneByOne(
  units: readonly ApportionUnit[],
  total: number,
  rule: HamiltonBounds = "requota",
): { allocated: Record<string, number>; list: string[]; reductions: string[] } {
  const input = checkInput(units, total);
  const quota = input.units.map((unit) => (total * unit.weight) / input.weightSum);
  const share =
    rule === "requota" ? boundedSharesWithBounds(input.units, total).map((entry) => entry.share) : quota;
  const held = input.units.map((unit, i) => Math.min(unit.max, Math.max(unit.min, Math.floor(share[i]!))));
  const same = (a: Open, b: Open) =>
    Math.abs(a.priority - b.priority) <= TIE_TOLERANCE * Math.max(a.scale, b.scale);
  const first = (direction: 1 | -1): Open => {
    const open: Open[] = [];
    for (const unit of input.units) {
      const k = held[unit.index]!;
      if (direction === 1 ? k >= unit.max : k <= unit.min) continue;
      const scale = Math.max(1, Math.abs(share[unit.index]!));
      open.push({ ...unit, unit: unit.name, priority: share[unit.index]! - k, scale });
    }
    open.sort((a, b) => direction * (b.priority - a.priority) || direction * tieBreakOrder(a, b));
    return regroupTies(open, same, (a, b) => direction * tieBreakOrder(a, b))[0]!;
  };
  const list: string[] = [];
  const reductions: string[] = [];
  let left = total - held.reduce((a, b) => a + b, 0);
  for (; left > 0; left--) {
    const best = first(1);
    list.push(best.name);
    held[best.index]! += 1;
  }
  for (; left < 0; left++) {
    const worst = first(-1);
    reductions.push(worst.name);
    held[worst.index]! -= 1;
  }
  return { allocated: Object.fromEntries(input.units.map((u, i) => [u.name, held[i]!])), list, reductions };
}
