import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { runScenario } from "../src/run/run-scenario.ts";
import { weighScenario } from "../src/run/weigh-scenario.ts";
import { parseModel } from "../src/scenario/resolve-model.ts";
import { resolveScenario } from "../src/scenario/resolve-scenario.ts";
import type { ScenarioFile } from "../src/scenario/scenario-schema.ts";
import { CATEGORIES, type CountyData, type Township } from "../src/types.ts";

const model = parseModel(
  `name: random
factors:
  - id: population
    weight: 0.6
    indicators: [{ id: population, column: population, transform: sqrt, range: [0.2, 1] }]
  - id: area
    weight: 0.4
    indicators: [{ id: area, column: areaKm2, transform: sqrt, range: [0.2, 1] }]
categories:
  countySeat: { coefficient: 1.3 }
  central: { coefficient: 1.2 }
`,
  "random.yaml",
);

const county = fc
  .array(
    fc.record({
      population: fc.integer({ min: 3000, max: 250000 }),
      area: fc.integer({ min: 20, max: 800 }),
      posts: fc.integer({ min: 15, max: 45 }),
      category: fc.integer({ min: 1, max: 4 }),
    }),
    { minLength: 3, maxLength: 30 },
  )
  .map(
    (rows): CountyData => ({
      source: "random.csv",
      notices: [],
      columns: ["population", "areaKm2", "adminPosts"],
      townships: rows.map(
        (r, j): Township => ({
          id: `T${j}`,
          name: `T${j}`,
          category: j === 0 ? "countySeat" : CATEGORIES[r.category]!,
          population: r.population,
          areaKm2: r.area,
          adminPosts: r.posts,
          values: { population: r.population, areaKm2: r.area, adminPosts: r.posts },
        }),
      ),
    }),
  );

const settings = fc.record({
  transferDown: fc.integer({ min: 0, max: 40 }),
  reserveShare: fc.constantFrom(0, 0.02, 0.05),
  maxCut: fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }),
  ordering: fc.boolean(),
});

describe("runScenario on random counties (property, seeded)", () => {
  it("either solves with the total met exactly and every rule holding, or says infeasible with a conflict", async () => {
    await fc.assert(
      fc.asyncProperty(county, settings, async (data, s) => {
        const file: ScenarioFile = {
          name: "random",
          data: "random.csv",
          model: "random.yaml",
          postType: "admin",
          transferDown: s.transferDown,
          reserve: { share: s.reserveShare },
          ...(s.maxCut !== undefined ? { band: { maxCut: s.maxCut } } : {}),
          overrides: { ordering: s.ordering },
          method: "lp",
          acceptInconsistent: false,
          solver: "auto",
          timeLimitSeconds: 30,
        };
        const result = await runScenario(
          weighScenario(resolveScenario(file, { source: "random.yaml", data, model })),
        );
        if (result.solver.status === "infeasible") {
          expect(result.conflicts.length).toBeGreaterThan(0);
          return;
        }
        expect(result.solver.status).toBe("optimal");
        const posts = result.townships.map((t) => t.allocated);
        expect(posts.reduce((a, b) => a + b, 0)).toBe(result.totals.toAllocate);
        for (const t of result.townships) {
          expect(Number.isInteger(t.allocated)).toBe(true);
          expect(t.allocated).toBeGreaterThanOrEqual(15);
          if (s.maxCut !== undefined) expect(t.current - t.allocated).toBeLessThanOrEqual(s.maxCut);
          expect(t.plainTarget + t.reasons.reduce((a, r) => a + r.amount, 0)).toBeCloseTo(t.allocated, 9);
        }
      }),
      { seed: 424242, numRuns: 60 },
    );
  });
});
