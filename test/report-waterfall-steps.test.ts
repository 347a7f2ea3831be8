import { beforeAll, describe, expect, it } from "vitest";
import { loadScenario } from "../src/cli/load-scenario.ts";
import { waterfallSteps } from "../src/report/waterfall-steps.ts";
import type { ScenarioResult } from "../src/run/result.ts";
import { runScenario } from "../src/run/run-scenario.ts";

let result: ScenarioResult;
beforeAll(async () => {
  result = await runScenario(await loadScenario("scenarios/demo-county/baseline.yaml", process.cwd()));
});

describe("waterfallSteps(township)", () => {
  it("runs from the index share through each reason to the allocation, every bar starting where the last ended", () => {
    for (const township of result.townships) {
      const steps = waterfallSteps(township);
      expect(steps[0]).toMatchObject({ kind: "start", from: 0, to: township.plainTarget });
      expect(steps.at(-1)).toMatchObject({ kind: "end", from: 0, to: township.allocated });
      for (let i = 2; i < steps.length - 1; i++) expect(steps[i]!.from).toBe(steps[i - 1]!.to);
      expect(steps.at(-2)!.to).toBeCloseTo(township.allocated, 9);
    }
  });

  it("labels each reason bar with its kind and message (golden/baseline.json T17 梨树乡)", () => {
    // T17 梨树乡: index share 14.98 → the county's renormalisation −1.12 (its own coefficient is 1: no step) → floor
    // +1.14 → 15 posts
    const t17 = result.townships.find((t) => t.id === "T17")!;
    const steps = waterfallSteps(t17);
    expect(steps.map((s) => s.kind)).toEqual(["start", "renormalisation", "floor", "end"]);
    expect(steps[2]!.label).toEqual({ zh: "最低编制", en: "floor" });
    expect(steps[2]!.message).toEqual(t17.reasons[1]!.message);
    expect(steps[1]!.label).toEqual({ zh: "系数归一", en: "renormalisation" });
    expect(steps[0]!.label).toEqual({ zh: "按指数份额", en: "Index share" });
  });

  it("refuses reasons that do not add up to the allocation", () => {
    const broken = { ...result.townships[0]!, allocated: result.townships[0]!.allocated + 1 };
    expect(() => waterfallSteps(broken)).toThrow(RangeError);
  });
});
