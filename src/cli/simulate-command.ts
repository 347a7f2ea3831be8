import { parseNumber } from "../data/parse-number.ts";
import {
  simulationToCsv,
  simulationToJson,
  simulationToMarkdown,
  simulationToText,
} from "../report/format-simulation.ts";
import type { WeightedScenario } from "../run/weigh-scenario.ts";
import { type IndicatorError, monteCarlo } from "../simulate/monte-carlo.ts";
import { ahpSpecOf } from "../simulate/perturb-weights.ts";
import { SIMULATE_HELP } from "../words/cli-help.ts";
import { analysisOutputs, loadScenarios, progressBar, provenanceOf, scenarioStem } from "./analysis-input.ts";
import {
  type Command,
  choice,
  listOption,
  numberOption,
  onePositional,
  parseOptions,
  runCommand,
  UsageError,
  wholeNumber,
} from "./command.ts";
import { EXIT_OK } from "./io.ts";

const help = SIMULATE_HELP;

/** The most runs one command makes. */
const MAX_RUNS = 1_000_000;

/** `quota-planner simulate <scenario.yaml> --runs N --seed S`: a seeded Monte Carlo of the weights. */
export const simulateCommand: Command = {
  name: "simulate",
  help,
  run: (args, io) =>
    runCommand(help, args, io, async () => {
      const { values, positionals, lang } = parseOptions(args, [
        "format",
        "out",
        "runs",
        "seed",
        "concentration",
        "perturb",
        "judgement-steps",
        "indicator-error",
      ]);
      const format = choice(values.format, ["table", "json", "csv", "md"] as const, "format", "table");
      const path = onePositional(positionals, {
        zh: "simulate 需要一个方案文件",
        en: "simulate takes one scenario file",
      });
      const runs = wholeNumber(values.runs, "runs");
      if (runs === undefined || runs < 1 || runs > MAX_RUNS) {
        throw new UsageError({
          zh: `--runs 应为 1 至 ${MAX_RUNS} 的整数${values.runs === undefined ? "（必填）" : `，实为“${values.runs}”`}`,
          en: `--runs should be a whole number from 1 to ${MAX_RUNS}${values.runs === undefined ? " (required)" : `, found "${values.runs}"`}`,
        });
      }
      const seed = wholeNumber(values.seed, "seed");
      if (seed === undefined || seed > 0xffffffff) {
        throw new UsageError({
          zh: `--seed 应为 0 至 4294967295 的整数${values.seed === undefined ? "（必填）" : `，实为“${values.seed}”`}`,
          en: `--seed should be a whole number from 0 to 4294967295${values.seed === undefined ? " (required)" : `, found "${values.seed}"`}`,
        });
      }
      const concentration = numberOption(values.concentration, "concentration", { min: 0, infinite: true });
      const judgementSteps = numberOption(values["judgement-steps"], "judgement-steps", {
        min: 0,
        minIncluded: true,
      });
      const perturb = choice(values.perturb, ["weights", "judgements"] as const, "perturb");
      const out = analysisOutputs(io, lang, values.out, `${scenarioStem(path)}-simulation`);
      await out.check();
      const loaded = await loadScenarios([path], io.cwd);
      const { scenario } = loaded[0]!;
      if (perturb === "judgements" && ahpSpecOf(scenario) === undefined) {
        throw new UsageError({
          zh: "--perturb judgements 只适用于层次分析法（AHP）赋权的方案",
          en: "--perturb judgements needs a scenario whose weights come from AHP",
        });
      }
      const indicatorErrors = parseIndicatorErrors(values["indicator-error"], scenario);
      const bar = progressBar(io, lang);
      const result = await monteCarlo(scenario, {
        runs,
        seed,
        ...(concentration !== undefined ? { concentration } : {}),
        ...(judgementSteps !== undefined ? { judgementSteps } : {}),
        ...(perturb !== undefined ? { perturb } : {}),
        indicatorErrors,
        onProgress: bar.update,
      });
      bar.done();
      const provenance = provenanceOf(loaded, seed);
      const rendered = {
        table: () => simulationToText(result, scenario.name, provenance, lang),
        json: () => simulationToJson(result, scenario.name, provenance),
        csv: () => simulationToCsv(result, lang),
        md: () => simulationToMarkdown(result, scenario.name, provenance, lang),
      };
      await out.emit(rendered, format);
      return EXIT_OK;
    }),
};

/**
 * `--indicator-error col=0.05,…`: each column named by the column key an indicator reads, the indicator's id, or its
 * display name in either language.
 * @throws {UsageError} naming the entry and the indicators there are
 */
function parseIndicatorErrors(value: string | undefined, scenario: WeightedScenario): IndicatorError[] {
  const entries = listOption(value) ?? [];
  const indicators = scenario.model.factors.flatMap((f) => f.indicators);
  return entries.map((entry) => {
    const match = /^(.+?)\s*[=＝]\s*(.+)$/.exec(entry);
    const name = match?.[1]?.trim() ?? "";
    const indicator = indicators.find(
      (i) => i.column === name || i.id === name || i.label.zh === name || i.label.en === name,
    );
    const relative = match === null ? undefined : parseNumber(match[2]!);
    if (indicator === undefined || relative === undefined || !(relative >= 0 && relative <= 1)) {
      throw new UsageError({
        zh: `--indicator-error 的“${entry}”应为 指标=相对误差（0 至 1），指标可为：${indicators.map((i) => i.label.zh).join("、")}`,
        en: `--indicator-error "${entry}" should be indicator=relative error (0 to 1), with an indicator among: ${indicators.map((i) => `${i.label.en} (${i.column})`).join(", ")}`,
      });
    }
    return { column: indicator.column, relative };
  });
}
