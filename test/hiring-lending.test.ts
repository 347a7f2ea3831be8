import { mkdtemp, readdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { planHiring } from "../src/allocation/hiring-plan.ts";
import { EXIT_BAD_INPUT, EXIT_OK } from "../src/cli/io.ts";
import { hiringCheck, lendingCheck } from "../src/explain/hiring-checks.ts";
import { lendingReport } from "../src/explain/lending.ts";
import { policyChecks } from "../src/explain/policy-checks.ts";
import { hiringSection } from "../src/run/hiring-section.ts";
import { runScenario } from "../src/run/run-scenario.ts";
import type { WeightedScenario } from "../src/run/weigh-scenario.ts";
import { DEFAULT_HIRING_WEIGHTS } from "../src/scenario/hiring-schema.ts";
import { parseScenarioFile } from "../src/scenario/resolve-scenario.ts";
import { type CountyData, InputError, type Township } from "../src/types.ts";
import { runCli } from "./helpers/run-cli.ts";
import { demoBaseline } from "./helpers/scenario-sources.ts";

let base: WeightedScenario;
beforeAll(async () => {
  base = await demoBaseline();
});

const withTownships = (townships: readonly Township[], columns = base.data.columns): CountyData => ({
  ...base.data,
  townships,
  columns,
});

describe("lendingReport(data)", () => {
  it("demo county: 梨树乡 calls back 2 (3 lent, 37 posts allow floor(1.85) = 1), 雪山乡 1 (2 of 33: 1); county 32 of 1244", () => {
    const report = lendingReport(base.data);
    if (report.status !== "checked") throw new Error("not checked");
    const over = report.lines.filter((l) => l.over);
    expect(over.map((l) => [l.name, l.posts, l.lent, l.allowed, l.callBack])).toEqual([
      ["梨树乡", 37, 3, 1, 2],
      ["雪山乡", 33, 2, 1, 1],
    ]);
    // README of the demo county: staff lent out 0–3; Σ of the 借出人员 column = 32, Σ admin + institution = 1244
    expect(report).toMatchObject({ totalLent: 32, totalPosts: 1244, over: 2, totalCallBack: 3 });
    expect(report.share).toBeCloseTo(32 / 1244, 12);
  });

  it("the call-back is the smallest: after it the township is within 5 %, one fewer leaves it over", () => {
    for (let posts = 0; posts <= 200; posts++) {
      for (const lent of [0, 1, 2, 3, 5, 8, 13]) {
        const data = withTownships([
          { ...base.data.townships[0]!, adminPosts: posts, institutionPosts: 0, staffLentOut: lent },
        ]);
        const report = lendingReport(data);
        if (report.status !== "checked") throw new Error("not checked");
        const { callBack } = report.lines[0]!;
        // exact in whole numbers: lent − c ≤ 5 % × posts ⇔ 100·(lent − c) ≤ 5·posts
        expect(100 * (lent - callBack) <= 5 * posts).toBe(true);
        if (callBack > 0) expect(100 * (lent - callBack + 1) > 5 * posts).toBe(true);
      }
    }
  });

  it("60 posts allow exactly 3 (5 % × 60 = 3, not a float's 2.999…): 3 lent is within, 4 calls back 1", () => {
    const one = (lent: number) =>
      lendingReport(
        withTownships([
          { ...base.data.townships[0]!, adminPosts: 20, institutionPosts: 40, staffLentOut: lent },
        ]),
      );
    expect(one(3)).toMatchObject({ over: 0, totalCallBack: 0 });
    expect(one(4)).toMatchObject({ over: 1, totalCallBack: 1 });
  });

  it("is 'not checked' without the column, or with the column and no figure; missing cells are listed", () => {
    const noLending = base.data.townships.map(({ staffLentOut: _, ...t }) => t);
    expect(
      lendingReport(
        withTownships(
          noLending,
          base.data.columns.filter((c) => c !== "staffLentOut"),
        ),
      ),
    ).toEqual({
      status: "not-checked",
      why: "no-column",
    });
    expect(lendingReport(withTownships(noLending))).toEqual({ status: "not-checked", why: "column-empty" });
    const someMissing = base.data.townships.map((t, j) => (j === 0 ? noLending[0]! : t));
    const report = lendingReport(withTownships(someMissing));
    expect(report.status === "checked" && report.missing).toEqual([{ id: "T01", name: "城厢镇" }]);
    const check = lendingCheck(lendingReport(withTownships(noLending, [])));
    expect(check).toMatchObject({ rule: "R8", status: "not-checked", ok: true });
    expect(check.message.zh).toContain("没有借出人员列");
  });

  it("lendingCheck agrees with policyChecks' R8 on the demo county and on a county built to break it", () => {
    const broken = withTownships(
      base.data.townships.map((t) => (t.id === "T01" ? { ...t, staffLentOut: 9 } : t)),
    );
    for (const data of [base.data, broken]) {
      const mine = lendingCheck(lendingReport(data));
      const theirs = policyChecks({ ...base, data }, { current: 1, total: 1, toAllocate: 0 }, []).find(
        (c) => c.rule === "R8",
      )!;
      expect(mine.status).toBe(theirs.status);
      expect(mine.townships).toEqual(theirs.townships);
    }
    expect(lendingCheck(lendingReport(broken)).townships.map((t) => t.id)).toEqual(["T01", "T17", "T24"]);
  });
});

describe("hiringCheck(plan) — R7", () => {
  const settings = { quota: 3, targetUsage: 0.95, categoryWeights: DEFAULT_HIRING_WEIGHTS };
  const towns = [
    { id: "A", name: "A", category: "general" as const, posts: 20, staff: 16 },
    { id: "B", name: "B", category: "general" as const, posts: 20, staff: 19 },
  ];
  it("passes on a plan by planHiring", () => {
    expect(hiringCheck(planHiring(towns, settings))).toMatchObject({
      rule: "R7",
      status: "passed",
      ok: true,
    });
  });
  it("fails on a plan built to break it: beyond vacancies, over the quota, or above 95 % while another is below", () => {
    const plan = planHiring(towns, settings);
    const [a, b] = plan.lines;
    const beyond = { ...plan, lines: [{ ...a!, recruits: 5 }, b!] };
    expect(hiringCheck(beyond)).toMatchObject({
      status: "failed",
      townships: [{ id: "A", value: 5, limit: 4 }],
    });
    // B at 95 % gets one while A stays 1 short of it
    const away = {
      ...plan,
      lines: [
        { ...a!, recruits: 2 },
        { ...b!, recruits: 1 },
      ],
    };
    expect(hiringCheck(away)).toMatchObject({
      status: "failed",
      townships: [{ id: "B", value: 1, limit: 0 }],
    });
    const over = { ...plan, quota: 2 };
    expect(hiringCheck(over).status).toBe("failed");
    expect(hiringCheck(over).message.en).toContain("more than the quota of 2");
  });
  it("is 'not checked' with the reason when there is no plan", () => {
    const check = hiringCheck({ why: { zh: "没有", en: "none" } });
    expect(check).toMatchObject({
      status: "not-checked",
      ok: true,
      message: { en: "R7: not checked — none" },
    });
  });
});

describe("hiringSection(scenario, allocated)", () => {
  it("counts admin + institution with the scenario's new admin posts; leader scenarios and no allocation use today's", async () => {
    const result = await runScenario(base);
    const section = result.hiring!;
    expect(section.postsBasis).toEqual({ kind: "allocated", postType: "admin" });
    const t01 = result.townships[0]!;
    // 城厢镇: new admin posts from the run + 72 institution posts today (townships.csv)
    expect(section.plan!.lines[0]!.posts).toBe(t01.allocated + 72);
    expect(hiringSection({ ...base, postType: "leader" }, null).postsBasis).toEqual({
      kind: "today",
      why: "leader",
    });
    const today = hiringSection(base, null);
    expect(today.postsBasis).toEqual({ kind: "today", why: "no-allocation" });
    expect(today.plan!.lines[0]!.posts).toBe(45 + 72);
  });

  it("demo baseline (quota 50): some townships get several, 青岗镇 reaches 95 %, some get none, 50 placed", async () => {
    const plan = (await runScenario(base)).hiring!.plan!;
    expect(plan.placed).toBe(50);
    expect(plan.lines.filter((l) => l.recruits >= 2).length).toBeGreaterThan(3);
    expect(plan.lines.filter((l) => l.need > 0 && l.recruits >= l.need).map((l) => l.name)).toEqual([
      "青岗镇",
    ]);
    expect(plan.lines.filter((l) => l.need > 0 && l.recruits === 0).length).toBeGreaterThan(0);
    expect(plan.lines.reduce((s, l) => s + l.recruits, 0)).toBe(50);
  });

  it("without a staff column the plan is not made and R7 says not checked; a missing staff cell leaves a township out", () => {
    const noStaff = base.data.townships.map(({ staffInPost: _, ...t }) => t);
    const none = hiringSection(
      {
        ...base,
        data: withTownships(
          noStaff,
          base.data.columns.filter((c) => c !== "staffInPost"),
        ),
      },
      null,
    );
    expect(none.plan).toBeNull();
    expect(none.checks[0]).toMatchObject({ rule: "R7", status: "not-checked" });
    expect(none.checks[0]!.message.zh).toContain("没有在编人数列");
    const one = hiringSection(
      { ...base, data: withTownships(base.data.townships.map((t, j) => (j === 1 ? noStaff[1]! : t))) },
      null,
    );
    expect(one.leftOut.staff).toEqual(["T02"]);
    expect(one.plan!.lines.map((l) => l.id)).not.toContain("T02");
    const noBlock = hiringSection({ ...base, hiring: undefined } as WeightedScenario, null);
    expect(noBlock.notPlanned?.en).toBe("the scenario has no hiring block (hiring.quota)");
  });
});

describe("the scenario's hiring block", () => {
  const text = (block: string) =>
    `name: x\ndata: townships.csv\nmodel: m.yaml\ntransferDown: 0\nhiring: ${block}\n`;
  it("takes defaults: target 0.95, weights 1.4 / 1.3 / 1.2 / 1.1 / 1", () => {
    expect(parseScenarioFile(text("{ quota: 12 }"), "s.yaml").hiring).toEqual({ quota: 12 });
    expect(base.hiring).toEqual({ quota: 50, targetUsage: 0.95, categoryWeights: DEFAULT_HIRING_WEIGHTS });
  });
  it("names every bad key with its path, in both languages, in one pass", () => {
    try {
      parseScenarioFile(
        text("{ quota: 1.5, targetUsage: 1.2, categoryWeights: { key: 0, town: 1 } }"),
        "s.yaml",
      );
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      const problems = (error as InputError).problems;
      expect(problems.map((p) => p.path).sort()).toEqual([
        "hiring.categoryWeights",
        "hiring.categoryWeights.key",
        "hiring.quota",
        "hiring.targetUsage",
      ]);
      for (const p of problems) {
        expect(p.message.zh).toMatch(/[\u4e00-\u9fff]/);
        expect(p.message.en.length).toBeGreaterThan(0);
        expect(p.row).toBe(5);
      }
    }
  });
});

describe("the hiring block's targetUsage", () => {
  it("more than six decimals: a sentence of its own in both languages, not zod's generic one", () => {
    const text =
      "name: x\ndata: townships.csv\nmodel: m.yaml\ntransferDown: 0\nhiring: { quota: 5, targetUsage: 0.9512345 }\n";
    try {
      parseScenarioFile(text, "s.yaml");
      expect.unreachable();
    } catch (error) {
      const [problem] = (error as InputError).problems;
      expect(problem!.path).toBe("hiring.targetUsage");
      expect(problem!.message.zh).toBe("应为 0 到 1 之间、最多 6 位小数的数，实为 0.9512345");
      expect(problem!.message.en).toBe(
        "expected a number in (0, 1] with at most 6 decimals, found 0.9512345",
      );
    }
  });
});

describe("quota-planner hiring", () => {
  it("exits 0 with the plan and the lending table, 2 without a scenario or with an unknown option", async () => {
    const ok = await runCli(["hiring", "scenarios/demo-county/baseline.yaml", "--lang", "en"]);
    expect(ok.code).toBe(EXIT_OK);
    expect(ok.stdout).toContain("hiring quota 50: 50 placed");
    expect(ok.stdout).toContain(
      "the county lends out 32 of 1244 posts (2.6%); 2 townships over 5%, 3 to call back in all",
    );
    expect((await runCli(["hiring"])).code).toBe(EXIT_BAD_INPUT);
    expect((await runCli(["hiring", "scenarios/demo-county/baseline.yaml", "--quota", "3"])).code).toBe(
      EXIT_BAD_INPUT,
    );
    expect((await runCli(["hiring", "scenarios/demo-county/nope.yaml"])).code).toBe(EXIT_BAD_INPUT);
  });

  it("exits 2 naming hiring.quota for a bad block; 0 and 'no hiring plan' for a scenario without one", async () => {
    const dir = await mkdtemp(join(tmpdir(), "hiring-"));
    const demo = resolve("scenarios/demo-county");
    const body = `name: x\ndata: ${demo}/townships.csv\nmodel: ${resolve("models/standard.yaml")}\ntransferDown: 0\n`;
    await writeFile(join(dir, "bad.yaml"), `${body}hiring: { quota: -1 }\n`);
    await writeFile(join(dir, "none.yaml"), body);
    const bad = await runCli(["hiring", "bad.yaml"], dir);
    expect(bad.code).toBe(EXIT_BAD_INPUT);
    expect(bad.stderr).toContain("hiring.quota");
    const none = await runCli(["hiring", "none.yaml", "--lang", "en"], dir);
    expect(none.code).toBe(EXIT_OK);
    expect(none.stdout).toContain("no hiring plan: the scenario has no hiring block (hiring.quota)");
    expect(none.stdout).toContain("the county lends out 32");
  });

  it("--out writes <scenario>-hiring.json/.csv/.md; solve --format json carries the same hiring section", async () => {
    const dir = await mkdtemp(join(tmpdir(), "hiring-out-"));
    const run = await runCli([
      "hiring",
      resolve("scenarios/demo-county/baseline.yaml"),
      "--out",
      dir,
      "--format",
      "json",
    ]);
    expect(run.code).toBe(EXIT_OK);
    expect((await readdir(dir)).sort()).toEqual([
      "baseline-hiring.csv",
      "baseline-hiring.json",
      "baseline-hiring.md",
    ]);
    const solved = JSON.parse(
      (await runCli(["solve", "scenarios/demo-county/baseline.yaml", "--format", "json"])).stdout,
    );
    const hired = JSON.parse(run.stdout);
    expect(solved.hiring.plan).toEqual(hired.plan);
    expect(solved.hiring.lending).toEqual(hired.lending);
  });
});
