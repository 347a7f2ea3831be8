import type { Category } from "../types.ts";
import { CATEGORY_LABELS } from "../words/category-labels.ts";
import { boundSource } from "./bounds.ts";
import { chainRange } from "./ordering-chain.ts";
import type { AllocationProblem, AllocationUnit, Conflict } from "./problem.ts";

/**
 * Finds why an allocation problem has no solution, with numbers: a township whose bounds cross, lower bounds that
 * need more than the total, upper bounds that allow less, or a category ordering the bounds cannot meet.
 * Returns [] when none of these holds: the problem then has a whole-number solution (decided exactly for an ordering
 * chain by `chainRange`; for ordering rows that are not one chain, up to integrality).
 * @example diagnoseAllocation(problem)[0]?.message.en // "lower bounds need 520 posts (… from category floors, …), the total to allocate is 500: short by 20"
 */
export function diagnoseAllocation(
  problem: AllocationProblem,
  names?: ReadonlyMap<string, string>,
): Conflict[] {
  const conflicts: Conflict[] = [];
  const label = (id: string) => names?.get(id) ?? id;
  for (const unit of problem.units) {
    if (unit.lower > unit.upper) conflicts.push(boundsCross(unit, label(unit.id)));
  }
  if (conflicts.length > 0) return conflicts;

  const need = sum(problem.units.map((u) => u.lower));
  const allow = sum(problem.units.map((u) => u.upper));
  if (need > problem.total) {
    const fromRule = sum(problem.units.filter((u) => u.lower === u.lowerParts.rule).map((u) => u.lower));
    const binding = problem.units.filter((u) => u.lower > 0);
    conflicts.push({
      kind: "lower-above-total",
      involves: binding.map((u) => u.id),
      numbers: { need, total: problem.total, shortBy: need - problem.total, fromFloors: fromRule },
      message: {
        zh: `下限合计需要 ${need} 名（其中按类别最低编制 ${fromRule} 名，其余来自稳定区间），可分配总量只有 ${problem.total} 名，缺 ${need - problem.total} 名`,
        en: `lower bounds need ${need} posts (${fromRule} of them from category floors, the rest from the stability band), the total to allocate is ${problem.total}: short by ${need - problem.total}`,
      },
    });
  }
  if (allow < problem.total) {
    conflicts.push({
      kind: "upper-below-total",
      involves: problem.units.filter((u) => Number.isFinite(u.upper)).map((u) => u.id),
      numbers: { allow, total: problem.total, overBy: problem.total - allow },
      message: {
        zh: `上限合计只允许 ${allow} 名，可分配总量为 ${problem.total} 名，多出 ${problem.total - allow} 名无处安排`,
        en: `upper bounds allow only ${allow} posts, the total to allocate is ${problem.total}: ${problem.total - allow} posts have nowhere to go`,
      },
    });
  }
  if (conflicts.length > 0 || problem.ordering.length === 0) return conflicts;
  return diagnoseOrdering(problem);
}

/**
 * The ordering rows only involve category totals X_c. With S_c = Σ weights in c and rate r_c = X_c / S_c, the
 * orderings ask r to be non-increasing down the chain, each r_c in [L_c/S_c, H_c/S_c], and Σ r_c·S_c = total.
 * The lowest feasible rates come from a pass bottom-up, the highest from a pass top-down; the chain is feasible
 * (as a continuous problem) iff low_c <= high_c for all c and the total lies between the two sums.
 */
