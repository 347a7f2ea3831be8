import { CURRENT_POSTS_COLUMN, presentCategories } from "../scenario/resolve-scenario.ts";
import { type Bilingual, InputError, type Scenario, type Township } from "../types.ts";
import type { TownshipIndex } from "../weighting/weighted-index.ts";
import type { AllocationProblem, AllocationUnit, Conflict, OrderingPair } from "./problem.ts";

/** The county totals of one scenario, each with the rule that produced it. */
export interface ScenarioTotals {
  /** Today's posts of the post type over all townships. */
  readonly current: number;
  /** The new county total (R2). */
  readonly total: number;
  readonly totalRule: Bilingual;
  /** Posts held back as the flexible reserve (R6). */
  readonly reserve: number;
  readonly reserveRule: Bilingual;
  /** total − reserve: what the townships share. */
  readonly toAllocate: number;
}

/** What `buildScenarioProblem` returns: the plain problem plus what explanations need. */
export interface ScenarioProblem {
  readonly problem: AllocationProblem;
  readonly totals: ScenarioTotals;
  /** Conflicts found at the scenario level (R2, reserve); the problem is not solved when there are any. */
  readonly conflicts: readonly Conflict[];
  /** Per township, in data order: index × category coefficient. */
  readonly demands: readonly number[];
  /** Per township: the share of the total by index alone (no category coefficient). */
  readonly plainTargets: readonly number[];
}

/** Today's posts of the scenario's post type for one township (0 only if the data says 0). */
export function currentPosts(scenario: Scenario, township: Township): number {
  return township[CURRENT_POSTS_COLUMN[scenario.postType]] ?? 0;
}

/**
 * Turns a resolved scenario and its index into an allocation problem:
 * totals (R2, R6), proportional targets (R5, with category coefficients R4), bounds from category floors (R3)
 * and caps and from the stability band, and the category ordering pairs when switched on (R4).
 * @throws {InputError} when the index gives a negative or all-zero demand (e.g. z-score normalisation).
 */
