import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { apportion } from "../allocation/apportion/apportion.ts";
import { describeLastPost } from "../allocation/apportion/last-post.ts";
import { parseApportionMethod } from "../allocation/apportion/signposts.ts";
import type {
  ApportionMethod,
  ApportionOk,
  ApportionUnit,
  HamiltonBounds,
  PriorityEntry,
} from "../allocation/apportion/types.ts";
import { decodeText } from "../data/decode-text.ts";
import { parseCsv } from "../data/parse-csv.ts";
import { parseNumber } from "../data/parse-number.ts";
import { textTable } from "../report/text-table.ts";
import { type Bilingual, formatProblem, InputError, type InputProblem, type Lang } from "../types.ts";
import { APPORTION_METHOD_LABELS } from "../words/method-labels.ts";
import { type CliIo, EXIT_BAD_INPUT, EXIT_INFEASIBLE, EXIT_OK } from "./io.ts";
import { readInputFile } from "./load-scenario.ts";

const USAGE: Bilingual = {
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

/** Parsed command line. */
interface ApportionArgs {
  readonly file: string;
  readonly total: number;
  readonly method: ApportionMethod;
  readonly min: number | undefined;
  readonly max: number | undefined;
  readonly weightColumn: string | undefined;
  readonly format: "table" | "json";
  readonly lang: Lang;
  readonly hamiltonBounds: HamiltonBounds;
}

/** A mistake on the command line, in both languages. */
class UsageError extends Error {
  readonly bilingual: Bilingual;
  constructor(message: Bilingual) {
    super(message.en);
    this.bilingual = message;
  }
}

/**
 * The `apportion` command: reads a plain CSV of units and weights, divides `--total` posts by the named
 * apportionment method within each unit's bounds, and prints a table (Chinese by default) or JSON with
 * each unit's posts and the step that placed its last post, the priority list, who would get the next
 * post, and any ties. The CSV is decoded as UTF-8, UTF-16 or GB18030 (`decodeText`) and split by
 * `parseCsv`.
 *
 * @param args the arguments after `apportion`
 * @param io output streams and working directory
 * @returns the exit code: 0 done, 1 infeasible bounds (the diagnosis names the numbers), 2 bad input or usage
 * @throws never for bad input; unexpected internal errors propagate
 * @example
 * await runApportionCommand(["states.csv", "--total", "105", "--method", "jefferson", "--lang", "en"], io) // 0
 */
export async function runApportionCommand(args: string[], io: CliIo): Promise<number> {
  const lang: Lang = langOf(args);
  if (args.includes("--help") || args.includes("-h")) {
    io.stdout(USAGE[lang]);
    return EXIT_OK;
  }
  try {
    const parsed = parseCommandLine(args);
    const units = await readUnits(parsed, io);
    const result = apportion(units, parsed.total, parsed.method, { hamiltonBounds: parsed.hamiltonBounds });
    if (result.status === "infeasible") {
      if (parsed.format === "json") {
        io.stdout(
          json({
            status: "infeasible",
            method: result.method,
            total: result.total,
            diagnosis: result.diagnosis,
          }),
        );
      }
      io.stderr(`无解：${result.diagnosis.zh}\ninfeasible: ${result.diagnosis.en}\n`);
      return EXIT_INFEASIBLE;
    }
    io.stdout(parsed.format === "json" ? json(toJson(result, parsed.lang)) : toTable(result, parsed.lang));
    return EXIT_OK;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(
        `错误：${error.bilingual.zh}\nerror: ${error.bilingual.en}\n（quota-planner apportion --help 查看用法 / see quota-planner apportion --help）\n`,
      );
      return EXIT_BAD_INPUT;
    }
    if (error instanceof InputError) {
      const lines = error.problems.flatMap((p) => [
        `错误：${formatProblem(p, "zh")}`,
        `error: ${formatProblem(p, "en")}`,
      ]);
      io.stderr(`${lines.join("\n")}\n`);
      return EXIT_BAD_INPUT;
    }
    throw error;
  }
}

function langOf(args: readonly string[]): Lang {
  const i = args.indexOf("--lang");
  if (i >= 0 && args[i + 1] === "en") return "en";
  return args.includes("--lang=en") ? "en" : "zh";
}

