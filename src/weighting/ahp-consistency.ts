import { CONSISTENCY_THRESHOLD } from "../policy.ts";
import type { Bilingual, InputProblem } from "../types.ts";
import type { AhpResult } from "./ahp.ts";
import type { AhpHierarchyResult } from "./ahp-hierarchy.ts";
import { formatJudgement } from "./fraction.ts";
import { formatRandomIndex, RANDOM_INDEX_TABLES } from "./random-index.ts";

/** Options of `describeInconsistency`. */
export interface DescribeInconsistencyOptions {
  /** How many of the worst judgements to name. Default 3. */
  readonly top?: number;
  /** What the matrix compares, put before the sentence, e.g. { zh: "因素层", en: "Factors" }. */
  readonly label?: Bilingual;
  /**
   * The display name of a compared criterion, by its name in the matrix (a model's factor or indicator id).
   * The Chinese text names criteria by `displayName(name).zh`, the English text by the name itself.
   * Default: the name itself in both languages.
   */
  readonly displayName?: (name: string) => Bilingual;
}

/**
 * A planner-readable account of a matrix's consistency, in Chinese and English: CR against the
 * 0.10 rule with λmax, CI, RI and the table used; when inconsistent, the worst judgements with the
 * value the other judgements imply, the nearest Saaty-scale value and the CR after changing it.
 *
 * @param result an `ahpWeights` (or group `combined`) result
 * @param options how many judgements to name (default 3) and a label for the matrix
 * @returns the text in both languages
 * @throws never
 * @example
 * describeInconsistency(ahpWeights(["a", "b"], [[1, 3], ["1/3", 1]])).en
 * // "consistency ratio CR = 0.000 < 0.10 (n = 2, always consistent): the judgements are consistent."
 */
export function describeInconsistency(
  result: AhpResult,
  options: DescribeInconsistencyOptions = {},
): Bilingual {
  const top = options.top ?? 3;
  const n = result.names.length;
  const table = RANDOM_INDEX_TABLES[result.randomIndex].label;
  const prefixZh = options.label ? `${options.label.zh}：` : "";
  const prefixEn = options.label ? `${options.label.en}: ` : "";
  const cr = result.cr.toFixed(3);
  const zhName = (name: string) => options.displayName?.(name).zh ?? name;
  const threshold = CONSISTENCY_THRESHOLD.toFixed(2);
  if (n <= 2) {
    return {
      zh: `${prefixZh}一致性比率 CR = ${cr} < ${threshold}（${n} 阶矩阵总是一致），通过一致性检验。`,
      en: `${prefixEn}consistency ratio CR = ${cr} < ${threshold} (n = ${n}, always consistent): the judgements are consistent.`,
    };
  }
  const detailZh = `λmax = ${result.lambdaMax.toFixed(3)}，CI = ${result.ci.toFixed(3)}，RI = ${formatRandomIndex(result.ri)}，${table.zh}`;
  const detailEn = `λmax = ${result.lambdaMax.toFixed(3)}, CI = ${result.ci.toFixed(3)}, RI = ${formatRandomIndex(result.ri)} from the ${table.en}`;
  if (result.consistent) {
    return {
      zh: `${prefixZh}一致性比率 CR = ${cr} < ${threshold}（${detailZh}），通过一致性检验。`,
      en: `${prefixEn}consistency ratio CR = ${cr} < ${threshold} (${detailEn}): the judgements are consistent.`,
    };
  }
  const worst = result.judgements.filter((j) => j.deviation > 1e-9).slice(0, top);
  const listZh = worst.map((j, k) => {
    const change =
      Math.abs(j.nearestScaleValue - j.given) > 1e-12
        ? `若改为 ${formatJudgement(j.nearestScaleValue)}，CR 变为 ${j.crIfReplaced.toFixed(3)}`
        : "已是最接近的标度值";
    return `${k + 1}）“${zhName(j.rowName)}”对“${zhName(j.columnName)}”给了 ${formatJudgement(j.given)}，按其余判断应约为 ${formatJudgement(j.consistentValue)}（最接近的标度值 ${formatJudgement(j.nearestScaleValue)}），${change}`;
  });
  const listEn = worst.map((j, k) => {
    const change =
      Math.abs(j.nearestScaleValue - j.given) > 1e-12
        ? `changing it to ${formatJudgement(j.nearestScaleValue)} gives CR = ${j.crIfReplaced.toFixed(3)}`
        : "it is already the nearest scale value";
    return `${k + 1}) "${j.rowName}" over "${j.columnName}" is ${formatJudgement(j.given)}; the other judgements imply about ${formatJudgement(j.consistentValue)} (nearest scale value ${formatJudgement(j.nearestScaleValue)}); ${change}`;
  });
  return {
    zh: `${prefixZh}一致性比率 CR = ${cr} ≥ ${threshold}（${detailZh}），未通过一致性检验。最不一致的判断：${listZh.join("；")}。`,
    en: `${prefixEn}consistency ratio CR = ${cr} >= ${threshold} (${detailEn}): the judgements are inconsistent. Most inconsistent judgements: ${listEn.join("; ")}.`,
  };
}

