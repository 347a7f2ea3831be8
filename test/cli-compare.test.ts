import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadScenarioWithFiles } from "../src/cli/load-scenario.ts";
import { filesHash } from "../src/report/result-identity.ts";
import { TOOLKIT_VERSION } from "../src/report/toolkit-version.ts";
import { runCli } from "./helpers/run-cli.ts";

const baseline = "scenarios/demo-county/baseline.yaml";
const population = "scenarios/demo-county/population-first.yaml";

describe("quota-planner compare", () => {
  it("--help lists every option in both languages", async () => {
    for (const lang of ["zh", "en"]) {
      const { code, stdout } = await runCli(["compare", "--help", "--lang", lang]);
      expect(code).toBe(0);
      expect(stdout).toMatch(/^(用法：|Usage: )quota-planner compare /);
      for (const option of ["--format", "--lang"]) expect(stdout).toContain(option);
    }
    expect((await runCli(["help"])).stdout).toContain("quota-planner compare ");
  });

  it("a scenario compared with itself: no setting differs and no township moves (table, zh)", async () => {
    const { code, stdout, stderr } = await runCli(["compare", baseline, baseline]);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(stdout).toContain("各方案的设置完全相同。");
    expect(stdout).toContain("各方案对每个乡镇的分配完全相同。");
  });

  it("--format json carries the provenance: the toolkit version and each file's content hash", async () => {
    const { code, stdout } = await runCli(["compare", baseline, population, "--format", "json"]);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    const hashes = [];
    for (const path of [baseline, population])
      hashes.push(await filesHash((await loadScenarioWithFiles(path, process.cwd())).files));
    expect(json.provenance).toEqual({
      version: TOOLKIT_VERSION,
      files: [
        { source: baseline, hash: hashes[0] },
        { source: population, hash: hashes[1] },
      ],
    });
    expect(json.townships[0]).toMatchObject({ id: "T01", posts: [46, 50], differences: [0, 4] });
    const md = await runCli(["compare", baseline, population, "--format", "md", "--lang", "en"]);
    expect(md.stdout).toContain(`quota-planner ${TOOLKIT_VERSION}; content hash ${hashes[0]} (${baseline})`);
  });

  it("--format csv: UTF-8 with BOM, one row per township, differences against the first file", async () => {
    const { stdout } = await runCli(["compare", baseline, population, "--format", "csv", "--lang", "en"]);
    expect(
      stdout.startsWith("\uFEFFID,Township,Category,Today,Scenario 1,Scenario 2,Difference Scenario 2\r\n"),
    ).toBe(true);
    // 城厢镇: today 45 (townships.csv), 46 and 50 (the goldens)
    expect(stdout).toContain("\r\nT01,城厢镇,County seat,45,46,50,4\r\n");
  });

  it("usage and input mistakes exit 2: one file only, a file that is not there (every file's problems together)", async () => {
    const one = await runCli(["compare", baseline]);
    expect(one.code).toBe(2);
    expect(one.stderr).toContain("compare 需要至少两个方案文件，实有 1 个");
    const missing = await runCli(["compare", baseline, "nowhere.yaml", "also-nowhere.yaml"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("输入有误（共 2 处）");
    expect(missing.stderr).toContain("nowhere.yaml");
    expect(missing.stderr).toContain("also-nowhere.yaml");
    expect(readFileSync(baseline, "utf8")).toContain("transferDown: 10");
  });
});
