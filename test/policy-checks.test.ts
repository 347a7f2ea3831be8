import { beforeAll, describe, expect, it } from "vitest";
import { type PolicyCheck, policyChecks, type Scenario, type Township } from "../src/index.ts";
import { demoBaseline } from "./helpers/scenario-sources.ts";

// Hand-made four-township county; the limits are the policy's: R3 general townships >= 15 admin posts,
// R8 staff lent out <= 5 % of today's admin + institution posts (shared/policy/rules.md, src/explain/policy-checks.ts).

function township(id: string, name: string, fields: Partial<Township>): Township {
  return {
    id,
    name,
    category: "general",
    population: 10000,
    areaKm2: 50,
    adminPosts: 15,
    values: {},
    ...fields,
  };
}

const county: readonly Township[] = [
  township("T01", "城厢镇", {
    category: "countySeat",
    adminPosts: 40,
    institutionPosts: 60,
    staffLentOut: 5,
  }),
  township("T02", "白鹤乡", { adminPosts: 16, institutionPosts: 24, staffLentOut: 3 }),
  township("T03", "高坪乡", { adminPosts: 30, staffLentOut: 1 }),
  township("T04", "云台乡", { adminPosts: 12 }),
];

let base: Scenario;
beforeAll(async () => {
  base = await demoBaseline();
});

function scenarioWith(townships: readonly Township[], postType: Scenario["postType"] = "admin"): Scenario {
  return { ...base, postType, data: { ...base.data, townships } };
}

function check(checks: readonly PolicyCheck[], rule: string): PolicyCheck {
  const found = checks.find((c) => c.rule === rule);
  if (found === undefined) throw new Error(`no ${rule} check in ${checks.map((c) => c.rule).join(", ")}`);
  return found;
}

