// npm run bench: the Monte Carlo of issue 12 on the demo county. 10,000 runs against the same 10,000 runs of the
// scenario as it is (no draws), measured in the same run: the ratio is what drawing the weights costs on top of
// solving; the absolute time is what a planner waits for `quota-planner simulate --runs 10000`.
import { bench, describe } from "vitest";
import { loadScenario } from "../../src/cli/load-scenario.ts";
import { runScenario } from "../../src/run/run-scenario.ts";
import { monteCarlo } from "../../src/simulate/monte-carlo.ts";

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
