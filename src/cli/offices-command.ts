import { officeChecks } from "../explain/office-checks.ts";
import { officeReport } from "../explain/office-report.ts";
import { officesToCsv, officesToJson, officesToMarkdown, officesToText } from "../report/format-offices.ts";
import { OFFICES_HELP } from "../words/office-cli-help.ts";
import { analysisOutputs, loadScenarios, provenanceOf, scenarioStem } from "./analysis-input.ts";
import { type Command, choice, onePositional, parseOptions, runCommand } from "./command.ts";
import { EXIT_OK } from "./io.ts";

const help = OFFICES_HELP;

/** `quota-planner offices <scenario.yaml>`: the R10/R11 office checks per township. */
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
      const loaded = await loadScenarios([path], io.cwd);
      const scenario = loaded[0]!.scenario;
      const report = officeReport(scenario);
      const view = { scenario: scenario.source, report, checks: officeChecks(scenario, report) };
      const provenance = provenanceOf(loaded);
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
