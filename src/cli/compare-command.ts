import {
  comparisonToCsv,
  comparisonToJson,
  comparisonToMarkdown,
  comparisonToText,
} from "../report/format-compare.ts";
import { runScenario } from "../run/run-scenario.ts";
import { compareScenarios } from "../simulate/compare-scenarios.ts";
import { COMPARE_HELP } from "../words/cli-help.ts";
import { analysisOutputs, loadScenarios, provenanceOf, scenarioStem } from "./analysis-input.ts";
import { type Command, choice, parseOptions, runCommand, UsageError } from "./command.ts";
import { EXIT_OK } from "./io.ts";

const help = COMPARE_HELP;

/** `quota-planner compare a.yaml b.yaml [c.yaml …]`: scenarios side by side. */
export const compareCommand: Command = {
  name: "compare",
  help,
  run: (args, io) =>
    runCommand(help, args, io, async () => {
      const { values, positionals, lang } = parseOptions(args, ["format", "out"]);
      const format = choice(values.format, ["table", "json", "csv", "md"] as const, "format", "table");
      if (positionals.length < 2) {
        throw new UsageError({
          zh: `compare 需要至少两个方案文件，实有 ${positionals.length} 个`,
          en: `compare takes two or more scenario files, found ${positionals.length}`,
        });
      }
      const out = analysisOutputs(io, lang, values.out, positionals.map(scenarioStem).join("-vs-"));
      await out.check();
      const loaded = await loadScenarios(positionals, io.cwd);
      const runs = [];
      for (const { scenario } of loaded) runs.push({ scenario, result: await runScenario(scenario) });
      const comparison = compareScenarios(runs);
      const provenance = provenanceOf(loaded);
      const rendered = {
        table: () => comparisonToText(comparison, provenance, lang),
        json: () => comparisonToJson(comparison, provenance),
        csv: () => comparisonToCsv(comparison, lang),
        md: () => comparisonToMarkdown(comparison, provenance, lang),
      };
      await out.emit(rendered, format);
      return EXIT_OK;
    }),
};
