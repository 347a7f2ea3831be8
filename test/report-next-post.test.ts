import { describe, expect, it } from "vitest";
import { loadScenario } from "../src/cli/load-scenario.ts";
import { nextPostText } from "../src/report/next-post.ts";
import { runScenario } from "../src/run/run-scenario.ts";
import type { AllocationMethod } from "../src/types.ts";

const cwd = process.cwd();

/** The demo baseline solved with another allocation method (the scenario's `method:`). */
async function baselineWith(method: AllocationMethod) {
  const scenario = await loadScenario("scenarios/demo-county/baseline.yaml", cwd);
  return runScenario({ ...scenario, method });
}

describe("nextPostText(result, options)", () => {
  it("names who gets post 512 under Webster's method, the runner-up and how much higher its priority is", async () => {
    // `quota-planner solve` of baseline.yaml with method: webster, --format json: apportionment.nextPost =
    // { unit: "T09", post: 21, priority: 0.024517187886612654, runnerUp: { unit: "T02", post: 31,
    // priority: 0.02443236828061867 }, margin: 0.00008481960599398403 }; 0.0000848196 / 0.0244324 = 0.347 %
    expect(nextPostText(await baselineWith("webster"))).toEqual({
      zh: "按韦伯斯特法（圣拉古法），下一个名额（第 512 名）将给古佛镇（其第 21 名），领先芦溪镇（其第 31 名）：优先值 0.0245172 对 0.0244324，高 0.35%。",
      en: "Under Webster (Sainte-Laguë), the next post (no. 512) would go to 古佛镇 (its post no. 21), ahead of 芦溪镇 (its post no. 31): priority 0.0245172 against 0.0244324, 0.35% higher.",
    });
  });

  it("gives Hamilton's margin in posts of remainder, and nothing for the LP", async () => {
    // the same run with method: hamilton: next T09 (remainder 0.37468), runner-up T08 太平镇 (0.25776)
    expect(nextPostText(await baselineWith("hamilton"))?.zh).toBe(
      "按汉密尔顿法（最大余数法），下一个名额（第 512 名）将给古佛镇（其第 21 名），领先太平镇（其第 23 名）：余数 0.375 对 0.258 名，多 0.117 名。",
    );
    expect(nextPostText(await baselineWith("lp"))).toBeNull();
  });

  it("{ method: false } gives the clause of the report's method line (golden/expert-weights.zh.md)", async () => {
    const result = await runScenario(await loadScenario("scenarios/demo-county/expert-weights.yaml", cwd));
    expect(nextPostText(result, { method: false })?.zh).toBe(
      "下一个名额（第 512 名）将给芦溪镇（其第 31 名），领先太平镇（其第 23 名）：优先值 0.0250046 对 0.0248682，高 0.55%。",
    );
    expect(nextPostText({ ...result, townships: [] })).toBeNull();
  });
});