function diagnoseOrdering(problem: AllocationProblem): Conflict[] {
  const chain = orderingChain(problem);
  const stats = new Map(
    chain.map((c) => {
      const units = problem.units.filter((u) => u.category === c);
      return [
        c,
        {
          S: sum(units.map((u) => u.weight)),
          L: sum(units.map((u) => u.lower)),
          H: sum(units.map((u) => u.upper)),
        },
      ];
    }),
  );
  const low = new Map<Category, number>();
  const high = new Map<Category, number>();
  // The category whose own lower bounds set each category's lowest rate: itself, or one below it in the chain.
  const lowDriver = new Map<Category, Category>();
  for (let k = chain.length - 1; k >= 0; k--) {
    const c = chain[k]!;
    const s = stats.get(c)!;
    const below = k + 1 < chain.length ? low.get(chain[k + 1]!)! : 0;
    const own = s.L / s.S;
    low.set(c, Math.max(own, below));
    lowDriver.set(c, own >= below || k + 1 === chain.length ? c : lowDriver.get(chain[k + 1]!)!);
  }
  for (let k = 0; k < chain.length; k++) {
    const c = chain[k]!;
    const s = stats.get(c)!;
    const above = k > 0 ? high.get(chain[k - 1]!)! : Number.POSITIVE_INFINITY;
    high.set(c, Math.min(s.H / s.S, above));
  }
  const conflicts: Conflict[] = [];
  for (let k = 0; k + 1 < chain.length; k++) {
    const upper = chain[k]!;
    const lower = chain[k + 1]!;
    const capRate = stats.get(upper)!.H / stats.get(upper)!.S;
    const needRate = low.get(lower)!;
    if (capRate < needRate - 1e-12) {
      const u = stats.get(upper)!;
      conflicts.push({
        kind: "ordering",
        involves: [upper, lower],
        numbers: {
          higherMaxRate: capRate,
          lowerMinRate: needRate,
          higherMaxPosts: u.H,
          higherNeedsPosts: Math.ceil(needRate * u.S),
        },
        message: {
          zh: `类别排序要求${CATEGORY_LABELS[upper].zh}每单位指数编制不低于${CATEGORY_LABELS[lower].zh}：后者因下限至少为 ${round(needRate)} 名/单位，前者在上限内至多 ${round(capRate)} 名/单位（前者需要 ${Math.ceil(needRate * u.S)} 名，上限只允许 ${u.H} 名）`,
          en: `the category ordering asks ${CATEGORY_LABELS[upper].en} to get at least as many posts per unit of index as ${CATEGORY_LABELS[lower].en}: its lower bounds force the latter to at least ${round(needRate)} per unit, the former's upper bounds allow at most ${round(capRate)} per unit (it would need ${Math.ceil(needRate * u.S)} posts, its caps allow ${u.H})`,
        },
      });
    }
  }
  if (conflicts.length > 0) return conflicts;
  const minTotal = sum(chain.map((c) => low.get(c)! * stats.get(c)!.S));
  const maxTotal = sum(chain.map((c) => high.get(c)! * stats.get(c)!.S));
  if (minTotal > problem.total + 1e-9) {
    // Which categories are lifted above their own lower bounds by the floors of a category below them, and by how much.
    const lifted = chain
      .map((c) => {
        const s = stats.get(c)!;
        return { category: c, driver: lowDriver.get(c)!, extra: low.get(c)! * s.S - s.L };
      })
      .filter((l) => l.driver !== l.category && l.extra > 1e-9);
    const drivers = [...new Set(lifted.map((l) => l.driver))];
    const because =
      lifted.length === 0
        ? { zh: "", en: "" }
        : {
            zh: `：${drivers.map((d) => `${CATEGORY_LABELS[d].zh}的下限要求每单位指数至少 ${round(low.get(d)!)} 名`).join("；")}，排序使其上的类别也须达到这一比率（${lifted.map((l) => `${CATEGORY_LABELS[l.category].zh}因此多需 ${round(l.extra)} 名`).join("，")}）`,
            en: `: the lower bounds of ${drivers.map((d) => `${CATEGORY_LABELS[d].en.toLowerCase()}s need at least ${round(low.get(d)!)} posts per unit of index`).join("; ")}, and the ordering lifts the categories above to that rate (${lifted.map((l) => `${CATEGORY_LABELS[l.category].en.toLowerCase()}s ${round(l.extra)} more`).join(", ")})`,
          };
    conflicts.push({
      kind: "ordering",
      involves: drivers.length > 0 ? [...drivers, ...lifted.map((l) => l.category)] : chain,
      numbers: {
        need: minTotal,
        total: problem.total,
        shortBy: minTotal - problem.total,
        ...Object.fromEntries(lifted.map((l) => [`lifted.${l.category}`, l.extra])),
      },
      message: {
        zh: `在类别排序下，各类别至少需要 ${round(minTotal)} 名，可分配总量为 ${problem.total} 名${because.zh}`,
        en: `with the category ordering the categories need at least ${round(minTotal)} posts, the total to allocate is ${problem.total}${because.en}`,
      },
    });
  } else if (maxTotal < problem.total - 1e-9) {
    conflicts.push({
      kind: "ordering",
      involves: chain,
      numbers: { allow: maxTotal, total: problem.total },
      message: {
        zh: `在类别排序下，各类别至多容纳 ${round(maxTotal)} 名，可分配总量为 ${problem.total} 名`,
        en: `with the category ordering the categories can take at most ${round(maxTotal)} posts, the total to allocate is ${problem.total}`,
      },
    });
  }
  if (conflicts.length > 0) return conflicts;
  // The continuous chain holds; whole posts may still not fit (the chain's ratios rarely meet whole numbers). The
  // whole-number range of the chain is exact (see chainRange).
  const range = chainRange(problem);
  if (range !== undefined && !range.feasible) {
    conflicts.push({
      kind: "ordering",
      involves: chain,
      numbers: {},
      message: {
        zh: "按整数编制，类别排序约束与各类别的上下限无法同时满足（连续情形可行，取整后不可行）",
        en: "with whole posts the category ordering cannot hold within the categories' bounds (it can as a continuous problem)",
      },
    });
  } else if (range !== undefined && (problem.total < range.leastSum || problem.total > range.greatestSum)) {
    const wanting = problem.total < range.leastSum;
    conflicts.push({
      kind: "ordering",
      involves: chain,
      numbers: wanting
        ? { need: range.leastSum, total: problem.total, shortBy: range.leastSum - problem.total }
        : { allow: range.greatestSum, total: problem.total, overBy: problem.total - range.greatestSum },
      message: wanting
        ? {
            zh: `按整数编制，在类别排序下各类别至少需要 ${range.leastSum} 名（连续情形只需 ${round(minTotal)} 名），可分配总量为 ${problem.total} 名，缺 ${range.leastSum - problem.total} 名`,
            en: `with whole posts the category ordering needs at least ${range.leastSum} posts (${round(minTotal)} as a continuous problem), the total to allocate is ${problem.total}: short by ${range.leastSum - problem.total}`,
          }
        : {
            zh: `按整数编制，在类别排序下各类别至多容纳 ${range.greatestSum} 名（连续情形可容纳 ${round(maxTotal)} 名），可分配总量为 ${problem.total} 名，多出 ${problem.total - range.greatestSum} 名`,
            en: `with whole posts the category ordering takes at most ${range.greatestSum} posts (${round(maxTotal)} as a continuous problem), the total to allocate is ${problem.total}: ${problem.total - range.greatestSum} too many`,
          },
    });
  }
  return conflicts;
}

