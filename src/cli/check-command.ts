import { complianceTable } from "../explain/compliance.ts";
import { complianceToText } from "../report/format-plan.ts";
import { safeJson } from "../report/safe-json.ts";
import { runPlan } from "../run/run-plan.ts";
import { CHECK_HELP } from "../words/cli-help.ts";
import { t } from "../words/t.ts";
import { type Command, choice, onePositional, parseOptions, runCommand } from "./command.ts";
import { EXIT_OK } from "./io.ts";
import { loadPlanWithFiles } from "./load-scenario.ts";

/** A rule failed (`check`): exit 1. */
export const EXIT_CHECK_FAILED = 1;

const help = CHECK_HELP;

/**
 * `quota-planner check <scenario.yaml>`: the compliance table of a scenario (one post type or several) — every rule
 * R1–R13 with pass / fail / not checked; exit 0 when none fails, 1 when one does, 2 for bad input.
 */
export const checkCommand: Command = {
  name: "check",
  help,
  run: (args, io) =>
    runCommand(help, args, io, async () => {
      const { values, positionals, lang } = parseOptions(args, ["format"]);
      const format = choice(values.format, ["table", "json"] as const, "format", "table");
      const path = onePositional(positionals, {
        zh: "check 需要一个方案文件",
        en: "check takes one scenario file",
      });
      const { plan } = await loadPlanWithFiles(path, io.cwd);
      const result = await runPlan(plan, { remedies: false, transition: true });
      const compliance = complianceTable(result);
      if (format === "json") io.stdout(safeJson({ scenario: result.scenario, compliance }));
      else io.stdout(`${t(plan.name, lang)} (${plan.source})\n\n${complianceToText(compliance, lang)}`);
      return compliance.status === "failed" ? EXIT_CHECK_FAILED : EXIT_OK;
    }),
};
