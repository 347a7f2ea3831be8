/**
 * How the allocation depends on each factor weight and each AHP judgement: one-at-a-time sweeps (the others
 * renormalised in proportion), a tornado summary, and the smallest change up and down that moves any township's
 * posts, found on an exact grid (`findBreakpoint`).
 */

import { SAATY_MAX } from "../policy.ts";
import type { ScenarioResult } from "../run/result.ts";
import { runScenario } from "../run/run-scenario.ts";
import type { WeightedScenario } from "../run/weigh-scenario.ts";
import type { Bilingual, Category } from "../types.ts";
import { SENSITIVITY_LABELS } from "../words/analysis-labels.ts";
import { factorLabel } from "../words/factor-label.ts";
import { indicatorLabel } from "../words/indicator-label.ts";
import { allocationOf, type RunAllocation } from "./allocation-key.ts";
import { findBreakpoint } from "./breakpoint-search.ts";
import {
  ahpJudgements,
  factorWeightsOf,
  type JudgementRef,
  withFactorWeight,
  withJudgement,
} from "./perturb-weights.ts";

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
  /** The value of the weight (or judgement) where the allocation first differs. */
  readonly value: number;
  /** value − the scenario's value (signed). */
  readonly delta: number;
  /** The value one grid unit short of it, where the allocation is still the scenario's (verified by a run). */
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
 * log₉ v from its value up to 9 and down to 1/9. A breakpoint is exact on the grid: unchanged at one unit short
 * of it, changed at it (both runs made); a change that reverts within one scan step can be missed.
 * @throws {RangeError} for options out of range (range not in (0, 1], steps not an odd number >= 3, …)
 * @throws {InputError} when the scenario's index cannot be computed
 * @example (await weightSensitivity(baseline)).weights[3].up // population 0.35 → 0.365867: 城厢镇 46 → 47, 芦溪镇 31 → 30
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
    const critical = async (direction: "up" | "down"): Promise<CriticalChange | null> => {
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

/** A value as reported and as run: rounded to 12 decimals, so the number printed is the number tried. */
function onGrid(x: number): number {
  return Number(x.toFixed(12));
}
