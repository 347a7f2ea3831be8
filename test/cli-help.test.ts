import { describe, expect, it } from "vitest";
import { EXIT_BAD_INPUT, EXIT_INFEASIBLE, EXIT_NO_SOLUTION, EXIT_OK } from "../src/cli/io.ts";
import { runCli } from "./helpers/run-cli.ts";

/** Every command with the options its help must list. */
const COMMANDS: Record<string, readonly string[]> = {
  solve: ["--format", "--lang", "--out", "--solver"],
  validate: ["--sheet", "--lang"],
  weights: [
    "--method",
    "--format",
    "--lang",
    "--ri",
    "--cost",
    "--normalise",
    "--model",
    "--indicators",
    "--expert",
    "--expert-share",
    "--data-method",
    "--combine",
  ],
  apportion: [
    "--total",
    "--method",
    "--min",
    "--max",
    "--weight-column",
    "--format",
    "--lang",
    "--hamilton-bounds",
  ],
  sweep: ["--totals", "--format", "--lang"],
  // src/cli/report-command.ts (--debug is common to every command and listed by each help)
  report: ["--format", "--out", "--lang", "--debug"],
  check: ["--format", "--lang"],
  // The options each command's parseOptions accepts (src/cli/compare-command.ts, sensitivity-command.ts,
  // simulate-command.ts).
  compare: ["--format", "--out", "--lang"],
  offices: ["--format", "--out", "--lang"],
  categories: ["--format", "--out", "--lang"],
  sensitivity: ["--range", "--steps", "--resolution", "--format", "--out", "--lang"],
  hiring: ["--format", "--out", "--lang"],
  simulate: [
    "--runs",
    "--seed",
    "--concentration",
    "--perturb",
    "--judgement-steps",
    "--indicator-error",
    "--format",
    "--out",
    "--lang",
  ],
  transition: ["--format", "--out", "--lang"],
};

describe("quota-planner <command> --help", () => {
  for (const [command, options] of Object.entries(COMMANDS)) {
    it(`${command} --help and -h print the usage with every option, in Chinese by default, and exit 0`, async () => {
      for (const flag of ["--help", "-h"]) {
        const { code, stdout, stderr } = await runCli([command, flag]);
        expect(code).toBe(0);
        expect(stderr).toBe("");
        expect(stdout).toMatch(new RegExp(`^(用法：|usage: )quota-planner ${command} `));
        for (const option of options) expect(stdout, option).toContain(option);
      }
    });

    it(`${command} --help --lang en prints the English usage; help ${command} prints the same`, async () => {
      const direct = await runCli([command, "--help", "--lang", "en"]);
      expect(direct.code).toBe(0);
      expect(direct.stdout).toMatch(new RegExp(`^usage: quota-planner ${command} `, "i"));
      const viaHelp = await runCli(["help", command, "--lang", "en"]);
      expect(viaHelp.code).toBe(0);
      expect(viaHelp.stdout).toBe(direct.stdout);
      expect((await runCli(["help", command])).stdout).toBe((await runCli([command, "--help"])).stdout);
    });
  }

  it("--help wins over other arguments and mistakes: sweep --help no longer answers 'unknown option'", async () => {
    const { code, stdout, stderr } = await runCli(["sweep", "--help", "--totals", "nonsense"]);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(stdout).toContain("--totals A..B");
  });

  it("help, --help and -h print the overview listing every command and the exit codes; no command exits 2", async () => {
    for (const args of [["help"], ["--help"], ["-h"], ["help", "help"]]) {
      const { code, stdout } = await runCli(args);
      expect(code).toBe(0);
      for (const command of Object.keys(COMMANDS)) expect(stdout).toContain(`quota-planner ${command} `);
      expect(stdout).toContain("quota-planner help <command>");
      expect(stdout).toContain(
        "3  no result, not the input's fault: the solver stopped without an allocation",
      );
      expect(stdout).toContain("or an internal error (a bug; one line, the stack trace with --debug)");
    }
    const none = await runCli([]);
    expect(none.code).toBe(2);
    expect(none.stdout).toContain("Usage:");
  });
});

