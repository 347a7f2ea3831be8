import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { basename, extname, join, resolve } from "node:path";
import { type ParseArgsConfig, parseArgs } from "node:util";
import { parse as parseYaml } from "yaml";
import { resultToCsv, resultToJson, resultToMarkdown, resultToText } from "../report/format-result.ts";
import { sweepToText } from "../report/format-sweep.ts";
import { runScenario } from "../run/run-scenario.ts";
import { sweepTotals } from "../simulate/sweep-totals.ts";
import { formatProblem, InputError, type Lang } from "../types.ts";
import { type AhpHierarchyResult, ahpHierarchy } from "../weighting/ahp-hierarchy.ts";
import { modelAhpInput } from "../weighting/derive-weights.ts";
import { runApportionCommand } from "./apportion-command.ts";
import { type CliIo, EXIT_BAD_INPUT, EXIT_INFEASIBLE, EXIT_OK } from "./io.ts";
import { displayPath, loadCountyData, loadModel, loadScenario, readInputFile } from "./load-scenario.ts";
import { runWeightsCommand } from "./weights-command.ts";

const USAGE = `quota-planner — 乡镇编制配置规划器 / township staffing quota planner

Usage:
  quota-planner solve <scenario.yaml> [--out dir] [--lang zh|en] [--format table|json|csv|md] [--solver auto|exact|highs|jsLpSolver]
  quota-planner validate <file>          check a county table (.csv/.xlsx/.json), a model or a scenario (.yaml)
  quota-planner weights --method ahp|entropy|critic|combined [--format table|json] <file>
                                         weights, λmax, CI, CR and inconsistent pairs (matrix CSV, data CSV or model YAML)
  quota-planner apportion <table.csv> --total N --method <name> [--min k] [--max k] [--weight-column col] [--format table|json]
                                         one classical method on a plain table of units and weights
  quota-planner sweep <scenario.yaml> --totals A..B [--format table|json] [--lang zh|en]
                                         each township's posts as the county total moves; flags the Alabama paradox

Exit codes: 0 ok, 1 infeasible (with the diagnosis) or no solution, 2 bad input.
`;

/** Exit code when a solver fails or times out without an allocation (documented in the README). */
export const EXIT_NO_SOLUTION = 3;

/**
 * Runs the command line. Returns the exit code; all output goes through `io`.
 * @example await main(["solve", "scenarios/demo-county/baseline.yaml", "--format", "json"], io)
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case "solve":
        return await solveCommand(rest, io);
      case "validate":
        return await validateCommand(rest, io);
      case "weights":
        return await runWeightsCommand(rest, io, { loadModelWeights: (file) => modelAhp(file, io.cwd) });
      case "apportion":
        return await runApportionCommand([...rest], io);
      case "sweep":
        return await sweepCommand(rest, io);
      case undefined:
      case "help":
      case "--help":
      case "-h":
        io.stdout(USAGE);
        return command === undefined ? EXIT_BAD_INPUT : EXIT_OK;
      default:
        io.stderr(`未知命令 / unknown command: ${command}\n\n${USAGE}`);
        return EXIT_BAD_INPUT;
    }
  } catch (error) {
    if (error instanceof InputError) {
      io.stderr(problemReport(error, langOf(argv)));
      return EXIT_BAD_INPUT;
    }
    if (error instanceof UsageError) {
      io.stderr(`${error.message}\n\n${USAGE}`);
      return EXIT_BAD_INPUT;
    }
    throw error;
  }
}

/** The AHP hierarchy of a model file (or of the model a scenario names), for `weights --method ahp <model.yaml>`. */
async function modelAhp(file: string, cwd: string): Promise<AhpHierarchyResult> {
  const text = new TextDecoder().decode(await readInputFile(resolve(cwd, file), displayPath(file, cwd)));
  const model = looksLikeModel(text)
    ? await loadModel(file, cwd)
    : (await loadScenario(file, cwd).catch(() => undefined))?.model;
  const spec = model?.weighting;
  if (model === undefined || spec === undefined || (spec.method !== "ahp" && spec.method !== "combined")) {
    throw new InputError([
      {
        code: "no-ahp",
        file: displayPath(file, cwd),
        path: "weighting",
        message: {
          zh: "该文件的标准没有层次分析法判断矩阵（weighting.method 应为 ahp 或 combined）",
          en: "this file's standard has no AHP judgement matrices (weighting.method must be ahp or combined)",
        },
      },
    ]);
  }
  return ahpHierarchy(modelAhpInput(model, spec.ahp), { randomIndex: spec.randomIndex });
}

