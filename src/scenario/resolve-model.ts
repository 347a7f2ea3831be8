import { GENERAL_ADMIN_FLOOR } from "../policy.ts";
import {
  type AhpSpec,
  type Bilingual,
  CATEGORIES,
  type Category,
  type CategoryRule,
  DEFAULT_OBJECTIVE,
  type FactorSpec,
  InputError,
  type InputProblem,
  type PostType,
  type StaffingModel,
  type WeightingSpec,
} from "../types.ts";
import { indicatorPlace } from "../words/indicator-place.ts";
import { badRangeMessage } from "../words/input-messages.ts";
import { type ModelFile, modelFile } from "./model-schema.ts";
import { resolveOfficeStandard } from "./office-standard.ts";
import { parseYamlFile } from "./parse-yaml.ts";

/** Turns a text given once or per language into a Bilingual. */
export function toBilingual(
  text: string | { zh: string; en: string } | undefined,
  fallback: string,
): Bilingual {
  if (text === undefined) return { zh: fallback, en: fallback };
  return typeof text === "string" ? { zh: text, en: text } : text;
}

/**
 * Parses and resolves a staffing model file (models/*.yaml).
 * @throws {InputError} with every problem found (syntax, schema, duplicate ids, empty ranges).
 * @example parseModel(readFileSync("models/standard.yaml", "utf8"), "models/standard.yaml")
 */
export function parseModel(text: string, source: string): StaffingModel {
  const parsed = parseYamlFile(text, modelFile, source);
  if (parsed.status === "problems") throw new InputError(parsed.problems);
  return resolveModel(parsed.value, source);
}

/**
 * Resolves a schema-valid model file: defaults filled in, ids checked for uniqueness.
 * @throws {InputError} naming the key path of each problem.
 */
export function resolveModel(file: ModelFile, source: string): StaffingModel {
  const problems: InputProblem[] = [];
  const factorIds = new Set<string>();
  const indicatorIds = new Set<string>();
  const weighting = resolveWeighting(file.weighting, file.factors, source, problems);
  const factors: FactorSpec[] = file.factors.map((factor, f) => {
    const factorName = toBilingual(factor.label, factor.id);
    const factorPlace = { zh: `因素“${factorName.zh}”`, en: `factor "${factorName.en}"` };
    if (factorIds.has(factor.id))
      problems.push({ ...duplicate(source, `factors.${f}.id`, factor.id), place: factorPlace });
    factorIds.add(factor.id);
    if (factor.weight === undefined && weighting.method === "manual") {
      problems.push({
        code: "missing-weight",
        file: source,
        path: `factors.${f}.weight`,
        place: factorPlace,
        message: {
          zh: `因素“${factorName.zh}”缺少权重 weight（手工赋权时必填；或在 weighting 中选用 ahp、entropy、critic、combined）`,
          en: `factor "${factor.id}" has no weight (required with manual weighting; or choose ahp, entropy, critic or combined under weighting)`,
        },
      });
    }
    return {
      id: factor.id,
      label: toBilingual(factor.label, factor.id),
      weight: factor.weight ?? 1,
      indicators: factor.indicators.map((indicator, i) => {
        const path = `factors.${f}.indicators.${i}`;
        const place = indicatorPlace(factorName, toBilingual(indicator.label, indicator.id), path);
        if (indicatorIds.has(indicator.id))
          problems.push({ ...duplicate(source, `${path}.id`, indicator.id), place });
        indicatorIds.add(indicator.id);
        const range = indicator.range ?? [0, 1];
        if (!(range[0] < range[1])) {
          problems.push({
            code: "bad-range",
            file: source,
            path: `${path}.range`,
            place,
            found: JSON.stringify(range),
            message: badRangeMessage(JSON.stringify(range)),
          });
        }
        if (indicator.range !== undefined && indicator.normalise !== "minmax") {
          problems.push({
            code: "range-without-minmax",
            file: source,
            path: `${path}.range`,
            place,
            message: {
              zh: `range 只用于 normalise: minmax，本指标为 ${indicator.normalise}`,
              en: `range applies only to normalise: minmax; this indicator uses ${indicator.normalise}`,
            },
          });
        }
        return {
          id: indicator.id,
          label: toBilingual(indicator.label, indicator.id),
          column: indicator.column,
          direction: indicator.direction,
          transform: indicator.transform,
          normalise: indicator.normalise,
          range: [range[0], range[1]] as const,
          weight: indicator.weight,
        };
      }),
    };
  });
  file.factors.forEach((factor, f) => {
    if (factor.indicators.every((indicator) => indicator.weight === 0)) {
      const name = toBilingual(factor.label, factor.id);
      problems.push({
        ...zeroWeights(source, `factors.${f}.indicators`, name),
        place: { zh: `因素“${name.zh}”`, en: `factor "${name.en}"` },
      });
    }
  });
  if (weighting.method === "manual" && file.factors.every((factor) => factor.weight === 0)) {
    problems.push(zeroWeights(source, "factors", undefined));
  }
  if (problems.length > 0) throw new InputError(problems);

  const categories = Object.fromEntries(
    CATEGORIES.map((category): [Category, CategoryRule] => [
      category,
      {
        coefficient: file.categories?.[category]?.coefficient ?? 1,
        floor: postsFor(category, file.floors, { admin: GENERAL_ADMIN_FLOOR }),
        cap: postsFor(category, file.caps, {}),
      },
    ]),
  ) as Record<Category, CategoryRule>;

  return {
    source,
    name: toBilingual(file.name, source),
    ...(file.description !== undefined ? { description: toBilingual(file.description, "") } : {}),
    factors,
    weighting,
    categories,
    ...(file.offices !== undefined ? { offices: resolveOfficeStandard(file.offices) } : {}),
    allocation: {
      objective:
        file.allocation?.objective === undefined
          ? DEFAULT_OBJECTIVE
          : file.allocation.objective === "absDeviation"
            ? "least-absolute-deviation"
            : file.allocation.objective,
      ordering: file.allocation?.ordering ?? false,
    },
  };
}

