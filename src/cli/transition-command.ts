import type { Provenance } from "../report/analysis-format.ts";
import {
  planTransitionToCsv,
  planTransitionToJson,
  planTransitionToMarkdown,
  planTransitionToText,
  transitionToCsv,
  transitionToJson,
  transitionToMarkdown,
  transitionToText,
} from "../report/format-transition.ts";
import type { WeightedPlan } from "../run/load-plan.ts";
import { planTransitions } from "../run/plan-transitions.ts";
import { runPlan } from "../run/run-plan.ts";
import { runScenario } from "../run/run-scenario.ts";
import { InputError, type Lang } from "../types.ts";
import { TRANSITION_HELP } from "../words/cli-help.ts";
import { TRANSITION_LABELS } from "../words/transition-labels.ts";
import { analysisOutputs, type RenderedAnalysis, scenarioStem } from "./analysis-input.ts";
import { bilingualLines, type Command, choice, onePositional, parseOptions, runCommand } from "./command.ts";
import { EXIT_INFEASIBLE, EXIT_NO_SOLUTION, EXIT_OK } from "./io.ts";
import { loadPlanInput } from "./load-plan-input.ts";

const help = TRANSITION_HELP;

/**
 * `quota-planner transition <scenario.yaml>`: the multi-year path from today's posts to the allocation (R12) — of a
 * single-type scenario, or each post type's path of a plan (`postTypes`), one section per type.
 */
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
      const { plan, isPlan, provenance } = await loadPlanInput(path, io.cwd);
      const scenario = plan.types[0]!.scenario;
      if (plan.types.every((type) => type.scenario.transition === undefined))
        throw new InputError([
          {
            code: "no-transition",
            file: scenario.source,
            path: "transition",
            message: TRANSITION_LABELS.noBlock,
          },
        ]);
      if (isPlan) return planTransition(plan, provenance, lang, (rendered) => out.emit(rendered, format));
      const result = await runScenario(scenario);
      if (result.transition === undefined) {
        io.stderr(bilingualLines(TRANSITION_LABELS.noTarget, lang));
        for (const conflict of result.conflicts) io.stderr(bilingualLines(conflict.message, lang));
        return result.solver.status === "infeasible" ? EXIT_INFEASIBLE : EXIT_NO_SOLUTION;
      }
      const transition = result.transition;
      const source = { name: scenario.name, source: scenario.source };
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

/**
 * A plan's paths (`runPlan`, `planTransitions`), every type's section printed; exit 0 when every type has a feasible
 * path, 3 when a type's solver gave no allocation (timed out, error), else 1 (a type infeasible, or a path).
 */
async function planTransition(
  plan: WeightedPlan,
  provenance: Provenance,
  lang: Lang,
  emit: (rendered: RenderedAnalysis) => Promise<void>,
): Promise<number> {
  const result = await runPlan(plan, { transition: true });
  const paths = planTransitions(plan, result);
  const source = { name: plan.name, source: plan.source };
  await emit({
    table: () => planTransitionToText(paths, source, provenance, lang),
    json: () => planTransitionToJson(paths, source, provenance),
    csv: () => planTransitionToCsv(paths, lang),
    md: () => planTransitionToMarkdown(paths, source, provenance, lang),
  });
  if (paths.some((p) => p.path === null && p.status !== "infeasible")) return EXIT_NO_SOLUTION;
  return paths.every((p) => p.path?.status === "feasible") ? EXIT_OK : EXIT_INFEASIBLE;
}
