import { resolve } from "node:path";
import { decodeText } from "../data/decode-text.ts";
import { displayWidth } from "../report/text-table.ts";
import { type Bilingual, formatProblem, InputError, type InputProblem, type Lang } from "../types.ts";
import { type AhpResult, ahpWeights, CONSISTENCY_THRESHOLD } from "../weighting/ahp.ts";
import { describeInconsistency } from "../weighting/ahp-consistency.ts";
import type { AhpHierarchyResult } from "../weighting/ahp-hierarchy.ts";
import {
  type CombinedResult,
  type CombineForm,
  combinedWeights,
  type WeightVector,
} from "../weighting/combined.ts";
import { type CriticResult, criticWeights } from "../weighting/critic.ts";
import { type EntropyNormalisation, type EntropyResult, entropyWeights } from "../weighting/entropy.ts";
import { formatJudgement } from "../weighting/fraction.ts";
import type { IndicatorTable } from "../weighting/indicator-table.ts";
import {
  formatRandomIndex,
  RANDOM_INDEX_IDS,
  RANDOM_INDEX_TABLES,
  type RandomIndexTable,
} from "../weighting/random-index.ts";
import {
  looksLikePairwiseCsv,
  parseIndicatorCsv,
  parsePairwiseCsv,
  parseWeightsCsv,
} from "../weighting/weights-csv.ts";
import { type CliIo, EXIT_BAD_INPUT, EXIT_OK } from "./io.ts";
import { readInputFile } from "./load-scenario.ts";

/** Hooks the lead wires in later. */
export interface WeightsCommandOptions {
  /**
   * Loads the AHP hierarchy of a model/scenario YAML file (called for `.yaml` / `.yml` files) and
   * returns its `ahpHierarchy` result; may throw `InputError`. Without it, YAML files are refused
   * with a pointer to `validate`.
   */
  readonly loadModelWeights?: (
    file: string,
    options: { readonly randomIndex: RandomIndexTable },
  ) => Promise<AhpHierarchyResult>;
}

type Method = "ahp" | "entropy" | "critic" | "combined";
type DataMethod = "entropy" | "critic";

interface WeightsArgs {
  readonly help: boolean;
  readonly method?: Method;
  readonly format: "json" | "table";
  readonly lang: Lang;
  readonly ri?: RandomIndexTable;
  readonly cost?: readonly string[];
  readonly normalise?: EntropyNormalisation;
  readonly expertShare?: number;
  readonly expert?: string;
  readonly dataMethod?: DataMethod;
  readonly combine?: CombineForm;
  readonly file?: string;
}

/** A usage mistake on the command line (exit 2). */
class UsageError extends Error {
  readonly bilingual: Bilingual;
  constructor(message: Bilingual) {
    super(message.en);
    this.bilingual = message;
  }
}

const USAGE: Bilingual = {
  zh: `用法：quota-planner weights --method ahp|entropy|critic|combined [选项] <文件>
  --method ahp       文件为判断矩阵 CSV（首行、首列为指标名称，单元格为 1/9–9 的数或 1/3 这样的分数）
  --method entropy   文件为乡镇 × 指标的数据 CSV（首列为名称），熵权法
  --method critic    同上，CRITIC 法
  --method combined  --expert 专家权重 CSV（指标,权重）或判断矩阵 CSV，<文件> 为数据 CSV
  --format json|table        输出格式（默认 table）
  --lang zh|en               表格语言（默认 zh）
  --ri ${RANDOM_INDEX_IDS.join("|")}   随机一致性指标表（默认 saaty）
  --cost 列,列               成本型（越小越好）指标
  --normalise sum|minmax     熵权法的归一化方式（默认 minmax）
  --expert 文件              组合赋权的专家权重
  --expert-share 0.5         组合赋权中专家权重所占比例（默认 0.5，加法合成）
  --data-method entropy|critic   组合赋权的数据权重方法（默认 entropy）
  --combine additive|multiplicative   合成方式（默认 additive）
`,
  en: `Usage: quota-planner weights --method ahp|entropy|critic|combined [options] <file>
  --method ahp       file is a pairwise matrix CSV (first row and column name the criteria; cells 1/9–9 or fractions such as 1/3)
  --method entropy   file is a CSV of townships × indicators (first column = names); entropy weights
  --method critic    same file; CRITIC weights
  --method combined  --expert weights CSV (name,weight) or matrix CSV; <file> is the data CSV
  --format json|table        output format (default table)
  --lang zh|en               table language (default zh)
  --ri ${RANDOM_INDEX_IDS.join("|")}   random index table (default saaty)
  --cost col,col             cost (smaller-is-better) indicators
  --normalise sum|minmax     entropy proportions (default minmax)
  --expert file              expert weights for combined
  --expert-share 0.5         expert share in the additive combination (default 0.5)
  --data-method entropy|critic   data method for combined (default entropy)
  --combine additive|multiplicative   combination form (default additive)
`,
};

