import { execFile } from "node:child_process";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { EXIT_BAD_INPUT, EXIT_INTERNAL, EXIT_NO_SOLUTION, EXIT_OK } from "../src/cli/io.ts";
import { internalErrorReport, main } from "../src/cli/main.ts";
import { captureIo, runCli } from "./helpers/run-cli.ts";

const BASELINE = "scenarios/demo-county/baseline.yaml";
const COMMANDS = ["solve", "validate", "weights", "apportion", "sweep", "report"] as const;

/** A CliIo whose standard output throws: an exception no command expects. */
function brokenStdout(error: unknown = new TypeError("boom is not a function")) {
  const { out, io } = captureIo();
  return {
    out,
    io: {
      ...io,
      stdout: () => {
        throw error;
      },
    },
  };
}

describe("main(argv, io): the one error boundary", () => {
  it("an unexpected exception is exit 3 with one line per language and no stack trace", async () => {
    const { out, io } = brokenStdout();
    const code = await main(["validate", "scenarios/demo-county/townships.csv"], io);
    expect(code).toBe(EXIT_INTERNAL);
    const lines = out.stderr.trimEnd().split("\n");
    expect(lines).toEqual([
      "错误：内部错误（程序缺陷，并非输入有误）：TypeError: boom is not a function。加 --debug 可显示调用栈",
      "error: internal error (a bug, not a problem of the input): TypeError: boom is not a function. Add --debug to see the stack trace",
    ]);
  });

  it("English first with --lang en; the stack trace only with --debug", async () => {
    const { out, io } = brokenStdout();
    expect(
      await main(["validate", "scenarios/demo-county/townships.csv", "--lang", "en", "--debug"], io),
    ).toBe(3);
    expect(out.stderr).toMatch(/^error: internal error/);
    expect(out.stderr).toMatch(/\n\s+at /);
  });

  it("exit 3 is also the solver's 'no allocation': both documented as 'no result, not the input's fault'", () => {
    expect(EXIT_INTERNAL).toBe(EXIT_NO_SOLUTION);
  });

  it("a thrown non-Error and a message with line breaks and escape bytes still give one line each", () => {
    const text = internalErrorReport("x\n\u001B[2Jy", { debug: false, lang: "zh" });
    expect(text.split("\n")).toHaveLength(3); // two lines and the final newline
    expect(text).not.toContain("\u001B");
  });

  for (const command of COMMANDS) {
    it(`${command} accepts --debug (--help --debug prints the same help, exit 0)`, async () => {
      const plain = await runCli([command, "--help"]);
      const debug = await runCli([command, "--debug", "--help"]);
      expect(debug.code).toBe(EXIT_OK);
      expect(debug.stdout).toBe(plain.stdout);
    });
  }

  it("--debug changes nothing on a normal run (solve prints the same bytes)", async () => {
    const plain = await runCli(["solve", BASELINE, "--format", "json"]);
    const debug = await runCli(["solve", "--debug", BASELINE, "--format", "json"]);
    expect(debug).toEqual(plain);
  });

  it("an unknown option is still a usage error (exit 2), not swallowed by the boundary", async () => {
    const { code, stderr } = await runCli(["solve", BASELINE, "--nonsense", "1"]);
    expect(code).toBe(EXIT_BAD_INPUT);
    expect(stderr).toContain("未知选项 --nonsense");
  });
});

describe("everything printed to a terminal is free of escape sequences and control characters", () => {
  const ESC = /(?![\n\r])[\p{Cc}\u202A-\u202E\u2066-\u2069]/u;

  it("a path with an escape sequence in a message (file not found) is printed without it", async () => {
    const { code, stderr } = await runCli(["validate", "\u001B]0;owned\u0007\u001B[2Jmissing\u202E.csv"]);
    expect(code).toBe(EXIT_BAD_INPUT);
    expect(stderr).not.toMatch(ESC);
    expect(stderr).toContain("missing.csv");
  });

  it("a cell value with escape bytes echoed in a located error is printed without them", async () => {
    const dir = await mkdtemp(join(tmpdir(), "qp-esc-"));
    const file = join(dir, "t.csv");
    await writeFile(
      file,
      "编号,乡镇名称,乡镇类别,人口（人）,行政编制\nT01,甲镇,中心镇,\u001B[31m12\u001B[0m\u0007,20\nT02,乙镇,中心镇,100,20\n",
    );
    const { code, stdout, stderr } = await runCli(["validate", file]);
    expect(code).toBe(EXIT_BAD_INPUT);
    expect(stdout + stderr).not.toMatch(ESC);
  });

  it("apportion's table and weights' table of names with escape bytes print none of them", async () => {
    const dir = await mkdtemp(join(tmpdir(), "qp-esc-units-"));
    const units = join(dir, "units.csv");
    await writeFile(units, "unit,weight\n\u001B[31mA\u001B[0m,3\nB\u0007\u202E,1\n");
    const apportioned = await runCli(["apportion", units, "--total", "4", "--method", "hamilton"]);
    expect(apportioned.code).toBe(EXIT_OK);
    expect(apportioned.stdout + apportioned.stderr).not.toMatch(ESC);
    expect(apportioned.stdout).toMatch(/^A\s+3\s+3\b/m); // Hamilton: 4 × 3/4 = 3 and 4 × 1/4 = 1
    const data = join(dir, "data.csv");
    await writeFile(data, "name,x,y\n\u001B]0;t\u0007A,1,2\nB,2,1\nC,3,5\n");
    const weighed = await runCli(["weights", "--method", "entropy", data]);
    expect(weighed.stdout + weighed.stderr).not.toMatch(ESC);
  });

  it("the text table of solve carries no control characters (captured stdout and stderr)", async () => {
    const { code, stdout, stderr } = await runCli(["solve", "test/fixtures/hostile/hostile.yaml"]);
    expect(code).toBe(EXIT_OK);
    expect(stdout + stderr).not.toMatch(ESC);
  });
});

describe("bin/quota-planner.js (the built CLI)", () => {
  it("a file-system problem of --out is exit 2 with no stack trace; help lists the exit codes and --debug", async () => {
    const run = promisify(execFile);
    const failed = await run("node", [
      "bin/quota-planner.js",
      "solve",
      BASELINE,
      "--out",
      "package.json",
    ]).catch((e) => e);
    expect(failed.code).toBe(2);
    expect(failed.stderr).toContain("--out 应为文件夹，但 package.json 是一个文件");
    expect(failed.stderr).not.toMatch(/\n\s+at /);
    const help = await run("node", ["bin/quota-planner.js", "help"]);
    expect(help.stdout).toContain("--debug");
    expect(help.stdout).toMatch(/^ {2}3 {2}no result.*\n.*or an internal error/m);
  });
});
