import { boundSource } from "../allocation/bounds.ts";
import type { AllocationUnit } from "../allocation/problem.ts";
import { BINDING_TOLERANCE } from "../policy.ts";
import type { Bilingual } from "../types.ts";
import { fixed } from "../words/fixed.ts";
import type { BindingKind, ReasonKind } from "../words/reason-labels.ts";
import { signedFixed } from "../words/signed-fixed.ts";

/**
 * One step from a township's index share to its final posts. The steps of a township add up exactly:
 * plainTarget + Σ amounts = allocated.
 * - `priority`: the township's own category coefficient (R4): index share × coefficient − index share (≥ 0 for a
 *   coefficient ≥ 1);
 * - `renormalisation`: the county's renormalisation, from index share × coefficient to the proportional target (the
 *   share the coefficients of all townships take back so that the targets sum to the posts to allocate);
 * - `floor` / `bandLower`: lifted to a lower bound above the target; `cap` / `bandUpper`: held to an upper bound below it;
 * - `rebalance`: posts that floors or caps elsewhere took from (or gave to) the townships not held at a bound: with
 *   county context (`explainTownships`) its share in proportion to its target, plus any whole posts moved beyond the
 *   nearest whole number;
 * - `rounding`: from the continuous position (the target after the rebalance) to a whole number, only when it was
 *   rounded; the message names the townships rounded the other way;
 * - `ordering`: moved by the category ordering constraints (R4), versus the allocation without them;
 * - `method`: with a classical apportionment method instead of the LP, the whole move from the target (or bound) to
 *   the allocation, with the step of the method that placed the township's last post.
 */
