import { readFileSync } from "node:fs";
import { mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
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

  const DEMO = { zh: "示例县（虚构数据）", en: "Demo county (fictional data)" };
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
        { source: baseline, hash: hashes[0], county: DEMO, data: "townships.csv" },
        { source: population, hash: hashes[1], county: DEMO, data: "townships.csv" },
      ],
    });
    expect(json.townships[0]).toMatchObject({ id: "T01", posts: [46, 50], differences: [0, 4] });
    const md = await runCli(["compare", baseline, population, "--format", "md", "--lang", "en"]);
    expect(md.stdout).toContain(`quota-planner ${TOOLKIT_VERSION}; content hash ${hashes[0]} (${baseline})`);
    // and which county and data each file reads (every export says so)
    expect(md.stdout).toContain("County: Demo county (fictional data); data file: townships.csv");
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

describe("quota-planner compare --out", () => {
  /** Paths as the CLI shows them: relative to the working folder. */
  const shown = (path: string): string => relative(process.cwd(), path);

  it("writes JSON, CSV and Markdown named after the scenario files; JSON and Markdown carry the provenance, the CSV is pure data", async () => {
    const out = await mkdtemp(join(tmpdir(), "qp-compare-out-"));
    const { code, stdout, stderr } = await runCli([
      "compare",
      baseline,
      population,
      "--out",
      out,
      "--format",
      "json",
    ]);
    expect(code).toBe(0);
    const stem = "baseline-vs-population-first";
    expect((await readdir(out)).sort()).toEqual([`${stem}.csv`, `${stem}.json`, `${stem}.md`]);
    expect(stderr).toContain(`已写入 ${shown(out)}/${stem}.{json,csv,md}`);
    // The JSON file is what --format json prints; the CSV what --format csv prints (same language).
    expect(await readFile(join(out, `${stem}.json`), "utf8")).toBe(stdout);
    const csv = await readFile(join(out, `${stem}.csv`), "utf8");
    expect(csv).toBe((await runCli(["compare", baseline, population, "--format", "csv"])).stdout);
    const hash = await filesHash((await loadScenarioWithFiles(baseline, process.cwd())).files);
    expect(JSON.parse(stdout).provenance.files[0].hash).toBe(hash);
    expect(await readFile(join(out, `${stem}.md`), "utf8")).toContain(hash);
    // No comment line, no provenance in the CSV: every line after the header starts with a township ID.
    expect(csv).not.toContain(hash);
    expect(
      csv
        .split("\r\n")
        .slice(1, -1)
        .every((line) => /^T\d\d,/.test(line)),
    ).toBe(true);
  });

  it("--out naming a file: exit 2 with the path in both languages before any work, nothing written", async () => {
    const dir = await mkdtemp(join(tmpdir(), "qp-compare-blocked-"));
    const file = join(dir, "blocker");
    await writeFile(file, "keep\n");
    const { code, stdout, stderr } = await runCli(["compare", baseline, population, "--out", file]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain(`--out 应为文件夹，但 ${shown(file)} 是一个文件`);
    expect(stderr).toContain(`--out should name a folder, but ${shown(file)} is a file`);
    expect(await readdir(dir)).toEqual(["blocker"]);
    expect(await readFile(file, "utf8")).toBe("keep\n");
  });
});