/**
 * The `weights` command: AHP weights and consistency from a pairwise matrix CSV, entropy or
 * CRITIC weights from a data CSV, or expert and data weights combined. Prints a table (Chinese by
 * default) or stable JSON. Bad input or usage exits 2 with a message in both languages naming the
 * file, row and column.
 *
 * Model YAML files (`.yaml` / `.yml`) go through the optional `loadModelWeights` hook; without it
 * they are refused with a pointer to `validate`.
 *
 * @param args the arguments after `weights`
 * @param io output streams and working directory
 * @param options the optional `loadModelWeights` hook
 * @returns the exit code: 0 done (an inconsistent AHP matrix is reported, not an error), 2 bad input or usage
 * @throws never for bad input; unexpected internal errors propagate
 * @example
 * await runWeightsCommand(["--method", "ahp", "--lang", "en", "criteria.csv"], io)  // 0
 */
export async function runWeightsCommand(
  args: readonly string[],
  io: CliIo,
  options: WeightsCommandOptions = {},
): Promise<number> {
  let parsed: WeightsArgs;
  try {
    parsed = parseArgs(args);
  } catch (error) {
    if (error instanceof UsageError) return usageFailure(io, error.bilingual);
    throw error;
  }
  if (parsed.help) {
    io.stdout(USAGE[parsed.lang]);
    return EXIT_OK;
  }
  try {
    return await run(parsed, io, options);
  } catch (error) {
    if (error instanceof UsageError) return usageFailure(io, error.bilingual);
    if (error instanceof InputError) return inputFailure(io, error.problems);
    if (error instanceof RangeError) {
      return inputFailure(io, [
        {
          code: "invalid-input",
          ...(parsed.file !== undefined ? { file: parsed.file } : {}),
          message: { zh: `无法计算权重：${error.message}`, en: `cannot compute weights: ${error.message}` },
        },
      ]);
    }
    throw error;
  }
}

async function run(args: WeightsArgs, io: CliIo, options: WeightsCommandOptions): Promise<number> {
  const method = args.method!;
  const file = args.file!;
  if (/\.ya?ml$/i.test(file)) {
    if (method !== "ahp") {
      throw new UsageError({
        zh: `模型文件只能用 --method ahp 读取其层次分析判断，实为 --method ${method}`,
        en: `a model file can only be read with --method ahp (its AHP judgements), found --method ${method}`,
      });
    }
    if (options.loadModelWeights === undefined) {
      throw new UsageError({
        zh: `${file} 是模型文件：请用 \`validate\` 命令检查模型文件；weights 命令只读取判断矩阵 CSV`,
        en: `${file} is a model file: use \`validate\` for model files; the weights command reads matrix CSV files`,
      });
    }
    const hierarchy = await options.loadModelWeights(resolve(io.cwd, file), {
      randomIndex: args.ri ?? "saaty",
    });
    io.stdout(
      args.format === "json"
        ? json(hierarchyJson(file, hierarchy))
        : hierarchyTable(file, hierarchy, args.lang),
    );
    return EXIT_OK;
  }
  const text = await readText(io, file);
  if (method === "ahp") {
    const matrix = parsePairwiseCsv(text, { file });
    checkRandomIndexCovers(matrix.names.length, args.ri ?? "saaty", file);
    const result = ahpWeights(matrix.names, matrix.matrix, { randomIndex: args.ri ?? "saaty" });
    io.stdout(args.format === "json" ? json(ahpJson(file, result)) : ahpTable(file, result, args.lang));
    return EXIT_OK;
  }
  const table = parseIndicatorCsv(text, { file });
  const directions = costDirections(table, args.cost ?? [], file);
  const dataMethod: DataMethod =
    method === "critic" ? "critic" : method === "entropy" ? "entropy" : (args.dataMethod ?? "entropy");
  checkData(table, dataMethod, args.normalise ?? "minmax", directions, file);
  if (method === "entropy") {
    const result = entropyWeights(table, { normalise: args.normalise ?? "minmax", directions });
    io.stdout(
      args.format === "json" ? json(entropyJson(file, result)) : entropyTable(file, result, args.lang),
    );
    return EXIT_OK;
  }
  if (method === "critic") {
    const result = criticWeights(table, { directions });
    io.stdout(args.format === "json" ? json(criticJson(file, result)) : criticTable(file, result, args.lang));
    return EXIT_OK;
  }
  // combined
  const expertFile = args.expert!;
  const expertText = await readText(io, expertFile);
  let expert: WeightVector;
  let ahp: AhpResult | undefined;
  if (looksLikePairwiseCsv(expertText)) {
    const matrix = parsePairwiseCsv(expertText, { file: expertFile });
    checkRandomIndexCovers(matrix.names.length, args.ri ?? "saaty", expertFile);
    ahp = ahpWeights(matrix.names, matrix.matrix, { randomIndex: args.ri ?? "saaty" });
    expert = { names: ahp.names, weights: ahp.weights };
  } else {
    if (args.ri !== undefined) {
      throw new UsageError({
        zh: `--ri 只用于判断矩阵，而 ${expertFile} 是权重表`,
        en: `--ri applies to a pairwise matrix, but ${expertFile} is a list of weights`,
      });
    }
    expert = parseWeightsCsv(expertText, { file: expertFile });
  }
  const data =
    dataMethod === "entropy"
      ? entropyWeights(table, { normalise: args.normalise ?? "minmax", directions })
      : criticWeights(table, { directions });
  const combined = combinedWeights(
    expert,
    { names: data.indicators, weights: data.weights },
    args.expertShare ?? 0.5,
    { form: args.combine ?? "additive" },
  );
  const report = { expertFile, dataFile: file, ahp, data, combined };
  io.stdout(args.format === "json" ? json(combinedJson(report)) : combinedTable(report, args.lang));
  return EXIT_OK;
}

