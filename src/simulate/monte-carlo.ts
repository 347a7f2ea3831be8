/**
 * Monte Carlo of a scenario: many runs with weights drawn around the scenario's (a Dirichlet, or AHP judgements
 * moved on Saaty's 1–9 scale) and, optionally, indicators perturbed by relative errors; per township the
 * distribution of its posts, how often it gains or loses, and how stable its rank is. Seeded: the same seed gives
 * the same numbers to the byte.
 */

import { SAATY_MAX } from "../policy.ts";
import { runScenario } from "../run/run-scenario.ts";
import { solveScenario } from "../run/solve-scenario.ts";
import { type WeightedScenario, weighScenario } from "../run/weigh-scenario.ts";
import type { AhpSpec, Bilingual, Category, WeightingSpec } from "../types.ts";
import { indexWeights } from "../weighting/weighted-index.ts";
import { ahpSpecOf, withWeights } from "./perturb-weights.ts";
import { dirichlet, normal, type Random, seededRandom } from "./random.ts";

/** A relative error on one indicator column: each township's value times exp(σZ − σ²/2), Z standard normal. */
export interface IndicatorError {
  /** The column as the model's indicators read it (canonical key or header as written). */
  readonly column: string;
  /** σ: the relative error (0.05 for about 5 %), >= 0. */
  readonly relative: number;
}

/** What the Monte Carlo draws; `runs` and `seed` are required, the rest has defaults. */
export interface MonteCarloOptions {
  /** Number of runs, whole, >= 1. */
  readonly runs: number;
  /** Seed of the generator, a whole number in 0 … 2³² − 1. */
  readonly seed: number;
  /**
   * Concentration of the Dirichlet around the scenario's factor weights (and, within each factor of several
   * indicators, around its indicator weights); default 100. Larger is tighter; Infinity gives the weights
   * themselves. Used when `perturb` is "weights".
   */
  readonly concentration?: number;
  /** What is drawn: the weights (Dirichlet) or, for AHP weights, the judgements. Default: judgements with AHP. */
  readonly perturb?: "weights" | "judgements";
  /**
   * Judgements: each judgement above the diagonal (the experts' group value) moves round(σ·Z) steps along Saaty's
   * scale 1/9 … 1/2, 1, 2 … 9 (clamped at the ends), σ = this value; default 0.5 (about a third of the judgements
   * move one step). 0 keeps them.
   */
  readonly judgementSteps?: number;
  readonly indicatorErrors?: readonly IndicatorError[];
  /** Called after each run with the runs done and the runs asked for. */
  readonly onProgress?: (done: number, runs: number) => void;
}

/** One township's distribution over the runs with a solution. */
export interface TownshipDistribution {
  readonly id: string;
  readonly name: string;
  readonly category: Category;
  readonly current: number;
  /** Posts in the scenario as it is (null when it has no solution). */
  readonly scenario: number | null;
  /** Nearest-rank percentiles of its posts: the ⌈p·N⌉-th smallest of the N runs with a solution. */
  readonly p5: number;
  readonly median: number;
  readonly p95: number;
  readonly mean: number;
  /** Share of the runs with a solution where it has more (fewer) posts than today. */
  readonly gainToday: number;
  readonly loseToday: number;
  /** Share of the runs with a solution where it has more (fewer) posts than in the scenario (0 without one). */
  readonly gainScenario: number;
  readonly loseScenario: number;
  /** Rank by posts (1 = most; ties share the better rank) in the scenario, and its 5th–95th percentile. */
  readonly rank: number | null;
  readonly rankP5: number;
  readonly rankP95: number;
  /** Share of the runs with a solution where its rank is the scenario's. */
  readonly sameRank: number;
}

/** What the Monte Carlo gives. */
export interface MonteCarloResult {
  readonly runs: number;
  readonly seed: number;
  readonly perturb: "weights" | "judgements";
  /** The concentration used: a number, "infinity" (no draw: the weights themselves), or null with judgements. */
  readonly concentration: number | "infinity" | null;
  /** σ of the judgement steps (null with weights). */
  readonly judgementSteps: number | null;
  /** The errors applied, each with the display name of the indicator that reads the column. */
  readonly indicatorErrors: readonly (IndicatorError & { readonly label: Bilingual })[];
  /** Runs with an allocation, and the others by status. */
  readonly solved: number;
  readonly unsolved: Readonly<Record<string, number>>;
  /** With judgements: the runs whose drawn matrices have CR >= 0.10 somewhere (used all the same). */
  readonly inconsistentDraws: number;
  /** Per township, data order; empty when no run has a solution. */
  readonly townships: readonly TownshipDistribution[];
}

