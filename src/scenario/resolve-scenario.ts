import { columnLabel } from "../data/column-label.ts";
import {
  type Bilingual,
  CATEGORIES,
  type CountyData,
  type DutyWorkload,
  InputError,
  type InputProblem,
  type OfficeTable,
  type Scenario,
  type StaffingModel,
} from "../types.ts";
import { indicatorPlace } from "../words/indicator-place.ts";
import { METHOD_LABELS, orderingNeedsLpMessage } from "../words/method-labels.ts";
import { objectiveRefusedMessage } from "../words/objective-labels.ts";
import { planFileRefusedMessage } from "../words/plan-messages.ts";
import { POST_TYPE_LABELS } from "../words/post-type-labels.ts";
import { WEIGHTING_METHOD_LABELS } from "../words/weighting-method-labels.ts";
import { CURRENT_POSTS_COLUMN } from "./current-posts.ts";
import { resolveHiring } from "./hiring-schema.ts";
import { parseYamlFile } from "./parse-yaml.ts";
import { PLAN_POST_TYPES, perTypeKeysAtTop } from "./plan-post-types.ts";
import { resolveWeighting, toBilingual } from "./resolve-model.ts";
import { type ScenarioFile, scenarioFile } from "./scenario-schema.ts";
import { transitionProblems, transitionSpec } from "./transition-schema.ts";

/**
 * Parses a scenario file's text (YAML) against the scenario schema, without loading what it names.
 * @throws {InputError} with every syntax and schema problem, each with its key path and line.
 */
export function parseScenarioFile(text: string, source: string): ScenarioFile {
  const parsed = parseYamlFile(text, scenarioFile, source);
  const atTop = perTypeKeysAtTop(text, source);
  if (parsed.status === "problems") throw new InputError([...parsed.problems, ...atTop]);
  if (atTop.length > 0) throw new InputError(atTop);
  return parsed.value;
}

/** What a scenario names, already loaded by the caller (from disk in the CLI, from the bundle in the pages). */
export interface ScenarioInputs {
  /** The scenario file's name as the caller knows it. */
  readonly source: string;
  readonly data: CountyData;
  readonly model: StaffingModel;
  /** The offices table the scenario names (`offices:`), read by the caller. */
  readonly offices?: OfficeTable;
  /** The duties workload of the power lists the scenario names (`powers:`), already a column of `data`. */
  readonly duties?: DutyWorkload;
}

/**
 * Resolves a parsed scenario against its data and model: checks every name, applies overrides.
 * @throws {InputError} listing every problem (unknown factor in an override, indicator column missing from the data, …).
 * @example resolveScenario(parseScenarioFile(text, "baseline.yaml"), { source: "baseline.yaml", data, model })
 */
export function resolveScenario(file: ScenarioFile, inputs: ScenarioInputs): Scenario {
  const { source, data } = inputs;
  const problems: InputProblem[] = [];
  if (file.postTypes !== undefined) {
    const types = PLAN_POST_TYPES.filter((p) => file.postTypes?.[p] !== undefined);
    throw new InputError([
      { code: "plan-file", file: source, path: "postTypes", message: planFileRefusedMessage(types) },
    ]);
  }

  // with each county's total given (`counties.file` / `counties.totals`) the scenario's total is their sum (resolveCounties)
  const countyTotalsGiven = file.counties !== undefined && !("split" in file.counties);
  if (!countyTotalsGiven && (file.total === undefined) === (file.transferDown === undefined)) {
    problems.push({
      code: "total-or-transfer",
      file: source,
      path: file.total === undefined ? "total" : "transferDown",
      message: {
        zh: "应给出 total（县域总量）或 transferDown（在现有总量上增加的下沉编制）二者之一，且只能给一个",
        en: "give exactly one of total (the county total) or transferDown (posts added to today's total)",
      },
    });
  }

  const currentColumn = CURRENT_POSTS_COLUMN[file.postType];
  const missingCurrent = data.townships.filter((t) => t[currentColumn] === undefined);
  if (missingCurrent.length > 0) {
    problems.push({
      code: "missing-current-posts",
      file: data.source,
      column: currentColumn,
      place: { zh: `列“${columnLabel(currentColumn).zh}”`, en: `column "${currentColumn}"` },
      message: {
        zh: `方案分配${POST_TYPE_LABELS[file.postType].zh}，但数据表缺少“${columnLabel(currentColumn).zh}”列`,
        en: `the scenario allocates ${POST_TYPE_LABELS[file.postType].en}, but the table has no current ${currentColumn} column`,
      },
    });
  }

  const withOverrides = applyOverrides(inputs.model, file, source, problems);
  const overridden =
    file.objective === undefined
      ? withOverrides
      : { ...withOverrides, allocation: { ...withOverrides.allocation, objective: file.objective } };

  const available = new Set(data.columns);
  overridden.factors.forEach((factor, f) => {
    factor.indicators.forEach((indicator, i) => {
      if (!available.has(indicator.column)) {
        problems.push({
          code: "indicator-column-missing",
          file: overridden.source,
          path: `factors.${f}.indicators.${i}.column`,
          place: indicatorPlace(factor.label, indicator.label, `factors.${f}.indicators.${i}.column`),
          found: indicator.column,
          message: {
            zh: `指标“${indicator.label.zh}”取自列“${indicator.column}”，但数据文件 ${data.source} 中没有该数值列（现有：${data.columns.map((c) => columnLabel(c).zh).join("、")}）`,
            en: `indicator "${indicator.label.en}" reads column "${indicator.column}", which ${data.source} does not have as a numeric column (it has: ${data.columns.join(", ")})`,
          },
        });
      }
    });
  });

  if (file.method !== "lp" && overridden.allocation.ordering) {
    problems.push({
      code: "method-with-ordering",
      file: source,
      path: "method",
      found: file.method,
      message: orderingNeedsLpMessage(file.method),
    });
  }
  if (file.objective !== undefined && file.method !== "lp")
    problems.push({
      code: "objective-with-method",
      file: source,
      path: "objective",
      found: file.objective,
      message: objectiveRefusedMessage({
        objective: file.objective,
        methodLabel: METHOD_LABELS[file.method],
      }),
    });
  problems.push(...transitionProblems(file.transition, source));
  if (problems.length > 0) throw new InputError(problems);

  const total =
    file.total !== undefined
      ? { kind: "total" as const, value: file.total }
      : { kind: "transferDown" as const, value: file.transferDown ?? 0 };
  const reserve =
    file.reserve === undefined
      ? { kind: "none" as const }
      : "count" in file.reserve
        ? { kind: "count" as const, value: file.reserve.count }
        : { kind: "share" as const, value: file.reserve.share };

  return {
    source,
    name: toBilingual(file.name, source),
    ...(file.notes !== undefined ? { notes: file.notes } : {}),
    dataSource: data.source,
    modelSource: inputs.model.source,
    data,
    model: overridden,
    postType: file.postType,
    total,
    reserve,
    ...(file.band !== undefined ? { band: file.band } : {}),
    acceptInconsistent: file.acceptInconsistent,
    weightingAt:
      file.overrides?.weighting !== undefined
        ? { file: source, path: "overrides.weighting" }
        : { file: inputs.model.source, path: "weighting" },
    method: file.method,
    solver: file.solver,
    timeLimitSeconds: file.timeLimitSeconds,
    ...(inputs.offices !== undefined ? { offices: inputs.offices } : {}),
    ...(inputs.duties !== undefined ? { duties: inputs.duties } : {}),
    ...(file.hiring !== undefined ? { hiring: resolveHiring(file.hiring) } : {}),
    ...(file.transition !== undefined ? { transition: transitionSpec(file.transition) } : {}),
  };
}

