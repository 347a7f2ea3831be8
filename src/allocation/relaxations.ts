import { presentCategories } from "../data/present-categories.ts";
import type { Category, Scenario } from "../types.ts";
import type { TownshipIndex } from "../weighting/weighted-index.ts";
import { CATEGORY_LABELS } from "../words/category-labels.ts";
import { diagnoseAllocation } from "./diagnose.ts";
import { buildScenarioProblem } from "./scenario-problem.ts";
import { solveAllocation } from "./solve.ts";
import { scenarioTotals } from "./totals.ts";

/**
 * One setting of a scenario that, changed alone by the amount given, makes its allocation feasible: the smallest such
 * change, found by trying the setting step by step against the same diagnosis that found the conflict.
 */
export interface Relaxation {
  /**
   * - `total`: raise (or lower) the county total, or the transfer down, by `by` posts;
   * - `reserve`: hold back `by` fewer (or more) posts as the flexible reserve;
   * - `floor` / `cap`: lower the floor (raise the cap) of `category` by `by` posts;
   * - `bandCut` / `bandGain`: allow `by` more posts of cut (gain) in the stability band (posts, or percentage
   *   points of today's posts for a band given as shares).
   */
  readonly kind: "total" | "reserve" | "floor" | "cap" | "bandCut" | "bandGain";
  readonly category?: Category;
  /** The change, whole posts (or percentage points for a share band); > 0. */
  readonly by: number;
  /** Up or down. */
  readonly direction: "raise" | "lower";
  /** The setting in the scenario file and its value before and after, for a planner (or a page) to apply. */
  readonly setting: { readonly path: string; readonly from: number; readonly to: number };
  /**
   * True when the changed scenario was shown to solve. False only with ordering rows when the integer problem could
   * not be confirmed within the solves allowed: the change is then the least the continuous chain needs ("at least").
   */
  readonly confirmed: boolean;
  readonly message: { readonly zh: string; readonly en: string };
}

/** How far each setting is tried, in steps, before it is given up as no remedy on its own. */
const MAX_STEPS = 2000;

/**
 * The smallest change of each single setting that removes every conflict of an infeasible scenario: raise or lower
 * the total, hold back less or more reserve, lower a category's floor, raise its cap, or widen the stability band.
 * Each candidate is checked by building the changed scenario's problem and running the same diagnosis
 * (`scenarioTotals` conflicts and `diagnoseAllocation`), which is exact without ordering rows and, for an ordering
 * chain, exact in whole posts too (its whole-number range, `chainRange`: e.g. 512.44 posts needed as a continuous
 * problem, yet 513–515 have no whole-post answer). The first step the diagnosis passes is then confirmed by solving
 * the integer problem (the exact decomposition; HiGHS only for ordering rows that are not one chain), doubling and
 * halving the step, within a budget of solves; a remedy not confirmed says so.
 * Returns [] for a feasible scenario, or when no single setting fixes it.
 * @example
 * // test/fixtures/scenarios/total-below-current.yaml: total 480, below the 511 posts the county has today (R2)
 * (await relaxations(scenario, index)).map((r) => r.message.en) // ["raise the total by 31 posts, from 480 to 511"]
 */
export async function relaxations(
  scenario: Scenario,
  index: readonly TownshipIndex[],
): Promise<Relaxation[]> {
  if (passesDiagnosis(scenario, index) && (await integerFeasible(scenario, index)) !== false) return [];
  const budget = { solves: MAX_SOLVES };
  const found: Relaxation[] = [];
  for (const knob of knobs(scenario)) {
    const limit = Math.min(MAX_STEPS, knob.maxSteps);
    let first: number | undefined;
    for (let step = 1; step <= limit && first === undefined; step++) {
      if (passesDiagnosis(knob.apply(step), index)) first = step;
    }
    if (first === undefined) continue;
    if (!hasOrdering(scenario)) {
      found.push({ ...knob.describe(first), confirmed: true });
      continue;
    }
    const step = await smallestIntegerStep(knob, first, limit, index, budget);
    if (step !== undefined) {
      found.push({ ...knob.describe(step), confirmed: true });
    } else {
      const bound = knob.describe(first);
      found.push({
        ...bound,
        confirmed: false,
        message: {
          zh: `至少需要：${bound.message.zh}（整数解未能在限定次数内确认）`,
          en: `at least: ${bound.message.en} (the whole-post solution could not be confirmed within the solves allowed)`,
        },
      });
    }
  }
  return found;
}

