import { describe, expect, it } from "vitest";
import { loadPlanWithFiles, loadScenario } from "../src/cli/load-scenario.ts";
import { complianceTable } from "../src/explain/compliance.ts";
import { categoryCheck, dutiesCheck } from "../src/explain/rule-checks.ts";
import { runPlan } from "../src/run/run-plan.ts";
import { weighScenario } from "../src/run/weigh-scenario.ts";

const DUTIES = "scenarios/demo-county/duties-weighted.yaml";
const BASELINE = "scenarios/demo-county/baseline.yaml";
const WHOLE = "scenarios/demo-county/whole-policy.yaml";

describe("categoryCheck(townships) — R1", () => {
  it("names the township whose suggestion differs and keeps the declared categories (by hand)", () => {
    // two general townships, composites 0.9 and 0.1: two natural-breaks groups, the upper suggested 中心镇
    // (suggestCategories' rule), so 甲镇 differs and 乙乡 agrees
    const check = categoryCheck([
      { id: "A", name: "甲镇", category: "general", index: 0.9 },
      { id: "B", name: "乙乡", category: "general", index: 0.1 },
    ]);
    expect(check.rule).toBe("R1");
    expect(check.status).toBe("passed");
    expect(check.message.zh).toContain("不同的有 1 个：甲镇（申报一般乡镇，建议中心镇）");
    expect(check.message.zh).not.toContain("乙乡");
    expect(check.message.en).toContain("甲镇 (declared General township, suggested Central town)");
  });

  it("a province's table: names the first ten that differ, then 等 (the count stays whole)", () => {
    // 12 general townships with composites 0.9 (suggested 中心镇, as above) and 12 with 0.1 (agreeing)
    const townships = Array.from({ length: 24 }, (_, j) => ({
      id: `T${j}`,
      name: `镇${j}`,
      category: "general" as const,
      index: j < 12 ? 0.9 : 0.1,
    }));
    const check = categoryCheck(townships);
    expect(check.message.zh).toContain("不同的有 12 个：镇0（申报一般乡镇，建议中心镇）、");
    expect(check.message.zh).toContain("镇9（申报一般乡镇，建议中心镇）等（建议仅供参考");
    expect(check.message.zh).not.toContain("镇10（");
    expect(check.message.en).toContain("differs for 12: ");
    expect(check.message.en).toContain("suggested Central town), … (a suggestion only");
  });

  it("says every suggestion agrees when none differs", () => {
    const check = categoryCheck([
      { id: "A", name: "甲镇", category: "central", index: 0.9 },
      { id: "B", name: "乙乡", category: "general", index: 0.1 },
    ]);
    expect(check.message.zh).toContain("与申报一致");
  });
});

describe("dutiesCheck(scenario) — R13", () => {
  it("passes on the duties-weighted demo: 15 % of the weight (models/standard-duties.yaml: duties 0.15 of 1.00)", async () => {
    const scenario = weighScenario(await loadScenario(DUTIES, process.cwd()));
    const sum = scenario.model.factors.reduce((s, f) => s + f.weight, 0);
    expect(sum).toBeCloseTo(1, 12);
    const check = dutiesCheck(scenario);
    expect(check.status).toBe("passed");
    // 360–555: the base list's 360 person-days, T01's 360 + 45 + 70 + 80 (duty-workload.test.ts)
    expect(check.message.zh).toContain("年工作量 360–555 人·日");
    expect(check.message.zh).toContain("占权重 15.0%");
    expect(check.message.zh).not.toMatch(/dutyWorkload|powers:/);
  });

  it("is not checked when the standard gives the workload no weight, and says so", async () => {
    const scenario = weighScenario(await loadScenario(DUTIES, process.cwd()));
    const unweighted = {
      ...scenario,
      model: {
        ...scenario.model,
        factors: scenario.model.factors.map((f) => (f.id === "duties" ? { ...f, weight: 0 } : f)),
      },
    };
    const check = dutiesCheck(unweighted);
    expect(check.status).toBe("not-checked");
    expect(check.message.zh).toContain("没有给承接事项工作量任何权重");
  });

  it("is not checked when the scenario names no power lists", async () => {
    const check = dutiesCheck(weighScenario(await loadScenario(BASELINE, process.cwd())));
    expect(check.status).toBe("not-checked");
    expect(check.message.zh).toContain("没有指定乡镇权责清单");
  });
});

describe("complianceTable(plan) lists R1–R13", () => {
  it("every rule of rules.md in order on the whole-policy demo, R7 under both post types it counts", async () => {
    const result = await runPlan((await loadPlanWithFiles(WHOLE, process.cwd())).plan, {
      remedies: false,
      transition: true,
    });
    const table = complianceTable(result);
    expect(table.rows.map((r) => r.rule)).toEqual([
      "sum",
      ...Array.from({ length: 13 }, (_, i) => `R${i + 1}`),
    ]);
    const r7 = table.rows.find((r) => r.rule === "R7")!;
    // the plan's hiring plan counts admin + institution posts (withPlanHiring), so it is not labelled admin alone
    expect(r7.checks[0]!.message.zh.startsWith("行政编制和事业编制：")).toBe(true);
    expect(table.rows.find((r) => r.rule === "R13")!.status).toBe("not-checked");
  });

  it("R12 is listed not checked, with why, for a scenario without a transition", async () => {
    const { rows } = complianceTable({ checks: [] });
    const r12 = rows.find((r) => r.rule === "R12")!;
    expect(r12.status).toBe("not-checked");
    expect(r12.checks[0]!.message.zh).toContain("没有设置过渡期");
  });
});
