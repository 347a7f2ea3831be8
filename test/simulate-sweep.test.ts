import { describe, expect, it } from "vitest";
import { weighScenario } from "../src/run/weigh-scenario.ts";
import { parseModel } from "../src/scenario/resolve-model.ts";
import { parseScenarioFile, resolveScenario } from "../src/scenario/resolve-scenario.ts";
import { sweepTotals } from "../src/simulate/sweep-totals.ts";
import type { CountyData, Township } from "../src/types.ts";

const model = parseModel(
  `name: population only
factors:
  - id: population
    weight: 1
    indicators: [{ id: population, column: population, normalise: share }]
floors:
  admin: { countySeat: 0, central: 0, key: 0, characteristic: 0, general: 0 }
`,
  "population-only.yaml",
);

function township(id: string, population: number, posts: number): Township {
  return {
    id,
    name: id,
    category: "general",
    population,
    areaKm2: 50,
    adminPosts: posts,
    values: { population, areaKm2: 50, adminPosts: posts },
  };
}

describe("sweepTotals(scenario, from, to)", () => {
  it("flags the classic Alabama paradox of least-deviation (largest remainder) rounding: populations 6, 6, 2", async () => {
    // Hand calculation: at 10 posts the quotas are 4.29, 4.29, 1.43 → 4, 4, 2 (C has the largest remainder);
    // at 11 posts they are 4.71, 4.71, 1.57 → 5, 5, 1: C loses a post as the total rises.
    const data: CountyData = {
      source: "abc.csv",
      notices: [],
      columns: ["population", "areaKm2", "adminPosts"],
      townships: [township("A", 6000, 3), township("B", 6000, 3), township("C", 2000, 1)],
    };
    const file = parseScenarioFile(
      "name: abc\ndata: abc.csv\nmodel: population-only.yaml\ntotal: 10\nobjective: least-absolute-deviation\n",
      "abc.yaml",
    );
    const scenario = weighScenario(resolveScenario(file, { source: "abc.yaml", data, model }));
    const sweep = await sweepTotals(scenario, 10, 11);
    expect(sweep.steps.map((s) => s.posts)).toEqual([
      [4, 4, 2],
      [5, 5, 1],
    ]);
    expect(sweep.flags).toEqual([{ id: "C", name: "C", fromTotal: 10, toTotal: 11, before: 2, after: 1 }]);
  });

  it("the default objective (least-squares-relative, Webster's method) flags nothing on the same county", async () => {
    // Hand calculation (Sainte-Laguë, divisors 1, 3, 5, …, populations in thousands): A and B 6, 2, 1.2, 0.857, 0.667;
    // C 2, 0.667. Posts 1–9 go to A and B four each and C one; posts 10 and 11 go to the three-way tie at 2/3 (A's and
    // B's fifth, C's second) in the tie rule's order, and a post once given is never taken back.
    const data: CountyData = {
      source: "abc.csv",
      notices: [],
      columns: ["population", "areaKm2", "adminPosts"],
      townships: [township("A", 6000, 3), township("B", 6000, 3), township("C", 2000, 1)],
    };
    const file = parseScenarioFile(
      "name: abc\ndata: abc.csv\nmodel: population-only.yaml\ntotal: 10\n",
      "abc.yaml",
    );
    const scenario = weighScenario(resolveScenario(file, { source: "abc.yaml", data, model }));
    expect(scenario.model.allocation.objective).toBe("least-squares-relative");
    const sweep = await sweepTotals(scenario, 10, 11);
    // The tie at 2/3 taken in unit order: A's fifth at 10, B's fifth at 11 (C's second would be the 12th).
    expect(sweep.steps.map((step) => step.posts)).toEqual([
      [5, 4, 1],
      [5, 5, 1],
    ]);
    expect(sweep.flags).toEqual([]);
  });

  it("keeps steps without a solution (R2: totals below today's) and does not compare across them", async () => {
    const data: CountyData = {
      source: "abc.csv",
      notices: [],
      columns: ["population", "areaKm2", "adminPosts"],
      townships: [township("A", 6000, 5), township("B", 6000, 5), township("C", 2000, 2)],
    };
    const file = parseScenarioFile(
      "name: abc\ndata: abc.csv\nmodel: population-only.yaml\ntotal: 12\n",
      "abc.yaml",
    );
    const sweep = await sweepTotals(
      weighScenario(resolveScenario(file, { source: "abc.yaml", data, model })),
      11,
      13,
    );
    expect(sweep.steps.map((s) => s.status)).toEqual(["infeasible", "optimal", "optimal"]);
    expect(sweep.steps[0]!.posts).toEqual([]);
  });

  it("refuses a reversed or fractional range", async () => {
    const data: CountyData = {
      source: "a.csv",
      notices: [],
      columns: ["population"],
      townships: [township("A", 1, 1)],
    };
    const scenario = weighScenario(
      resolveScenario(parseScenarioFile("name: a\ndata: a.csv\nmodel: m.yaml\ntotal: 2\n", "a.yaml"), {
        source: "a.yaml",
        data,
        model,
      }),
    );
    await expect(sweepTotals(scenario, 5, 4)).rejects.toThrow(RangeError);
    await expect(sweepTotals(scenario, 4.5, 6)).rejects.toThrow(RangeError);
  });
});