function parseCommandLine(args: readonly string[]): ApportionArgs {
  let values: Record<string, string | undefined>;
  let positionals: string[];
  try {
    const parsed = parseArgs({
      args: [...args],
      options: {
        total: { type: "string" },
        method: { type: "string" },
        min: { type: "string" },
        max: { type: "string" },
        "weight-column": { type: "string" },
        format: { type: "string" },
        lang: { type: "string" },
        "hamilton-bounds": { type: "string" },
      },
      allowPositionals: true,
      strict: true,
    });
    values = parsed.values as Record<string, string | undefined>;
    positionals = parsed.positionals;
  } catch (error) {
    throw new UsageError({
      zh: `参数有误：${(error as Error).message}`,
      en: `bad arguments: ${(error as Error).message}`,
    });
  }
  if (positionals.length !== 1) {
    throw new UsageError({
      zh: `需要且只需要一个 CSV 表格文件，实为 ${positionals.length} 个`,
      en: `expected exactly one CSV table file, found ${positionals.length}`,
    });
  }
  const total = wholeOption(values.total, "total");
  if (total === undefined)
    throw new UsageError({
      zh: "缺少 --total（要分配的编制总数）",
      en: "missing --total (the posts to divide)",
    });
  if (values.method === undefined) {
    throw new UsageError({
      zh: "缺少 --method（取整方法）",
      en: "missing --method (the apportionment method)",
    });
  }
  const method = parseApportionMethod(values.method);
  if (method === undefined) {
    const known = "hamilton, jefferson, dhondt, webster, sainte-lague, adams, dean, huntington-hill";
    throw new UsageError({
      zh: `--method 应为 ${known} 之一，实为“${values.method}”`,
      en: `--method should be one of ${known}, found "${values.method}"`,
    });
  }
  const min = wholeOption(values.min, "min");
  const max = wholeOption(values.max, "max");
  if (min !== undefined && max !== undefined && min > max) {
    throw new UsageError({ zh: `--min ${min} 大于 --max ${max}`, en: `--min ${min} is above --max ${max}` });
  }
  return {
    file: positionals[0]!,
    total,
    method,
    min,
    max,
    weightColumn: values["weight-column"],
    format: choice(values.format, ["table", "json"] as const, "format", "table"),
    lang: choice(values.lang, ["zh", "en"] as const, "lang", "zh"),
    hamiltonBounds: choice(
      values["hamilton-bounds"],
      ["requota", "fixed-quota"] as const,
      "hamilton-bounds",
      "requota",
    ),
  };
}

function wholeOption(value: string | undefined, option: string): number | undefined {
  if (value === undefined) return undefined;
  const n = parseNumber(value);
  if (n === undefined || !Number.isSafeInteger(n) || n < 0) {
    throw new UsageError({
      zh: `--${option} 应为非负整数，实为“${value}”`,
      en: `--${option} should be a whole number >= 0, found "${value}"`,
    });
  }
  return n;
}

function choice<T extends string>(
  value: string | undefined,
  allowed: readonly T[],
  option: string,
  fallback: T,
): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError({
    zh: `--${option} 应为 ${allowed.join("、")} 之一，实为“${value}”`,
    en: `--${option} should be one of ${allowed.join(", ")}, found "${value}"`,
  });
}