async function sweepCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, {
    totals: { type: "string" },
    lang: { type: "string" },
    format: { type: "string" },
  });
  const lang = oneOf(values.lang, ["zh", "en"] as const, "--lang", "zh");
  const format = oneOf(values.format, ["table", "json"] as const, "--format", "table");
  if (positionals.length !== 1)
    throw new UsageError("sweep 需要一个方案文件 / sweep takes one scenario file");
  const match = /^(\d+)\.\.(\d+)$/.exec(String(values.totals ?? ""));
  if (!match || Number(match[1]) > Number(match[2]) || Number(match[2]) - Number(match[1]) > 2000) {
    throw new UsageError(
      "--totals 应为 A..B（整数，A ≤ B，至多 2001 个） / --totals expects A..B (whole numbers, A <= B, at most 2,001)",
    );
  }
  const scenario = await loadScenario(positionals[0]!, io.cwd);
  const sweep = await sweepTotals(scenario, Number(match[1]), Number(match[2]));
  io.stdout(format === "json" ? `${JSON.stringify(sweep, null, 2)}\n` : sweepToText(sweep, scenario, lang));
  return EXIT_OK;
}

/** A mistake on the command line. */
export class UsageError extends Error {}

function langOf(argv: readonly string[]): Lang {
  const i = argv.indexOf("--lang");
  return argv[i + 1] === "en" ? "en" : "zh";
}

/** Every problem in both languages, Chinese first, one per line. */
export function problemReport(error: InputError, lang: Lang): string {
  const other: Lang = lang === "zh" ? "en" : "zh";
  const header =
    lang === "zh"
      ? `输入有误（共 ${error.problems.length} 处） / bad input (${error.problems.length} problem${error.problems.length > 1 ? "s" : ""}):`
      : `bad input (${error.problems.length} problem${error.problems.length > 1 ? "s" : ""}) / 输入有误（共 ${error.problems.length} 处）:`;
  const lines = error.problems.map((p) => `- ${formatProblem(p, lang)}\n  ${formatProblem(p, other)}`);
  return `${header}\n${lines.join("\n")}\n`;
}

function parse<O extends NonNullable<ParseArgsConfig["options"]>>(args: readonly string[], options: O) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(`参数有误 / bad arguments: ${(error as Error).message}`);
  }
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], flag: string, fallback: T): T {
  if (value === undefined) return fallback;
  if (typeof value === "string" && (allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(
    `${flag} 应为 ${allowed.join("|")} / ${flag} expects ${allowed.join("|")}, found "${String(value)}"`,
  );
}

async function solveCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, {
    out: { type: "string" },
    lang: { type: "string" },
    format: { type: "string" },
    solver: { type: "string" },
  });
  const lang = oneOf(values.lang, ["zh", "en"] as const, "--lang", "zh");
  const format = oneOf(values.format, ["table", "json", "csv", "md"] as const, "--format", "table");
  if (positionals.length !== 1)
    throw new UsageError("solve 需要一个方案文件 / solve takes one scenario file");
  const path = positionals[0]!;
  let scenario = await loadScenario(path, io.cwd);
  if (values.solver !== undefined) {
    scenario = {
      ...scenario,
      solver: oneOf(values.solver, ["auto", "exact", "highs", "jsLpSolver"] as const, "--solver", "auto"),
    };
  }
  const result = await runScenario(scenario);
  const rendered = {
    json: () => resultToJson(result),
    csv: () => resultToCsv(result, lang),
    md: () => resultToMarkdown(result, lang),
    table: () => resultToText(result, lang),
  };
  io.stdout(rendered[format]());
  if (typeof values.out === "string") {
    const stem = basename(path, extname(path));
    await writeAll(resolve(io.cwd, values.out), [
      [`${stem}.json`, rendered.json()],
      [`${stem}.csv`, rendered.csv()],
      [`${stem}.md`, rendered.md()],
    ]);
    io.stderr(
      lang === "zh"
        ? `已写入 ${displayPath(join(values.out, stem), io.cwd)}.{json,csv,md}\n`
        : `wrote ${displayPath(join(values.out, stem), io.cwd)}.{json,csv,md}\n`,
    );
  }
  if (result.solver.status === "infeasible") return EXIT_INFEASIBLE;
  if (result.solver.status === "timedOut" || result.solver.status === "error") return EXIT_NO_SOLUTION;
  return EXIT_OK;
}

