import { hiringToCsv, hiringToJson, hiringToMarkdown, hiringToText } from "../report/format-hiring.ts";
import { hiringSection } from "../run/hiring-section.ts";
import { runScenario } from "../run/run-scenario.ts";
import { HIRING_HELP } from "../words/cli-help.ts";
import { HIRING_LABELS } from "../words/hiring-labels.ts";
import { analysisOutputs, loadScenarios, provenanceOf, scenarioStem } from "./analysis-input.ts";
import { type Command, choice, onePositional, parseOptions, runCommand } from "./command.ts";
import { EXIT_OK } from "./io.ts";

const help = HIRING_HELP;

/** `quota-planner hiring <scenario.yaml>`: the year's hiring plan (R7) and the lending table (R8). */
export const hiringCommand: Command = {
  name: "hiring",
  help,
  run: (args, io) =>
    runCommand(help, args, io, async () => {
      const { values, positionals, lang } = parseOptions(args, ["format", "out"]);
      const format = choice(values.format, ["table", "json", "csv", "md"] as const, "format", "table");
      const path = onePositional(positionals, HIRING_LABELS.oneScenario);
      const out = analysisOutputs(io, lang, values.out, `${scenarioStem(path)}-hiring`);
      await out.check();
      const loaded = await loadScenarios([path], io.cwd);
      const { scenario } = loaded[0]!;
      const result = await runScenario(scenario, { remedies: false });
      const allocated = result.totals.allocated === null ? null : result.townships.map((t) => t.allocated);
      const section = result.hiring ?? hiringSection(scenario, allocated);
      const context = { name: scenario.name, source: scenario.source, data: scenario.dataSource };
      const provenance = provenanceOf(loaded);
      const rendered = {
        table: () => hiringToText(section, context, provenance, lang),
        json: () => hiringToJson(section, context, provenance),
        csv: () => hiringToCsv(section, lang),
        md: () => hiringToMarkdown(section, context, provenance, lang),
      };
      await out.emit(rendered, format);
      return EXIT_OK;
    }),
};