/** Reads the units from the CSV, collecting every problem (file, row, column) before failing. */
async function readUnits(args: ApportionArgs, io: CliIo): Promise<ApportionUnit[]> {
  const file = args.file;
  const bytes = await readInputFile(resolve(io.cwd, file), file);
  const records = parseCsv(decodeText(bytes).text, { file }).filter((r) =>
    r.cells.some((c) => c.trim() !== ""),
  );
  const header = records[0];
  if (!header || records.length < 2) {
    throw new InputError([
      {
        code: "no-rows",
        file,
        message: {
          zh: "表格没有数据行：应有一行表头和至少一行单位",
          en: "the table has no data rows: expected a header row and at least one unit",
        },
      },
    ]);
  }
  const headers = header.cells.map((cell) => cell.trim());
  const nameHeader = headers[0] ?? "";
  let weightIndex = 1;
  if (args.weightColumn !== undefined) {
    const wanted = args.weightColumn.trim();
    weightIndex = headers.indexOf(wanted);
    if (weightIndex < 0) weightIndex = headers.findIndex((h) => h.toLowerCase() === wanted.toLowerCase());
    if (weightIndex <= 0) {
      throw new InputError([
        {
          code: "missing-column",
          file,
          row: header.row,
          column: args.weightColumn,
          found: headers.join(", "),
          message: {
            zh: `找不到权重列“${args.weightColumn}”：表头为 ${headers.join("、")}（第一列是单位名称）`,
            en: `no weight column "${args.weightColumn}": the headers are ${headers.join(", ")} (the first column names the unit)`,
          },
        },
      ]);
    }
  } else if (headers.length < 2) {
    throw new InputError([
      {
        code: "missing-column",
        file,
        row: header.row,
        message: {
          zh: "表格只有一列：应有单位名称列和权重列",
          en: "the table has one column: expected a unit-name column and a weight column",
        },
      },
    ]);
  }
  const weightHeader = headers[weightIndex]!;
  const minIndex = headers.findIndex((h) => h.toLowerCase() === "min");
  const maxIndex = headers.findIndex((h) => h.toLowerCase() === "max");

  const problems: InputProblem[] = [];
  const units: ApportionUnit[] = [];
  const firstRow = new Map<string, number>();
  const at = (row: number, column: string) => ({ file, row, column });
  for (const record of records.slice(1)) {
    const cell = (i: number): string => (record.cells[i] ?? "").trim();
    const name = cell(0);
    if (name === "") {
      problems.push({
        code: "missing-name",
        ...at(record.row, nameHeader),
        message: { zh: "单位名称为空：应填写名称", en: "the unit name is empty: expected a name" },
      });
      continue;
    }
    const seenAt = firstRow.get(name);
    if (seenAt !== undefined) {
      problems.push({
        code: "duplicate-name",
        ...at(record.row, nameHeader),
        found: name,
        message: {
          zh: `单位“${name}”与第${seenAt}行重复：名称应唯一`,
          en: `unit "${name}" repeats row ${seenAt}: names must be unique`,
        },
      });
      continue;
    }
    firstRow.set(name, record.row);
    const weightText = cell(weightIndex);
    const weight = parseNumber(weightText);
    if (weight === undefined || weight < 0) {
      problems.push({
        code: weightText === "" ? "missing-value" : "not-a-number",
        ...at(record.row, weightHeader),
        found: weightText,
        message: {
          zh: weightText === "" ? "权重为空：应为非负数" : `权重应为非负数，实为“${weightText}”`,
          en:
            weightText === ""
              ? "the weight is empty: expected a number >= 0"
              : `expected a weight >= 0, found "${weightText}"`,
        },
      });
      continue;
    }
    const min = boundCell(minIndex, args.min);
    const max = boundCell(maxIndex, args.max);
    if (min === null || max === null) continue;
    if (min !== undefined && max !== undefined && min > max) {
      problems.push({
        code: "bounds-cross",
        ...at(record.row, headers[minIndex] ?? headers[maxIndex] ?? "min"),
        found: `${min} > ${max}`,
        message: {
          zh: `最低数 ${min} 大于最高数 ${max}：应有最低数不超过最高数`,
          en: `min ${min} is above max ${max}: expected min <= max`,
        },
      });
      continue;
    }
    units.push({
      name,
      weight,
      ...(min !== undefined ? { min } : {}),
      ...(max !== undefined ? { max } : {}),
    });

    /** The row's bound: its own cell, else the flag; null after recording a problem. */
    function boundCell(index: number, fallback: number | undefined): number | undefined | null {
      if (index < 0) return fallback;
      const text = cell(index);
      if (text === "") return fallback;
      const n = parseNumber(text);
      if (n === undefined || !Number.isSafeInteger(n) || n < 0) {
        problems.push({
          code: "not-a-whole-number",
          ...at(record.row, headers[index]!),
          found: text,
          message: { zh: `应为非负整数，实为“${text}”`, en: `expected a whole number >= 0, found "${text}"` },
        });
        return null;
      }
      return n;
    }
  }
  if (problems.length > 0) throw new InputError(problems);
  if (!units.some((unit) => unit.weight > 0)) {
    throw new InputError([
      {
        code: "all-weights-zero",
        file,
        column: weightHeader,
        message: {
          zh: `权重列“${weightHeader}”全为 0：至少一个单位的权重应大于 0`,
          en: `every weight in column "${weightHeader}" is 0: expected at least one weight > 0`,
        },
      },
    ]);
  }
  return units;
}

// ---------------------------------------------------------------------------------------------
// Output

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** Infinity has no JSON form: an unbounded maximum or an infinite priority is written as null. */
function finiteOrNull(x: number): number | null {
  return Number.isFinite(x) ? x : null;
}

function entryJson(entry: PriorityEntry) {
  return { rank: entry.rank, unit: entry.unit, post: entry.post, priority: finiteOrNull(entry.priority) };
}

function toJson(result: ApportionOk, lang: Lang) {
  return {
    units: result.units.map((unit) => ({
      name: unit.name,
      allocated: unit.allocated,
      weight: unit.weight,
      quota: unit.quota,
      boundedQuota: unit.boundedQuota,
      min: unit.min,
      max: finiteOrNull(unit.max),
      lastPost: unit.lastPost,
      lastPostText: describeLastPost(unit.lastPost, lang),
    })),
    priorityList: result.priorityList.map(entryJson),
    nextPost: result.nextPost && {
      unit: result.nextPost.unit,
      post: result.nextPost.post,
      priority: finiteOrNull(result.nextPost.priority),
      runnerUp: result.nextPost.runnerUp && {
        ...result.nextPost.runnerUp,
        priority: finiteOrNull(result.nextPost.runnerUp.priority),
      },
      margin: finiteOrNull(result.nextPost.margin),
    },
    ties: result.ties.map((tie) => ({ ...tie, priority: finiteOrNull(tie.priority) })),
    method: result.method,
    total: result.total,
    status: result.status,
    tieBreak: result.tieBreak[lang],
    ...(result.divisor
      ? {
          divisor: {
            low: result.divisor.low,
            high: finiteOrNull(result.divisor.high),
            nice: result.divisor.nice ?? null,
          },
        }
      : {}),
    ...(result.hamiltonBounds ? { hamiltonBounds: result.hamiltonBounds } : {}),
    ...(result.reductions ? { reductions: result.reductions.map(entryJson) } : {}),
  };
}