/** The categories linked by ordering pairs, highest first (pairs are neighbours in priority order). */
export function orderingChain(problem: AllocationProblem): Category[] {
  const chain: Category[] = [];
  for (const pair of problem.ordering) {
    if (chain.length === 0) chain.push(pair.higher);
    chain.push(pair.lower);
  }
  return chain;
}

function boundsCross(unit: AllocationUnit, name: string): Conflict {
  const lowWhy = describeLower(unit);
  const highWhy = describeUpper(unit);
  return {
    kind: "bounds-cross",
    involves: [unit.id],
    numbers: { lower: unit.lower, upper: unit.upper },
    message: {
      zh: `${name}：下限 ${unit.lower} 名（${lowWhy.zh}）高于上限 ${unit.upper} 名（${highWhy.zh}）`,
      en: `${name}: lower bound ${unit.lower} (${lowWhy.en}) is above upper bound ${unit.upper} (${highWhy.en})`,
    },
  };
}

function describeLower(unit: AllocationUnit): { zh: string; en: string } {
  if (boundSource(unit.lowerParts, unit.lower) === "band")
    return { zh: "稳定区间：现有编制减最大核减数", en: "stability band: today less the largest cut" };
  return { zh: "类别最低编制", en: "category floor" };
}

function describeUpper(unit: AllocationUnit): { zh: string; en: string } {
  if (boundSource(unit.upperParts, unit.upper) === "band")
    return { zh: "稳定区间：现有编制加最大增加数", en: "stability band: today plus the largest gain" };
  return { zh: "类别上限", en: "category cap" };
}

function sum(values: readonly number[]): number {
  return values.reduce((s, v) => s + v, 0);
}

function round(value: number): string {
  return value.toFixed(2);
}
