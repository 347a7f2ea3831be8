import { parseArgs } from "node:util";
import { parseNumber } from "../data/parse-number.ts";
import { type Bilingual, formatProblem, InputError, type Lang } from "../types.ts";
import { type NumberRange, numberOptionMessage } from "../words/cli-messages.ts";
import { type CliIo, EXIT_BAD_INPUT, EXIT_OK } from "./io.ts";
import { OutputError } from "./write-files.ts";

/** A command of `quota-planner`: its help text (usage and every option, per language) and how it runs. */
export interface Command {
  readonly name: string;
  readonly help: Bilingual;
  /** Runs the command on the arguments after its name; returns the exit code. */
  readonly run: (args: readonly string[], io: CliIo) => Promise<number>;
}

/** A mistake on the command line (exit 2), in both languages. */
export class UsageError extends Error {
  readonly bilingual: Bilingual;
  constructor(message: Bilingual) {
    super(message.en);
    this.bilingual = message;
  }
}

/**
 * Runs a command body with the shared behaviour: `--help` / `-h` prints the help and exits 0; a usage
 * mistake prints the message and the help, an `InputError` every problem, an `OutputError` (a file-system problem
 * of `--out`) its path and what was wrong; all three exit 2. Anything else is left to `main` (exit 3).
 * @example await runCommand(help, ["--lang", "en", "--help"], io, body) // 0, after printing help.en (body not run)
 */
export async function runCommand(
  help: Bilingual,
  args: readonly string[],
  io: CliIo,
  body: () => Promise<number>,
): Promise<number> {
  const lang = langOf(args);
  const options = args.slice(0, args.includes("--") ? args.indexOf("--") : args.length);
  if (options.includes("--help") || options.includes("-h")) {
    io.stdout(help[lang]);
    return EXIT_OK;
  }
  try {
    return await body();
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(usageReport(error.bilingual, help, lang));
      return EXIT_BAD_INPUT;
    }
    if (error instanceof InputError) {
      io.stderr(problemReport(error, lang));
      return EXIT_BAD_INPUT;
    }
    if (error instanceof OutputError) {
      io.stderr(bilingualLines(error.bilingual, lang));
      return EXIT_BAD_INPUT;
    }
    throw error;
  }
}

/**
 * Parses a command's options with `node:util` `parseArgs` (strict: unknown options, missing values and
 * repeated options are usage errors). Every option takes a value; `--lang zh|en` is added to each command.
 * @example parseOptions(["a.yaml", "--format", "json"], ["format"]) // { values: { format: "json" }, positionals: ["a.yaml"], lang: "zh" }
 */
export function parseOptions<K extends string>(
  args: readonly string[],
  names: readonly K[],
): { values: Partial<Record<K, string>>; positionals: string[]; lang: Lang } {
  const options = Object.fromEntries([...names, "lang"].map((name) => [name, { type: "string" as const }]));
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: [...args], options, allowPositionals: true, strict: true, tokens: true });
  } catch (error) {
    throw new UsageError(parseArgsMessage(error as Error & { code?: string }));
  }
  const seen = new Set<string>();
  for (const token of parsed.tokens ?? []) {
    if (token.kind !== "option") continue;
    if (seen.has(token.name))
      throw new UsageError({ zh: `选项 --${token.name} 重复`, en: `option --${token.name} is given twice` });
    seen.add(token.name);
  }
  const values = parsed.values as Partial<Record<K | "lang", string>>;
  return {
    values,
    positionals: parsed.positionals,
    lang: choice(values.lang, ["zh", "en"] as const, "lang", "zh"),
  };
}

/**
 * An option with a fixed set of values; `fallback` when absent.
 * @throws {UsageError} naming the option, the values it takes and what was found
 */
export function choice<T extends string>(
  value: string | undefined,
  allowed: readonly T[],
  option: string,
  fallback: T,
): T;
export function choice<T extends string>(
  value: string | undefined,
  allowed: readonly T[],
  option: string,
): T | undefined;
export function choice<T extends string>(
  value: string | undefined,
  allowed: readonly T[],
  option: string,
  fallback?: T,
): T | undefined {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError({
    zh: `--${option} 应为 ${allowed.join("、")} 之一，实为“${value}”`,
    en: `--${option} should be one of ${allowed.join(", ")}, found "${value}"`,
  });
}

/**
 * An option holding a whole number >= 0 (full-width digits and thousands separators read as `parseNumber` reads them).
 * @throws {UsageError} for anything else
 */
