import { beforeAll, describe, expect, it } from "vitest";
import { loadScenario } from "../src/cli/load-scenario.ts";
import { factorFacts, indexRank, indicatorFacts } from "../src/report/township-facts.ts";
import type { ScenarioResult } from "../src/run/result.ts";
import { runScenario } from "../src/run/run-scenario.ts";
import type { WeightedScenario } from "../src/run/weigh-scenario.ts";

let scenario: WeightedScenario;
let result: ScenarioResult;
beforeAll(async () => {
  scenario = await loadScenario("scenarios/demo-county/baseline.yaml", process.cwd());
  result = await runScenario(scenario);
});

describe("indicatorFacts(scenario, result, id)", () => {
  it("gives each indicator's raw values across the county, this township's value, unit and rank", () => {
    const facts = indicatorFacts(scenario, result, "T05");
    expect(facts.map((f) => f.id)).toEqual([
      "locationScore",
      "gdp",
      "fiscalRevenue",
      "keyProjects",
      "population",
      "area",
    ]);
    const population = facts.find((f) => f.id === "population")!;
    // townships.csv: T05 青岗镇 population 38,700; four townships are larger (T01 238,600, T02 56,200,
    // T03 48,900, T04 42,300), so its score ranks 5th of 25
    expect(population.raw).toBe(38700);
    expect(population.unit).toEqual({ zh: "人", en: "persons" });
    expect(population.rank).toBe(5);
    expect(population.count).toBe(25);
    expect(population.values).toHaveLength(25);
    expect(population.weight).toBe(result.weights.indicators.population);
    // the contributions add up to the index
    expect(facts.reduce((s, f) => s + f.contribution, 0)).toBeCloseTo(result.townships[4]!.index, 12);
  });

  it("throws for a township the result does not have", () => {
    expect(() => indicatorFacts(scenario, result, "T99")).toThrow(RangeError);
  });
});

describe("factorFacts(scenario, result, id) and indexRank(result, id)", () => {
  it("splits the index by factor; the rank counts the larger indices", () => {
    const t01 = factorFacts(scenario, result, "T01");
    // golden/baseline.json T01 factorParts: location 0.15, economy 0.2, projects 0.1, population 0.35, area 0.0636
    expect(t01.map((f) => f.contribution)).toEqual([0.15, 0.2, 0.1, 0.35, 0.06364834596053752]);
    expect(t01.map((f) => f.weight)).toEqual([0.15, 0.2, 0.1, 0.35, 0.2]);
    expect(indexRank(result, "T01")).toBe(1);
    const byIndex = [...result.townships].sort((a, b) => b.index - a.index);
    expect(indexRank(result, byIndex[6]!.id)).toBe(7);
    expect(() => indexRank(result, "T99")).toThrow(RangeError);
  });
});