/** Solves allowed for confirming remedies with ordering rows (each an integer problem). */
const MAX_SOLVES = 40;
/** Seconds one confirming solve may take. */
const SOLVE_SECONDS = 15;

function hasOrdering(scenario: Scenario): boolean {
  return scenario.model.allocation.ordering && presentCategories(scenario.data).length > 1;
}

function passesDiagnosis(scenario: Scenario, index: readonly TownshipIndex[]): boolean {
  const built = buildScenarioProblem(scenario, index);
  return built.conflicts.length === 0 && diagnoseAllocation(built.problem).length === 0;
}

/** Whether the integer problem has a solution: true, false, or undefined when the solver could not tell in time. */
async function integerFeasible(
  scenario: Scenario,
  index: readonly TownshipIndex[],
): Promise<boolean | undefined> {
  const built = buildScenarioProblem(scenario, index);
  if (built.conflicts.length > 0) return false;
  const outcome = await solveAllocation(built.problem, {
    solver: "auto",
    timeLimitSeconds: Math.min(SOLVE_SECONDS, scenario.timeLimitSeconds),
  });
  if (outcome.status === "optimal" || outcome.status === "feasible") return true;
  return outcome.status === "infeasible" ? false : undefined;
}

/**
 * The smallest step at or after `first` (where the continuous chain first holds) whose integer problem solves:
 * doubling the distance until one solves, then halving back. Undefined when the budget or the time runs out.
 */
async function smallestIntegerStep(
  knob: Knob,
  first: number,
  limit: number,
  index: readonly TownshipIndex[],
  budget: { solves: number },
): Promise<number | undefined> {
  const check = async (step: number): Promise<boolean | undefined> => {
    if (budget.solves <= 0) return undefined;
    budget.solves--;
    return integerFeasible(knob.apply(step), index);
  };
  let low = first - 1; // known infeasible (or the start)
  let high: number | undefined;
  for (let gap = 0; first + gap <= limit; gap = gap === 0 ? 1 : gap * 2) {
    const result = await check(first + gap);
    if (result === undefined) return undefined;
    if (result) {
      high = first + gap;
      break;
    }
    low = first + gap;
  }
  if (high === undefined) return undefined;
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    const result = await check(mid);
    if (result === undefined) return undefined;
    if (result) high = mid;
    else low = mid;
  }
  return high;
}

interface Knob {
  readonly maxSteps: number;
  apply(step: number): Scenario;
  describe(step: number): Omit<Relaxation, "confirmed">;
}