// ---------------------------------------------------------------------------------------------
// Arguments

const METHODS: readonly Method[] = ["ahp", "entropy", "critic", "combined"];

function parseArgs(args: readonly string[]): WeightsArgs {
  const values = new Map<string, string>();
  const positional: string[] = [];
  let help = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === "--help" || arg === "-h") {
      help = true;
      continue;
    }
    if (arg.startsWith("--")) {
      const eq = arg.indexOf("=");
      const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
      if (!KNOWN_OPTIONS.has(name)) {
        throw new UsageError({ zh: `未知选项 --${name}`, en: `unknown option --${name}` });
      }
      let value: string | undefined;
      if (eq !== -1) value = arg.slice(eq + 1);
      else {
        value = args[i + 1];
        i++;
      }
      if (value === undefined || value === "") {
        throw new UsageError({ zh: `选项 --${name} 缺少取值`, en: `option --${name} needs a value` });
      }
      if (values.has(name))
        throw new UsageError({ zh: `选项 --${name} 重复`, en: `option --${name} is given twice` });
      values.set(name, value);
      continue;
    }
    positional.push(arg);
  }
  const lang = oneOf(values.get("lang") ?? "zh", ["zh", "en"] as const, "lang");
  if (help) return { help, format: "table", lang };
  const methodText = values.get("method");
  if (methodText === undefined) {
    throw new UsageError({
      zh: `缺少 --method（${METHODS.join("、")}）`,
      en: `missing --method (${METHODS.join(", ")})`,
    });
  }
  const method = oneOf(methodText, METHODS, "method");
  if (positional.length !== 1) {
    throw new UsageError({
      zh:
        positional.length === 0
          ? "缺少输入文件"
          : `只能给一个输入文件，实有 ${positional.length} 个：${positional.join("、")}`,
      en:
        positional.length === 0
          ? "missing the input file"
          : `expected one input file, found ${positional.length}: ${positional.join(", ")}`,
    });
  }
  const applies: Record<string, readonly Method[]> = {
    ri: ["ahp", "combined"],
    cost: ["entropy", "critic", "combined"],
    normalise: ["entropy", "critic", "combined"],
    expert: ["combined"],
    "expert-share": ["combined"],
    "data-method": ["combined"],
    combine: ["combined"],
  };
  for (const [name, methods] of Object.entries(applies)) {
    if (values.has(name) && !methods.includes(method)) {
      throw new UsageError({
        zh: `选项 --${name} 不适用于 --method ${method}`,
        en: `option --${name} does not apply to --method ${method}`,
      });
    }
  }
  const normalise = values.has("normalise")
    ? oneOf(values.get("normalise")!, ["sum", "minmax"] as const, "normalise")
    : undefined;
  const dataMethod = values.has("data-method")
    ? oneOf(values.get("data-method")!, ["entropy", "critic"] as const, "data-method")
    : undefined;
  if (normalise === "sum" && (method === "critic" || (method === "combined" && dataMethod === "critic"))) {
    throw new UsageError({
      zh: "CRITIC 法总是用极差标准化（minmax），不能用 --normalise sum",
      en: "CRITIC always uses min-max standardisation; --normalise sum does not apply",
    });
  }
  const combine = values.has("combine")
    ? oneOf(values.get("combine")!, ["additive", "multiplicative"] as const, "combine")
    : undefined;
  let expertShare: number | undefined;
  if (values.has("expert-share")) {
    if (combine === "multiplicative") {
      throw new UsageError({
        zh: "乘法合成（--combine multiplicative）不使用 --expert-share",
        en: "the multiplicative form (--combine multiplicative) does not use --expert-share",
      });
    }
    const text = values.get("expert-share")!;
    expertShare = Number(text);
    if (!Number.isFinite(expertShare) || expertShare < 0 || expertShare > 1 || text.trim() === "") {
      throw new UsageError({
        zh: `--expert-share 应为 0 到 1 之间的数，实为“${text}”`,
        en: `--expert-share should be a number from 0 to 1, found "${text}"`,
      });
    }
  }
  if (method === "combined" && !values.has("expert")) {
    throw new UsageError({
      zh: "组合赋权需要 --expert 专家权重文件",
      en: "combined weights need --expert with the expert weights file",
    });
  }
  const cost = values.has("cost")
    ? values
        .get("cost")!
        .split(/[,，、]/)
        .map((name) => name.trim())
        .filter((name) => name !== "")
    : undefined;
  return {
    help,
    method,
    format: oneOf(values.get("format") ?? "table", ["json", "table"] as const, "format"),
    lang,
    ...(values.has("ri") ? { ri: oneOf(values.get("ri")!, RANDOM_INDEX_IDS, "ri") } : {}),
    ...(cost !== undefined ? { cost } : {}),
    ...(normalise !== undefined ? { normalise } : {}),
    ...(expertShare !== undefined ? { expertShare } : {}),
    ...(values.has("expert") ? { expert: values.get("expert")! } : {}),
    ...(dataMethod !== undefined ? { dataMethod } : {}),
    ...(combine !== undefined ? { combine } : {}),
    file: positional[0]!,
  };
}

