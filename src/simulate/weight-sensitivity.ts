/**
 * How the allocation depends on each factor weight and each AHP judgement: one-at-a-time sweeps (the others
 * renormalised in proportion), a tornado summary, and the smallest change up and down that moves any township's
 * posts: for a factor weight under the exact greedy (any backend, when the greedy gives its answer) or a divisor method
 * computed from the breakpoints in closed form (`weightBreakpoint`), under Hamilton's method by walking the cells of
 * the linear forms it compares (`hamiltonBreakpoint`), and verified by runs on either side; otherwise (a judgement, a
 * binding category ordering) found on a grid (`findBreakpoint`).
 */

import { DIVISOR_METHODS } from "../allocation/apportion/signposts.ts";
import type { DivisorMethod } from "../allocation/apportion/types.ts";
import { buildScenarioProblem } from "../allocation/scenario-problem.ts";
import { SAATY_MAX } from "../policy.ts";
import type { ScenarioResult } from "../run/result.ts";
import { runScenario } from "../run/run-scenario.ts";
import type { WeightedScenario } from "../run/weigh-scenario.ts";
import { type Bilingual, type Category, DEFAULT_OBJECTIVE } from "../types.ts";
import { computeIndex } from "../weighting/weighted-index.ts";
import { SENSITIVITY_LABELS } from "../words/analysis-labels.ts";
import { factorLabel } from "../words/factor-label.ts";
import { indicatorLabel } from "../words/indicator-label.ts";
import { allocationOf, type RunAllocation, sameAllocation } from "./allocation-key.ts";
import { findBreakpoint } from "./breakpoint-search.ts";
import { exactGreedyAgrees } from "./exact-greedy-agrees.ts";
import { hamiltonBreakpoint } from "./hamilton-breakpoint.ts";
import {
  ahpJudgements,
  factorWeightsOf,
  type JudgementRef,
  withFactorWeight,
  withJudgement,
} from "./perturb-weights.ts";
import { WEIGHT_BREAKPOINT_MAX_TOWNSHIPS, type WeightLine, weightBreakpoint } from "./weight-breakpoint.ts";

/** How the sensitivity is computed; every field has a default. */
export interface SensitivityOptions {
  /** Half-width of each weight's sweep, in weight (of 1); default 0.1: the weight ± 0.1, within [0, 1]. */
  readonly range?: number;
  /** Points of each sweep (odd: the scenario's own weight in the middle); default 21. */
  readonly steps?: number;
  /** Grid of the breakpoint search, in weight (of 1) and in log₉ of a judgement; default 1e-6. */
  readonly resolution?: number;
  /** Scan step of the breakpoint search before bisection, in the same units; default 0.005. */
  readonly scanStep?: number;
  /**
   * Compute a factor weight's critical changes from the breakpoints where the method allows it (default true);
   * false: the grid search everywhere (the test oracle).
   */
  readonly exact?: boolean;
  /** Called after each run with the runs done so far (for a progress bar). */
  readonly onProgress?: (runs: number) => void;
}

/** A township whose posts differ at a critical change: posts before (the scenario's) and there. */
export interface MovedTownship {
  readonly id: string;
  readonly name: string;
  readonly from: number;
  /** null when that run has no solution. */
  readonly to: number | null;
}

/** The smallest change in one direction that changes any township's allocation. */
export interface CriticalChange {
  readonly direction: "up" | "down";
  /**
   * How it was found: `exact` from the breakpoints in closed form (`breakpoint`), `grid` by scan and bisection on
   * the grid of `SensitivityResult.method`.
   */
  readonly method: "exact" | "grid";
  /** With `exact`: the breakpoint itself, the root of the equation where two steps swap or an ordering row fails. */
  readonly breakpoint?: number;
  /**
   * The value of the weight (or judgement) where the allocation first differs (verified by a run): with `exact` the
   * breakpoint moved outward by at most 1e-8 (to 12 decimals), with `grid` the first grid point that differs.
   */
  readonly value: number;
  /** value − the scenario's value (signed). */
  readonly delta: number;
  /**
   * A value just short of it where the allocation is still the scenario's (verified by a run): the breakpoint moved
   * inward by as much as `value` is outward (`exact`), or one grid unit short (`grid`).
   */
  readonly unchangedAt: number;
  /** Status of the run there ("optimal", or e.g. "infeasible" when the new weights break the ordering rows). */
  readonly status: RunAllocation["status"];
  /** The townships whose posts differ there (all of them when that run has no solution). */
  readonly townships: readonly MovedTownship[];
  /** With a judgement: the matrix's consistency ratio there. */
  readonly cr?: number;
}

