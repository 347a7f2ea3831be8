import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EXIT_BAD_INPUT, EXIT_INFEASIBLE, EXIT_OK } from "../src/cli/io.ts";
import { runCli } from "./helpers/run-cli.ts";

// `quota-planner transition` (issue 11, R12): exit codes, the numbers of `solve`'s transition section, --out.
const baseline = "scenarios/demo-county/baseline.yaml";

describe("quota-planner transition", () => {
  it("exit 0 on the demo baseline, and the JSON path equals the transition section of solve's JSON", async () => {
    const run = await runCli(["transition", baseline, "--format", "json"]);
    expect(run.code).toBe(EXIT_OK);
    const solved = await runCli(["solve", baseline, "--format", "json"]);
    expect(JSON.parse(run.stdout).transition).toEqual(JSON.parse(solved.stdout).transition);
    const path = JSON.parse(run.stdout).transition;
    // 双河镇 (T04) 24 → 28 at one post a year over three years: 25, 26, 27, stopped by the limit (hand)
    const t04 = path.townships.find((t: { id: string }) => t.id === "T04");
    expect(t04).toMatchObject({ path: [25, 26, 27], arrives: null, stoppedBy: "changeLimit", shortBy: 1 });
    expect(path.townships.filter((t: { arrives: number | null }) => t.arrives !== null).length).toBe(23);
    // solve's checks carry R12
    const r12 = JSON.parse(solved.stdout).checks.find((c: { rule: string }) => c.rule === "R12");
    expect(r12.status).toBe("passed");
  });

  it("exit 1 when no path meets the year totals, with the diagnosis and the smallest changes", async () => {
    const run = await runCli(["transition", "test/fixtures/transition/out-of-reach.yaml", "--lang", "en"]);
    expect(run.code).toBe(EXIT_INFEASIBLE);
    // by year 2 the ten rising townships gain at most 19 (T01 needs only 1): 511 + 19 = 530 < 532 (hand)
    expect(run.stdout).toContain(
      "year 2's total is 532, but within the yearly limits the townships reach at most 530",
    );
    expect(run.stdout).toContain("raise the change limit from 1 to 2 posts a year");
    const solved = await runCli(["solve", "test/fixtures/transition/out-of-reach.yaml", "--format", "json"]);
    // the allocation itself is feasible: solve exits 0, and its R12 check fails
    expect(solved.code).toBe(EXIT_OK);
    expect(JSON.parse(solved.stdout).checks.find((c: { rule: string }) => c.rule === "R12").status).toBe(
      "failed",
    );
  });

  it("exit 2 for a scenario without a transition block and for a bad block, naming the key path in both languages", async () => {
    const none = await runCli(["transition", "scenarios/demo-county/development-first.yaml"]);
    expect(none.code).toBe(EXIT_BAD_INPUT);
    expect(none.stderr).toContain("键 transition");
    const length = await runCli(["transition", "test/fixtures/transition/bad-block.yaml"]);
    expect(length.code).toBe(EXIT_BAD_INPUT);
    expect(length.stderr).toContain("transition.yearTotals: 每年应给一个总量：共 3 年，实有 2 个");
    expect(length.stderr).toContain("one total per year is needed: 3 years, found 2 totals");
    const keys = await runCli(["transition", "test/fixtures/transition/bad-keys.yaml"]);
    expect(keys.code).toBe(EXIT_BAD_INPUT);
    expect(keys.stderr).toContain("共 3 处");
    expect(keys.stderr).toContain("transition.years");
    expect(keys.stderr).toContain("transition.maxChangePerYear");
    expect(keys.stderr).toContain("noCut");
    expect((await runCli(["transition", baseline, "--format", "xml"])).code).toBe(EXIT_BAD_INPUT);
    expect((await runCli(["transition"])).code).toBe(EXIT_BAD_INPUT);
  });

  it("--out writes <scenario>-transition.json/.csv/.md; the CSV is data, the JSON and Markdown carry the hash", async () => {
    const out = await mkdtemp(join(tmpdir(), "qp-transition-out-"));
    try {
      const run = await runCli(["transition", baseline, "--out", out, "--format", "csv"]);
      expect(run.code).toBe(EXIT_OK);
      expect((await readdir(out)).sort()).toEqual([
        "baseline-transition.csv",
        "baseline-transition.json",
        "baseline-transition.md",
      ]);
      const csv = await readFile(join(out, "baseline-transition.csv"), "utf8");
      expect(csv).toBe(run.stdout);
      expect(csv.startsWith("\uFEFF编号,乡镇,现有,第1年,第2年,第3年,目标,每年上限,到达目标,差距\r\n")).toBe(
        true,
      );
      expect(csv).toContain("\r\nT04,双河镇,24,25,26,27,28,1,未到达：每年变动上限,1\r\n");
      const json = JSON.parse(await readFile(join(out, "baseline-transition.json"), "utf8"));
      expect(json.provenance.files[0].hash).toMatch(/^[0-9a-f]{12}$/);
      const md = await readFile(join(out, "baseline-transition.md"), "utf8");
      expect(md).toContain(json.provenance.files[0].hash);
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });
});