/**
 * Runs the scenario `options.runs` times with drawn weights (and indicator errors) from one seeded generator and
 * summarises each township's posts. Order of the draws in a run: judgements or weights, then each indicator error
 * township by township. When the weights come from the data (entropy, CRITIC, combined) and indicators are
 * perturbed, the weights are derived again from the perturbed data before the weights are drawn.
 * @throws {RangeError} for options out of range (runs < 1, a seed outside 0 … 2³² − 1, concentration <= 0,
 *   judgements asked without AHP weights, a column no indicator reads, a negative error)
 * @throws {InputError} when a perturbed index cannot be computed
 * @example (await monteCarlo(baseline, { runs: 200, seed: 1 })).townships[0] // 城厢镇 T01: { scenario: 46, p5: 44, median: 46, p95: 48, gainScenario: 0.26, loseScenario: 0.415, … }
 */
export async function monteCarlo(
  scenario: WeightedScenario,
  options: MonteCarloOptions,
): Promise<MonteCarloResult> {
  const { runs, seed } = options;
  if (!Number.isInteger(runs) || runs < 1)
    throw new RangeError(`runs must be a whole number >= 1, got ${runs}`);
  const random = seededRandom(seed);
  const ahp = ahpSpecOf(scenario);
  const perturb = options.perturb ?? (ahp !== undefined ? "judgements" : "weights");
  if (perturb === "judgements" && ahp === undefined)
    throw new RangeError("judgements can be drawn only when the weights come from AHP");
  const concentration = options.concentration ?? 100;
  if (!(concentration > 0)) throw new RangeError(`concentration must be > 0, got ${concentration}`);
  const judgementSteps = options.judgementSteps ?? 0.5;
  if (!(judgementSteps >= 0 && Number.isFinite(judgementSteps)))
    throw new RangeError(`judgement steps must be >= 0, got ${judgementSteps}`);
  const errors = options.indicatorErrors ?? [];
  const columns = new Set(scenario.model.factors.flatMap((f) => f.indicators.map((i) => i.column)));
  for (const e of errors) {
    if (!columns.has(e.column)) throw new RangeError(`no indicator reads column "${e.column}"`);
    if (!(e.relative >= 0 && Number.isFinite(e.relative)))
      throw new RangeError(`a relative error must be >= 0, got ${e.relative}`);
  }
  const dataDriven = ["entropy", "critic", "combined"].includes(scenario.model.weighting.method);

  const base = await runScenario(scenario, { remedies: false });
  const names = new Map(scenario.data.townships.map((t) => [t.id, t.name]));
  const like = errors.length > 0 ? undefined : await solveScenario(scenario, { names });
  const n = scenario.data.townships.length;
  const basePosts = base.townships.map((t) => t.allocated);
  const baseRanks = basePosts.length > 0 ? ranks(basePosts) : [];
  const posts: number[][] = scenario.data.townships.map(() => []);
  const rankDraws: number[][] = scenario.data.townships.map(() => []);
  const unsolved: Record<string, number> = {};
  let inconsistentDraws = 0;

  for (let run = 0; run < runs; run++) {
    let drawn: WeightedScenario = scenario;
    if (perturb === "judgements") {
      drawn = drawJudgements(drawn, ahp!, judgementSteps, random);
      if (drawn.weighting.ahp !== undefined && !drawn.weighting.ahp.consistent) inconsistentDraws++;
    }
    if (errors.length > 0) {
      drawn = { ...drawn, data: perturbData(drawn, errors, random) };
      if (dataDriven) drawn = weighScenario({ ...drawn, acceptInconsistent: true });
    }
    if (perturb === "weights") drawn = drawWeights(drawn, concentration, random);
    // Only the numbers: index, problem and solve, without the reasons, story and checks a full run words.
    // Without indicator errors the data stay as they are, so the scores and bounds do too: only the weights are new.
    const { outcome } = await solveScenario(drawn, like === undefined ? { names } : { names, like });
    if (outcome.status !== "optimal" && outcome.status !== "feasible") {
      unsolved[outcome.status] = (unsolved[outcome.status] ?? 0) + 1;
    } else {
      const x = outcome.posts;
      const r = ranks(x);
      for (let j = 0; j < n; j++) {
        posts[j]!.push(x[j]!);
        rankDraws[j]!.push(r[j]!);
      }
    }
    options.onProgress?.(run + 1, runs);
  }

  const solved = posts[0]?.length ?? 0;
  const share = (count: number): number => (solved > 0 ? count / solved : 0);
  const townships: TownshipDistribution[] =
    solved === 0
      ? []
      : scenario.data.townships.map((t, j) => {
          const current = base.townships[j]?.current ?? 0;
          const xs = posts[j]!;
          const sorted = [...xs].sort((a, b) => a - b);
          const rs = [...rankDraws[j]!].sort((a, b) => a - b);
          const own = basePosts[j];
          const count = (test: (x: number) => boolean): number => xs.filter(test).length;
          return {
            id: t.id,
            name: t.name,
            category: t.category,
            current,
            scenario: own ?? null,
            p5: nearestRank(sorted, 0.05),
            median: nearestRank(sorted, 0.5),
            p95: nearestRank(sorted, 0.95),
            mean: xs.reduce((s, x) => s + x, 0) / solved,
            gainToday: share(count((x) => x > current)),
            loseToday: share(count((x) => x < current)),
            gainScenario: own === undefined ? 0 : share(count((x) => x > own)),
            loseScenario: own === undefined ? 0 : share(count((x) => x < own)),
            rank: baseRanks[j] ?? null,
            rankP5: nearestRank(rs, 0.05),
            rankP95: nearestRank(rs, 0.95),
            sameRank:
              baseRanks[j] === undefined ? 0 : share(rankDraws[j]!.filter((r) => r === baseRanks[j]).length),
          };
        });
  return {
    runs,
    seed,
    perturb,
    concentration:
      perturb === "weights" ? (Number.isFinite(concentration) ? concentration : "infinity") : null,
    judgementSteps: perturb === "judgements" ? judgementSteps : null,
    indicatorErrors: errors.map((e) => {
      const indicator = scenario.model.factors
        .flatMap((f) => f.indicators)
        .find((i) => i.column === e.column)!;
      return { column: e.column, relative: e.relative, label: indicator.label };
    }),
    solved,
    unsolved,
    inconsistentDraws,
    townships,
  };
}