/** One point of a sweep: the weight tried and each township's posts (data order; empty without a solution). */
export interface SweepPoint {
  readonly value: number;
  readonly status: RunAllocation["status"];
  readonly posts: readonly number[];
}

/** One township in the tornado of one weight: its posts' change against the scenario over the sweep. */
export interface TornadoEntry {
  readonly id: string;
  readonly name: string;
  /** Change at the lowest and at the highest weight of the sweep (null where that run has no solution). */
  readonly atLow: number | null;
  readonly atHigh: number | null;
  /** Least and largest change anywhere on the sweep. */
  readonly least: number;
  readonly most: number;
}

/** The sensitivity to one factor weight. */
export interface WeightSensitivity {
  readonly factor: string;
  readonly label: Bilingual;
  /** The weight in the scenario (renormalised, of 1). */
  readonly value: number;
  readonly sweep: readonly SweepPoint[];
  /** Per township, data order. */
  readonly tornado: readonly TornadoEntry[];
  /** Σ over townships of the largest |change| on the sweep: the length of this weight's tornado bar. */
  readonly swing: number;
  /** null when no weight in that direction (up to 1, down to 0) changes any allocation. */
  readonly up: CriticalChange | null;
  readonly down: CriticalChange | null;
}

/** The sensitivity to one AHP judgement (the group's value of row over column). */
export interface JudgementSensitivity {
  readonly judgement: JudgementRef;
  /** The matrix: "the factors" or the factor whose indicators it compares. */
  readonly matrix: Bilingual;
  readonly rowLabel: Bilingual;
  readonly columnLabel: Bilingual;
  /** Searched on the 1/9 … 9 scale, continuously: null when nothing up to 9 (or down to 1/9) changes. */
  readonly up: CriticalChange | null;
  readonly down: CriticalChange | null;
}

/** The sensitivity of a scenario's allocation to its weights. */
export interface SensitivityResult {
  readonly base: {
    readonly status: RunAllocation["status"];
    readonly townships: readonly {
      readonly id: string;
      readonly name: string;
      readonly category: Category;
      readonly current: number;
      readonly allocated: number;
    }[];
  };
  readonly weights: readonly WeightSensitivity[];
  readonly judgements: readonly JudgementSensitivity[];
  /** The weight with the smallest critical change (either direction), null when none changes anything. */
  readonly mostCriticalWeight: { readonly factor: string; readonly change: CriticalChange } | null;
  /** The judgement with the smallest critical change, measured as |ln(new / old)|; null without AHP or change. */
  readonly mostCriticalJudgement: { readonly index: number; readonly change: CriticalChange } | null;
  /** How the search was made: the grid unit and the scan step, and the sweep's half-width and points. */
  readonly method: {
    readonly resolution: number;
    readonly scanStep: number;
    readonly range: number;
    readonly steps: number;
  };
  /** Runs made. */
  readonly runs: number;
}

/**
 * The sensitivity of a scenario's allocation to each factor weight and, when the weights come from AHP, each
 * judgement. Each weight is swept over its value ± `range` (others renormalised in proportion) and searched up to 1
 * and down to 0 for the smallest change that moves any township's posts; each judgement v is searched on
 * log₉ v from its value up to 9 and down to 1/9. Under the exact greedy (method lp: backend `exact`, or a MILP backend
 * whose answer the greedy gives) or a divisor method (Jefferson, Webster, Adams, Dean, Huntington-Hill) a factor
 * weight's breakpoint is computed in closed form (`weightBreakpoint`), under Hamilton's method by the walk of
 * `hamiltonBreakpoint`, and verified by a run just beyond it (changed)
 * and just short of it (unchanged), or by a run at the end of the scale when there is none; should a verification
 * fail, the grid is used. Elsewhere a breakpoint is exact on the grid: unchanged at one unit short of it, changed at
 * it (both runs made); a change that reverts within one scan step can be missed.
 * @throws {RangeError} for options out of range (range not in (0, 1], steps not an odd number >= 3, …)
 * @throws {InputError} when the scenario's index cannot be computed
 * @example (await weightSensitivity(baseline)).weights[3].up // population 0.35 → 0.365866060365 (exact): 城厢镇 46 → 47, 芦溪镇 31 → 30
 */