export interface Reason {
  readonly kind: ReasonKind;
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
  /**
   * Continuous position after the bounds of other townships: the target less (or plus) this township's share, in
   * proportion to its target, of the posts those bounds took (or left). Default: the target (no county context).
   * The rounding step is measured from here (`explainTownships` sets it).
   */
  readonly position?: number;
  /** Display names of the townships rounded the other way, who took (or gave) the fraction (`explainTownships`). */
  readonly fraction?: { readonly up: readonly string[]; readonly down: readonly string[] };
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
  // The coefficient's own effect (index share × coefficient) and the county's renormalisation (the targets sum to the
  // posts to allocate, so every coefficient above 1 elsewhere takes a share back) are two steps: a coefficient above
  // 1 is a gain, the renormalisation the loss.
  const own = plainTarget * coefficient - plainTarget;
  const renormalisation = t - plainTarget * coefficient;
  if (Math.abs(own) > 1e-9) {
    reasons.push({
      kind: "priority",
      amount: own,
      message: {
        zh: `类别系数 ×${fixed(coefficient)}：按指数份额 ${fixed(plainTarget)} 名 × ${fixed(coefficient)} = ${fixed(plainTarget * coefficient)} 名（${signedFixed(own)}）`,
        en: `category coefficient ×${fixed(coefficient)}: index share ${fixed(plainTarget)} × ${fixed(coefficient)} = ${fixed(plainTarget * coefficient)} (${signedFixed(own)})`,
      },
    });
  }
  if (Math.abs(renormalisation) > 1e-9) {
    reasons.push({
      kind: "renormalisation",
      amount: renormalisation,
      message:
        renormalisation < 0
          ? {
              zh: `全县系数归一：各乡镇按类别系数放大后合计超过可分配总量，按比例折回，比例目标 ${fixed(t)} 名（${signedFixed(renormalisation)}）`,
              en: `county renormalisation: the coefficients of all townships together ask for more than the posts to allocate, scaled back in proportion: proportional target ${fixed(t)} (${signedFixed(renormalisation)})`,
            }
          : {
              zh: `全县系数归一：各乡镇按类别系数调整后合计少于可分配总量，按比例补足，比例目标 ${fixed(t)} 名（${signedFixed(renormalisation)}）`,
              en: `county renormalisation: the coefficients of all townships together ask for fewer than the posts to allocate, scaled up in proportion: proportional target ${fixed(t)} (${signedFixed(renormalisation)})`,
            },
    });
  }
  const x = withoutOrdering;
  const held = heldBound(unit, x);
  if (held !== undefined && held === unit.lower) {
    const fromBand = boundSource(unit.lowerParts, unit.lower) === "band";
    reasons.push({
      kind: fromBand ? "bandLower" : "floor",
      amount: unit.lower - t,
      message: fromBand
        ? {
            zh: `稳定区间下限 ${unit.lower} 名（现有编制减最大核减数）高于目标 ${fixed(t)} 名，上调 ${signedFixed(unit.lower - t)}`,
            en: `stability band lower bound ${unit.lower} (today less the largest cut) is above the target ${fixed(t)}: lifted ${signedFixed(unit.lower - t)}`,
          }
        : {
            zh: `类别最低编制 ${unit.lower} 名高于目标 ${fixed(t)} 名，上调 ${signedFixed(unit.lower - t)}`,
            en: `category floor ${unit.lower} is above the target ${fixed(t)}: lifted ${signedFixed(unit.lower - t)}`,
          },
    });
  } else if (held !== undefined && held === unit.upper) {
    const fromBand = boundSource(unit.upperParts, unit.upper) === "band";
    reasons.push({
      kind: fromBand ? "bandUpper" : "cap",
      amount: unit.upper - t,
      message: fromBand
        ? {
            zh: `稳定区间上限 ${unit.upper} 名（现有编制加最大增加数）低于目标 ${fixed(t)} 名，下调 ${signedFixed(unit.upper - t)}`,
            en: `stability band upper bound ${unit.upper} (today plus the largest gain) is below the target ${fixed(t)}: held down ${signedFixed(unit.upper - t)}`,
          }
        : {
            zh: `类别上限 ${unit.upper} 名低于目标 ${fixed(t)} 名，下调 ${signedFixed(unit.upper - t)}`,
            en: `category cap ${unit.upper} is below the target ${fixed(t)}: held down ${signedFixed(unit.upper - t)}`,
          },
    });
  } else if (input.method !== undefined) {
    const amount = x - t;
    if (Math.abs(amount) > 1e-9) {
      reasons.push({
        kind: "method",
        amount,
        message: {
          zh: `${input.method.label.zh}：比例目标 ${fixed(t)} 名 → ${x} 名（${signedFixed(amount)}），最后一名额来自${input.method.lastPost.zh}`,
          en: `${input.method.label.en}: proportional target ${fixed(t)} → ${x} (${signedFixed(amount)}); last post from ${input.method.lastPost.en}`,
        },
      });
    }
  } else {
    const position = input.position ?? t;
    const low = Math.floor(position + 1e-9);
    const high = Math.ceil(position - 1e-9);
    const nearest = Math.min(Math.max(x, low), high);
    const rounding = Math.abs(nearest - position) > 1e-9 ? nearest - position : 0;
    // (position − target) is this township's share of what bounds elsewhere took or left; (x − nearest) whole posts
    // moved beyond the nearest whole number.
    const rebalance = x - t - rounding;
    if (Math.abs(rebalance) > 1e-9) {
      const atBound = x === unit.lower ? "lower" : x === unit.upper ? "upper" : undefined;
      const amount = fixed(Math.abs(rebalance));
      const shared = input.position !== undefined && input.position !== t;
      reasons.push({
        kind: "rebalance",
        amount: rebalance,
        message:
          rebalance < 0
            ? {
                zh: `统筹平衡：其他乡镇的最低编制或稳定区间占用了名额，本乡镇${shared ? "按比例目标分担，" : ""}让出 ${amount} 名${atBound === "lower" ? "（已到下限）" : ""}`,
                en: `rebalance: floors or bands of other townships took posts; this one ${shared ? "shares the cost in proportion to its target and " : ""}gives up ${amount}${atBound === "lower" ? " (now at its lower bound)" : ""}`,
              }
            : {
                zh: `统筹平衡：其他乡镇受上限约束，多出的名额中本乡镇${shared ? "按比例目标" : ""}增加 ${amount} 名${atBound === "upper" ? "（已到上限）" : ""}`,
                en: `rebalance: caps or bands of other townships left posts over; this one takes ${amount} more${shared ? " in proportion to its target" : ""}${atBound === "upper" ? " (now at its upper bound)" : ""}`,
              },
      });
    }
    if (rounding !== 0) {
      reasons.push({
        kind: "rounding",
        amount: rounding,
        message: roundingSentence(
          position,
          position !== t,
          nearest,
          rounding,
          input.fraction,
          atBoundWithin(unit, x),
          t,
        ),
      });
    }
  }
  const ordering = allocated - withoutOrdering;
  if (ordering !== 0) {
    reasons.push({
      kind: "ordering",
      amount: ordering,
      message: {
        zh: `类别优先排序（每单位指数编制高类别不低于低类别）：${signedFixed(ordering)} 名`,
        en: `category ordering (posts per unit of index in a higher category >= a lower one): ${signedFixed(ordering)}`,
      },
    });
  }
  return reasons;
}

