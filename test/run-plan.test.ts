import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadPlanWithFiles, loadScenario } from "../src/cli/load-scenario.ts";
import { complianceTable } from "../src/explain/compliance.ts";
import { planToJson } from "../src/report/format-plan.ts";
import { resultToJson } from "../src/report/format-result.ts";
import { loadPlanSources } from "../src/run/load-plan.ts";
import { runPlan } from "../src/run/run-plan.ts";
import { runScenario } from "../src/run/run-scenario.ts";
import type { ScenarioFile } from "../src/scenario/scenario-schema.ts";
import { InputError } from "../src/types.ts";

const DATA = {
  name: "townships.csv",
  bytes: new Uint8Array(readFileSync("scenarios/demo-county/townships.csv")),
};
const MODEL = { name: "standard.yaml", text: readFileSync("models/standard.yaml", "utf8") };

const base = {
  name: "random plan",
  data: "townships.csv",
  model: "standard.yaml",
  postType: "admin",
  method: "lp",
  acceptInconsistent: false,
  solver: "auto",
  timeLimitSeconds: 30,
} as const;

const entry = fc.record({
  transferDown: fc.integer({ min: 0, max: 25 }),
  reserve: fc.integer({ min: 0, max: 6 }),
  rule: fc.constantFrom("county", "furthest-below-target", "by-category-priority"),
  method: fc.constantFrom("lp", "webster", "hamilton"),
  maxCut: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
});

async function problemsOf(text: string) {
  try {
    await loadPlanWithFiles(text, process.cwd());
  } catch (error) {
    if (error instanceof InputError) return error.problems;
    throw error;
  }
  return [];
}

