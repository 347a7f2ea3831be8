import { describe, expect, it } from "vitest";
import { sweepSources } from "../src/simulate/sweep-sources.ts";
import { BAD_CATEGORY_CSV, demoSources } from "./helpers/demo-sources.ts";

describe("sweepSources(sources, request)", () => {
  it("finds the baseline LP's Alabama paradox at 538 → 539 and none with Webster's method on the same range", async () => {
    const lp = await sweepSources(demoSources("baseline"), { method: "lp", from: 511, to: 571 });
    if (lp.status !== "swept") throw new Error("expected a sweep");
    // `quota-planner sweep scenarios/demo-county/baseline.yaml --totals 511..600`: 凤凰乡 16 → 15 posts as the
    // county total rises from 538 to 539 (and 龙池乡 592 → 593, outside this range)
    expect(lp.sweep.flags).toEqual([
      { id: "T23", name: "凤凰乡", fromTotal: 538, toTotal: 539, before: 16, after: 15 },
    ]);
    expect(lp.sweep.steps).toHaveLength(61);
    expect(lp.orderingOff).toBe(false);
    // each step shares the total less floor(2% of it): 571 − 11 = 560
    expect(lp.sweep.steps.at(-1)!.toAllocate).toBe(560);
    expect(lp.townships[0]).toEqual({ id: "T01", name: "城厢镇", category: "countySeat" });
    const webster = await sweepSources(demoSources("baseline"), { method: "webster", from: 511, to: 571 });
    expect(webster.status === "swept" && webster.sweep.flags).toEqual([]);
  });

  it("drops the ordering rows for a classical method and says so; bad data comes back as problems", async () => {
    const dev = await sweepSources(demoSources("development-first"), {
      method: "webster",
      from: 530,
      to: 532,
    });
    expect(dev.status === "swept" && dev.orderingOff).toBe(true);
    const outcome = await sweepSources(demoSources("baseline", BAD_CATEGORY_CSV), {
      method: "lp",
      from: 10,
      to: 12,
    });
    expect(outcome.status).toBe("problems");
  });
});