/**
 * The constraint that moved a township the most: a floor, cap or band (each step is at least `BINDING_TOLERANCE`,
 * see `heldBound`), the category ordering, or a classical method that moved it by at least `BINDING_TOLERANCE`;
 * `free` when none did — only the county-wide renormalisation, the others' bounds (rebalance) and rounding moved it.
 * @example bindingReason([{ kind: "floor", amount: 2.4, message }]) // "floor"
 */
export function bindingReason(reasons: readonly Reason[]): BindingKind {
  let binding: BindingKind = "free";
  let moved = 0;
  for (const r of reasons) {
    const counts =
      r.kind === "ordering" ||
      ((r.kind === "floor" ||
        r.kind === "cap" ||
        r.kind === "bandLower" ||
        r.kind === "bandUpper" ||
        r.kind === "method") &&
        Math.abs(r.amount) >= BINDING_TOLERANCE);
    if (counts && Math.abs(r.amount) > moved) {
      binding = r.kind as BindingKind;
      moved = Math.abs(r.amount);
    }
  }
  return binding;
}

function roundingSentence(
  position: number,
  rebalanced: boolean,
  nearest: number,
  rounding: number,
  fraction: ExplainInput["fraction"],
  bound: "lower" | "upper" | undefined,
  target: number,
): Bilingual {
  const from = rebalanced
    ? { zh: `统筹后 ${fixed(position)} 名`, en: `position after rebalance ${fixed(position)}` }
    : { zh: `目标 ${fixed(position)} 名`, en: `target ${fixed(position)}` };
  if (rounding < 0 && bound === "upper")
    return {
      zh: `取整：${from.zh}向下取为 ${nearest} 名，即其上限（${signedFixed(rounding)}；上限低于比例目标 ${fixed(target)} 名不足半名，不计为受上限约束）`,
      en: `rounding: ${from.en} rounded down to ${nearest}, its upper bound (${signedFixed(rounding)}; the bound is less than half a post below the target ${fixed(target)}, so it is not counted as holding it)`,
    };
  if (rounding < 0) {
    const to = fraction === undefined ? undefined : fraction.up;
    const whom =
      to === undefined
        ? { zh: "小数部分让给其他乡镇", en: "the fraction went to other townships" }
        : to.length === 0
          ? {
              zh: "小数部分被其他乡镇的最低编制占用",
              en: "the fraction was taken by the floors of other townships",
            }
          : { zh: `小数部分给了${namesZh(to)}`, en: `the fraction went to ${namesEn(to)}` };
    return {
      zh: `取整：${from.zh}向下取为 ${nearest} 名（${signedFixed(rounding)}，${whom.zh}）`,
      en: `rounding: ${from.en} rounded down to ${nearest} (${signedFixed(rounding)}; ${whom.en})`,
    };
  }
  const by = fraction === undefined ? undefined : fraction.down;
  const whom =
    by === undefined || by.length === 0
      ? undefined
      : { zh: `小数部分来自${namesZh(by)}`, en: `the fraction came from ${namesEn(by)}` };
  if (bound === "lower")
    return {
      zh: `取整：${from.zh}向上取为 ${nearest} 名，即其下限（${signedFixed(rounding)}；下限高出比例目标 ${fixed(target)} 名不足半名，不计为受下限约束）`,
      en: `rounding: ${from.en} rounded up to ${nearest}, its lower bound (${signedFixed(rounding)}; the bound is less than half a post above the target ${fixed(target)}, so it is not counted as holding it)`,
    };
  return {
    zh: `取整：${from.zh}向上取为 ${nearest} 名（${signedFixed(rounding)}${whom ? `，${whom.zh}` : ""}）`,
    en: `rounding: ${from.en} rounded up to ${nearest} (${signedFixed(rounding)}${whom ? `; ${whom.en}` : ""})`,
  };
}

