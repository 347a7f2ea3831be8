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