export async function weightSensitivity(
  scenario: WeightedScenario,
  options: SensitivityOptions = {},
): Promise<SensitivityResult> {
  const range = options.range ?? 0.1;
  const steps = options.steps ?? 21;
  const resolution = options.resolution ?? 1e-6;
  const scanStep = options.scanStep ?? 0.005;
  if (!(range > 0 && range <= 1)) throw new RangeError(`range must be in (0, 1], got ${range}`);
  if (!Number.isInteger(steps) || steps < 3 || steps % 2 === 0)
    throw new RangeError(`steps must be an odd whole number >= 3, got ${steps}`);
  if (!(resolution > 0 && resolution <= scanStep && scanStep <= 1))
    throw new RangeError(`need 0 < resolution <= scanStep <= 1, got ${resolution}, ${scanStep}`);
  const scanUnits = Math.max(1, Math.round(scanStep / resolution));
  let runs = 0;
  const run = async (s: WeightedScenario): Promise<RunAllocation & { result: ScenarioResult }> => {
    const result = await runScenario(s, { remedies: false });
    runs++;
    options.onProgress?.(runs);
    return { ...allocationOf(result), result };
  };
  const baseRun = await run(scenario);
  const base = allocationOf(baseRun.result);
  const townships = scenario.data.townships;
  const moved = (there: RunAllocation): MovedTownship[] =>
    townships.flatMap((t, j) => {
      const to = there.posts[j];
      const from = base.posts[j]!;
      if (to !== undefined && to === from) return [];
      return [{ id: t.id, name: t.name, from, to: to ?? null }];
    });

  const weightsNow = factorWeightsOf(scenario);
  const divisor = (DIVISOR_METHODS as readonly string[]).includes(scenario.method)
    ? (scenario.method as DivisorMethod)
    : undefined;
  const exactLine =
    options.exact !== false &&
    // the MILP backends: when the exact greedy gives their answer, its breakpoints are theirs (verified by their runs)
    ((scenario.method === "lp" &&
      (baseRun.result.solver.backend === "exact" || exactGreedyAgrees(scenario, base.posts))) ||
      divisor !== undefined ||
      scenario.method === "hamilton") &&
    base.posts.length > 0 &&
    townships.length <= WEIGHT_BREAKPOINT_MAX_TOWNSHIPS
      ? (factor: string, value: number) => weightLineOf(scenario, factor, value, base.posts, divisor)
      : () => undefined;
  const weights: WeightSensitivity[] = [];
  for (const [k, factor] of scenario.model.factors.entries()) {
    const value = weightsNow[k]!;
    const half = (steps - 1) / 2;
    const sweep: SweepPoint[] = [];
    for (let s = -half; s <= half; s++) {
      const w = s === 0 ? value : value + (range * s) / half;
      if (w < 0 || w > 1) continue;
      const there = s === 0 ? base : await run(withFactorWeight(scenario, factor.id, w));
      sweep.push({ value: w, status: there.status, posts: there.posts });
    }
    const tornado = townships.map((t, j) => {
      const changes = sweep.flatMap((p) => (p.posts.length > 0 ? [p.posts[j]! - base.posts[j]!] : []));
      const first = sweep[0]!;
      const last = sweep.at(-1)!;
      return {
        id: t.id,
        name: t.name,
        atLow: first.posts.length > 0 ? first.posts[j]! - base.posts[j]! : null,
        atHigh: last.posts.length > 0 ? last.posts[j]! - base.posts[j]! : null,
        least: Math.min(0, ...changes),
        most: Math.max(0, ...changes),
      };
    });
    const line = exactLine(factor.id, value);
    const exactCritical = async (direction: "up" | "down"): Promise<CriticalChange | null | "not exact"> => {
      if (line === undefined) return "not exact";
      const sign = direction === "up" ? 1 : -1;
      const found =
        scenario.method === "hamilton"
          ? hamiltonBreakpoint(
              line,
              townships.map((t) => t.id),
              direction,
            )
          : weightBreakpoint(line, direction);
      if (found === undefined) return "not exact";
      if (found === null) {
        // nothing changes up to the end of the scale: confirmed by a run there
        const end = direction === "up" ? 1 : 0;
        if (end === value) return null;
        return sameAllocation(await run(withFactorWeight(scenario, factor.id, end)), base)
          ? null
          : "not exact";
      }
      const clip = (w: number) => Math.min(1, Math.max(0, w));
      for (const nudge of [1e-12, 1e-11, 1e-10, 1e-9, 1e-8]) {
        const changedAt = clip(onGrid(found.value + sign * nudge));
        if (sign * (changedAt - value) <= 0) continue;
        const there = await run(withFactorWeight(scenario, factor.id, changedAt));
        if (sameAllocation(there, base)) continue;
        const short = onGrid(found.value - sign * nudge);
        const unchangedAt = sign * (short - value) <= 0 ? value : short;
        // Short of the root by the same nudge must still be the start's allocation. It may not be within a tie's
        // width of the root (the priority list counts priorities within 1e-12 of each other as equal and gives the
        // post by weight, then name): then a wider nudge on both sides is tried.
        if (
          unchangedAt !== value &&
          !sameAllocation(await run(withFactorWeight(scenario, factor.id, unchangedAt)), base)
        )
          continue;
        return {
          direction,
          method: "exact",
          breakpoint: found.value,
          value: changedAt,
          delta: changedAt - value,
          unchangedAt,
          status: there.status,
          townships: moved(there),
        };
      }
      return "not exact";
    };
    const critical = async (direction: "up" | "down"): Promise<CriticalChange | null> => {
      const exact = await exactCritical(direction);
      if (exact !== "not exact") return exact;
      const sign = direction === "up" ? 1 : -1;
      const room = direction === "up" ? 1 - value : value;
      const max = Math.floor(room / resolution + 1e-9);
      const at = (d: number): number =>
        d === max ? (direction === "up" ? 1 : 0) : onGrid(value + sign * d * resolution);
      const found = await findBreakpoint(
        async (d) => (d === 0 ? base : run(withFactorWeight(scenario, factor.id, at(d)))),
        max,
        scanUnits,
      );
      if (found === null) return null;
      return {
        direction,
        method: "grid",
        value: at(found.at),
        delta: at(found.at) - value,
        unchangedAt: found.at === 1 ? value : at(found.at - 1),
        status: found.allocation.status,
        townships: moved(found.allocation),
      };
    };
    const up = base.posts.length > 0 ? await critical("up") : null;
    const down = base.posts.length > 0 ? await critical("down") : null;
    weights.push({
      factor: factor.id,
      label: factorLabel(scenario.model, factor.id),
      value,
      sweep,
      tornado,
      swing: tornado.reduce((s, e) => s + Math.max(e.most, -e.least), 0),
      up,
      down,
    });
  }

  const judgements: JudgementSensitivity[] = [];
  if (base.posts.length > 0) {
    for (const ref of ahpJudgements(scenario)) {
      const u0 = Math.log(ref.value) / Math.log(SAATY_MAX);
      const critical = async (direction: "up" | "down"): Promise<CriticalChange | null> => {
        const sign = direction === "up" ? 1 : -1;
        const room = direction === "up" ? 1 - u0 : u0 + 1;
        const max = Math.floor(room / resolution + 1e-9);
        const at = (d: number): number =>
          d === max ? SAATY_MAX ** sign : onGrid(SAATY_MAX ** (u0 + sign * d * resolution));
        const found = await findBreakpoint(
          async (d) => (d === 0 ? base : run(withJudgement(scenario, ref, at(d)))),
          max,
          scanUnits,
        );
        if (found === null) return null;
        const there = withJudgement(scenario, ref, at(found.at));
        const group =
          ref.factor === null ? there.weighting.ahp?.factors : there.weighting.ahp?.indicators[ref.factor];
        return {
          direction,
          method: "grid",
          value: at(found.at),
          delta: at(found.at) - ref.value,
          unchangedAt: found.at === 1 ? ref.value : at(found.at - 1),
          status: found.allocation.status,
          townships: moved(found.allocation),
          ...(group !== undefined ? { cr: group.combined.cr } : {}),
        };
      };
      const label = (id: string): Bilingual =>
        ref.factor === null ? factorLabel(scenario.model, id) : indicatorLabel(scenario.model, id);
      judgements.push({
        judgement: ref,
        matrix:
          ref.factor === null ? SENSITIVITY_LABELS.factorsMatrix : factorLabel(scenario.model, ref.factor),
        rowLabel: label(ref.rowId),
        columnLabel: label(ref.columnId),
        up: await critical("up"),
        down: await critical("down"),
      });
    }
  }

  let mostCriticalWeight: SensitivityResult["mostCriticalWeight"] = null;
  for (const w of weights) {
    for (const change of [w.up, w.down]) {
      if (
        change !== null &&
        (mostCriticalWeight === null || Math.abs(change.delta) < Math.abs(mostCriticalWeight.change.delta))
      )
        mostCriticalWeight = { factor: w.factor, change };
    }
  }
  let mostCriticalJudgement: SensitivityResult["mostCriticalJudgement"] = null;
  const logChange = (j: JudgementSensitivity, c: CriticalChange): number =>
    Math.abs(Math.log(c.value / j.judgement.value));
  judgements.forEach((j, index) => {
    for (const change of [j.up, j.down]) {
      if (
        change !== null &&
        (mostCriticalJudgement === null ||
          logChange(j, change) <
            logChange(judgements[mostCriticalJudgement.index]!, mostCriticalJudgement.change))
      )
        mostCriticalJudgement = { index, change };
    }
  });

  return {
    base: {
      status: base.status,
      townships: baseRun.result.townships.map((t) => ({
        id: t.id,
        name: t.name,
        category: t.category,
        current: t.current,
        allocated: t.allocated,
      })),
    },
    weights,
    judgements,
    mostCriticalWeight,
    mostCriticalJudgement,
    method: { resolution, scanStep: scanUnits * resolution, range, steps },
    runs,
  };
}