const KNOWN_OPTIONS = new Set([
  "method",
  "format",
  "lang",
  "ri",
  "cost",
  "normalise",
  "expert",
  "expert-share",
  "data-method",
  "combine",
]);

function oneOf<T extends string>(value: string, allowed: readonly T[], option: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError({
    zh: `--${option} 应为 ${allowed.join("、")} 之一，实为“${value}”`,
    en: `--${option} should be one of ${allowed.join(", ")}, found "${value}"`,
  });
}

async function readText(io: CliIo, file: string): Promise<string> {
  const bytes = await readInputFile(resolve(io.cwd, file), file);
  return decodeText(bytes).text;
}

function costDirections(
  table: IndicatorTable,
  cost: readonly string[],
  file: string,
): Record<string, "cost"> {
  const unknown = cost.filter((name) => !table.indicators.includes(name));
  if (unknown.length > 0) {
    throw new InputError(
      unknown.map((name) => ({
        code: "unknown-indicator",
        file,
        column: name,
        found: name,
        message: {
          zh: `--cost 列出的“${name}”不是数据表中的指标：应为 ${table.indicators.join("、")} 之一`,
          en: `--cost names "${name}", which is not an indicator of the table: expected one of ${table.indicators.join(", ")}`,
        },
      })),
    );
  }
  return Object.fromEntries(cost.map((name) => [name, "cost" as const]));
}

/** The random-index table must cover the matrix size (Saaty's stops at 10). */
function checkRandomIndexCovers(n: number, table: RandomIndexTable, file: string): void {
  const size = RANDOM_INDEX_TABLES[table].values.length;
  if (n <= size) return;
  throw new InputError([
    {
      code: "matrix-too-large",
      file,
      found: String(n),
      message: {
        zh: `判断矩阵有 ${n} 个指标，而 ${RANDOM_INDEX_TABLES[table].label.zh}只到 ${size} 阶：请用 --ri alonso-lamata 或 --ri cn-textbook（到 15 阶），或减少指标`,
        en: `the matrix has ${n} criteria but the ${RANDOM_INDEX_TABLES[table].label.en} stops at ${size}: use --ri alonso-lamata or --ri cn-textbook (up to 15), or fewer criteria`,
      },
    },
  ]);
}

