import { describe, expect, it } from "vitest";
import { loadScenario } from "../src/cli/load-scenario.ts";
import { compareAllocations } from "../src/report/compare-allocations.ts";
import type { ScenarioResult } from "../src/run/result.ts";
import { runScenario } from "../src/run/run-scenario.ts";

const solve = async (name: string) =>
  runScenario(await loadScenario(`scenarios/demo-county/${name}.yaml`, process.cwd()));

describe("compareAllocations(loaded, now)", () => {
  it("gives now − as loaded per township, and loaded null when it had no allocation", async () => {
    const baseline = await solve("baseline");
    const population = await solve("population-first");
    const rows = compareAllocations(baseline, population);
    expect(rows).toHaveLength(25);
    for (const row of rows) expect(row.difference).toBe(row.now - row.loaded!);
    // both allocate 511 posts (golden/baseline.zh.md, golden/population-first.zh.md), so the changes cancel
    expect(rows.reduce((s, r) => s + r.difference, 0)).toBe(0);
    const none: ScenarioResult = { ...baseline, townships: [] };
    expect(compareAllocations(none, population).every((r) => r.loaded === null && r.difference === 0)).toBe(
      true,
    );
  });

  it("throws when the two results allocate different townships", async () => {
    const baseline = await solve("baseline");
    expect(() =>
      compareAllocations(baseline, { ...baseline, townships: baseline.townships.slice(1) }),
    ).toThrow(RangeError);
  });
});