describe("policyChecks(scenario, totals, allocated)", () => {
  it("sum: passes when the allocations add up to the total to allocate (40 + 16 + 15 + 15 = 86)", () => {
    const checks = policyChecks(
      scenarioWith(county),
      { current: 98, total: 100, toAllocate: 86 },
      [40, 16, 15, 15],
    );
    expect(check(checks, "sum")).toMatchObject({ ok: true, townships: [] });
  });

  it("sum: fails and states both numbers when they differ (86 allocated, 87 to allocate)", () => {
    const sum = check(
      policyChecks(scenarioWith(county), { current: 98, total: 100, toAllocate: 87 }, [40, 16, 15, 15]),
      "sum",
    );
    expect(sum.ok).toBe(false);
    expect(sum.message.en).toContain("86");
    expect(sum.message.en).toContain("87");
  });

  it("R2: passes when the new total is not below today's (100 >= 98), fails when it is (97 < 98)", () => {
    const allocated = [40, 16, 15, 15];
    expect(
      check(policyChecks(scenarioWith(county), { current: 98, total: 98, toAllocate: 86 }, allocated), "R2")
        .ok,
    ).toBe(true);
    const r2 = check(
      policyChecks(scenarioWith(county), { current: 98, total: 97, toAllocate: 86 }, allocated),
      "R2",
    );
    expect(r2.ok).toBe(false);
    expect(r2.message.en).toContain("97");
    expect(r2.message.en).toContain("98");
  });

  it("R3: passes when every general township has at least 15 admin posts", () => {
    const r3 = check(
      policyChecks(scenarioWith(county), { current: 98, total: 100, toAllocate: 86 }, [40, 16, 15, 15]),
      "R3",
    );
    expect(r3).toMatchObject({ ok: true, townships: [] });
  });

  it("R3: fails naming each general township below 15, with its posts and the limit; other categories are not held to it", () => {
    const townships = [township("T00", "石桥镇", { category: "central", adminPosts: 14 }), ...county];
    const r3 = check(
      policyChecks(
        scenarioWith(townships),
        { current: 112, total: 120, toAllocate: 100 },
        [14, 43, 14, 16, 13],
      ),
      "R3",
    );
    expect(r3.ok).toBe(false);
    // 石桥镇 (central) has 14 too but R3 is about general townships only.
    expect(r3.townships).toEqual([
      { id: "T02", name: "白鹤乡", value: 14, limit: 15 },
      { id: "T04", name: "云台乡", value: 13, limit: 15 },
    ]);
    expect(r3.message.en).toContain("2 general townships");
  });

  it("R3 is checked only when admin posts are allocated", () => {
    const checks = policyChecks(
      scenarioWith(county, "institution"),
      { current: 98, total: 100, toAllocate: 86 },
      [40, 10, 10, 26],
    );
    expect(checks.map((c) => c.rule)).not.toContain("R3");
  });

  it("R8: passes at exactly 5 % (城厢镇 lends 5 of 40 + 60 = 100 posts; 白鹤乡 2 of 16 + 24 = 40, limit 2)", () => {
    const townships = county.map((t) => (t.id === "T02" ? { ...t, staffLentOut: 2 } : t));
    const r8 = check(
      policyChecks(scenarioWith(townships), { current: 98, total: 100, toAllocate: 86 }, [40, 16, 15, 15]),
      "R8",
    );
    expect(r8).toMatchObject({ ok: true, townships: [] });
  });

  it("R8: fails naming each township over 5 % of today's admin + institution posts, with the limit in posts", () => {
    const r8 = check(
      policyChecks(scenarioWith(county), { current: 98, total: 100, toAllocate: 86 }, [40, 16, 15, 15]),
      "R8",
    );
    expect(r8.ok).toBe(false);
    expect(r8.townships).toEqual([
      // 5 % of 16 + 24 = 2 < 3. Not listed: 城厢镇 (5 <= 5), 高坪乡 (1 <= 5 % of 30 = 1.5), 云台乡 (no lending given).
      { id: "T02", name: "白鹤乡", value: 3, limit: 2 },
    ]);
    expect(r8.message.en).toContain("1 townships");
  });

  it("R8: a township without institution posts is measured on its admin posts alone (5 % of 30 = 1.5)", () => {
    const townships = county.map((t) =>
      t.id === "T03" ? { ...t, staffLentOut: 2 } : t.id === "T02" ? { ...t, staffLentOut: 0 } : t,
    );
    const r8 = check(
      policyChecks(scenarioWith(townships), { current: 98, total: 100, toAllocate: 86 }, [40, 16, 15, 15]),
      "R8",
    );
    expect(r8.townships).toEqual([{ id: "T03", name: "高坪乡", value: 2, limit: 1.5 }]);
  });

  it('R8 is listed as "not-checked" (ok: not failed) when the table has no staff-lent-out column', () => {
    const townships = county.map(({ staffLentOut: _, ...t }) => t);
    const scenario = scenarioWith(townships);
    const columns = scenario.data.columns.filter((c) => c !== "staffLentOut");
    const checks = policyChecks(
      { ...scenario, data: { ...scenario.data, columns } },
      { current: 98, total: 100, toAllocate: 86 },
      [40, 16, 15, 15],
    );
    expect(checks.map((c) => [c.rule, c.status])).toEqual([
      ["sum", "passed"],
      ["R2", "passed"],
      ["R3", "passed"],
      ["R8", "not-checked"],
    ]);
    expect(check(checks, "R8")).toEqual({
      rule: "R8",
      ok: true,
      status: "not-checked",
      message: { zh: "R8：未检查——数据表没有借出人员列", en: "R8: not checked — no staff-lent-out column" },
      townships: [],
    });
  });

  it("R8 is not checked, saying the column is empty, when the column is there but no cell is filled", () => {
    const townships = county.map(({ staffLentOut: _, ...t }) => t);
    // the demo's columns, which include 借出人员
    const withColumn = scenarioWith(townships);
    expect(withColumn.data.columns).toContain("staffLentOut");
    const r8 = check(
      policyChecks(withColumn, { current: 98, total: 100, toAllocate: 86 }, [40, 16, 15, 15]),
      "R8",
    );
    expect(r8).toMatchObject({ status: "not-checked", ok: true });
    expect(r8.message.zh).toBe("R8：未检查——数据表的借出人员列没有填写");
  });

  it("status is passed or failed as ok says, for every rule that is checked", () => {
    const checks = policyChecks(
      scenarioWith(county),
      { current: 98, total: 97, toAllocate: 86 },
      [40, 16, 15, 15],
    );
    for (const c of checks) expect(c.status).toBe(c.ok ? "passed" : "failed");
  });

  it("on the demo baseline R8 names 梨树乡 (3 lent > 5 % of 16 + 21 = 1.85) and 雪山乡 (2 > 5 % of 15 + 18 = 1.65), as its golden says", async () => {
    const { readFileSync } = await import("node:fs");
    const golden = JSON.parse(readFileSync("scenarios/demo-county/golden/baseline.json", "utf8"));
    const allocated = golden.townships.map((t: { allocated: number }) => t.allocated);
    const checks = policyChecks(base, golden.totals, allocated);
    // the golden's R12 comes from the transition path (transitionCheck, test/transition-path.test.ts), not policyChecks
    expect(checks).toEqual(golden.checks.filter((c: { rule: string }) => c.rule !== "R12"));
    expect(golden.checks.at(-1).rule).toBe("R12");
    expect(checks.map((c) => [c.rule, c.ok])).toEqual([
      ["sum", true],
      ["R2", true],
      ["R3", true],
      ["R8", false],
    ]);
    expect(check(checks, "R8").townships).toEqual([
      { id: "T17", name: "梨树乡", value: 3, limit: 1.85 },
      { id: "T24", name: "雪山乡", value: 2, limit: 1.65 },
    ]);
  });
});
