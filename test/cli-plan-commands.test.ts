import { readFileSync, writeFileSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { EXIT_BAD_INPUT, EXIT_INFEASIBLE, EXIT_OK } from "../src/cli/io.ts";
import { loadPlanWithFiles } from "../src/cli/load-scenario.ts";
import type { PlanResult } from "../src/run/plan-result.ts";
import { runPlan } from "../src/run/run-plan.ts";
import { runCli } from "./helpers/run-cli.ts";

// Issue 11: hiring, transition, offices and categories on a plan (a scenario file with postTypes). The numbers are
// checked against a second computation, `runPlan` on the same file (what `solve` and `check` run).
const WHOLE = "scenarios/demo-county/whole-policy.yaml";
// The content hash `solve whole-policy.yaml --format md` prints in its identity block.
const HASH = "773d02442854";

let plan: PlanResult;
beforeAll(async () => {
  const { plan: loaded } = await loadPlanWithFiles(WHOLE, process.cwd());
  plan = await runPlan(loaded, { transition: true });
});

const csvLines = (text: string) =>
  text
    .replace(/^\uFEFF/, "")
    .split("\r\n")
    .slice(0, -1);

describe("quota-planner hiring <plan>", () => {
  it("JSON: the plan's one hiring plan, as runPlan makes it, over admin + institution basic posts", async () => {
    const run = await runCli(["hiring", WHOLE, "--format", "json"]);
    expect(run.code).toBe(EXIT_OK);
    expect(run.stderr).toBe("");
    const json = JSON.parse(run.stdout);
    const hiring = plan.types.admin!.hiring!;
    expect(json.postsBasis).toEqual({ kind: "plan" });
    expect(json.plan).toEqual(JSON.parse(JSON.stringify(hiring.plan)));
    expect(json.lending).toEqual(JSON.parse(JSON.stringify(hiring.lending)));
    // each township's posts: its admin basic + institution basic posts of the combined table (second computation)
    const basic = new Map(
      plan.townships.map((t) => [t.id, t.posts.admin!.basic + t.posts.institution!.basic]),
    );
    for (const line of json.plan.lines) expect(line.posts).toBe(basic.get(line.id));
    // 城厢镇: 46 admin + 70 institution basic posts (run-plan.test.ts); the quota of 50 placed in full
    expect(json.plan.lines.find((l: { id: string }) => l.id === "T01").posts).toBe(116);
    expect(json.plan.placed).toBe(50);
    expect(json.plan.lines.reduce((s: number, l: { recruits: number }) => s + l.recruits, 0)).toBe(50);
    expect(json.scenario).toEqual({
      name: { zh: "全盘方案", en: "Whole policy" },
      source: WHOLE,
      data: "scenarios/demo-county/townships.csv",
    });
    expect(json.provenance.files).toEqual([
      {
        source: WHOLE,
        hash: HASH,
        county: { zh: "示例县（虚构数据）", en: "Demo county (fictional data)" },
        data: "townships.csv",
      },
    ]);
  });

  it("table, Markdown and --lang en name the plan, its data and its hash; CSV has one row per township", async () => {
    const table = await runCli(["hiring", WHOLE]);
    expect(table.code).toBe(EXIT_OK);
    expect(table.stdout.split("\n")[0]).toBe("用编进人计划 — 全盘方案");
    expect(table.stdout).toContain(`内容校验码 ${HASH}（${WHOLE}）`);
    expect(table.stdout).toContain("行政编制+事业编制，均取本方案核定的基本编制");
    const en = await runCli(["hiring", WHOLE, "--format", "md", "--lang", "en"]);
    expect(en.code).toBe(EXIT_OK);
    expect(en.stdout.split("\n")[0]).toBe("# Hiring plan — Whole policy");
    expect(en.stdout).toContain(`content hash ${HASH}`);
    expect(en.stdout).toContain("## Staff lent out");
    const csv = await runCli(["hiring", WHOLE, "--format", "csv"]);
    // header + the 25 townships of the demo county table
    expect(csvLines(csv.stdout)).toHaveLength(26);
  });

  it("--out writes the JSON, CSV and Markdown named after the plan file", async () => {
    const dir = await mkdtemp(join(tmpdir(), "qp-plan-hiring-"));
    try {
      const run = await runCli(["hiring", WHOLE, "--out", dir]);
      expect(run.code).toBe(EXIT_OK);
      expect((await readdir(dir)).sort()).toEqual([
        "whole-policy-hiring.csv",
        "whole-policy-hiring.json",
        "whole-policy-hiring.md",
      ]);
      const json = JSON.parse(await readFile(join(dir, "whole-policy-hiring.json"), "utf8"));
      expect(json.plan.placed).toBe(50);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe("quota-planner transition <plan>", () => {
  it("JSON: each post type's path keyed by type, equal to runPlan's; exit 0 when all three are feasible", async () => {
    const run = await runCli(["transition", WHOLE, "--format", "json"]);
    expect(run.code).toBe(EXIT_OK);
    expect(run.stderr).toBe("");
    const json = JSON.parse(run.stdout);
    expect(Object.keys(json.transition)).toEqual(["admin", "institution", "leader"]);
    expect(json.noAllocation).toBeUndefined();
    for (const type of ["admin", "institution", "leader"] as const) {
      const path = plan.types[type]!.transition!;
      expect(json.transition[type]).toEqual(JSON.parse(JSON.stringify(path)));
      expect(path.status).toBe("feasible");
      // a township that arrives holds its allocation at the end (year 3); the last year's total is the allocation's
      const allocated = new Map(plan.types[type]!.townships.map((t) => [t.id, t.allocated]));
      for (const row of path.townships) {
        expect(row.target).toBe(allocated.get(row.id));
        if (row.arrives !== null) expect(row.path[2]).toBe(allocated.get(row.id));
      }
      expect(path.yearTotals[2]!.total).toBe(plan.types[type]!.totals.allocated);
    }
    // hand check on the admin path (as printed): 芦溪镇 28 → 29, 30, 31 reaches its 31 basic posts in year 3;
    // 双河镇 24 → 25, 26, 27 stops one short of 28 at one post a year
    const admin = json.transition.admin.townships;
    expect(admin.find((t: { id: string }) => t.id === "T02")).toMatchObject({
      today: 28,
      path: [29, 30, 31],
      target: 31,
      arrives: 3,
    });
    expect(admin.find((t: { id: string }) => t.id === "T04")).toMatchObject({
      path: [25, 26, 27],
      target: 28,
      arrives: null,
      stoppedBy: "changeLimit",
    });
    expect(json.provenance.files).toEqual([
      {
        source: WHOLE,
        hash: HASH,
        county: { zh: "示例县（虚构数据）", en: "Demo county (fictional data)" },
        data: "townships.csv",
      },
    ]);
  });

  it("CSV: one file, the post type first, 25 townships × 3 types sorted by type then township", async () => {
    const run = await runCli(["transition", WHOLE, "--format", "csv", "--lang", "en"]);
    expect(run.code).toBe(EXIT_OK);
    const lines = csvLines(run.stdout);
    expect(lines[0]).toBe(
      "Post type,ID,Township,Today,Year 1,Year 2,Year 3,Target,Limit per year,Reaches target,Short by",
    );
    const rows = lines.slice(1).map((l) => l.split(","));
    expect(rows).toHaveLength(75);
    const types = ["Administrative posts", "Public-institution posts", "Leadership posts"];
    const ids = Array.from({ length: 25 }, (_, j) => `T${String(j + 1).padStart(2, "0")}`);
    expect(rows.map((r) => `${r[0]} ${r[1]}`)).toEqual(types.flatMap((t) => ids.map((id) => `${t} ${id}`)));
    // the institution row of 芦溪镇 equals runPlan's institution path
    const t02 = plan.types.institution!.transition!.townships.find((t) => t.id === "T02")!;
    const row = rows.find((r) => r[0] === types[1] && r[1] === "T02")!;
    expect(row.slice(3, 8).map(Number)).toEqual([t02.today, ...t02.path, t02.target]);
  });

  it("table and Markdown: one section per type with the type as heading, in the plan's order", async () => {
    const table = await runCli(["transition", WHOLE]);
    expect(table.code).toBe(EXIT_OK);
    expect(table.stdout.split("\n")[0]).toBe(`过渡路径：全盘方案（${WHOLE}）`);
    expect(table.stdout.match(/^== .* ==$/gm)).toEqual([
      "== 行政编制 ==",
      "== 事业编制 ==",
      "== 科级领导职数 ==",
    ]);
    const md = await runCli(["transition", WHOLE, "--format", "md", "--lang", "en"]);
    expect(md.stdout.match(/^## .*$/gm)).toEqual([
      "## Administrative posts",
      "## Public-institution posts",
      "## Leadership posts",
    ]);
    expect(md.stdout).toContain(`content hash ${HASH}`);
  });

  it("exit 1 when one type's path is out of reach, every section still printed with its diagnosis", async () => {
    const run = await runCli([
      "transition",
      "test/fixtures/transition/plan-one-year.yaml",
      "--format",
      "json",
    ]);
    expect(run.code).toBe(EXIT_INFEASIBLE);
    const json = JSON.parse(run.stdout);
    // each type's own block: admin posts (511 today) reach 515 and 520, institution posts (733) cannot fall to 700
    // in a year at one post a year per township (at most 25), leader posts take the shared block (the fixture's
    // comment)
    expect(
      Object.fromEntries(
        Object.entries(json.transition).map(([k, v]) => [k, (v as { status: string }).status]),
      ),
    ).toEqual({ admin: "feasible", institution: "infeasible", leader: "feasible" });
    expect(json.transition.admin.yearTotals.map((y: { total: number }) => y.total)).toEqual([515, 520]);
    expect(json.transition.leader.years).toBe(2);
    const text = await runCli(["transition", "test/fixtures/transition/plan-one-year.yaml", "--lang", "en"]);
    expect(text.code).toBe(EXIT_INFEASIBLE);
    expect(text.stdout.match(/Why there is no path/g)).toHaveLength(1);
  });

  it("refuses year totals in the shared block of a file with several types (each type has its own totals): exit 2", async () => {
    const dir = await mkdtemp(join(tmpdir(), "shared-year-totals-"));
    const file = join(dir, "plan.yaml");
    const text = readFileSync("test/fixtures/transition/plan-one-year.yaml", "utf8")
      .replace(
        "transition: { years: 2, maxChangePerYear: 1 }",
        "transition: { years: 2, maxChangePerYear: 1, yearTotals: [515, 520] }",
      )
      .replaceAll("../../../", `${process.cwd()}/`);
    writeFileSync(file, text);
    const run = await runCli(["transition", file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("transition.yearTotals");
    expect(run.stderr).toContain("请把各年总量写在对应编制类型下的过渡设置中");
  });

  it("a type without an allocation says so in its section and has no CSV rows; exit 1", async () => {
    const file = "test/fixtures/transition/plan-no-leader.yaml";
    const text = await runCli(["transition", file]);
    expect(text.code).toBe(EXIT_INFEASIBLE);
    const leader = text.stdout.slice(text.stdout.indexOf("== 科级领导职数 =="));
    expect(leader).toContain("此编制类型无可行分配，无法计算其过渡路径");
    const json = JSON.parse((await runCli(["transition", file, "--format", "json"])).stdout);
    expect(json.transition.leader).toBeNull();
    expect(json.noAllocation.leader.status).toBe("infeasible");
    expect(json.noAllocation.leader.conflicts.length).toBeGreaterThan(0);
    const csv = await runCli(["transition", file, "--format", "csv"]);
    // admin and institution: 2 × 25 rows, plus the header
    expect(csvLines(csv.stdout)).toHaveLength(51);
  });

  it("--out writes one JSON, one CSV (75 rows) and one Markdown for the plan", async () => {
    const dir = await mkdtemp(join(tmpdir(), "qp-plan-transition-"));
    try {
      const run = await runCli(["transition", WHOLE, "--out", dir]);
      expect(run.code).toBe(EXIT_OK);
      expect((await readdir(dir)).sort()).toEqual([
        "whole-policy-transition.csv",
        "whole-policy-transition.json",
        "whole-policy-transition.md",
      ]);
      expect(csvLines(await readFile(join(dir, "whole-policy-transition.csv"), "utf8"))).toHaveLength(76);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("exit 2 for a plan without a transition block", async () => {
    const run = await runCli(["transition", "test/fixtures/transition/plan-no-block.yaml"]);
    expect(run.code).toBe(EXIT_BAD_INPUT);
    expect(run.stderr).toContain("键 transition");
  });
});

describe("quota-planner offices <plan>", () => {
  it("one table per township (not per type): the R10/R11 checks runPlan makes, exit 0", async () => {
    const run = await runCli(["offices", WHOLE, "--format", "json"]);
    expect(run.code).toBe(EXIT_OK);
    expect(run.stderr).toBe("");
    const json = JSON.parse(run.stdout);
    expect(json.scenario).toBe(WHOLE);
    const planChecks = plan.checks.filter((c) => c.rule === "R10" || c.rule === "R11");
    expect(json.checks.map((c: { rule: string; status: string }) => [c.rule, c.status])).toEqual(
      planChecks.map((c) => [c.rule, c.status]),
    );
    // the demo's offices table: 梨树乡 lacks one of the eight uniform offices (scenarios/demo-county/offices.csv)
    expect(json.checks.find((c: { rule: string }) => c.rule === "R10").status).toBe("failed");
    const table = await runCli(["offices", WHOLE, "--lang", "en"]);
    expect(table.stdout).toContain(`content hash ${HASH}`);
    const csv = await runCli(["offices", WHOLE, "--format", "csv"]);
    expect(csvLines(csv.stdout)).toHaveLength(26);
  });
});

describe("quota-planner categories <plan>", () => {
  it("suggests on the admin type's index and says so, in both languages and in the JSON", async () => {
    const zh = await runCli(["categories", WHOLE]);
    expect(zh.code).toBe(EXIT_OK);
    expect(zh.stdout).toContain("综合得分所用指数：行政编制的加权指数");
    const en = await runCli(["categories", WHOLE, "--format", "md", "--lang", "en"]);
    expect(en.stdout).toContain("Composite from the weighted index of: Administrative posts");
    const json = JSON.parse((await runCli(["categories", WHOLE, "--format", "json"])).stdout);
    expect(json.index).toEqual({ postType: "admin" });
    // the admin composite is runPlan's admin index, township by township
    const index = new Map(plan.types.admin!.townships.map((t) => [t.id, t.index]));
    for (const t of json.townships) expect(t.composite).toBeCloseTo(index.get(t.id)!, 12);
    // the whole policy's admin type has no overrides: its suggestion is the baseline's, row for row
    const baseline = await runCli(["categories", "scenarios/demo-county/baseline.yaml", "--format", "csv"]);
    expect((await runCli(["categories", WHOLE, "--format", "csv"])).stdout).toBe(baseline.stdout);
  });

  it("a single-type file's outputs name no index (unchanged)", async () => {
    const run = await runCli(["categories", "scenarios/demo-county/baseline.yaml", "--format", "json"]);
    expect(JSON.parse(run.stdout).index).toBeUndefined();
    expect((await runCli(["categories", "scenarios/demo-county/baseline.yaml"])).stdout).not.toContain(
      "所用指数",
    );
  });
});

describe("the help of the four commands says they take a plan", () => {
  it.each(["hiring", "transition", "offices", "categories"])(
    "help %s names postTypes in both languages",
    async (command) => {
      const zh = await runCli(["help", command]);
      const en = await runCli(["help", command, "--lang", "en"]);
      expect(zh.stdout).toMatch(/多编制类型方案/);
      expect(en.stdout).toMatch(/several post types \(postTypes/);
    },
  );
});
