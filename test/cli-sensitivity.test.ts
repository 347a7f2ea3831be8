import { describe, expect, it } from "vitest";
import { TOOLKIT_VERSION } from "../src/report/toolkit-version.ts";
import { runCli } from "./helpers/run-cli.ts";

const baseline = "scenarios/demo-county/baseline.yaml";

describe("quota-planner sensitivity", () => {
  it("--help lists every option in both languages", async () => {
    for (const lang of ["zh", "en"]) {
      const { code, stdout } = await runCli(["sensitivity", "--help", "--lang", lang]);
      expect(code).toBe(0);
      expect(stdout).toMatch(/^(用法：|Usage: )quota-planner sensitivity /);
      for (const option of ["--range", "--steps", "--resolution", "--format", "--lang"])
        expect(stdout).toContain(option);
    }
  });

  it("prints the critical change of each weight, states how exact it is, and the tornado summary (zh)", async () => {
    const { code, stdout, stderr } = await runCli(["sensitivity", baseline, "--steps", "5"]);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(stdout).toContain("以 0.005 为步长扫描，再二分至 0.000001");
    expect(stdout).toContain("最敏感的权重：");
    expect(stdout).toContain("龙卷风图摘要");
    for (const factor of ["区位与发展定位", "经济发展水平", "重点产业项目", "人口数量", "幅员面积"])
      expect(stdout).toContain(factor);
  });

  it("--format json holds the provenance and every weight's sweep", async () => {
    const { code, stdout } = await runCli(["sensitivity", baseline, "--steps", "3", "--format", "json"]);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.provenance.version).toBe(TOOLKIT_VERSION);
    expect(json.provenance.files[0].hash).toMatch(/^[0-9a-f]{12}$/);
    expect(json.weights).toHaveLength(5);
    expect(json.weights.every((w: { sweep: unknown[] }) => w.sweep.length === 3)).toBe(true);
  });

  it("options out of range are usage errors (exit 2)", async () => {
    for (const args of [
      ["--steps", "4"],
      ["--range", "0"],
      ["--range", "1.5"],
      ["--resolution", "0.01"],
    ]) {
      const { code, stderr } = await runCli(["sensitivity", baseline, ...args]);
      expect(code, args.join(" ")).toBe(2);
      expect(stderr).toContain(args[0]!);
    }
  });
});

describe("quota-planner sensitivity on a terminal", () => {
  it("counts its runs on stderr only when stderr is a terminal; stdout is the same", async () => {
    const { main } = await import("../src/cli/main.ts");
    const run = async (stderrIsTTY: boolean) => {
      const out = { stdout: "", stderr: "" };
      const code = await main(["sensitivity", baseline, "--steps", "3"], {
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
      });
      expect(code).toBe(0);
      return out;
    };
    const terminal = await run(true);
    const piped = await run(false);
    expect(piped.stderr).toBe("");
    expect(terminal.stderr).toMatch(/^\r计算中 10\r计算中 20/);
    expect(terminal.stdout).toBe(piped.stdout);
  });
});
