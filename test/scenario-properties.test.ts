import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { runScenario } from "../src/run/run-scenario.ts";
import { weighScenario } from "../src/run/weigh-scenario.ts";
import { resolveScenario } from "../src/scenario/resolve-scenario.ts";
import { county, model, randomScenarioFile, settings } from "./helpers/random-county.ts";

describe("runScenario on random counties (property, seeded)", () => {
  it("either solves with the total met exactly and every rule holding, or says infeasible with a conflict", async () => {
    await fc.assert(
      fc.asyncProperty(county, settings, async (data, s) => {
        const file = randomScenarioFile(s);
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
