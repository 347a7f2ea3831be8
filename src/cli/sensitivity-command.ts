import {
  sensitivityToCsv,
  sensitivityToJson,
  sensitivityToMarkdown,
  sensitivityToText,
} from "../report/format-sensitivity.ts";
import { weightSensitivity } from "../simulate/weight-sensitivity.ts";
import { SENSITIVITY_HELP } from "../words/cli-help.ts";
import {
  analysisOutputs,
  loadScenarios,
  progressCounter,
  provenanceOf,
  scenarioStem,
} from "./analysis-input.ts";
import {
  type Command,
  choice,
  numberOption,
  onePositional,
  parseOptions,
  runCommand,
  UsageError,
  wholeNumber,
} from "./command.ts";
import { EXIT_OK } from "./io.ts";

const help = SENSITIVITY_HELP;

/** `quota-planner sensitivity <scenario.yaml>`: how the allocation depends on each weight and judgement. */
export const sensitivityCommand: Command = {
  name: "sensitivity",
  help,
  run: (args, io) =>
    runCommand(help, args, io, async () => {
      const { values, positionals, lang } = parseOptions(args, [
        "format",
        "out",
        "range",
        "steps",
        "resolution",
      ]);
      const format = choice(values.format, ["table", "json", "csv", "md"] as const, "format", "table");
      const path = onePositional(positionals, {
        zh: "sensitivity 需要一个方案文件",
        en: "sensitivity takes one scenario file",
      });
      const range = numberOption(values.range, "range", { min: 0, max: 1 }) ?? 0.1;
      const resolution = numberOption(values.resolution, "resolution", { min: 0, max: 0.005 }) ?? 1e-6;
      const steps = wholeNumber(values.steps, "steps") ?? 21;
      if (steps < 3 || steps % 2 === 0 || steps > 201) {
        throw new UsageError({
          zh: `--steps 应为 3 至 201 之间的奇数，实为“${values.steps}”`,
          en: `--steps should be an odd number from 3 to 201, found "${values.steps}"`,
        });
      }
      const out = analysisOutputs(io, lang, values.out, `${scenarioStem(path)}-sensitivity`);
      await out.check();
      const loaded = await loadScenarios([path], io.cwd);
      const { scenario } = loaded[0]!;
      const counter = progressCounter(io, lang);
      const result = await weightSensitivity(scenario, {
        range,
        steps,
        resolution,
        onProgress: counter.update,
      });
      counter.done();
      const provenance = provenanceOf(loaded);
      const rendered = {
        table: () => sensitivityToText(result, scenario.name, provenance, lang),
        json: () => sensitivityToJson(result, scenario.name, provenance),
        csv: () => sensitivityToCsv(result, lang),
        md: () => sensitivityToMarkdown(result, scenario.name, provenance, lang),
      };
      await out.emit(rendered, format);
      return EXIT_OK;
    }),
};
