import { resolve } from "node:path";
import { apportion } from "../allocation/apportion/apportion.ts";
import { APPORTION_METHOD_NAMES, parseApportionMethod } from "../allocation/apportion/signposts.ts";
import { decodeText } from "../data/decode-text.ts";
import { parseUnitsCsv } from "../data/units-csv.ts";
import { apportionInfeasibleToJson, apportionToJson, apportionToText } from "../report/apportion-report.ts";
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

const help = {
  zh: `用法：quota-planner apportion <表格.csv> --total N --method 方法 [--min k] [--max k]
        [--weight-column 列名] [--format table|json] [--lang zh|en] [--hamilton-bounds requota|fixed-quota]

把 N 个编制按权重分给表中各单位，取整方法有出处：
  hamilton（最大余数）、jefferson 或 dhondt、webster 或 sainte-lague、adams、dean、huntington-hill
表格第一列为单位名称；权重取 --weight-column 指定的列，未指定时取第二列；
可选的 min、max 列为各行的最低数、最高数（空白时用 --min、--max）。
退出码：0 完成，1 无解（附诊断），2 输入或参数有误。
`,
  en: `usage: quota-planner apportion <table.csv> --total N --method METHOD [--min k] [--max k]
        [--weight-column COL] [--format table|json] [--lang zh|en] [--hamilton-bounds requota|fixed-quota]

Divides N posts among the table's units in proportion to a weight, by a method with a pedigree:
  hamilton (largest remainder), jefferson or dhondt, webster or sainte-lague, adams, dean, huntington-hill
The first column names the unit; the weight is the --weight-column column, else the second column;
optional columns min and max give each row's bounds (blank cells use --min and --max).
Exit codes: 0 done, 1 infeasible (with the diagnosis), 2 bad input or usage.
`,
};

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
      const units = parseUnitsCsv(decodeText(bytes).text, {
        file,
        weightColumn: values["weight-column"],
        min,
        max,
      });
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
