import { officeChecks } from "../explain/office-checks.ts";
import { officeReport } from "../explain/office-report.ts";
import { officesToCsv, officesToJson, officesToMarkdown, officesToText } from "../report/format-offices.ts";
import { OFFICES_HELP } from "../words/office-cli-help.ts";
import { analysisOutputs, scenarioStem } from "./analysis-input.ts";
import { type Command, choice, onePositional, parseOptions, runCommand } from "./command.ts";
import { EXIT_OK } from "./io.ts";
import { loadPlanInput } from "./load-plan-input.ts";

const help = OFFICES_HELP;

/**
 * `quota-planner offices <scenario.yaml>`: the R10/R11 office checks per township, of a single-type scenario or of a
 * plan (`postTypes`): offices are per township, not per post type, so a plan gives one table, as `runPlan` checks it.
 */
export const officesCommand: Command = {
  name: "offices",
  help,
  run: (args, io) =>
    runCommand(help, args, io, async () => {
      const { values, positionals, lang } = parseOptions(args, ["format", "out"]);
      const format = choice(values.format, ["table", "json", "csv", "md"] as const, "format", "table");
      const path = onePositional(positionals, {
        zh: "offices 需要一个方案文件",
        en: "offices takes one scenario file",
      });
      const out = analysisOutputs(io, lang, values.out, `${scenarioStem(path)}-offices`);
      await out.check();
      const { plan, provenance } = await loadPlanInput(path, io.cwd);
      // the offices table and the standard's caps are shared by every post type: the first type's scenario holds them
      const scenario = plan.types[0]!.scenario;
      const report = officeReport(scenario);
      const view = { scenario: plan.source, report, checks: officeChecks(scenario, report) };
      const rendered = {
        table: () => officesToText(view, provenance, lang),
        json: () => officesToJson(view, provenance),
        csv: () => officesToCsv(view, lang),
        md: () => officesToMarkdown(view, provenance, lang),
      };
      await out.emit(rendered, format);
      return EXIT_OK;
    }),
};