/** Writes every file under a temporary name first, then renames them, so a failure leaves nothing half-written. */
async function writeAll(dir: string, files: readonly (readonly [string, string])[]): Promise<void> {
  await mkdir(dir, { recursive: true });
  const temps = files.map(([name]) => join(dir, `.${name}.tmp-${process.pid}`));
  try {
    await Promise.all(files.map(([, text], i) => writeFile(temps[i]!, text, "utf8")));
    for (let i = 0; i < files.length; i++) await rename(temps[i]!, join(dir, files[i]![0]));
  } catch (error) {
    await Promise.all(temps.map((temp) => rm(temp, { force: true })));
    throw error;
  }
}

async function validateCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, { lang: { type: "string" }, sheet: { type: "string" } });
  const lang = oneOf(values.lang, ["zh", "en"] as const, "--lang", "zh");
  if (positionals.length !== 1) throw new UsageError("validate 需要一个文件 / validate takes one file");
  const path = positionals[0]!;
  const shown = displayPath(path, io.cwd);
  const zh = lang === "zh";
  const extension = extname(path).toLowerCase();
  if (extension === ".yaml" || extension === ".yml") {
    const text = new TextDecoder().decode(await readInputFile(resolve(io.cwd, path), shown));
    if (looksLikeModel(text)) {
      const model = await loadModel(path, io.cwd);
      const indicators = model.factors.reduce((s, f) => s + f.indicators.length, 0);
      io.stdout(
        zh
          ? `✓ 标准文件 ${shown}：${model.factors.length} 个因素，${indicators} 个指标\n`
          : `✓ model ${shown}: ${model.factors.length} factors, ${indicators} indicators\n`,
      );
      return EXIT_OK;
    }
    const scenario = await loadScenario(path, io.cwd);
    io.stdout(
      zh
        ? `✓ 方案文件 ${shown}：数据 ${scenario.dataSource}（${scenario.data.townships.length} 个乡镇），标准 ${scenario.modelSource}\n`
        : `✓ scenario ${shown}: data ${scenario.dataSource} (${scenario.data.townships.length} townships), model ${scenario.modelSource}\n`,
    );
    return EXIT_OK;
  }
  const data = await loadCountyData(path, io.cwd, values.sheet as string | undefined);
  const categories = new Set(data.townships.map((t) => t.category)).size;
  io.stdout(
    zh
      ? `✓ 数据文件 ${shown}：${data.townships.length} 个乡镇，${categories} 个类别，数值列 ${data.columns.join("、")}\n`
      : `✓ county table ${shown}: ${data.townships.length} townships, ${categories} categories, numeric columns ${data.columns.join(", ")}\n`,
  );
  return EXIT_OK;
}

/** A model file has `factors`; anything else is checked as a scenario (whose parser reports syntax errors). */
function looksLikeModel(text: string): boolean {
  try {
    const value: unknown = parseYaml(text);
    return typeof value === "object" && value !== null && "factors" in value;
  } catch {
    return false;
  }
}