describe("quota-planner usage errors exit 2 with the message in both languages and the usage", () => {
  it("an unknown command, also after help", async () => {
    for (const args of [["frobnicate"], ["help", "frobnicate"]]) {
      const { code, stdout, stderr } = await runCli(args);
      expect(code).toBe(EXIT_BAD_INPUT);
      expect(stdout).toBe("");
      expect(stderr).toContain("错误：未知命令 frobnicate\nerror: unknown command frobnicate\n");
      expect(stderr).toContain("quota-planner help <command>");
    }
  });

  it("unknown options, missing values, repeated options and bad choices, for every command", async () => {
    const cases: [string[], string, string][] = [
      [
        ["solve", "scenarios/demo-county/baseline.yaml", "--fromat", "json"],
        "unknown option --fromat",
        "solve",
      ],
      [
        ["solve", "scenarios/demo-county/baseline.yaml", "--format", "xml"],
        '--format should be one of table, json, csv, md, found "xml"',
        "solve",
      ],
      [["validate", "models/standard.yaml", "--sheet"], "option --sheet needs a value", "validate"],
      [["validate"], "validate takes one file, found 0", "validate"],
      [
        ["weights", "--method", "ahp", "--ri", "saaty", "--ri", "saaty", "x.csv"],
        "option --ri is given twice",
        "weights",
      ],
      [
        ["apportion", "x.csv", "--total", "5", "--method", "median"],
        "--method should be one of hamilton, jefferson, dhondt, webster, sainte-lague, adams, dean, huntington-hill",
        "apportion",
      ],
      [
        ["sweep", "scenarios/demo-county/baseline.yaml", "--totals", "9..1"],
        "--totals expects A..B",
        "sweep",
      ],
      [
        ["sweep", "scenarios/demo-county/baseline.yaml", "--lang", "fr"],
        '--lang should be one of zh, en, found "fr"',
        "sweep",
      ],
    ];
    cases.push(
      [
        ["compare", "scenarios/demo-county/baseline.yaml", "scenarios/demo-county/baseline.yaml", "--out"],
        "option --out needs a value",
        "compare",
      ],
      [
        ["sensitivity", "scenarios/demo-county/baseline.yaml", "--format", "xlsx"],
        '--format should be one of table, json, csv, md, found "xlsx"',
        "sensitivity",
      ],
      [
        ["simulate", "scenarios/demo-county/baseline.yaml", "--runs", "5", "--seed", "1", "--seeds", "2"],
        "unknown option --seeds",
        "simulate",
      ],
      [
        ["report", "scenarios/demo-county/baseline.yaml", "--format", "docx"],
        '--format should be one of pdf, html, xlsx, found "docx"',
        "report",
      ],
    );
    for (const [args, message, command] of cases) {
      const { code, stdout, stderr } = await runCli(args);
      expect(code, args.join(" ")).toBe(EXIT_BAD_INPUT);
      expect(stdout).toBe("");
      expect(stderr).toMatch(/^错误：.+\nerror: /);
      expect(stderr, args.join(" ")).toContain(message);
      // …followed by the command's usage.
      expect(stderr).toMatch(new RegExp(`\\n\\n(用法：|usage: )quota-planner ${command} `, "i"));
    }
  });
});

describe("quota-planner exit codes: 0 ok, 1 infeasible, 2 bad input, 3 no allocation", () => {
  it("the table is 0, 1, 2, 3", () => {
    expect([EXIT_OK, EXIT_INFEASIBLE, EXIT_BAD_INPUT, EXIT_NO_SOLUTION]).toEqual([0, 1, 2, 3]);
  });

  it("solve: 0 for the baseline, 1 for floors above the total, 2 for a bad file", async () => {
    expect((await runCli(["solve", "scenarios/demo-county/baseline.yaml"])).code).toBe(0);
    expect((await runCli(["solve", "test/fixtures/scenarios/floors-above-total.yaml"])).code).toBe(1);
    const bad = await runCli(["solve", "test/fixtures/scenarios/bad-schema.yaml"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^输入有误（共 5 处） \/ bad input \(5 problems\):\n错误：/);
  });

  it("apportion: 1 when the minimums need more than the total", async () => {
    const { code } = await runCli([
      "apportion",
      "test/fixtures/apportion/us-1790.csv",
      "--total",
      "10",
      "--method",
      "adams",
      "--min",
      "1",
    ]);
    expect(code).toBe(1);
  });

  it("every command prints bad input through the one problem printer (count, then each problem in both languages)", async () => {
    const runs = [
      ["solve", "nope.yaml"],
      ["validate", "nope.csv"],
      ["weights", "--method", "ahp", "nope.csv"],
      ["apportion", "nope.csv", "--total", "5", "--method", "adams"],
      ["sweep", "nope.yaml", "--totals", "1..2"],
      ["compare", "nope.yaml", "scenarios/demo-county/baseline.yaml"],
      ["sensitivity", "nope.yaml"],
      ["simulate", "nope.yaml", "--runs", "5", "--seed", "1"],
    ];
    for (const args of runs) {
      const { code, stderr } = await runCli(args);
      expect(code, args.join(" ")).toBe(2);
      expect(stderr).toMatch(
        /^输入有误（共 1 处） \/ bad input \(1 problem\):\n错误：nope\.\w+: 找不到该文件/,
      );
      expect(stderr).toContain("error: nope.");
    }
    const en = await runCli(["validate", "nope.csv", "--lang", "en"]);
    expect(en.stderr).toBe(
      "bad input (1 problem) / 输入有误（共 1 处）:\nerror: nope.csv: file not found: check the path\n错误：nope.csv: 找不到该文件，请检查路径\n",
    );
  });
});

describe("the language of a message", () => {
  it("is Chinese unless --lang en is given, even when the first argument is the word en (a file named en)", async () => {
    const { code, stderr } = await runCli(["validate", "en"]);
    expect(code).toBe(2);
    expect(stderr.startsWith("输入有误")).toBe(true);
    const en = await runCli(["validate", "en", "--lang=en"]);
    expect(en.stderr.startsWith("bad input")).toBe(true);
  });
});