function applyOverrides(
  model: StaffingModel,
  file: ScenarioFile,
  source: string,
  problems: InputProblem[],
): StaffingModel {
  const overrides = file.overrides;
  if (overrides === undefined) return model;
  const weighting =
    overrides.weighting === undefined
      ? model.weighting
      : resolveWeighting(overrides.weighting, model.factors, source, problems, "overrides.weighting");
  if (weighting.method !== "manual" && (overrides.factorWeights || overrides.indicatorWeights)) {
    problems.push({
      code: "weights-not-manual",
      file: source,
      path: overrides.factorWeights ? "overrides.factorWeights" : "overrides.indicatorWeights",
      message: {
        zh: `该标准的权重由${WEIGHTING_METHOD_LABELS[weighting.method].zh}确定，不能在方案中直接改写权重（仅手工赋权时可用）`,
        en: `this standard's weights come from the ${weighting.method} method; scenarios can override weights only with manual weighting`,
      },
    });
  }
  const factorIds = new Set(model.factors.map((f) => f.id));
  const indicatorIds = new Set(model.factors.flatMap((f) => f.indicators.map((i) => i.id)));
  for (const id of Object.keys(overrides.factorWeights ?? {})) {
    if (!factorIds.has(id))
      problems.push(unknownName(source, `overrides.factorWeights.${id}`, id, model.factors, "factor"));
  }
  for (const id of Object.keys(overrides.indicatorWeights ?? {})) {
    if (!indicatorIds.has(id))
      problems.push(
        unknownName(
          source,
          `overrides.indicatorWeights.${id}`,
          id,
          model.factors.flatMap((f) => f.indicators),
          "indicator",
        ),
      );
  }
  const postType = file.postType;
  const categories = Object.fromEntries(
    CATEGORIES.map((category) => {
      const rule = model.categories[category];
      const floor = overrides.floors?.[category];
      const cap = overrides.caps?.[category];
      return [
        category,
        {
          coefficient: overrides.categoryCoefficients?.[category] ?? rule.coefficient,
          floor: floor === undefined ? rule.floor : { ...rule.floor, [postType]: floor },
          cap: cap === undefined ? rule.cap : { ...rule.cap, [postType]: cap },
        },
      ];
    }),
  ) as StaffingModel["categories"];
  const factors = model.factors.map((factor) => ({
    ...factor,
    weight: overrides.factorWeights?.[factor.id] ?? factor.weight,
    indicators: factor.indicators.map((indicator) => ({
      ...indicator,
      weight: overrides.indicatorWeights?.[indicator.id] ?? indicator.weight,
    })),
  }));
  if (factors.every((f) => f.weight === 0)) {
    problems.push({
      code: "all-weights-zero",
      file: source,
      path: "overrides.factorWeights",
      message: { zh: "覆盖后所有因素权重均为 0", en: "after the overrides every factor weight is 0" },
    });
  }
  return {
    ...model,
    factors,
    weighting,
    categories,
    allocation: { ...model.allocation, ordering: overrides.ordering ?? model.allocation.ordering },
  };
}

/**
 * A key of the scenario naming no factor (indicator) of the model. The Chinese message lists the model's factors
 * (indicators) by display name, the English one by id.
 */
function unknownName(
  file: string,
  path: string,
  name: string,
  known: readonly { readonly id: string; readonly label: Bilingual }[],
  kind: "factor" | "indicator",
): InputProblem {
  return {
    code: "unknown-name",
    file,
    path,
    found: name,
    message: {
      zh: `模型中没有${kind === "factor" ? "因素" : "指标"}“${name}”，可用的有：${known.map((k) => k.label.zh).join("、")}（在标准文件中各自的 id 下）`,
      en: `the model has no "${name}"; known: ${known.map((k) => k.id).join(", ")}`,
    },
  };
}
