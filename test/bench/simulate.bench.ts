// npm run bench: the Monte Carlo of issue 12 on the demo county. 10,000 runs against the same 10,000 runs of the
// scenario as it is (no draws), measured in the same run: the ratio is what drawing the weights costs on top of
// solving; the absolute time is what a planner waits for `quota-planner simulate --runs 10000`.
import { bench, describe } from "vitest";
import { loadScenario } from "../../src/cli/load-scenario.ts";
import { runScenario } from "../../src/run/run-scenario.ts";
import { weighScenario } from "../../src/run/weigh-scenario.ts";
import { monteCarlo } from "../../src/simulate/monte-carlo.ts";
import { seededRandom } from "../../src/simulate/random.ts";
import type { AhpSpec, WeightingSpec } from "../../src/types.ts";

const baseline = await loadScenario("scenarios/demo-county/baseline.yaml", process.cwd());
const expert = await loadScenario("scenarios/demo-county/expert-weights.yaml", process.cwd());
const RUNS = 10_000;
const once = { iterations: 1, time: 0, warmupIterations: 0, warmupTime: 0 };

describe("demo county, baseline: 10,000 runs", () => {
  bench(
    "10,000 × runScenario as it is (baseline of the ratio)",
    async () => {
      for (let k = 0; k < RUNS; k++) await runScenario(baseline, { remedies: false });
    },
    once,
  );
  bench(
    "monteCarlo, Dirichlet weights (concentration 100)",
    async () => {
      await monteCarlo(baseline, { runs: RUNS, seed: 1 });
    },
    once,
  );
  bench(
    "monteCarlo, Dirichlet weights and a 5 % error on population",
    async () => {
      await monteCarlo(baseline, {
        runs: RUNS,
        seed: 1,
        indicatorErrors: [{ column: "population", relative: 0.05 }],
      });
    },
    once,
  );
});

describe("demo county, expert weights (AHP, Webster): 10,000 runs", () => {
  bench(
    "10,000 × runScenario as it is (baseline of the ratio)",
    async () => {
      for (let k = 0; k < RUNS; k++) await runScenario(expert, { remedies: false });
    },
    once,
  );
  bench(
    "monteCarlo, judgements moved on the 1–9 scale",
    async () => {
      await monteCarlo(expert, { runs: RUNS, seed: 1 });
    },
    once,
  );
});

// What a judgement draw costs in weighing alone: the same 10,000 drawn factor matrices (each judgement of the experts'
// group matrix moved one step on Saaty's scale with probability 0.3) derived with the per-judgement review (as before
// issue 12's speed-up) and without it (what monteCarlo now does); identical weights and CRs
// (test/simulate-monte-carlo.test.ts). The ratio of the two is the saving per draw.
describe("demo county, expert weights: weighing 10,000 drawn judgement matrices", () => {
  const spec = (expert.model.weighting as { ahp: AhpSpec }).ahp;
  const random = seededRandom(2026);
  const drawn = Array.from({ length: RUNS }, () => {
    const m = expert.weighting.ahp!.factors.combined.matrix.map((row) => [...row]);
    for (let i = 0; i < m.length; i++)
      for (let j = i + 1; j < m.length; j++) {
        if (random.next() < 0.3) m[i]![j] = m[i]![j]! * (random.next() < 0.5 ? 2 : 0.5);
        m[j]![i] = 1 / m[i]![j]!;
      }
    const weighting = {
      ...expert.model.weighting,
      ahp: { ...spec, factors: { experts: [{ name: "group", matrix: m }] } },
    } as WeightingSpec;
    return { ...expert, acceptInconsistent: true, model: { ...expert.model, weighting } };
  });
  bench(
    "weighScenario with the per-judgement review (baseline of the ratio)",
    () => {
      for (const scenario of drawn) weighScenario(scenario);
    },
    once,
  );
  bench(
    "weighScenario without the review (reviewJudgements: false, the Monte Carlo's draws)",
    () => {
      for (const scenario of drawn) weighScenario(scenario, { reviewJudgements: false });
    },
    once,
  );
});