/** Data conditions the objective methods need, reported in both languages before computing. */
function checkData(
  table: IndicatorTable,
  method: DataMethod,
  normalise: EntropyNormalisation,
  directions: Readonly<Record<string, "cost">>,
  file: string,
): void {
  const problems: InputProblem[] = [];
  const varying = table.indicators.filter((_, j) => {
    const column = table.values.map((row) => row[j]!);
    return column.some((v) => v !== column[0]);
  });
  if (method === "entropy" && normalise === "sum") {
    table.indicators.forEach((indicator, j) => {
      const cost = directions[indicator] === "cost";
      table.values.forEach((row, i) => {
        const x = row[j]!;
        if (cost ? x <= 0 : x < 0) {
          problems.push({
            code: "not-positive",
            file,
            column: indicator,
            found: String(x),
            message: {
              zh: `“${table.names[i]}”的“${indicator}”为 ${x}：sum 方式要求${cost ? "成本型指标的值大于 0（取倒数）" : "值不小于 0"}；此类数据请用 --normalise minmax`,
              en: `"${indicator}" of "${table.names[i]}" is ${x}: the sum form needs ${cost ? "values > 0 for a cost indicator (reciprocals are used)" : "values >= 0"}; use --normalise minmax for such data`,
            },
          });
        }
      });
    });
  }
  if (method === "entropy" && varying.length === 0) {
    problems.push({
      code: "no-variation",
      file,
      message: {
        zh: "所有指标在各乡镇间都没有差异：熵权法无法确定权重",
        en: "no indicator varies across the alternatives: the entropy method cannot derive weights",
      },
    });
  }
  if (method === "critic" && varying.length < 2) {
    problems.push({
      code: "no-variation",
      file,
      message: {
        zh: `只有 ${varying.length} 个指标在各乡镇间有差异：CRITIC 法至少需要 2 个`,
        en: `only ${varying.length} indicator(s) vary across the alternatives: CRITIC needs at least 2`,
      },
    });
  }
  if (problems.length > 0) throw new InputError(problems);
}

function usageFailure(io: CliIo, message: Bilingual): number {
  io.stderr(
    `错误：${message.zh}\nerror: ${message.en}\n（quota-planner weights --help 查看用法 / see quota-planner weights --help）\n`,
  );
  return EXIT_BAD_INPUT;
}

function inputFailure(io: CliIo, problems: readonly InputProblem[]): number {
  const lines = problems.flatMap((problem) => [
    `错误：${formatProblem(problem, "zh")}`,
    `error: ${formatProblem(problem, "en")}`,
  ]);
  io.stderr(`${lines.join("\n")}\n`);
  return EXIT_BAD_INPUT;
}

// ---------------------------------------------------------------------------------------------
// JSON (fixed key order, numbers as computed)

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

function ahpJson(file: string, r: AhpResult) {
  return {
    method: "ahp",
    file,
    randomIndex: {
      table: r.randomIndex,
      label: RANDOM_INDEX_TABLES[r.randomIndex].label,
      source: RANDOM_INDEX_TABLES[r.randomIndex].source,
    },
    names: r.names,
    weights: r.weights,
    lambdaMax: r.lambdaMax,
    ci: r.ci,
    ri: r.ri,
    cr: r.cr,
    threshold: CONSISTENCY_THRESHOLD,
    consistent: r.consistent,
    judgements: r.judgements.map((j) => ({
      row: j.rowName,
      column: j.columnName,
      given: j.given,
      consistentValue: j.consistentValue,
      nearestScaleValue: j.nearestScaleValue,
      deviation: j.deviation,
      crIfReplaced: j.crIfReplaced,
    })),
    message: describeInconsistency(r),
  };
}

function entropyJson(file: string, r: EntropyResult) {
  return {
    method: "entropy",
    file,
    normalise: r.normalise,
    indicators: r.indicators,
    directions: r.directions,
    entropy: r.entropy,
    divergence: r.divergence,
    weights: r.weights,
    constant: r.constant,
  };
}

function criticJson(file: string, r: CriticResult) {
  return {
    method: "critic",
    file,
    normalise: r.normalise,
    sigmaType: "population",
    indicators: r.indicators,
    directions: r.directions,
    sigma: r.standardDeviation,
    correlation: r.correlation,
    conflict: r.conflict,
    information: r.information,
    weights: r.weights,
    constant: r.constant,
  };
}