export function wholeNumber(value: string | undefined, option: string): number | undefined {
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

/**
 * A number option within its range: above `min` (or from it, with `minIncluded`), up to `max` when given, finite
 * unless `infinite` (then "inf", "infinity" or "∞" give Infinity); undefined when absent.
 * @throws {UsageError} saying the range, in both languages (`numberOptionMessage`)
 * @example numberOption("0.05", "range", { min: 0, max: 1 }) // 0.05
 * @example numberOption("inf", "concentration", { min: 0, infinite: true }) // Infinity
 */
export function numberOption(
  value: string | undefined,
  option: string,
  range: NumberRange,
): number | undefined {
  if (value === undefined) return undefined;
  if (range.infinite === true && /^(inf|infinity|∞)$/i.test(value.trim())) return Number.POSITIVE_INFINITY;
  const n = parseNumber(value);
  const above = n !== undefined && (range.minIncluded === true ? n >= range.min : n > range.min);
  if (n === undefined || !Number.isFinite(n) || !above || (range.max !== undefined && !(n <= range.max)))
    throw new UsageError(numberOptionMessage(option, value, range));
  return n;
}

/** A comma-separated list option (",", "，" or "、"), blanks dropped. */
export function listOption(value: string | undefined): string[] | undefined {
  return value
    ?.split(/[,，、]/)
    .map((name) => name.trim())
    .filter((name) => name !== "");
}

/** Exactly one positional argument (the input file), else a usage error saying what the command takes. */
export function onePositional(positionals: readonly string[], what: Bilingual): string {
  if (positionals.length === 1) return positionals[0]!;
  throw new UsageError({
    zh: `${what.zh}，实有 ${positionals.length} 个${positionals.length > 0 ? `：${positionals.join("、")}` : ""}`,
    en: `${what.en}, found ${positionals.length}${positionals.length > 0 ? `: ${positionals.join(", ")}` : ""}`,
  });
}

/**
 * The one problem printer: a count, then every problem in both languages, the chosen language first.
 * @example
 * problemReport(new InputError([{ code: "x", file: "t.csv", row: 3, message: { zh: "应为正数", en: "expected a number > 0" } }]), "zh")
 * // "输入有误（共 1 处） / bad input (1 problem):\n错误：t.csv，第3行: 应为正数\nerror: t.csv, row 3: expected a number > 0\n"
 */
export function problemReport(error: InputError, lang: Lang): string {
  const n = error.problems.length;
  const header =
    lang === "zh"
      ? `输入有误（共 ${n} 处） / bad input (${n} problem${n > 1 ? "s" : ""}):`
      : `bad input (${n} problem${n > 1 ? "s" : ""}) / 输入有误（共 ${n} 处）:`;
  const lines = error.problems.flatMap((p) => {
    const zh = `错误：${formatProblem(p, "zh")}`;
    const en = `error: ${formatProblem(p, "en")}`;
    return lang === "zh" ? [zh, en] : [en, zh];
  });
  return `${header}\n${lines.join("\n")}\n`;
}

/** A message in both languages, the chosen language first, each on its own line after "错误：" / "error: ". */
export function bilingualLines(message: Bilingual, lang: Lang): string {
  const zh = `错误：${message.zh}`;
  const en = `error: ${message.en}`;
  return lang === "zh" ? `${zh}\n${en}\n` : `${en}\n${zh}\n`;
}

/** A usage mistake in both languages (Chinese first, as every message starts), then the command's help. */
export function usageReport(message: Bilingual, help: Bilingual, lang: Lang): string {
  return `错误：${message.zh}\nerror: ${message.en}\n\n${help[lang]}`;
}

/**
 * The `--lang` of a command line, read before parsing so that every message (usage errors, the error boundary's
 * line) can use it.
 * @example langOf(["solve", "a.yaml", "--lang", "en"]) // "en"
 */
export function langOf(args: readonly string[]): Lang {
  const i = args.indexOf("--lang");
  return (i >= 0 && args[i + 1] === "en") || args.includes("--lang=en") ? "en" : "zh";
}

function parseArgsMessage(error: Error & { code?: string }): Bilingual {
  const option = /'(--?[^' ]+)/.exec(error.message)?.[1] ?? "";
  if (error.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION")
    return { zh: `未知选项 ${option}`, en: `unknown option ${option}` };
  if (error.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE")
    return { zh: `选项 ${option} 缺少取值`, en: `option ${option} needs a value` };
  return { zh: `参数有误：${error.message}`, en: `bad arguments: ${error.message}` };
}