describe("runPlan(plan)", () => {
  it("each post type of random three-type files sums exactly, reserve included (fast-check, seed 11)", async () => {
    await fc.assert(
      fc.asyncProperty(entry, entry, entry, async (admin, institution, leader) => {
        const postTypes = Object.fromEntries(
          (
            [
              ["admin", admin],
              ["institution", institution],
              ["leader", leader],
            ] as const
          ).map(([type, e]) => [
            type,
            {
              transferDown: e.transferDown,
              reserve: { count: e.reserve, assign: { rule: e.rule } },
              method: e.method,
              ...(e.maxCut !== undefined ? { band: { maxCut: e.maxCut } } : {}),
            },
          ]),
        );
        const file = { ...base, postTypes } as unknown as ScenarioFile;
        const result = await runPlan(
          await loadPlanSources({ scenario: { name: "random.yaml", file }, data: DATA, model: MODEL }),
          { remedies: false },
        );
        for (const postType of ["admin", "institution", "leader"] as const) {
          const own = result.types[postType]!;
          const reserve = result.reserves[postType]!;
          if (own.solver.status === "infeasible") {
            expect(own.conflicts.length).toBeGreaterThan(0);
            continue;
          }
          const basic = own.townships.reduce((s, t) => s + t.allocated, 0);
          expect(basic).toBe(own.totals.toAllocate);
          expect(own.totals.reserve).toBe(result.reserves[postType]!.reserve);
          expect(reserve.assigned + reserve.keptAtCounty).toBe(own.totals.reserve);
          const whole = result.townships.reduce((s, t) => s + t.posts[postType]!.total, 0);
          expect(whole + reserve.keptAtCounty).toBe(own.totals.total);
          for (const t of result.townships) {
            const p = t.posts[postType]!;
            expect(p.total).toBe(p.basic + p.reserve);
            expect(p.change).toBe(p.total - p.current);
            const upper = own.townships.find((r) => r.id === t.id)!.upper;
            if (reserve.rule !== "named" && upper !== null) expect(p.total).toBeLessThanOrEqual(upper);
          }
        }
      }),
      { seed: 11, numRuns: 30 },
    );
  }, 120_000);

  it("is deterministic: the same file gives the same bytes", async () => {
    const run = async () => {
      const { plan } = await loadPlanWithFiles("scenarios/demo-county/whole-policy.yaml", process.cwd());
      const result = await runPlan(plan);
      return planToJson(result, complianceTable(result));
    };
    expect(await run()).toBe(await run());
  });

  it("one hiring plan on both new allocations: each township's posts = its admin + institution basic posts of the plan", async () => {
    const { plan } = await loadPlanWithFiles("scenarios/demo-county/whole-policy.yaml", process.cwd());
    const result = await runPlan(plan);
    const hiring = result.types.admin!.hiring!;
    expect(hiring.postsBasis).toEqual({ kind: "plan" });
    expect(result.types.institution!.hiring).toBeUndefined();
    expect(result.types.leader!.hiring).toBeUndefined();
    const basic = new Map(
      result.townships.map((t) => [t.id, t.posts.admin!.basic + t.posts.institution!.basic] as const),
    );
    expect(hiring.plan!.lines.map((t) => t.posts)).toEqual(hiring.plan!.lines.map((t) => basic.get(t.id)));
    // 城厢镇: admin 46 basic + institution 70 basic (the combined table); the quota of 50 placed in full
    expect(basic.get("T01")).toBe(116);
    expect(hiring.plan!.placed).toBe(50);
    const r7 = complianceTable(result).rows.find((r) => r.rule === "R7")!;
    expect(r7.checks).toHaveLength(1);
  });

  it("a single-type file is a plan of one type whose result is runScenario's, byte for byte", async () => {
    const path = "scenarios/demo-county/baseline.yaml";
    const { plan } = await loadPlanWithFiles(path, process.cwd());
    expect(plan.types.map((t) => t.postType)).toEqual(["admin"]);
    const planned = await runPlan(plan);
    expect(resultToJson(planned.types.admin!)).toBe(
      resultToJson(await runScenario(await loadScenario(path, process.cwd()))),
    );
  });

  it("R2 read honestly fails on a fixture built to break it: institution 700 + reserve 0 < today's 733", async () => {
    const { plan } = await loadPlanWithFiles("test/fixtures/plans/r2-broken.yaml", process.cwd());
    const result = await runPlan(plan, { remedies: false });
    const r2 = result.checks.filter((c) => c.rule === "R2");
    expect(r2.map((c) => [c.postType, c.status])).toEqual([
      ["admin", "passed"],
      ["institution", "failed"],
    ]);
    // the figures: basic (as planned: no allocation), reserve, sum, today — 733 from townships.csv's 事业编制 column
    expect(r2[1]!.figures!.map((f) => f.value)).toEqual([700, 0, 700, 733]);
    expect(r2[1]!.message.en).toContain("33 short");
    expect(complianceTable(result).status).toBe("failed");
  });

  it("R2 passes when the reserve kept for the townships makes up basic posts below today, and says so", async () => {
    const { plan } = await loadPlanWithFiles("test/fixtures/plans/reserve-makes-up.yaml", process.cwd());
    const result = await runPlan(plan, { remedies: false });
    const r2 = result.checks.find((c) => c.rule === "R2" && c.postType === "institution")!;
    expect(r2.status).toBe("passed");
    // 735 − 4 = 731 basic, + 4 = 735 ≥ 733
    expect(r2.figures!.map((f) => f.value)).toEqual([731, 4, 735, 733]);
    expect(r2.message.en).toContain("basic posts alone are 2 below today, made up by the reserve");
  });

  it("problems of a plan file name their type's key path, all found together", async () => {
    const schema = await problemsOf("test/fixtures/plans/bad-keys.yaml");
    expect(schema.map((p) => p.path)).toEqual(["postTypes.institution.band.maxCut", "band"]);
    expect(schema[1]!.row).toBe(5);
    const named = await problemsOf("test/fixtures/plans/named-unknown.yaml");
    expect(named.map((p) => [p.code, p.path])).toEqual([
      ["unknown-township", "postTypes.institution.reserve.assign.townships.0.id"],
      ["named-over-reserve", "postTypes.institution.reserve.assign.townships"],
    ]);
  });

  it("a resolve problem of one type is under its path: total and transferDown both given for leader", async () => {
    const file = {
      ...base,
      postTypes: { admin: { transferDown: 1 }, leader: { total: 250, transferDown: 3 } },
    } as unknown as ScenarioFile;
    const error = await loadPlanSources({
      scenario: { name: "x.yaml", file },
      data: DATA,
      model: MODEL,
    }).catch((e) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).problems.map((p) => p.path)).toEqual(["postTypes.leader.transferDown"]);
  });

  it("a single-type loader refuses a plan file, naming postTypes", async () => {
    const error = await loadScenario("scenarios/demo-county/whole-policy.yaml", process.cwd()).catch(
      (e) => e,
    );
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).problems[0]!.code).toBe("plan-file");
    expect((error as InputError).problems[0]!.path).toBe("postTypes");
  });
});