interface CombinedReport {
  readonly expertFile: string;
  readonly dataFile: string;
  readonly ahp: AhpResult | undefined;
  readonly data: EntropyResult | CriticResult;
  readonly combined: CombinedResult;
}

function combinedJson(report: CombinedReport) {
  const { ahp, data, combined } = report;
  return {
    method: "combined",
    form: combined.form,
    expertShare: combined.expertShare,
    expert: {
      file: report.expertFile,
      source: ahp === undefined ? "weights" : "ahp",
      ...(ahp !== undefined
        ? {
            randomIndex: ahp.randomIndex,
            lambdaMax: ahp.lambdaMax,
            ci: ahp.ci,
            ri: ahp.ri,
            cr: ahp.cr,
            consistent: ahp.consistent,
          }
        : {}),
    },
    data: {
      file: report.dataFile,
      method: data.method,
      normalise: data.normalise,
      directions: data.directions,
      constant: data.constant,
    },
    names: combined.names,
    expertWeights: combined.expert,
    dataWeights: combined.data,
    weights: combined.weights,
  };
}

function hierarchyJson(file: string, h: AhpHierarchyResult) {
  const matrix = (r: AhpResult) => ({
    names: r.names,
    weights: r.weights,
    lambdaMax: r.lambdaMax,
    ci: r.ci,
    ri: r.ri,
    cr: r.cr,
    consistent: r.consistent,
  });
  return {
    method: "ahp",
    file,
    randomIndex: h.factors.combined.randomIndex,
    consistent: h.consistent,
    inconsistent: h.inconsistent,
    factors: matrix(h.factors.combined),
    indicators: Object.fromEntries(
      Object.entries(h.indicators).map(([factor, group]) => [factor, matrix(group.combined)]),
    ),
    global: h.global,
  };
}

// ---------------------------------------------------------------------------------------------
// Tables

const L = {
  ahpTitle: { zh: "层次分析法（AHP）权重", en: "AHP weights" },
  entropyTitle: { zh: "熵权法权重", en: "Entropy weights" },
  criticTitle: { zh: "CRITIC 法权重", en: "CRITIC weights" },
  combinedTitle: { zh: "组合赋权（主观 + 客观）", en: "Combined weights (expert + data)" },
  indicator: { zh: "指标", en: "Indicator" },
  weight: { zh: "权重", en: "Weight" },
  direction: { zh: "方向", en: "Direction" },
  benefit: { zh: "效益型", en: "benefit" },
  cost: { zh: "成本型", en: "cost" },
  riTable: { zh: "随机一致性指标表", en: "Random index table" },
} as const satisfies Record<string, Bilingual>;

function ahpTable(file: string, r: AhpResult, lang: Lang): string {
  const colon = lang === "zh" ? "：" : ": ";
  const lines = [
    `${L.ahpTitle[lang]} — ${file}`,
    `${L.riTable[lang]}${colon}${RANDOM_INDEX_TABLES[r.randomIndex].label[lang]}`,
    "",
  ];
  lines.push(
    renderTable(
      [L.indicator[lang], L.weight[lang]],
      r.names.map((name, i) => [name, r.weights[i]!.toFixed(4)]),
      ["left", "right"],
    ),
  );
  lines.push("");
  const verdict = r.consistent
    ? lang === "zh"
      ? `通过一致性检验（CR < ${CONSISTENCY_THRESHOLD.toFixed(2)}）`
      : `consistent (CR < ${CONSISTENCY_THRESHOLD.toFixed(2)})`
    : lang === "zh"
      ? `未通过一致性检验（CR ≥ ${CONSISTENCY_THRESHOLD.toFixed(2)}）`
      : `inconsistent (CR >= ${CONSISTENCY_THRESHOLD.toFixed(2)})`;
  const stats: [Bilingual, string][] = [
    [{ zh: "最大特征根 λmax", en: "Principal eigenvalue λmax" }, r.lambdaMax.toFixed(4)],
    [{ zh: "一致性指标 CI", en: "Consistency index CI" }, r.ci.toFixed(4)],
    [{ zh: "随机一致性指标 RI", en: "Random index RI" }, formatRandomIndex(r.ri)],
    [{ zh: "一致性比率 CR", en: "Consistency ratio CR" }, r.cr.toFixed(4)],
    [{ zh: "结论", en: "Verdict" }, verdict],
  ];
  lines.push(
    renderTable(
      null,
      stats.map(([label, value]) => [label[lang], value]),
      ["left", "left"],
    ),
  );
  if (r.judgements.length > 0 && r.names.length >= 3) {
    lines.push("");
    lines.push(
      lang === "zh"
        ? "判断复核（与权重偏离最大者在前）："
        : "Judgement review (largest deviation from the weights first):",
    );
    const headers =
      lang === "zh"
        ? ["行指标", "列指标", "给定值", "一致值 wi/wj", "最接近标度值", "只改此项后 CR"]
        : ["Row", "Column", "Given", "Consistent wi/wj", "Nearest scale value", "CR if changed"];
    lines.push(
      renderTable(
        headers,
        r.judgements
          .slice(0, 5)
          .map((j) => [
            j.rowName,
            j.columnName,
            formatJudgement(j.given),
            j.consistentValue.toFixed(3),
            formatJudgement(j.nearestScaleValue),
            j.crIfReplaced.toFixed(4),
          ]),
        ["left", "left", "right", "right", "right", "right"],
      ),
    );
  }
  lines.push("");
  lines.push(describeInconsistency(r)[lang]);
  return `${lines.join("\n")}\n`;
}