/**
 * Resolves a weighting block against the model's factors (AHP blocks must name known factors).
 * `path` is where the block sits ("weighting" in a model, "overrides.weighting" in a scenario).
 */
export function resolveWeighting(
  w: ModelFile["weighting"],
  factors: readonly {
    readonly id: string;
    readonly label?: ModelFile["factors"][number]["label"] | Bilingual;
  }[],
  source: string,
  problems: InputProblem[],
  path = "weighting",
): WeightingSpec {
  if (w === undefined || w.method === "manual") return { method: "manual" };
  if (w.method === "entropy") return { method: "entropy", normalise: w.normalise ?? "minmax" };
  if (w.method === "critic") return { method: "critic" };
  if (w.ahp === undefined) {
    problems.push({
      code: "missing-ahp",
      file: source,
      path: `${path}.ahp`,
      message: {
        zh: `weighting.method 为 ${w.method} 时需要 ahp 判断矩阵（factors，以及多指标因素的 indicators）`,
        en: `weighting.method ${w.method} needs the ahp judgement matrices (factors, and indicators for factors with several)`,
      },
    });
    return { method: "manual" };
  }
  const factorIds = new Set(factors.map((f) => f.id));
  for (const id of Object.keys(w.ahp.indicators ?? {})) {
    if (!factorIds.has(id)) {
      problems.push({
        code: "unknown-name",
        file: source,
        path: `${path}.ahp.indicators.${id}`,
        found: id,
        message: {
          zh: `模型中没有因素“${id}”，可用的有：${factors.map((f) => toBilingual(f.label, f.id).zh).join("、")}（在标准文件中各自的 id 下）`,
          en: `the model has no factor "${id}"; known: ${[...factorIds].join(", ")}`,
        },
      });
    }
  }
  const ahp: AhpSpec = { factors: w.ahp.factors, indicators: w.ahp.indicators ?? {} };
  if (w.method === "ahp") return { method: "ahp", randomIndex: w.randomIndex, ahp };
  if (w.expertShare === undefined) {
    problems.push({
      code: "missing-expert-share",
      file: source,
      path: `${path}.expertShare`,
      message: {
        zh: "组合赋权（combined）需要 expertShare：专家（AHP）权重所占比例，0 到 1",
        en: "combined weighting needs expertShare: the share of the expert (AHP) weights, 0 to 1",
      },
    });
  }
  return {
    method: "combined",
    randomIndex: w.randomIndex,
    ahp,
    data: w.data ?? "entropy",
    normalise: w.normalise ?? "minmax",
    expertShare: w.expertShare ?? 0.5,
  };
}

function postsFor(
  category: Category,
  table: ModelFile["floors"],
  defaults: Partial<Record<PostType, number>>,
): Partial<Record<PostType, number>> {
  const out: Partial<Record<PostType, number>> = {};
  for (const postType of ["admin", "institution", "leader"] as const) {
    const value = table?.[postType]?.[category] ?? defaults[postType];
    if (value !== undefined) out[postType] = value;
  }
  return out;
}

function duplicate(file: string, path: string, id: string): InputProblem {
  return {
    code: "duplicate-id",
    file,
    path,
    found: id,
    message: {
      zh: `标识“${id}”重复，每个标识只能出现一次`,
      en: `id "${id}" appears more than once; ids must be unique`,
    },
  };
}

/** All weights 0: of the factors (`factor` undefined), or of one factor's indicators (named by its display name). */
function zeroWeights(file: string, path: string, factor: Bilingual | undefined): InputProblem {
  return {
    code: "all-weights-zero",
    file,
    path,
    message: {
      zh: `${factor === undefined ? "所有因素" : `因素“${factor.zh}”的所有指标`}权重均为 0，至少一个应大于 0`,
      en: `all weights ${factor === undefined ? "of the factors" : `of factor "${factor.en}"'s indicators`} are 0; at least one must be > 0`,
    },
  };
}
