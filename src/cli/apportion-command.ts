import { resolve } from "node:path";
import { apportion, apportionListLength } from "../allocation/apportion/apportion.ts";
import { APPORTION_METHOD_NAMES, parseApportionMethod } from "../allocation/apportion/signposts.ts";
import { decodeTableText } from "../data/decode-table-text.ts";
import { parseUnitsCsv } from "../data/units-csv.ts";
import { APPORTION_MAX_LISTED_POSTS } from "../policy.ts";
import { apportionInfeasibleToJson, apportionToJson, apportionToText } from "../report/apportion-report.ts";
import { apportionListTooLong } from "../words/apportion-limit.ts";
import { APPORTION_HELP } from "../words/cli-help.ts";
import {
  type Command,
  choice,
  onePositional,
  parseOptions,
  runCommand,
  UsageError,
  wholeNumber,
} from "./command.ts";
import { type CliIo, EXIT_INFEASIBLE, EXIT_OK } from "./io.ts";
import { readInputFile } from "./load-scenario.ts";

const help = APPORTION_HELP;

/**
 * `quota-planner apportion <table.csv>`: one classical apportionment method on a plain CSV of units and
 * weights (read by `parseUnitsCsv`), printed as a table (Chinese by default) or JSON.
 */
export const apportionCommand: Command = {
  name: "apportion",
  help,
  run: (args, io) =>
    runCommand(help, args, io, async () => {
      const { values, positionals, lang } = parseOptions(args, [
        "total",
        "method",
        "min",
        "max",
        "weight-column",
        "format",
        "hamilton-bounds",
      ]);
      const file = onePositional(positionals, {
        zh: "需要且只需要一个 CSV 表格文件",
        en: "expected exactly one CSV table file",
      });
      const total = wholeNumber(values.total, "total");
      if (total === undefined)
        throw new UsageError({
          zh: "缺少 --total（要分配的编制总数）",
          en: "missing --total (the posts to divide)",
        });
      if (values.method === undefined)
        throw new UsageError({
          zh: "缺少 --method（取整方法）",
          en: "missing --method (the apportionment method)",
        });
      const method = parseApportionMethod(values.method);
      if (method === undefined) choice(values.method, APPORTION_METHOD_NAMES, "method");
      const min = wholeNumber(values.min, "min");
      const max = wholeNumber(values.max, "max");
      const format = choice(values.format, ["table", "json"] as const, "format", "table");
      const hamiltonBounds = choice(
        values["hamilton-bounds"],
        ["requota", "fixed-quota"] as const,
        "hamilton-bounds",
        "requota",
      );
      const bytes = await readInputFile(resolve(io.cwd, file), file);
      const units = parseUnitsCsv(decodeTableText(bytes, file).text, {
        file,
        weightColumn: values["weight-column"],
        min,
        max,
      });
      const listed = apportionListLength(units, total, method!, { hamiltonBounds });
      if (listed > APPORTION_MAX_LISTED_POSTS) throw new UsageError(apportionListTooLong(total, listed));
      const result = apportion(units, total, method!, { hamiltonBounds });
      if (result.status === "infeasible") {
        if (format === "json") io.stdout(apportionInfeasibleToJson(result));
        io.stderr(`无解：${result.diagnosis.zh}\ninfeasible: ${result.diagnosis.en}\n`);
        return EXIT_INFEASIBLE;
      }
      io.stdout(format === "json" ? apportionToJson(result, lang) : apportionToText(result, lang));
      return EXIT_OK;
    }),
};

/**
 * Runs `apportion` on the arguments after the command name.
 * @returns the exit code: 0 done, 1 infeasible bounds (the diagnosis names the numbers), 2 bad input or usage
 * @example await runApportionCommand(["states.csv", "--total", "105", "--method", "jefferson", "--lang", "en"], io) // 0
 */
export function runApportionCommand(args: readonly string[], io: CliIo): Promise<number> {
  return apportionCommand.run(args, io);
}
