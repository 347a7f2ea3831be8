import { boundSource } from "../allocation/bounds.ts";
import type { AllocationUnit } from "../allocation/problem.ts";
import type { Bilingual } from "../types.ts";

/**
 * One step from a township's index share to its final posts. The steps of a township add up exactly:
 * plainTarget + Σ amounts = allocated.
 * - `priority`: the category coefficient's effect (R4), from the share by index alone to the proportional target;
 * - `floor` / `bandLower`: lifted to a lower bound above the target; `cap` / `bandUpper`: held to an upper bound below it;
 * - `rebalance`: posts that floors or caps elsewhere took from (or gave to) the townships not held at a bound;
 * - `rounding`: from the fractional target to a whole number;
 * - `ordering`: moved by the category ordering constraints (R4), versus the allocation without them;
 * - `method`: with a classical apportionment method instead of the LP, the whole move from the target (or bound) to
 *   the allocation, with the step of the method that placed the township's last post.
 */
export interface Reason {
  readonly kind:
    | "priority"
    | "floor"
    | "bandLower"
    | "cap"
    | "bandUpper"
    | "rebalance"
    | "rounding"
    | "ordering"
    | "method";
  /** Posts added (+) or removed (−) by this step; fractional except where it completes a whole number. */
  readonly amount: number;
  readonly message: Bilingual;
}

/** Inputs to `explainUnit`, all for one township. */
export interface ExplainInput {
  readonly unit: AllocationUnit;
  /** Share of the total by index alone, before the category coefficient. */
  readonly plainTarget: number;
  /** Category coefficient applied (R4). */
  readonly coefficient: number;
  /** Allocation of the same problem without ordering rows (equal to `allocated` when ordering is off). */
  readonly withoutOrdering: number;
  readonly allocated: number;
  /** Set when a classical apportionment method placed the posts: its name and where it placed the last post. */
  readonly method?: { readonly label: Bilingual; readonly lastPost: Bilingual };
}

/**
 * Explains one township's posts as a chain of steps from its index share to the final number.
 * The bound that binds is named with its source (category floor/cap or stability band); posts that
 * the bounds of other townships moved are "rebalance"; the fraction is "rounding"; the ordering rows' effect is
 * measured against the allocation without them.
 * @example explainUnit({ unit, plainTarget: 14.2, coefficient: 1, withoutOrdering: 15, allocated: 15 })
 */
