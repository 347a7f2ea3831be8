import { mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import type { CliIo } from "../src/cli/io.ts";
import { main } from "../src/cli/main.ts";
import { runCli } from "./helpers/run-cli.ts";

const baseline = "scenarios/demo-county/baseline.yaml";

describe("quota-planner simulate", () => {
  it("--help lists every option in both languages", async () => {
    for (const lang of ["zh", "en"]) {
      const { code, stdout } = await runCli(["simulate", "--help", "--lang", lang]);
      expect(code).toBe(0);
      expect(stdout).toMatch(/^(用法：|Usage: )quota-planner simulate /);
      for (const option of [
        "--runs",
        "--seed",
        "--concentration",
        "--perturb",
        "--judgement-steps",
        "--indicator-error",
        "--format",
        "--lang",
      ])
        expect(stdout).toContain(option);
    }
  });

  it("the same seed prints the same bytes; the seed and the content hash are in the output", async () => {
    const args = [
      "simulate",
      baseline,
      "--runs",
      "60",
      "--seed",
      "42",
      "--indicator-error",
      "常住人口=0.05,gdp=0.1",
    ];
    const a = await runCli([...args, "--format", "json"]);
    const b = await runCli([...args, "--format", "json"]);
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    const json = JSON.parse(a.stdout);
    expect(json.provenance.seed).toBe(42);
    expect(json.seed).toBe(42);
    expect(json.provenance.files[0].hash).toMatch(/^[0-9a-f]{12}$/);
    // 常住人口 is the display name of the indicator reading the column population (models/standard.yaml)
    expect(json.indicatorErrors.map((e: { column: string }) => e.column)).toEqual(["population", "gdp"]);
    const table = await runCli([...args, "--lang", "en"]);
    expect(table.stdout).toContain("seed 42");
    expect(table.stdout).toContain("Indicator error: Population times exp(σZ − σ²/2), σ = 0.05.");
  });

  it("--concentration inf: every township at its scenario posts (P5 = median = P95)", async () => {
    const { stdout } = await runCli([
      "simulate",
      baseline,
      "--runs",
      "5",
      "--seed",
      "1",
      "--concentration",
      "inf",
      "--format",
      "json",
    ]);
    const json = JSON.parse(stdout);
    expect(json.concentration).toBe("infinity");
    // 城厢镇 holds 46 posts in the baseline (golden/baseline.json)
    expect(json.townships[0]).toMatchObject({
      id: "T01",
      p5: 46,
      median: 46,
      p95: 46,
      gainScenario: 0,
      loseScenario: 0,
    });
  });

  it("a progress bar on stderr only when stderr is a terminal", async () => {
    const run = async (stderrIsTTY: boolean) => {
      const out = { stdout: "", stderr: "" };
      const io: CliIo = {
        stdout: (text) => {
          out.stdout += text;
        },
        stderr: (text) => {
          out.stderr += text;
        },
        cwd: process.cwd(),
        stderrIsTTY,
        progress: (text) => {
          out.stderr += text;
        },
      };
      expect(await main(["simulate", baseline, "--runs", "20", "--seed", "3", "--format", "json"], io)).toBe(
        0,
      );
      return out;
    };
    const terminal = await run(true);
    const piped = await run(false);
    expect(piped.stderr).toBe("");
    expect(terminal.stderr).toContain("\r计算中 [");
    expect(terminal.stderr).toContain("100% 20/20");
    expect(terminal.stdout).toBe(piped.stdout);
  });

  it("usage mistakes exit 2 and name the option: no --runs, no --seed, a bad indicator, judgements without AHP", async () => {
    const cases: [string[], string][] = [
      [["--seed", "1"], "--runs"],
      [["--runs", "10"], "--seed"],
      [["--runs", "10", "--seed", "1", "--indicator-error", "人口密度=0.1"], "人口密度=0.1"],
      [["--runs", "10", "--seed", "1", "--indicator-error", "gdp=abc"], "gdp=abc"],
      [["--runs", "10", "--seed", "1", "--perturb", "judgements"], "--perturb judgements"],
      [["--runs", "10", "--seed", "1", "--concentration", "0"], "--concentration"],
    ];
    for (const [args, needle] of cases) {
      const { code, stderr } = await runCli(["simulate", baseline, ...args]);
      expect(code, args.join(" ")).toBe(2);
      expect(stderr).toContain(needle);
    }
  });
});

describe("quota-planner simulate --out", () => {
  /** Paths as the CLI shows them: relative to the working folder. */
  const shown = (path: string): string => relative(process.cwd(), path);

  const args = ["simulate", baseline, "--runs", "20", "--seed", "7"];

  it("writes <scenario>-simulation.{json,csv,md}; the seed is in the JSON and the Markdown, not in the CSV", async () => {
    const out = await mkdtemp(join(tmpdir(), "qp-simulate-out-"));
    const { code, stdout, stderr } = await runCli([...args, "--out", out]);
    expect(code).toBe(0);
    expect(stdout).toBe((await runCli(args)).stdout);
    expect((await readdir(out)).sort()).toEqual([
      "baseline-simulation.csv",
      "baseline-simulation.json",
      "baseline-simulation.md",
    ]);
    expect(stderr).toContain(`已写入 ${shown(out)}/baseline-simulation.{json,csv,md}`);
    const json = JSON.parse(await readFile(join(out, "baseline-simulation.json"), "utf8"));
    expect(json.provenance.seed).toBe(7);
    expect(await readFile(join(out, "baseline-simulation.md"), "utf8")).toContain("种子 7；");
    const csv = await readFile(join(out, "baseline-simulation.csv"), "utf8");
    expect(csv).toBe((await runCli([...args, "--format", "csv"])).stdout);
    expect(csv).not.toContain(json.provenance.files[0].hash);
    expect(
      csv
        .split("\r\n")
        .slice(1, -1)
        .every((line) => /^T\d\d,/.test(line)),
    ).toBe(true);
  });

  it("--out naming a file: exit 2 with the path, no run made, nothing written", async () => {
    const dir = await mkdtemp(join(tmpdir(), "qp-simulate-blocked-"));
    const file = join(dir, "out");
    await writeFile(file, "keep\n");
    const { code, stdout, stderr } = await runCli([...args, "--out", file, "--lang", "en"]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/^error: --out should name a folder, but .* is a file/);
    expect(stderr).toContain(shown(file));
    expect(stderr).toContain(`--out 应为文件夹，但 ${shown(file)} 是一个文件`);
    expect(await readdir(dir)).toEqual(["out"]);
  });

  it("the table states the seed once (in the sentence on how the runs were drawn)", async () => {
    const zh = (await runCli(args)).stdout;
    expect(zh.match(/种子 7/g)).toEqual(["种子 7"]);
    expect(zh).toContain("20 次模拟，种子 7；");
    const en = (await runCli([...args, "--lang", "en"])).stdout;
    expect(en.match(/seed 7/g)).toEqual(["seed 7"]);
  });
});
