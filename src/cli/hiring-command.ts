import { hiringToCsv, hiringToJson, hiringToMarkdown, hiringToText } from "../report/format-hiring.ts";
import { planHiringSection } from "../run/plan-hiring-section.ts";
import { runPlan } from "../run/run-plan.ts";
import { HIRING_HELP } from "../words/cli-help.ts";
import { HIRING_LABELS } from "../words/hiring-labels.ts";
import { analysisOutputs, scenarioStem } from "./analysis-input.ts";
import { type Command, choice, onePositional, parseOptions, runCommand } from "./command.ts";
import { EXIT_OK } from "./io.ts";
import { loadPlanInput } from "./load-plan-input.ts";

const help = HIRING_HELP;

/**
 * `quota-planner hiring <scenario.yaml>`: the year's hiring plan (R7) and the lending table (R8) — of a single-type
 * scenario, or of a plan (`postTypes`): its one hiring plan over admin + institution posts, as `runPlan` makes it.
 */
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
      const { plan, provenance } = await loadPlanInput(path, io.cwd);
      const result = await runPlan(plan, { remedies: false });
      const section = planHiringSection(plan, result);
      const context = { name: plan.name, source: plan.source, data: plan.types[0]!.scenario.dataSource };
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