function knobs(scenario: Scenario): Knob[] {
  const list: Knob[] = [];
  const total = scenario.total;
  const totalPath = total.kind === "total" ? "total" : "transferDown";
  const totalName =
    total.kind === "total" ? { zh: "总量", en: "the total" } : { zh: "下沉编制", en: "the transfer down" };
  for (const direction of ["raise", "lower"] as const) {
    const sign = direction === "raise" ? 1 : -1;
    list.push({
      maxSteps: direction === "raise" ? MAX_STEPS : total.kind === "total" ? total.value - 1 : total.value,
      apply: (step) => ({ ...scenario, total: { ...total, value: total.value + sign * step } }),
      describe: (step) =>
        relaxation(
          "total",
          direction,
          step,
          { path: totalPath, from: total.value, to: total.value + sign * step },
          {
            zh: `${direction === "raise" ? "增加" : "减少"}${totalName.zh} ${step} 名（${total.value} → ${total.value + sign * step}）`,
            en: `${direction} ${totalName.en} by ${step} post${step > 1 ? "s" : ""}, from ${total.value} to ${total.value + sign * step}`,
          },
        ),
    });
  }

  const reserve = scenario.reserve;
  if (reserve.kind !== "none") {
    const held = scenarioTotals(scenario).totals.reserve;
    for (const direction of ["lower", "raise"] as const) {
      const sign = direction === "raise" ? 1 : -1;
      list.push({
        maxSteps: direction === "lower" ? held : MAX_STEPS,
        apply: (step) => ({ ...scenario, reserve: { kind: "count", value: held + sign * step } }),
        describe: (step) =>
          relaxation(
            "reserve",
            direction,
            step,
            { path: "reserve.count", from: held, to: held + sign * step },
            {
              zh: `机动编制${direction === "lower" ? "少留" : "多留"} ${step} 名（${held} → ${held + sign * step}）`,
              en: `hold back ${step} ${direction === "lower" ? "fewer" : "more"} reserve post${step > 1 ? "s" : ""}, from ${held} to ${held + sign * step}`,
            },
          ),
      });
    }
  }

  const postType = scenario.postType;
  for (const category of presentCategories(scenario.data)) {
    const rule = scenario.model.categories[category];
    const floor = rule.floor[postType];
    if (floor !== undefined && floor > 0) {
      list.push({
        maxSteps: floor,
        apply: (step) => withRule(scenario, category, "floor", floor - step),
        describe: (step) =>
          relaxation(
            "floor",
            "lower",
            step,
            { path: `overrides.floors.${category}`, from: floor, to: floor - step },
            {
              zh: `${CATEGORY_LABELS[category].zh}最低编制降低 ${step} 名（${floor} → ${floor - step}）`,
              en: `lower the floor of ${CATEGORY_LABELS[category].en.toLowerCase()}s by ${step}, from ${floor} to ${floor - step}`,
            },
            category,
          ),
      });
    }
    const cap = rule.cap[postType];
    if (cap !== undefined) {
      list.push({
        maxSteps: MAX_STEPS,
        apply: (step) => withRule(scenario, category, "cap", cap + step),
        describe: (step) =>
          relaxation(
            "cap",
            "raise",
            step,
            { path: `overrides.caps.${category}`, from: cap, to: cap + step },
            {
              zh: `${CATEGORY_LABELS[category].zh}上限提高 ${step} 名（${cap} → ${cap + step}）`,
              en: `raise the cap of ${CATEGORY_LABELS[category].en.toLowerCase()}s by ${step}, from ${cap} to ${cap + step}`,
            },
            category,
          ),
      });
    }
  }

  const band = scenario.band;
  if (band !== undefined) {
    for (const side of ["Cut", "Gain"] as const) {
      const countKey = `max${side}` as const;
      const shareKey = `max${side}Share` as const;
      const kind = side === "Cut" ? ("bandCut" as const) : ("bandGain" as const);
      const words =
        side === "Cut"
          ? { zh: "稳定区间最大核减数", en: "the band's largest cut" }
          : { zh: "稳定区间最大增加数", en: "the band's largest gain" };
      const count = band[countKey];
      const share = band[shareKey];
      // A count and a share together: the stricter holds, and no single setting widens the band; leave it.
      if (count !== undefined && share !== undefined) continue;
      if (count !== undefined) {
        list.push({
          maxSteps: MAX_STEPS,
          apply: (step) => ({ ...scenario, band: { ...band, [countKey]: count + step } }),
          describe: (step) =>
            relaxation(
              kind,
              "raise",
              step,
              { path: `band.${countKey}`, from: count, to: count + step },
              {
                zh: `${words.zh}放宽 ${step} 名（${count} → ${count + step}）`,
                en: `widen ${words.en} by ${step} post${step > 1 ? "s" : ""}, from ${count} to ${count + step}`,
              },
            ),
        });
      } else if (share !== undefined) {
        const points = Math.round(share * 100);
        list.push({
          maxSteps: side === "Cut" ? 100 - points : MAX_STEPS,
          apply: (step) => ({ ...scenario, band: { ...band, [shareKey]: (points + step) / 100 } }),
          describe: (step) =>
            relaxation(
              kind,
              "raise",
              step,
              { path: `band.${shareKey}`, from: share, to: (points + step) / 100 },
              {
                zh: `${words.zh}放宽 ${step} 个百分点（${points}% → ${points + step}%）`,
                en: `widen ${words.en} by ${step} percentage point${step > 1 ? "s" : ""}, from ${points}% to ${points + step}%`,
              },
            ),
        });
      }
    }
  }
  return list;
}

function relaxation(
  kind: Relaxation["kind"],
  direction: Relaxation["direction"],
  by: number,
  setting: Relaxation["setting"],
  message: Relaxation["message"],
  category?: Category,
): Omit<Relaxation, "confirmed"> {
  return { kind, ...(category !== undefined ? { category } : {}), by, direction, setting, message };
}

function withRule(scenario: Scenario, category: Category, part: "floor" | "cap", value: number): Scenario {
  const categories = scenario.model.categories;
  const rule = categories[category];
  return {
    ...scenario,
    model: {
      ...scenario.model,
      categories: {
        ...categories,
        [category]: { ...rule, [part]: { ...rule[part], [scenario.postType]: value } },
      },
    },
  };
}