function directionLabel(direction: "benefit" | "cost", lang: Lang): string {
  return direction === "benefit" ? L.benefit[lang] : L.cost[lang];
}

function normaliseLine(normalise: EntropyNormalisation, lang: Lang): string {
  const text: Record<EntropyNormalisation, Bilingual> = {
    sum: {
      zh: "归一化方式：sum（原始值占列和的比重；成本型指标取倒数 1/x 后求比重）",
      en: "Normalisation: sum (proportions of the raw values; cost indicators use reciprocals 1/x)",
    },
    minmax: {
      zh: "归一化方式：minmax（先极差标准化：效益型 (x−min)/(max−min)，成本型 (max−x)/(max−min)，再求比重）",
      en: "Normalisation: minmax (min-max standardisation — benefit (x−min)/(max−min), cost (max−x)/(max−min) — then proportions)",
    },
  };
  return text[normalise][lang];
}

function constantLine(constant: readonly string[], lang: Lang): string[] {
  if (constant.length === 0) return [];
  return [
    lang === "zh"
      ? `以下指标在各乡镇间没有差异，不含信息，权重为 0：${constant.join("、")}`
      : `These indicators do not vary across alternatives, carry no information and get weight 0: ${constant.join(", ")}`,
  ];
}

function entropyTable(file: string, r: EntropyResult, lang: Lang): string {
  const headers =
    lang === "zh"
      ? ["指标", "方向", "信息熵 e", "差异系数 d", "权重 w"]
      : ["Indicator", "Direction", "Entropy e", "Divergence d", "Weight w"];
  const rows = r.indicators.map((name, j) => [
    name,
    directionLabel(r.directions[j]!, lang),
    r.entropy[j]!.toFixed(4),
    r.divergence[j]!.toFixed(4),
    r.weights[j]!.toFixed(4),
  ]);
  const lines = [
    `${L.entropyTitle[lang]} — ${file}`,
    normaliseLine(r.normalise, lang),
    "",
    renderTable(headers, rows, ["left", "left", "right", "right", "right"]),
    ...constantLine(r.constant, lang),
  ];
  return `${lines.join("\n")}\n`;
}

function criticTable(file: string, r: CriticResult, lang: Lang): string {
  const headers =
    lang === "zh"
      ? ["指标", "方向", "标准差 σ", "冲突性 Σ(1−r)", "信息量 C", "权重 w"]
      : ["Indicator", "Direction", "Std dev σ", "Conflict Σ(1−r)", "Information C", "Weight w"];
  const rows = r.indicators.map((name, j) => [
    name,
    directionLabel(r.directions[j]!, lang),
    r.standardDeviation[j]!.toFixed(4),
    r.conflict[j]!.toFixed(4),
    r.information[j]!.toFixed(4),
    r.weights[j]!.toFixed(4),
  ]);
  const lines = [
    `${L.criticTitle[lang]} — ${file}`,
    lang === "zh"
      ? "标准化：极差标准化（minmax）；σ 为总体标准差（除以 n，换成样本标准差权重不变）"
      : "Standardisation: min-max; σ is the population standard deviation (divisor n; the sample SD gives the same weights)",
    "",
    renderTable(headers, rows, ["left", "left", "right", "right", "right", "right"]),
    ...constantLine(r.constant, lang),
  ];
  return `${lines.join("\n")}\n`;
}

