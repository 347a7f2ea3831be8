import {
  transitionToCsv,
  transitionToJson,
  transitionToMarkdown,
  transitionToText,
} from "../report/format-transition.ts";
import { runScenario } from "../run/run-scenario.ts";
import { InputError } from "../types.ts";
import { TRANSITION_HELP } from "../words/cli-help.ts";
import { TRANSITION_LABELS } from "../words/transition-labels.ts";
import { analysisOutputs, loadScenarios, provenanceOf, scenarioStem } from "./analysis-input.ts";
import { bilingualLines, type Command, choice, onePositional, parseOptions, runCommand } from "./command.ts";
import { EXIT_INFEASIBLE, EXIT_NO_SOLUTION, EXIT_OK } from "./io.ts";

const help = TRANSITION_HELP;

/** `quota-planner transition <scenario.yaml>`: the multi-year path from today's posts to the allocation (R12). */
export const transitionCommand: Command = {
  name: "transition",
  help,
  run: (args, io) =>
    runCommand(help, args, io, async () => {
      const { values, positionals, lang } = parseOptions(args, ["format", "out"]);
      const format = choice(values.format, ["table", "json", "csv", "md"] as const, "format", "table");
      const path = onePositional(positionals, {
        zh: "transition 需要一个方案文件",
        en: "transition takes one scenario file",
      });
      const out = analysisOutputs(io, lang, values.out, `${scenarioStem(path)}-transition`);
      await out.check();
      const loaded = await loadScenarios([path], io.cwd);
      const scenario = loaded[0]!.scenario;
      if (scenario.transition === undefined)
        throw new InputError([
          {
            code: "no-transition",
            file: scenario.source,
            path: "transition",
            message: TRANSITION_LABELS.noBlock,
          },
        ]);
      const result = await runScenario(scenario);
      if (result.transition === undefined) {
        io.stderr(bilingualLines(TRANSITION_LABELS.noTarget, lang));
        for (const conflict of result.conflicts) io.stderr(bilingualLines(conflict.message, lang));
        return result.solver.status === "infeasible" ? EXIT_INFEASIBLE : EXIT_NO_SOLUTION;
      }
      const transition = result.transition;
      const source = { name: scenario.name, source: scenario.source };
      const provenance = provenanceOf(loaded);
      const rendered = {
        table: () => transitionToText(transition, source, provenance, lang),
        json: () => transitionToJson(transition, source, provenance),
        csv: () => transitionToCsv(transition, lang),
        md: () => transitionToMarkdown(transition, source, provenance, lang),
      };
      await out.emit(rendered, format);
      return transition.status === "feasible" ? EXIT_OK : EXIT_INFEASIBLE;
    }),
};
