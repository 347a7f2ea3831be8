// npm run bench: the allocation engines on the demo county and on larger random counties.
// Vitest reports each group's ratios against its fastest member, measured in the same run.
import { readFileSync } from "node:fs";
import { bench, describe } from "vitest";
import { solveAllocation } from "../../src/allocation/solve.ts";
import { loadScenario } from "../../src/cli/load-scenario.ts";
import { runScenario } from "../../src/run/run-scenario.ts";
import { parseScenarioFile } from "../../src/scenario/resolve-scenario.ts";
import { scenarioToYaml } from "../../src/scenario/scenario-yaml.ts";
import { bandedProblem } from "../helpers/random-problem.ts";

const scenario = await loadScenario("scenarios/demo-county/baseline.yaml", process.cwd());
const small = bandedProblem(200, 1, false);
const large = bandedProblem(2000, 2, false);
const ordered = bandedProblem(20, 3, true);

describe("demo county, baseline (25 townships): a weight change re-solves the whole scenario", () => {
  bench("runScenario, exact greedy", async () => {
    await runScenario(scenario);
  });
  bench("runScenario, HiGHS", async () => {
    await runScenario({ ...scenario, solver: "highs" });
  });
});

describe("200 townships, no ordering", () => {
  bench("exact greedy", async () => {
    await solveAllocation(small, { solver: "exact" });
  });
  bench("HiGHS MILP", async () => {
    await solveAllocation(small, { solver: "highs" });
  });
});

describe("2,000 townships, no ordering", () => {
  bench("exact greedy", async () => {
    await solveAllocation(large, { solver: "exact" });
  });
  bench(
    "HiGHS MILP",
    async () => {
      await solveAllocation(large, { solver: "highs" });
    },
    { iterations: 3, time: 0 },
  );
});

describe("20 townships with ordering rows (integer)", () => {
  bench("HiGHS MILP", async () => {
    await solveAllocation(ordered, { solver: "highs" });
  });
  bench(
    "javascript-lp-solver (stopped at 1 s)",
    async () => {
      await solveAllocation(ordered, { solver: "jsLpSolver", timeLimitSeconds: 1 });
    },
    { iterations: 2, time: 0 },
  );
});

describe("scenario file round trip (the pages' save-as)", () => {
  const text = readFileSync("scenarios/demo-county/baseline.yaml", "utf8");
  bench("parse + write", () => {
    scenarioToYaml(parseScenarioFile(text, "baseline.yaml"));
  });
});