export function buildScenarioProblem(scenario: Scenario, index: readonly TownshipIndex[]): ScenarioProblem {
  const townships = scenario.data.townships;
  const current = townships.reduce((s, t) => s + currentPosts(scenario, t), 0);
  const total = scenario.total.kind === "total" ? scenario.total.value : current + scenario.total.value;
  const totalRule: Bilingual =
    scenario.total.kind === "total"
      ? { zh: `方案给定总量 ${total} 名`, en: `total given by the scenario: ${total}` }
      : {
          zh: `现有 ${current} 名 + 下沉 ${scenario.total.value} 名 = ${total} 名`,
          en: `today's ${current} + ${scenario.total.value} transferred down = ${total}`,
        };
  let reserve = 0;
  let reserveRule: Bilingual = { zh: "不留机动编制", en: "no flexible reserve" };
  if (scenario.reserve.kind === "count") {
    reserve = scenario.reserve.value;
    reserveRule = { zh: `机动编制 ${reserve} 名`, en: `flexible reserve of ${reserve} posts` };
  } else if (scenario.reserve.kind === "share") {
    const exact = scenario.reserve.value * total;
    reserve = Math.floor(exact + 1e-9);
    reserveRule = {
      zh: `机动编制 = ${pct(scenario.reserve.value)} × ${total} = ${round2(exact)}，向下取整为 ${reserve} 名`,
      en: `flexible reserve = ${pct(scenario.reserve.value)} × ${total} = ${round2(exact)}, rounded down to ${reserve}`,
    };
  }
  const toAllocate = total - reserve;
  const totals: ScenarioTotals = { current, total, totalRule, reserve, reserveRule, toAllocate };

  const conflicts: Conflict[] = [];
  if (total < current) {
    conflicts.push({
      kind: "total-below-current",
      involves: [],
      numbers: { total, current, shortBy: current - total },
      message: {
        zh: `新总量 ${total} 名低于现有 ${current} 名，违反“两个不减少”（R2），少 ${current - total} 名`,
        en: `the new total ${total} is below today's ${current}, breaking "no decrease" (R2) by ${current - total}`,
      },
    });
  }
  if (reserve > total) {
    conflicts.push({
      kind: "reserve-above-total",
      involves: [],
      numbers: { reserve, total },
      message: {
        zh: `机动编制 ${reserve} 名超过总量 ${total} 名`,
        en: `the flexible reserve of ${reserve} exceeds the total of ${total}`,
      },
    });
  }

  const coefficients = scenario.model.categories;
  const demands = townships.map((t, j) => index[j]!.index * coefficients[t.category].coefficient);
  const negative = townships.filter((_, j) => demands[j]! < 0);
  const demandSum = demands.reduce((s, d) => s + d, 0);
  const indexSum = index.reduce((s, i) => s + i.index, 0);
  if (negative.length > 0 || !(demandSum > 0)) {
    throw new InputError([
      {
        code: "index-not-positive",
        file: scenario.model.source,
        path: "factors",
        message: {
          zh: `按比例测算需要非负且合计为正的指数，但${negative.length > 0 ? `${negative.map((t) => t.name).join("、")} 的指数为负` : "指数合计为 0"}（z-score 标准化会产生负值，请改用 minmax、max 或 share）`,
          en: `proportional targets need indices >= 0 with a positive sum, but ${negative.length > 0 ? `${negative.map((t) => t.name).join(", ")} ha${negative.length > 1 ? "ve" : "s"} a negative index` : "the indices sum to 0"} (z-score normalisation gives negative scores: use minmax, max or share)`,
        },
      },
    ]);
  }

  const band = scenario.band;
  const units: AllocationUnit[] = townships.map((t, j) => {
    const rule = coefficients[t.category];
    const today = currentPosts(scenario, t);
    const floor = rule.floor[scenario.postType];
    const cap = rule.cap[scenario.postType];
    let bandLower: number | undefined;
    let bandUpper: number | undefined;
    if (band !== undefined) {
      const cuts = [
        band.maxCut,
        band.maxCutShare !== undefined ? Math.floor(today * band.maxCutShare + 1e-9) : undefined,
      ];
      const gains = [
        band.maxGain,
        band.maxGainShare !== undefined ? Math.floor(today * band.maxGainShare + 1e-9) : undefined,
      ];
      const cut = minDefined(cuts);
      const gain = minDefined(gains);
      if (cut !== undefined) bandLower = Math.max(0, today - cut);
      if (gain !== undefined) bandUpper = today + gain;
    }
    const lower = Math.max(0, floor ?? 0, bandLower ?? 0);
    const upper = Math.min(cap ?? Number.POSITIVE_INFINITY, bandUpper ?? Number.POSITIVE_INFINITY);
    return {
      id: t.id,
      category: t.category,
      target: (toAllocate * demands[j]!) / demandSum,
      weight: index[j]!.index,
      lower,
      upper,
      lowerParts: {
        ...(floor !== undefined ? { rule: floor } : {}),
        ...(bandLower !== undefined ? { band: bandLower } : {}),
      },
      upperParts: {
        ...(cap !== undefined ? { rule: cap } : {}),
        ...(bandUpper !== undefined ? { band: bandUpper } : {}),
      },
    };
  });

  const ordering: OrderingPair[] = [];
  if (scenario.model.allocation.ordering) {
    const chain = presentCategories(scenario.data);
    for (let k = 0; k + 1 < chain.length; k++) ordering.push({ higher: chain[k]!, lower: chain[k + 1]! });
  }
  const plainTargets = index.map((i) => (toAllocate * i.index) / indexSum);
  return { problem: { total: toAllocate, units, ordering }, totals, conflicts, demands, plainTargets };
}

function minDefined(values: readonly (number | undefined)[]): number | undefined {
  const defined = values.filter((v): v is number => v !== undefined);
  return defined.length > 0 ? Math.min(...defined) : undefined;
}

function pct(share: number): string {
  return `${round2(share * 100)}%`;
}

function round2(value: number): string {
  return String(Math.round(value * 100) / 100);
}