function combinedTable(report: CombinedReport, lang: Lang): string {
  const { ahp, data, combined } = report;
  const formLine =
    combined.form === "additive"
      ? lang === "zh"
        ? `合成方式：加法，w = ${combined.expertShare} × 专家权重 + ${round6(1 - combined.expertShare!)} × 数据权重`
        : `Form: additive, w = ${combined.expertShare} × expert + ${round6(1 - combined.expertShare!)} × data`
      : lang === "zh"
        ? "合成方式：乘法，w ∝ 专家权重 × 数据权重"
        : "Form: multiplicative, w ∝ expert × data";
  const expertLine =
    ahp === undefined
      ? lang === "zh"
        ? `专家权重：${report.expertFile}（权重表）`
        : `Expert weights: ${report.expertFile} (list of weights)`
      : lang === "zh"
        ? `专家权重：${report.expertFile}（AHP 判断矩阵，CR = ${ahp.cr.toFixed(4)}，${ahp.consistent ? "通过" : "未通过"}一致性检验，${RANDOM_INDEX_TABLES[ahp.randomIndex].label.zh}）`
        : `Expert weights: ${report.expertFile} (AHP matrix, CR = ${ahp.cr.toFixed(4)}, ${ahp.consistent ? "consistent" : "inconsistent"}, ${RANDOM_INDEX_TABLES[ahp.randomIndex].label.en})`;
  const dataName =
    data.method === "entropy"
      ? lang === "zh"
        ? `熵权法，${data.normalise}`
        : `entropy, ${data.normalise}`
      : "CRITIC";
  const dataLine =
    lang === "zh"
      ? `数据权重：${report.dataFile}（${dataName}）`
      : `Data weights: ${report.dataFile} (${dataName})`;
  const headers =
    lang === "zh"
      ? ["指标", "专家权重", "数据权重", "组合权重"]
      : ["Indicator", "Expert", "Data", "Combined"];
  const rows = combined.names.map((name, j) => [
    name,
    combined.expert[j]!.toFixed(4),
    combined.data[j]!.toFixed(4),
    combined.weights[j]!.toFixed(4),
  ]);
  const lines = [
    `${L.combinedTitle[lang]}`,
    formLine,
    expertLine,
    dataLine,
    "",
    renderTable(headers, rows, ["left", "right", "right", "right"]),
  ];
  if (ahp !== undefined && !ahp.consistent) lines.push("", describeInconsistency(ahp)[lang]);
  return `${lines.join("\n")}\n`;
}

function hierarchyTable(file: string, h: AhpHierarchyResult, lang: Lang): string {
  const lines = [`${L.ahpTitle[lang]} — ${file}`, ""];
  const headers =
    lang === "zh"
      ? ["因素", "因素权重", "指标", "层内权重", "全局权重"]
      : ["Factor", "Factor weight", "Indicator", "Local weight", "Global weight"];
  lines.push(
    renderTable(
      headers,
      h.global.map((g) => [
        g.factor,
        g.factorWeight.toFixed(4),
        g.indicator,
        g.localWeight.toFixed(4),
        g.weight.toFixed(4),
      ]),
      ["left", "right", "left", "right", "right"],
    ),
  );
  lines.push("");
  lines.push(describeInconsistency(h.factors.combined, { label: { zh: "因素层", en: "Factors" } })[lang]);
  for (const [factor, group] of Object.entries(h.indicators)) {
    if (group.names.length >= 2)
      lines.push(
        describeInconsistency(group.combined, {
          label: { zh: `“${factor}”的指标`, en: `Indicators of "${factor}"` },
        })[lang],
      );
  }
  return `${lines.join("\n")}\n`;
}

function round6(x: number): number {
  return Number(x.toFixed(6));
}

/** Monospace table; CJK characters count as two columns. A null header prints no header row. */
function renderTable(
  headers: readonly string[] | null,
  rows: readonly (readonly string[])[],
  align: readonly ("left" | "right")[],
): string {
  const all = headers === null ? rows : [headers, ...rows];
  const widths = align.map((_, c) => Math.max(...all.map((row) => displayWidth(row[c] ?? ""))));
  const line = (row: readonly string[]) =>
    row
      .map((cell, c) => {
        const pad = " ".repeat(widths[c]! - displayWidth(cell));
        return align[c] === "right" ? pad + cell : cell + pad;
      })
      .join("  ")
      .trimEnd();
  const out = all.map(line);
  if (headers !== null) out.splice(1, 0, widths.map((w) => "-".repeat(w)).join("  "));
  return out.join("\n");
}