/**
 * The ⌈p·N⌉-th smallest of sorted values (nearest-rank percentile; p = 0.5 gives the lower median).
 * @throws {RangeError} when the list is empty
 * @example nearestRank([1, 2, 3, 4], 0.5) // 2
 */
export function nearestRank(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) throw new RangeError("nearestRank of no values");
  const k = Math.min(sorted.length, Math.max(1, Math.ceil(p * sorted.length - 1e-9)));
  return sorted[k - 1]!;
}

/**
 * Competition ranks by posts, most first: 1 + the number of townships with more posts.
 * @example ranks([30, 46, 30, 16]) // [2, 1, 2, 4]
 */
export function ranks(posts: readonly number[]): number[] {
  return posts.map((x) => 1 + posts.filter((y) => y > x).length);
}

/** The position of a judgement on Saaty's scale: 1 → 0, 2 … 9 → 1 … 8, 1/2 … 1/9 → −1 … −8 (continuous between). */
function scalePosition(value: number): number {
  return value >= 1 ? value - 1 : -(1 / value - 1);
}

function scaleValue(position: number): number {
  return position >= 0 ? 1 + position : 1 / (1 - position);
}

function drawJudgements(
  scenario: WeightedScenario,
  spec: AhpSpec,
  steps: number,
  random: Random,
): WeightedScenario {
  const ahp = scenario.weighting.ahp!;
  const limit = SAATY_MAX - 1;
  const move = (matrix: readonly (readonly number[])[]): number[][] => {
    const m = matrix.map((row) => [...row]);
    for (let i = 0; i < m.length; i++) {
      for (let j = i + 1; j < m.length; j++) {
        const step = steps === 0 ? 0 : Math.round(steps * normal(random));
        const position = Math.max(-limit, Math.min(limit, scalePosition(m[i]![j]!) + step));
        m[i]![j] = scaleValue(position);
        m[j]![i] = 1 / m[i]![j]!;
      }
    }
    return m;
  };
  const next: AhpSpec = {
    ...spec,
    factors: { experts: [{ name: "group", matrix: move(ahp.factors.combined.matrix) }] },
    indicators: Object.fromEntries(
      Object.entries(spec.indicators).map(([factor, level]) => {
        const group = ahp.indicators[factor];
        return [
          factor,
          group === undefined || group.names.length < 2
            ? level
            : { experts: [{ name: "group", matrix: move(group.combined.matrix) }] },
        ];
      }),
    ),
  };
  const weighting = { ...scenario.model.weighting, ahp: next } as WeightingSpec;
  // The draw needs the weights and each matrix's CR only: no per-judgement review (same weights, same CRs).
  return weighScenario(
    { ...scenario, acceptInconsistent: true, model: { ...scenario.model, weighting } },
    { reviewJudgements: false },
  );
}

function drawWeights(scenario: WeightedScenario, concentration: number, random: Random): WeightedScenario {
  const weights = indexWeights(scenario.model);
  const factors = scenario.model.factors;
  const factorDraw = dirichlet(
    random,
    factors.map((f) => weights.factors[f.id] ?? 0),
    concentration,
  );
  const indicatorDraw = factors.map((f) => {
    if (f.indicators.length < 2) return f.indicators.map((i) => i.weight);
    const inner = f.indicators.map((i) => i.weight);
    return inner.some((w) => w > 0) ? dirichlet(random, inner, concentration) : inner;
  });
  return withWeights(scenario, factorDraw, indicatorDraw);
}

function perturbData(
  scenario: WeightedScenario,
  errors: readonly IndicatorError[],
  random: Random,
): WeightedScenario["data"] {
  const townships = scenario.data.townships.map((t) => ({ ...t, values: { ...t.values } }));
  for (const e of errors) {
    for (const t of townships) {
      const z = normal(random);
      const value = t.values[e.column];
      if (value !== undefined)
        t.values[e.column] = value * Math.exp(e.relative * z - (e.relative * e.relative) / 2);
    }
  }
  return { ...scenario.data, townships };
}
