import { extname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { decodeTableText } from "../data/decode-table-text.ts";
import { looksLikeCountyCsv } from "../data/looks-like-county-csv.ts";
import { looksLikePairwiseCsv, parseIndicatorCsv, parseWeightsCsv } from "../data/weights-csv.ts";
import {
  ahpToJson,
  type CountySource,
  combinedToJson,
  criticToJson,
  entropyToJson,
  hierarchyToJson,
} from "../report/weights-json.ts";
import {
  ahpToText,
  combinedToText,
  criticToText,
  entropyToText,
  hierarchyToText,
} from "../report/weights-text.ts";
import { InputError } from "../types.ts";
import type { AhpHierarchyResult } from "../weighting/ahp-hierarchy.ts";
import { combinedWeights } from "../weighting/combined.ts";
import {
  countyCostDirections,
  countyIndicators,
  countyIndicatorTable,
} from "../weighting/county-indicators.ts";
import type { DirectionMap, IndicatorTable } from "../weighting/indicator-table.ts";
import {
  COMBINE_FORMS,
  DATA_WEIGHTING_METHODS,
  DERIVED_WEIGHTING_METHODS,
  ENTROPY_NORMALISATIONS,
} from "../weighting/methods.ts";
import { parsePairwiseCsv } from "../weighting/pairwise-csv.ts";
import { RANDOM_INDEX_IDS, type RandomIndexTable } from "../weighting/random-index.ts";
import { costDirections, matrixWeights, objectiveWeights } from "../weighting/weights-input-problems.ts";
import { weightsHelp } from "../words/cli-help.ts";
import {
  type Command,
  choice,
  listOption,
  onePositional,
  parseOptions,
  runCommand,
  UsageError,
} from "./command.ts";
import { type CliIo, EXIT_OK } from "./io.ts";
import { displayPath, loadCountyData, loadModel, readInputFile } from "./load-scenario.ts";

/** The standard model the package ships, used for a county table when no `--model` is given. */
const STANDARD_MODEL = fileURLToPath(new URL("../../models/standard.yaml", import.meta.url));

/** Hooks the caller wires in (`main` does). */
export interface WeightsCommandOptions {
  /**
   * Loads the AHP hierarchy of a model/scenario YAML file (called for `.yaml` / `.yml` files) with the
   * `--ri` table when one is given (else the model's own); may throw `InputError`. Without it, YAML files
   * are refused with a pointer to `validate`.
   */
  readonly loadModelWeights?: (
    file: string,
    options: { readonly randomIndex?: RandomIndexTable | undefined },
  ) => Promise<AhpHierarchyResult>;
}

const help = weightsHelp({
  METHODS: DERIVED_WEIGHTING_METHODS.join("|"),
  RANDOM_INDEX_IDS,
  ENTROPY_NORMALISATIONS,
  DATA_WEIGHTING_METHODS,
  COMBINE_FORMS,
});

const OPTIONS = [
  "method",
  "format",
  "ri",
  "cost",
  "normalise",
  "model",
  "indicators",
  "expert",
  "expert-share",
  "data-method",
  "combine",
] as const;

/** Which methods each option applies to. */
const APPLIES: Readonly<Record<string, readonly string[]>> = {
  ri: ["ahp", "combined"],
  cost: ["entropy", "critic", "combined"],
  normalise: ["entropy", "critic", "combined"],
  model: ["entropy", "critic", "combined"],
  indicators: ["entropy", "critic", "combined"],
  expert: ["combined"],
  "expert-share": ["combined"],
  "data-method": ["combined"],
  combine: ["combined"],
};

/** The `weights` command, with the hook for model files. */
export function weightsCommand(options: WeightsCommandOptions = {}): Command {
  return {
    name: "weights",
    help,
    run: (args, io) => runCommand(help, args, io, () => weights(args, io, options)),
  };
}

/**
 * Runs `weights` on the arguments after the command name: AHP weights and consistency of a pairwise matrix CSV
 * (or of a model file, through `loadModelWeights`), entropy or CRITIC weights of a data CSV or a county table,
 * or expert and data weights combined. Prints a table (Chinese by default) or stable JSON.
 * @returns the exit code: 0 done (an inconsistent AHP matrix is reported, not an error), 2 bad input or usage
 * @example await runWeightsCommand(["--method", "ahp", "--lang", "en", "criteria.csv"], io)  // 0
 */
export function runWeightsCommand(
  args: readonly string[],
  io: CliIo,
  options: WeightsCommandOptions = {},
): Promise<number> {
  return weightsCommand(options).run(args, io);
}

async function weights(args: readonly string[], io: CliIo, options: WeightsCommandOptions): Promise<number> {
  const { values, positionals, lang } = parseOptions(args, OPTIONS);
  if (values.method === undefined) {
    throw new UsageError({
      zh: `缺少 --method（${DERIVED_WEIGHTING_METHODS.join("、")}）`,
      en: `missing --method (${DERIVED_WEIGHTING_METHODS.join(", ")})`,
    });
  }
  const method = choice(values.method, DERIVED_WEIGHTING_METHODS, "method", "ahp");
  if (positionals.length === 0) throw new UsageError({ zh: "缺少输入文件", en: "missing the input file" });
  const file = onePositional(positionals, { zh: "只能给一个输入文件", en: "expected one input file" });
  for (const [name, methods] of Object.entries(APPLIES)) {
    if (values[name as keyof typeof values] !== undefined && !methods.includes(method)) {
      throw new UsageError({
        zh: `选项 --${name} 不适用于 --method ${method}`,
        en: `option --${name} does not apply to --method ${method}`,
      });
    }
  }
  const format = choice(values.format, ["json", "table"] as const, "format", "table");
  const ri = choice(values.ri, RANDOM_INDEX_IDS, "ri");
  const normalise = choice(values.normalise, ENTROPY_NORMALISATIONS, "normalise", "minmax");
  const dataMethod =
    method === "entropy" || method === "critic"
      ? method
      : choice(values["data-method"], DATA_WEIGHTING_METHODS, "data-method", "entropy");
  if (values.normalise === "sum" && dataMethod === "critic") {
    throw new UsageError({
      zh: "CRITIC 法总是用极差标准化（minmax），不能用 --normalise sum",
      en: "CRITIC always uses min-max standardisation; --normalise sum does not apply",
    });
  }
  const form = choice(values.combine, COMBINE_FORMS, "combine", "additive");
  if (form === "multiplicative" && values["expert-share"] !== undefined) {
    throw new UsageError({
      zh: "乘法合成（--combine multiplicative）不使用 --expert-share",
      en: "the multiplicative form (--combine multiplicative) does not use --expert-share",
    });
  }
  const expertShare = share(values["expert-share"]);
  if (method === "combined" && values.expert === undefined) {
    throw new UsageError({
      zh: "组合赋权需要 --expert 专家权重文件",
      en: "combined weights need --expert with the expert weights file",
    });
  }
  const print = (json: () => string, table: () => string) => {
    io.stdout(format === "json" ? json() : table());
    return EXIT_OK;
  };
  try {
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
      const h = await options.loadModelWeights(resolve(io.cwd, file), { randomIndex: ri });
      return print(
        () => hierarchyToJson(file, h),
        () => hierarchyToText(file, h, lang),
      );
    }
    if (method === "ahp") {
      const r = matrixWeights(parsePairwiseCsv(await readData(file, io), { file }), ri, file);
      return print(
        () => ahpToJson(file, r),
        () => ahpToText(file, r, lang),
      );
    }
    const { table, directions, county } = await dataTable(file, io, values);
    const byData = () => objectiveWeights(table, dataMethod, normalise, directions, file);
    if (method !== "combined") {
      const r = byData();
      return r.method === "entropy"
        ? print(
            () => entropyToJson(file, r, county),
            () => entropyToText(file, r, lang, county),
          )
        : print(
            () => criticToJson(file, r, county),
            () => criticToText(file, r, lang, county),
          );
    }
    const expertFile = values.expert!;
    const expertText = await readData(expertFile, io);
    const isMatrix = looksLikePairwiseCsv(expertText);
    if (!isMatrix && ri !== undefined) {
      throw new UsageError({
        zh: `--ri 只用于判断矩阵，而 ${expertFile} 是权重表`,
        en: `--ri applies to a pairwise matrix, but ${expertFile} is a list of weights`,
      });
    }
    const ahp = isMatrix
      ? matrixWeights(parsePairwiseCsv(expertText, { file: expertFile }), ri, expertFile)
      : undefined;
    const expert = ahp ?? parseWeightsCsv(expertText, { file: expertFile });
    const data = byData();
    const combined = combinedWeights(expert, { names: data.indicators, weights: data.weights }, expertShare, {
      form,
    });
    const report = { expertFile, dataFile: file, ahp, data, combined, county };
    return print(
      () => combinedToJson(report),
      () => combinedToText(report, lang),
    );
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    throw new InputError([
      {
        code: "invalid-input",
        file,
        message: { zh: `无法计算权重：${error.message}`, en: `cannot compute weights: ${error.message}` },
      },
    ]);
  }
}