/** Where a consistency problem is reported, and whether the scenario accepts inconsistent matrices. */
export interface ConsistencyProblemOptions {
  /** The scenario's `acceptInconsistent: true` lets an inconsistent matrix be used. Default false. */
  readonly acceptInconsistent?: boolean;
  readonly file?: string;
  /** Key path of the matrix in the scenario/model file, e.g. "weights.ahp.factors". */
  readonly path?: string;
  readonly label?: Bilingual;
  /** The display name of a compared criterion, as for `describeInconsistency`. */
  readonly displayName?: (name: string) => Bilingual;
}

/**
 * The blocking problem for an inconsistent AHP matrix: CR >= 0.10 blocks the weights unless the
 * scenario says `acceptInconsistent: true`. Returns `undefined` when the matrix is consistent or
 * inconsistency is accepted.
 *
 * @param result an `ahpWeights` result (or a group's `combined`)
 * @param options `acceptInconsistent`, and the file / key path / label to report
 * @returns an InputProblem with code "ahp-inconsistent", or undefined
 * @throws never
 * @example
 * const p = ahpConsistencyProblem(result, { file: "standard.yaml", path: "weights.ahp.factors" });
 * if (p) throw new InputError([p]);
 */
export function ahpConsistencyProblem(
  result: AhpResult,
  options: ConsistencyProblemOptions = {},
): InputProblem | undefined {
  if (result.consistent || options.acceptInconsistent === true) return undefined;
  const text = describeInconsistency(result, {
    ...(options.label ? { label: options.label } : {}),
    ...(options.displayName ? { displayName: options.displayName } : {}),
  });
  return {
    code: "ahp-inconsistent",
    ...(options.file !== undefined ? { file: options.file } : {}),
    ...(options.path !== undefined ? { path: options.path } : {}),
    found: result.cr.toFixed(3),
    message: {
      zh: `${text.zh} 请修改上述判断，或在方案中设置 acceptInconsistent: true 以仍然使用这些权重（CR 阈值 ${CONSISTENCY_THRESHOLD.toFixed(2)}）。`,
      en: `${text.en} Revise these judgements, or set acceptInconsistent: true in the scenario to use these weights anyway (CR threshold ${CONSISTENCY_THRESHOLD.toFixed(2)}).`,
    },
  };
}

/**
 * The blocking problems of a hierarchy: one per inconsistent combined matrix (factors first, then
 * each factor's indicators), with key paths `<path>.factors` and `<path>.indicators.<factor>`.
 * Empty when all are consistent or `acceptInconsistent` is true.
 *
 * @param result an `ahpHierarchy` result
 * @param options `acceptInconsistent`, the file and the key path of the hierarchy (default "weights.ahp")
 * @returns the problems, possibly empty
 * @throws never
 * @example
 * const problems = ahpHierarchyProblems(h, { file: "standard.yaml" });
 * if (problems.length > 0) throw new InputError(problems);
 */
export function ahpHierarchyProblems(
  result: AhpHierarchyResult,
  options: Omit<ConsistencyProblemOptions, "label"> = {},
): InputProblem[] {
  const base = options.path ?? "weights.ahp";
  const problems: InputProblem[] = [];
  const factorsProblem = ahpConsistencyProblem(result.factors.combined, {
    ...options,
    path: `${base}.factors`,
    label: { zh: "因素层判断矩阵", en: "Factor matrix" },
  });
  if (factorsProblem) problems.push(factorsProblem);
  for (const [factor, group] of Object.entries(result.indicators)) {
    const problem = ahpConsistencyProblem(group.combined, {
      ...options,
      path: `${base}.indicators.${factor}`,
      label: {
        zh: `“${options.displayName?.(factor).zh ?? factor}”的指标判断矩阵`,
        en: `Indicator matrix of "${factor}"`,
      },
    });
    if (problem) problems.push(problem);
  }
  return problems;
}
