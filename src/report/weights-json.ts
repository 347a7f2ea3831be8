import type { Bilingual } from "../types.ts";
import { type AhpResult, CONSISTENCY_THRESHOLD } from "../weighting/ahp.ts";
import { describeInconsistency } from "../weighting/ahp-consistency.ts";
import type { AhpHierarchyResult } from "../weighting/ahp-hierarchy.ts";
import type { CombinedResult } from "../weighting/combined.ts";
import type { CriticResult } from "../weighting/critic.ts";
import type { EntropyResult } from "../weighting/entropy.ts";
import { RANDOM_INDEX_TABLES } from "../weighting/random-index.ts";
import { safeJson } from "./safe-json.ts";

/** Where the indicators came from when the data is a county table: the model file and display names by indicator. */
export interface CountySource {
  readonly model: string;
  readonly labels: Readonly<Record<string, Bilingual>>;
}

/** Expert and data weights and their combination, as the `weights --method combined` command reports them. */
export interface CombinedReport {
  readonly expertFile: string;
  readonly dataFile: string;
  /** The expert matrix's AHP result, when the expert file is a matrix. */
  readonly ahp: AhpResult | undefined;
  readonly data: EntropyResult | CriticResult;
  readonly combined: CombinedResult;
  readonly county?: CountySource | undefined;
}

/**
 * The `weights --method ahp` JSON of one matrix: fixed key order, numbers as computed.
 * @example JSON.parse(ahpToJson("leader-criteria.csv", ahpWeights(names, matrix))).cr // 0.0439 (Wikipedia's leader example: 0.044)
 */
export function ahpToJson(file: string, r: AhpResult): string {
  return json({
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
  });
}

/**
 * The `weights --method entropy` JSON: fixed key order; `model` and `labels` when read from a county table.
 * @example
 * entropyToJson("test/fixtures/weights/xu2004.csv", entropyWeights(xu2004, { normalise: "minmax" }))
 * // = test/fixtures/golden-cli/weights-entropy-xu2004.json
 */
export function entropyToJson(file: string, r: EntropyResult, county?: CountySource): string {
  return json({
    method: "entropy",
    file,
    ...countyJson(r.indicators, county),
    normalise: r.normalise,
    indicators: r.indicators,
    directions: r.directions,
    entropy: r.entropy,
    divergence: r.divergence,
    weights: r.weights,
    constant: r.constant,
  });
}

/**
 * The `weights --method critic` JSON: fixed key order; `model` and `labels` when read from a county table.
 * @example
 * criticToJson("test/fixtures/weights/xu2004.csv", criticWeights(xu2004)) // = test/fixtures/golden-cli/weights-critic-xu2004.json
 */
export function criticToJson(file: string, r: CriticResult, county?: CountySource): string {
  return json({
    method: "critic",
    file,
    ...countyJson(r.indicators, county),
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
  });
}

/**
 * The `weights --method combined` JSON: the expert and data sides and the combination.
 * @example
 * JSON.parse(combinedToJson({ expertFile, dataFile, ahp: undefined, data, combined })).weights
 * // 0.5 × expert + 0.5 × data: [0.3521, 0.1925, 0.3199, 0.1355] for expert-weights.csv and entropy of townships.csv (test/fixtures/weights)
 */
export function combinedToJson(report: CombinedReport): string {
  const { ahp, data, combined } = report;
  return json({
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
      ...countyJson(data.indicators, report.county),
      method: data.method,
      normalise: data.normalise,
      directions: data.directions,
      constant: data.constant,
    },
    names: combined.names,
    expertWeights: combined.expert,
    dataWeights: combined.data,
    weights: combined.weights,
  });
}

/**
 * The `weights --method ahp <model.yaml>` JSON: each matrix's consistency and the global weights.
 * @example
 * hierarchyToJson("models/standard-ahp.yaml", hierarchy) // = test/fixtures/golden-cli/weights-ahp-standard.json
 */
export function hierarchyToJson(file: string, h: AhpHierarchyResult): string {
  const matrix = (r: AhpResult) => ({
    names: r.names,
    weights: r.weights,
    lambdaMax: r.lambdaMax,
    ci: r.ci,
    ri: r.ri,
    cr: r.cr,
    consistent: r.consistent,
  });
  return json({
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
  });
}

function json(value: unknown): string {
  return safeJson(value);
}

function countyJson(indicators: readonly string[], county: CountySource | undefined) {
  if (county === undefined) return {};
  return {
    model: county.model,
    labels: indicators.map((name) => county.labels[name] ?? { zh: name, en: name }),
  };
}