/**
 * The sweep of one factor weight as `weightBreakpoint` reads it: the problem's bounds, total and objective, the
 * allocation, and the demands and indices with the weight at 0 and at 1 (both ends run through the library's own
 * index and targets); undefined when they do not reproduce the scenario's demands at its weight (the sweep would then
 * not be linear, and the grid is used).
 */
function weightLineOf(
  scenario: WeightedScenario,
  factor: string,
  value: number,
  posts: readonly number[],
  divisor: DivisorMethod | undefined,
): WeightLine | undefined {
  const at = (w: number) => {
    const s = withFactorWeight(scenario, factor, w);
    const index = computeIndex(s.model, s.data);
    if (index.status !== "computed") return undefined;
    try {
      const built = buildScenarioProblem(s, index.result.townships);
      return { built, index: index.result.townships.map((t) => t.index) };
    } catch {
      return undefined;
    }
  };
  const now = at(value);
  const zero = at(0);
  const one = at(1);
  if (now === undefined || zero === undefined || one === undefined) return undefined;
  const d0 = zero.built.demands;
  const d1 = one.built.demands;
  const linear = now.built.demands.every((d, j) => {
    const line = d0[j]! + value * (d1[j]! - d0[j]!);
    return Math.abs(line - d) <= 1e-9 * Math.max(1, Math.abs(d));
  });
  if (!linear || now.built.conflicts.length > 0) return undefined;
  const problem = now.built.problem;
  return {
    total: problem.total,
    objective: problem.objective ?? DEFAULT_OBJECTIVE,
    units: problem.units,
    posts,
    demandAt0: d0,
    demandAt1: d1,
    indexAt0: zero.index,
    indexAt1: one.index,
    // a classical method runs without the ordering rows
    ordering: divisor === undefined ? problem.ordering : [],
    from: value,
    ...(divisor === undefined ? {} : { divisor }),
  };
}

/** A value as reported and as run: rounded to 12 decimals, so the number printed is the number tried. */
function onGrid(x: number): number {
  return Number(x.toFixed(12));
}