/** Plain numbers without locale: whole numbers as is, others to 4 decimals (trailing zeros dropped). */
function num(x: number): string {
  if (!Number.isFinite(x)) return "∞";
  if (Number.isInteger(x)) return String(x);
  return x.toFixed(4).replace(/0+$/, "").replace(/\.$/, "");
}

function toTable(result: ApportionOk, lang: Lang): string {
  const zh = lang === "zh";
  const label = APPORTION_METHOD_LABELS[result.method][lang];
  const lines: string[] = [];
  lines.push(zh ? `方法：${label}；总数 ${result.total}` : `Method: ${label}; total ${result.total}`);
  if (result.hamiltonBounds) {
    lines.push(zh ? `上下限规则：${result.hamiltonBounds}` : `Bound rule: ${result.hamiltonBounds}`);
  }
  lines.push("");
  const headers = zh
    ? ["单位", "权重", "份额", "限后份额", "最低", "最高", "分配", "最后一个名额来自"]
    : ["Unit", "Weight", "Quota", "Bounded quota", "Min", "Max", "Posts", "Last post from"];
  const rows = result.units.map((unit) => [
    unit.name,
    num(unit.weight),
    unit.quota.toFixed(3),
    unit.boundedQuota.toFixed(3),
    String(unit.min),
    Number.isFinite(unit.max) ? String(unit.max) : "—",
    String(unit.allocated),
    describeLastPost(unit.lastPost, lang),
  ]);
  lines.push(
    textTable(headers, rows, ["left", "right", "right", "right", "right", "right", "right", "left"]),
  );
  lines.push("");
  if (result.divisor) {
    const { low, high, nice } = result.divisor;
    lines.push(
      zh
        ? `除数：[${num(low)}, ${num(high)}) 内任一值（如 ${nice === undefined ? "—" : num(nice)}）都给出这一结果`
        : `Divisor: any value in [${num(low)}, ${num(high)}) gives this result (e.g. ${nice === undefined ? "—" : num(nice)})`,
    );
  }
  const tail = result.priorityList.slice(-5);
  if (tail.length > 0) {
    lines.push(zh ? "最后分出的名额：" : "Last posts handed out:");
    for (const entry of tail) {
      lines.push(
        zh
          ? `  第 ${entry.rank} 位：${entry.unit} 的第 ${entry.post} 个，优先值 ${num(entry.priority)}`
          : `  #${entry.rank}: ${entry.unit}, post ${entry.post}, priority ${num(entry.priority)}`,
      );
    }
  }
  const next = result.nextPost;
  if (next) {
    const runner = next.runnerUp
      ? zh
        ? `，领先 ${next.runnerUp.unit}（${num(next.runnerUp.priority)}）${num(next.margin)}`
        : `, ahead of ${next.runnerUp.unit} (${num(next.runnerUp.priority)}) by ${num(next.margin)}`
      : "";
    lines.push(
      zh
        ? `第 ${result.total + 1} 个名额将给：${next.unit} 的第 ${next.post} 个，优先值 ${num(next.priority)}${runner}`
        : `Post ${result.total + 1} would go to: ${next.unit}, post ${next.post}, priority ${num(next.priority)}${runner}`,
    );
  }
  for (const tie of result.ties) {
    const units = tie.units.join(zh ? "、" : ", ");
    lines.push(
      zh
        ? `${tie.decisive ? "决定性并列" : "并列"}：${units} 在第 ${tie.atRank} 位优先值相同（${num(tie.priority)}），得到名额的是 ${tie.awarded.join("、")}`
        : `${tie.decisive ? "Decisive tie" : "Tie"}: ${units} share priority ${num(tie.priority)} at rank ${tie.atRank}; awarded: ${tie.awarded.join(", ")}`,
    );
  }
  if (result.ties.length > 0)
    lines.push(zh ? `并列规则：${result.tieBreak.zh}` : `Tie-break rule: ${result.tieBreak.en}`);
  return `${lines.join("\n")}\n`;
}
