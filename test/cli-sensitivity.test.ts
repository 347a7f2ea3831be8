import { mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
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

describe("quota-planner sensitivity --out", () => {
  /** Paths as the CLI shows them: relative to the working folder. */
  const shown = (path: string): string => relative(process.cwd(), path);

  it("writes <scenario>-sensitivity.{json,csv,md}: the JSON and Markdown as printed, with the provenance; the CSV without it", async () => {
    const out = await mkdtemp(join(tmpdir(), "qp-sensitivity-out-"));
    const args = ["sensitivity", baseline, "--steps", "3", "--lang", "en"];
    const { code, stdout, stderr } = await runCli([...args, "--out", out, "--format", "md"]);
    expect(code).toBe(0);
    expect((await readdir(out)).sort()).toEqual([
      "baseline-sensitivity.csv",
      "baseline-sensitivity.json",
      "baseline-sensitivity.md",
    ]);
    expect(stderr).toContain(`wrote ${shown(out)}/baseline-sensitivity.{json,csv,md}`);
    expect(await readFile(join(out, "baseline-sensitivity.md"), "utf8")).toBe(stdout);
    expect(stdout).toContain(`quota-planner ${TOOLKIT_VERSION}; content hash `);
    const json = JSON.parse(await readFile(join(out, "baseline-sensitivity.json"), "utf8"));
    expect(json.provenance.version).toBe(TOOLKIT_VERSION);
    const csv = await readFile(join(out, "baseline-sensitivity.csv"), "utf8");
    expect(csv).toBe((await runCli([...args, "--format", "csv"])).stdout);
    expect(csv).not.toContain(json.provenance.files[0].hash);
  });

  it("a folder where an output file should go: exit 2 with that path, nothing written", async () => {
    const out = await mkdtemp(join(tmpdir(), "qp-sensitivity-blocked-"));
    const underFile = join(out, "file");
    await writeFile(underFile, "keep\n");
    const { code, stdout, stderr } = await runCli(["sensitivity", baseline, "--out", join(underFile, "sub")]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain(`无法创建文件夹 ${shown(underFile)}/sub：路径中有一段是文件而不是文件夹`);
    expect(stderr).toContain(
      `cannot create the folder ${shown(underFile)}/sub: a part of the path is a file`,
    );
    expect(await readdir(out)).toEqual(["file"]);
  });
});
