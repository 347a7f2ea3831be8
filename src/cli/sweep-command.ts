import { sweepToJson, sweepToText } from "../report/format-sweep.ts";
import { sweepTotals } from "../simulate/sweep-totals.ts";
import { SWEEP_HELP } from "../words/cli-help.ts";
import { type Command, choice, onePositional, parseOptions, runCommand, UsageError } from "./command.ts";
import { EXIT_OK } from "./io.ts";
import { loadScenario } from "./load-scenario.ts";

const help = SWEEP_HELP;

/** `quota-planner sweep <scenario.yaml> --totals A..B`: the allocation at each county total. */
export const sweepCommand: Command = {
  name: "sweep",
  help,
  run: (args, io) =>
    runCommand(help, args, io, async () => {
      const { values, positionals, lang } = parseOptions(args, ["totals", "format"]);
      const format = choice(values.format, ["table", "json"] as const, "format", "table");
      const path = onePositional(positionals, {
        zh: "sweep 需要一个方案文件",
        en: "sweep takes one scenario file",
      });
      const match = /^(\d+)\.\.(\d+)$/.exec(values.totals ?? "");
      const [from, to] = [Number(match?.[1]), Number(match?.[2])];
      if (!match || from > to || to - from > 2000) {
        throw new UsageError({
          zh: "--totals 应为 A..B（整数，A ≤ B，至多 2001 个）",
          en: "--totals expects A..B (whole numbers, A <= B, at most 2,001)",
        });
      }
      const scenario = await loadScenario(path, io.cwd);
      const sweep = await sweepTotals(scenario, from, to);
      io.stdout(format === "json" ? sweepToJson(sweep) : sweepToText(sweep, scenario, lang));
      return EXIT_OK;
    }),
};
