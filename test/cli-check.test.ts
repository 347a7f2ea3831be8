import { mkdtemp, readdir, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "./helpers/run-cli.ts";

// every rule of rules.md, R1–R13, after the exact sums
const RULES = ["sum", ...Array.from({ length: 13 }, (_, i) => `R${i + 1}`)];

describe("quota-planner check <scenario>", () => {
  it("exit 0 when every rule that is checked passes; lending (R8) is 'not checked' when its column is ignored", async () => {
    const { code, stdout, stderr } = await runCli([
      "check",
      "test/fixtures/plans/passing.yaml",
      "--format",
      "json",
    ]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const { compliance } = JSON.parse(stdout);
    expect(compliance.rows.map((r: { rule: string }) => r.rule)).toEqual(RULES);
    const status = Object.fromEntries(
      compliance.rows.map((r: { rule: string; status: string }) => [r.rule, r.status]),
    );
    expect(status).toEqual({
      sum: "passed",
      R1: "passed",
      R2: "passed",
      R3: "passed",
      R4: "passed",
      R5: "passed",
      R6: "passed",
      R7: "not-checked",
      R8: "not-checked",
      R9: "passed",
      R10: "not-checked",
      R11: "not-checked",
      R12: "not-checked",
      R13: "not-checked",
    });
    const r8 = compliance.rows.find((r: { rule: string }) => r.rule === "R8");
    expect(r8.checks[0].message.en).toBe("R8: not checked — no staff-lent-out column");
  });

  it("exit 1 when a rule fails: the demo's whole policy (R8: 梨树乡 lends 3 of 37 posts, limit 1.85)", async () => {
    const { code, stdout } = await runCli([
      "check",
      "scenarios/demo-county/whole-policy.yaml",
      "--lang",
      "en",
    ]);
    expect(code).toBe(1);
    expect(stdout).toContain("✗ fail  R8  At most 5 % lent out");
    expect(stdout).toContain("梨树乡 3/1.85");
    expect(stdout).toContain("✓ pass  R9  Leadership posts pooled under total control");
  });

  it("exit 1 on the R2 fixture (institution posts cut), the figures shown", async () => {
    const { code, stdout } = await runCli(["check", "test/fixtures/plans/r2-broken.yaml"]);
    expect(code).toBe(1);
    expect(stdout).toContain("✗ 未通过  R2");
    expect(stdout).toContain(
      "事业编制：分到乡镇的基本编制 700 名 + 为乡镇保留的机动编制 0 名 = 700 名，现有 733 名（无可行分配，按计划数），少 33 名",
    );
  });

  it("a single-type file: the rules of the types it does not allocate are 'not checked', with why", async () => {
    const { code, stdout } = await runCli([
      "check",
      "test/fixtures/scenarios/no-reserve-baseline.yaml",
      "--format",
      "json",
    ]);
    expect([0, 1]).toContain(code);
    const { compliance } = JSON.parse(stdout);
    const r9 = compliance.rows.find((r: { rule: string }) => r.rule === "R9");
    expect(r9.status).toBe("not-checked");
    expect(r9.checks[0].message.zh).toBe("未检查——方案不分配科级领导职数");
    const r2 = compliance.rows.find((r: { rule: string }) => r.rule === "R2");
    expect(r2.checks.map((c: { status: string }) => c.status)).toEqual(["passed", "not-checked"]);
  });

  it("exit 2 on bad input, every problem with its key path; and on a usage mistake", async () => {
    const bad = await runCli(["check", "test/fixtures/plans/bad-keys.yaml"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("postTypes.institution.band.maxCut");
    expect(bad.stderr).toContain("不能写在顶层");
    const usage = await runCli(["check", "a.yaml", "b.yaml"]);
    expect(usage.code).toBe(2);
    const format = await runCli(["check", "scenarios/demo-county/baseline.yaml", "--format", "csv"]);
    expect(format.code).toBe(2);
  });
});

describe("quota-planner solve on a file with several post types", () => {
  it("CSV: one row per township with each type's today, basic, reserve, new, change and main reason", async () => {
    const { code, stdout } = await runCli([
      "solve",
      "scenarios/demo-county/whole-policy.yaml",
      "--format",
      "csv",
      "--lang",
      "en",
    ]);
    expect(code).toBe(0);
    const lines = stdout
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\r\n");
    expect(lines).toHaveLength(26);
    expect(lines[0]!.split(",").slice(3, 9)).toEqual([
      "Administrative posts·Today",
      "Administrative posts·Basic",
      "Administrative posts·Reserve",
      "Administrative posts·New",
      "Administrative posts·Change",
      "Administrative posts·Main reason",
    ]);
    // 城厢镇: admin today 45 (townships.csv), basic 46, the first reserve post (furthest below its share), new 47
    expect(lines[1]!.split(",").slice(0, 8)).toEqual([
      "T01",
      "城厢镇",
      "County seat",
      "45",
      "46",
      "1",
      "47",
      "2",
    ]);
  });

  it("JSON holds the whole plan; --out writes the three files", async () => {
    const { stdout } = await runCli(["solve", "scenarios/demo-county/whole-policy.yaml", "--format", "json"]);
    const plan = JSON.parse(stdout);
    expect(Object.keys(plan.types)).toEqual(["admin", "institution", "leader"]);
    expect(plan.reserves.institution.townships.find((t: { id: string }) => t.id === "T02").posts).toBe(2);
    const dir = await mkdtemp(join(tmpdir(), "qp-plan-"));
    const out = await runCli([
      "solve",
      join(process.cwd(), "scenarios/demo-county/whole-policy.yaml"),
      "--out",
      dir,
    ]);
    expect(out.code).toBe(0);
    expect((await readdir(dir)).sort()).toEqual(["whole-policy.csv", "whole-policy.json", "whole-policy.md"]);
    expect(await readFile(join(dir, "whole-policy.md"), "utf8")).toContain("## 合规检查（R1–R13）");
  });
});

describe("quota-planner validate on a file with several post types", () => {
  it("checks every type and names them; a bad one is exit 2 with the type's key path", async () => {
    const ok = await runCli(["validate", "scenarios/demo-county/whole-policy.yaml"]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain("编制类型 行政编制、事业编制、科级领导职数");
    const bad = await runCli(["validate", "test/fixtures/plans/named-unknown.yaml", "--lang", "en"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("postTypes.institution.reserve.assign.townships.0.id");
  });
});