function namesZh(names: readonly string[]): string {
  return names.length <= 3 ? names.join("、") : `${names.slice(0, 3).join("、")}等 ${names.length} 个乡镇`;
}

function namesEn(names: readonly string[]): string {
  return names.length <= 3
    ? names.join(", ")
    : `${names.slice(0, 3).join(", ")} and ${names.length - 3} more`;
}

/** One township for `explainTownships`: its inputs and its display name. */
export interface CountyExplainInput extends Omit<ExplainInput, "position" | "fraction"> {
  readonly name: string;
}

/**
 * Which bound holds a township above or below its target (the allocation without ordering at that bound): only a
 * bound at least `BINDING_TOLERANCE` beyond the target; nearer, the number is the target rounded (`atBoundWithin`).
 */
export function heldBound(unit: AllocationUnit, withoutOrdering: number): number | undefined {
  if (withoutOrdering === unit.lower && unit.lower >= unit.target + BINDING_TOLERANCE) return unit.lower;
  if (withoutOrdering === unit.upper && unit.upper <= unit.target - BINDING_TOLERANCE) return unit.upper;
  return undefined;
}

/**
 * The bound a township sits at when that bound lies beyond its target by less than `BINDING_TOLERANCE`: its number
 * is then explained as rounded (from its continuous position, like any township not held at a bound).
 */
function atBoundWithin(unit: AllocationUnit, withoutOrdering: number): "lower" | "upper" | undefined {
  if (heldBound(unit, withoutOrdering) !== undefined) return undefined;
  if (withoutOrdering === unit.lower && unit.lower > unit.target + 1e-9) return "lower";
  if (withoutOrdering === unit.upper && unit.upper < unit.target - 1e-9) return "upper";
  return undefined;
}

/**
 * Explains every township of a county together: the townships held at a bound above or below their target (floor,
 * cap, band) take or leave posts; the others share that in proportion to their targets (their continuous position),
 * and only then is each rounded — so a rounding step appears only when a township really was rounded from its
 * continuous position, and names the townships rounded the other way. With a classical method each township's move
 * is one `method` step, as in `explainUnit`.
 * @example explainTownships(inputs).map((reasons) => reasons.map((r) => r.kind))
 */
export function explainTownships(inputs: readonly CountyExplainInput[]): Reason[][] {
  const held = inputs.map((input) => heldBound(input.unit, input.withoutOrdering));
  let taken = 0;
  let freeTargets = 0;
  inputs.forEach((input, j) => {
    const bound = held[j];
    if (bound !== undefined) taken += bound - input.unit.target;
    else freeTargets += input.unit.target;
  });
  const positions = inputs.map((input, j) =>
    held[j] !== undefined || input.method !== undefined || !(freeTargets > 0)
      ? input.unit.target
      : input.unit.target - (taken * input.unit.target) / freeTargets,
  );
  const roundings = inputs.map((input, j) => {
    if (held[j] !== undefined || input.method !== undefined) return 0;
    const p = positions[j]!;
    const nearest = Math.min(Math.max(input.withoutOrdering, Math.floor(p + 1e-9)), Math.ceil(p - 1e-9));
    return Math.abs(nearest - p) > 1e-9 ? nearest - p : 0;
  });
  const up = inputs.filter((_, j) => roundings[j]! > 0).map((input) => input.name);
  const down = inputs.filter((_, j) => roundings[j]! < 0).map((input) => input.name);
  return inputs.map(({ name: _name, ...input }, j) =>
    explainUnit({
      ...input,
      ...(input.method === undefined && held[j] === undefined
        ? { position: positions[j]!, fraction: { up, down } }
        : {}),
    }),
  );
}
