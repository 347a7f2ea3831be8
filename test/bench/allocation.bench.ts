// npm run bench: the allocation engines on the demo county and on larger random counties.
// Vitest reports each group's ratios against its fastest member, measured in the same run.
import { readFileSync } from "node:fs";
import { bench, describe } from "vitest";
import { allocateScenario } from "../../src/allocation/allocate-scenario.ts";
import type { AllocationProblem } from "../../src/allocation/problem.ts";
import { solveAllocation } from "../../src/allocation/solve.ts";
import { loadScenario } from "../../src/cli/load-scenario.ts";
import { parseScenarioFile } from "../../src/scenario/resolve-scenario.ts";
import { scenarioToYaml } from "../../src/scenario/scenario-yaml.ts";
import { CATEGORIES } from "../../src/types.ts";

function randomProblem(n: number, seed: number, ordering: boolean): AllocationProblem {
  let state = seed;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const weights = Array.from({ length: n }, () => 1 + next() * 9);
  const sum = weights.reduce((s, w) => s + w, 0);
  const total = 30 * n;
  const units = weights.map((w, j) => {
    const target = (total * w) / sum;
    return {
      id: `u${j}`,
      category: CATEGORIES[j % 5]!,
      target,
      weight: w,
      lower: Math.max(15, Math.floor(target * 0.8)),
      upper: Math.ceil(target * 1.2) + 15,
      lowerParts: { rule: 15 },
      upperParts: {},
    };
  });
  const present = CATEGORIES;
  return {
    total,
    units,
    ordering: ordering ? present.slice(0, -1).map((higher, k) => ({ higher, lower: present[k + 1]! })) : [],
  };
}

const scenario = await loadScenario("scenarios/demo-county/baseline.yaml", process.cwd());
const small = randomProblem(200, 1, false);
const large = randomProblem(2000, 2, false);

describe("demo county, baseline (25 townships): a weight change re-solves the whole scenario", () => {
  bench("allocateScenario, exact greedy", async () => {
    await allocateScenario(scenario);
  });
  bench("allocateScenario, HiGHS", async () => {
    await allocateScenario({ ...scenario, solver: "highs" });
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

describe("scenario file round trip (the pages' save-as)", () => {
  const text = readFileSync("scenarios/demo-county/baseline.yaml", "utf8");
  bench("parse + write", () => {
    scenarioToYaml(parseScenarioFile(text, "baseline.yaml"));
  });
});
