import { sweepToJson, sweepToText } from "../report/format-sweep.ts";
import { sweepTotals } from "../simulate/sweep-totals.ts";
import { type Command, choice, onePositional, parseOptions, runCommand, UsageError } from "./command.ts";
import { EXIT_OK } from "./io.ts";
import { loadScenario } from "./load-scenario.ts";

const help = {
  zh: `用法：quota-planner sweep <方案.yaml> --totals A..B [选项]
县总数从 A 变到 B 时各乡镇的编制，并标出每一处阿拉巴马悖论（总数增加、某乡镇反而减少）。
  --totals A..B        总数范围（整数，A ≤ B，至多 2001 个）
  --format table|json  输出格式（默认 table）
  --lang zh|en         语言（默认 zh）
退出码：0 完成，2 输入或参数有误。
`,
  en: `Usage: quota-planner sweep <scenario.yaml> --totals A..B [options]
Each township's posts as the county total moves from A to B; flags every Alabama paradox (a larger total costs a township a post).
  --totals A..B        the totals (whole numbers, A <= B, at most 2,001)
  --format table|json  output format (default table)
  --lang zh|en         language (default zh)
Exit codes: 0 done, 2 bad input or usage.
`,
};

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