/**
 * The data of entropy / CRITIC: a plain CSV of alternatives × indicators, or a county table weighed on the
 * model's indicators (or the `--indicators` columns) with the model's directions; `--cost` adds cost indicators.
 */
async function dataTable(
  file: string,
  io: CliIo,
  values: Partial<Record<(typeof OPTIONS)[number], string>>,
): Promise<{ table: IndicatorTable; directions: DirectionMap; county?: CountySource }> {
  const cost = listOption(values.cost) ?? [];
  const text = /\.(xlsx|json)$/i.test(extname(file)) ? undefined : await readData(file, io);
  if (text !== undefined && !looksLikeCountyCsv(text)) {
    if (values.model !== undefined || values.indicators !== undefined) {
      throw new UsageError({
        zh: `--model、--indicators 只用于乡镇表（含编号、名称、类别列），而 ${file} 是指标数据表`,
        en: `--model and --indicators apply to a county table (with id, name and category columns), but ${file} is a plain indicator table`,
      });
    }
    const table = parseIndicatorCsv(text, { file });
    return { table, directions: costDirections(table, cost, file) };
  }
  const modelFile = values.model ?? STANDARD_MODEL;
  const [data, model] = await Promise.all([loadCountyData(file, io.cwd), loadModel(modelFile, io.cwd)]);
  const indicators = countyIndicators(model, data, listOption(values.indicators));
  const { table, directions } = countyIndicatorTable(data, indicators);
  return {
    table,
    directions: { ...directions, ...countyCostDirections(indicators, cost, file) },
    county: {
      model: displayPath(modelFile, io.cwd),
      labels: Object.fromEntries(indicators.map((i) => [i.name, i.label])),
    },
  };
}

/** A CSV file's text in UTF-8, UTF-16 or GB18030; mixed or undecodable text refused (`decodeTableText`). */
async function readData(file: string, io: CliIo): Promise<string> {
  return decodeTableText(await readInputFile(resolve(io.cwd, file), file), file).text;
}

function share(text: string | undefined): number {
  if (text === undefined) return 0.5;
  const value = Number(text);
  if (text.trim() === "" || !Number.isFinite(value) || value < 0 || value > 1) {
    throw new UsageError({
      zh: `--expert-share 应为 0 到 1 之间的数，实为“${text}”`,
      en: `--expert-share should be a number from 0 to 1, found "${text}"`,
    });
  }
  return value;
}