export function explainUnit(input: ExplainInput): Reason[] {
  const { unit, plainTarget, coefficient, withoutOrdering, allocated } = input;
  const t = unit.target;
  const reasons: Reason[] = [];
  const priority = t - plainTarget;
  if (Math.abs(priority) > 1e-9) {
    reasons.push({
      kind: "priority",
      amount: priority,
      message: {
        zh: `类别系数 ×${fmt(coefficient)}：按指数份额 ${fmt(plainTarget)} 名 → 比例目标 ${fmt(t)} 名（${signed(priority)}）`,
        en: `category coefficient ×${fmt(coefficient)}: index share ${fmt(plainTarget)} → proportional target ${fmt(t)} (${signed(priority)})`,
      },
    });
  }
  const x = withoutOrdering;
  if (x === unit.lower && unit.lower > t + 1e-9) {
    const fromBand = boundSource(unit.lowerParts, unit.lower) === "band";
    reasons.push({
      kind: fromBand ? "bandLower" : "floor",
      amount: unit.lower - t,
      message: fromBand
        ? {
            zh: `稳定区间下限 ${unit.lower} 名（现有编制减最大核减数）高于目标 ${fmt(t)} 名，上调 ${signed(unit.lower - t)}`,
            en: `stability band lower bound ${unit.lower} (today less the largest cut) is above the target ${fmt(t)}: lifted ${signed(unit.lower - t)}`,
          }
        : {
            zh: `类别最低编制 ${unit.lower} 名高于目标 ${fmt(t)} 名，上调 ${signed(unit.lower - t)}`,
            en: `category floor ${unit.lower} is above the target ${fmt(t)}: lifted ${signed(unit.lower - t)}`,
          },
    });
  } else if (x === unit.upper && unit.upper < t - 1e-9) {
    const fromBand = boundSource(unit.upperParts, unit.upper) === "band";
    reasons.push({
      kind: fromBand ? "bandUpper" : "cap",
      amount: unit.upper - t,
      message: fromBand
        ? {
            zh: `稳定区间上限 ${unit.upper} 名（现有编制加最大增加数）低于目标 ${fmt(t)} 名，下调 ${signed(unit.upper - t)}`,
            en: `stability band upper bound ${unit.upper} (today plus the largest gain) is below the target ${fmt(t)}: held down ${signed(unit.upper - t)}`,
          }
        : {
            zh: `类别上限 ${unit.upper} 名低于目标 ${fmt(t)} 名，下调 ${signed(unit.upper - t)}`,
            en: `category cap ${unit.upper} is below the target ${fmt(t)}: held down ${signed(unit.upper - t)}`,
          },
    });
  } else if (input.method !== undefined) {
    const amount = x - t;
    if (Math.abs(amount) > 1e-9) {
      reasons.push({
        kind: "method",
        amount,
        message: {
          zh: `${input.method.label.zh}：比例目标 ${fmt(t)} 名 → ${x} 名（${signed(amount)}），最后一名额来自${input.method.lastPost.zh}`,
          en: `${input.method.label.en}: proportional target ${fmt(t)} → ${x} (${signed(amount)}); last post from ${input.method.lastPost.en}`,
        },
      });
    }
  } else {
    const low = Math.floor(t + 1e-9);
    const high = Math.ceil(t - 1e-9);
    const nearest = Math.min(Math.max(x, low), high);
    const rebalance = x - nearest;
    const rounding = nearest - t;
    if (Math.abs(rounding) > 1e-9) {
      reasons.push({
        kind: "rounding",
        amount: rounding,
        message:
          rounding < 0
            ? {
                zh: `取整：目标 ${fmt(t)} 名向下取为 ${nearest} 名（小数部分让给余数更大的乡镇）`,
                en: `rounding: target ${fmt(t)} rounded down to ${nearest} (the fraction went to townships with larger remainders)`,
              }
            : {
                zh: `取整：目标 ${fmt(t)} 名向上取为 ${nearest} 名`,
                en: `rounding: target ${fmt(t)} rounded up to ${nearest}`,
              },
      });
    }
    if (rebalance !== 0) {
      const atBound = x === unit.lower ? "lower" : x === unit.upper ? "upper" : undefined;
      reasons.push({
        kind: "rebalance",
        amount: rebalance,
        message:
          rebalance < 0
            ? {
                zh: `统筹平衡：其他乡镇的最低编制或稳定区间占用了名额，本乡镇让出 ${-rebalance} 名${atBound === "lower" ? "（已到下限）" : ""}`,
                en: `rebalance: floors or bands of other townships took posts; this one gives up ${-rebalance}${atBound === "lower" ? " (now at its lower bound)" : ""}`,
              }
            : {
                zh: `统筹平衡：其他乡镇受上限约束，多出的名额中本乡镇增加 ${rebalance} 名${atBound === "upper" ? "（已到上限）" : ""}`,
                en: `rebalance: caps or bands of other townships left posts over; this one takes ${rebalance} more${atBound === "upper" ? " (now at its upper bound)" : ""}`,
              },
      });
    }
  }
  const ordering = allocated - withoutOrdering;
  if (ordering !== 0) {
    reasons.push({
      kind: "ordering",
      amount: ordering,
      message: {
        zh: `类别优先排序（每单位指数编制高类别不低于低类别）：${signed(ordering)} 名`,
        en: `category ordering (posts per unit of index in a higher category >= a lower one): ${signed(ordering)}`,
      },
    });
  }
  return reasons;
}

/**
 * The constraint that moved a township the most, or undefined when it sits at its rounded target. A bound that
 * moved it by less than half a post is left out: rounding alone could have given the same number.
 */
export function bindingReason(reasons: readonly Reason[]): Reason["kind"] | undefined {
  const moving = reasons.filter(
    (r) =>
      r.kind === "rebalance" ||
      r.kind === "ordering" ||
      (r.kind !== "priority" && r.kind !== "rounding" && Math.abs(r.amount) >= 0.5),
  );
  if (moving.length === 0) return undefined;
  return moving.reduce((a, b) => (Math.abs(b.amount) > Math.abs(a.amount) ? b : a)).kind;
}

function fmt(value: number): string {
  return String(Math.round(value * 100) / 100);
}

function signed(value: number): string {
  const text = fmt(Math.abs(value));
  return value < 0 ? `−${text}` : `+${text}`;
}
