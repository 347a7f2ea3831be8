import { columnLabel } from "../data/column-label.ts";
import type { Bilingual, CountyData, InputProblem, StaffingModel } from "../types.ts";
import { normaliseScores, transformValue } from "./normalise.ts";

/** One indicator's part in one township's index. */
export interface IndicatorPart {
  readonly indicator: string;
  /** The raw value from the county table, in the column's unit. */
  readonly raw: number;
  /** Normalised score (direction applied). */
  readonly score: number;
  /** score × global weight: what this indicator adds to the index. */
  readonly contribution: number;
}

/** One township's weighted index with every part kept for explanation. */
export interface TownshipIndex {
  readonly id: string;
  /** Σ over indicators of contribution. Dimensionless. */
  readonly index: number;
  /** Factor id → Σ of its indicators' contributions. */
  readonly factorParts: Readonly<Record<string, number>>;
  readonly indicatorParts: readonly IndicatorPart[];
}

/** The normalised weights actually used. */
export interface IndexWeights {
  /** Factor id → weight, summing to 1. */
  readonly factors: Readonly<Record<string, number>>;
  /** Indicator id → global weight (factor weight × share within factor), summing to 1. */
  readonly indicators: Readonly<Record<string, number>>;
}

export interface IndexResult {
  readonly weights: IndexWeights;
  readonly townships: readonly TownshipIndex[];
}

/** Outcome of `computeIndex`: the index, or the problems that stop it (e.g. a log of zero). */
export type IndexOutcome =
  | { readonly status: "computed"; readonly result: IndexResult }
  | { readonly status: "problems"; readonly problems: readonly InputProblem[] };

/**
 * Normalised factor and global indicator weights of a model.
 * @throws {RangeError} when all factor weights, or all indicator weights in a factor with weight > 0, are 0.
 */
export function indexWeights(model: StaffingModel): IndexWeights {
  const factorSum = model.factors.reduce((s, f) => s + f.weight, 0);
  if (!(factorSum > 0)) throw new RangeError("factor weights sum to 0");
  const factors: Record<string, number> = {};
  const indicators: Record<string, number> = {};
  for (const factor of model.factors) {
    const factorWeight = factor.weight / factorSum;
    factors[factor.id] = factorWeight;
    const inner = factor.indicators.reduce((s, i) => s + i.weight, 0);
    if (!(inner > 0) && factorWeight > 0)
      throw new RangeError(`indicator weights of factor ${factor.id} sum to 0`);
    for (const indicator of factor.indicators) {
      indicators[indicator.id] = inner > 0 ? (factorWeight * indicator.weight) / inner : 0;
    }
  }
  return { factors, indicators };
}

/**
 * Computes each township's weighted index: transform → normalise → weight → sum, keeping every part.
 * Index_j = Σ_f W_f Σ_{i∈f} (w_i / Σ_{k∈f} w_k) · score_ij, with W normalised to sum 1.
 * Values outside a transform's domain or a method's reach are returned as problems naming the township and column.
 * @example computeIndex(model, data).status // "computed"
 */
export function computeIndex(model: StaffingModel, data: CountyData): IndexOutcome {
  const weights = indexWeights(model);
  const problems: InputProblem[] = [];
  const n = data.townships.length;
  const parts: IndicatorPart[][] = data.townships.map(() => []);
  model.factors.forEach((factor, f) => {
    factor.indicators.forEach((indicator, i) => {
      const raw = data.townships.map((t) => t.values[indicator.column]);
      const transformed: number[] = [];
      raw.forEach((value, row) => {
        const township = data.townships[row]!;
        if (value === undefined) {
          problems.push(
            indicatorProblem(data.source, township, indicator.column, "missing", undefined, {
              zh: "该指标需要此值，但单元格为空",
              en: "the indicator needs this value but the cell is empty",
            }),
          );
          return;
        }
        try {
          transformed.push(transformValue(value, indicator.transform));
        } catch {
          problems.push(
            indicatorProblem(data.source, township, indicator.column, "transform-domain", value, {
              zh: `指标“${indicator.label.zh}”使用 ${indicator.transform} 变换，需要${indicator.transform === "log" ? "大于 0" : "不小于 0"}的值`,
              en: `indicator "${indicator.label.en}" uses the ${indicator.transform} transform, which needs values ${indicator.transform === "log" ? "> 0" : ">= 0"}`,
            }),
          );
        }
      });
      if (transformed.length !== n) return;
      let scores: number[];
      try {
        scores = normaliseScores(transformed, {
          method: indicator.normalise,
          direction: indicator.direction,
          range: indicator.range,
        });
      } catch (error) {
        problems.push({
          code: "normalisation",
          file: model.source,
          path: `factors.${f}.indicators.${i}.normalise`,
          message: {
            zh: `指标“${indicator.label.zh}”无法按 ${indicator.normalise} 标准化：${(error as Error).message}`,
            en: `indicator "${indicator.label.en}" cannot be normalised by ${indicator.normalise}: ${(error as Error).message}`,
          },
        });
        return;
      }
      const weight = weights.indicators[indicator.id] ?? 0;
      scores.forEach((score, row) => {
        parts[row]!.push({ indicator: indicator.id, raw: raw[row]!, score, contribution: score * weight });
      });
    });
  });
  if (problems.length > 0) return { status: "problems", problems };

  return { status: "computed", result: { weights, townships: summedIndex(model, data.townships, parts) } };
}

/**
 * The index of the same townships and indicators under the model's (new) weights: each indicator's score kept from
 * `scored` (an index of the same data, transforms and normalisation), its contribution and the sums made again
 * exactly as `computeIndex` makes them, so the numbers are the same to the bit. For many runs that move only the
 * weights (a Monte Carlo of the weights or judgements).
 * @throws {RangeError} as `indexWeights`.
 * @example reweighIndex(drawnModel, computed).townships[0].index // = computeIndex(drawnModel, data)'s, bit for bit
 */
export function reweighIndex(model: StaffingModel, scored: IndexResult): IndexResult {
  const weights = indexWeights(model);
  const parts = scored.townships.map((t) =>
    t.indicatorParts.map((part) => {
      const weight = weights.indicators[part.indicator] ?? 0;
      return {
        indicator: part.indicator,
        raw: part.raw,
        score: part.score,
        contribution: part.score * weight,
      };
    }),
  );
  return { weights, townships: summedIndex(model, scored.townships, parts) };
}

/** Each township's factor parts and index from its indicator parts (in the model's factor and indicator order). */
function summedIndex(
  model: StaffingModel,
  townships: readonly { readonly id: string }[],
  parts: readonly (readonly IndicatorPart[])[],
): TownshipIndex[] {
  const indicatorFactor = new Map(
    model.factors.flatMap((f) => f.indicators.map((i) => [i.id, f.id] as const)),
  );
  return townships.map((township, row): TownshipIndex => {
    const indicatorParts = parts[row]!;
    const factorParts: Record<string, number> = Object.fromEntries(model.factors.map((f) => [f.id, 0]));
    let index = 0;
    for (const part of indicatorParts) {
      const factorId = indicatorFactor.get(part.indicator)!;
      factorParts[factorId] = (factorParts[factorId] ?? 0) + part.contribution;
      index += part.contribution;
    }
    return { id: township.id, index, factorParts, indicatorParts };
  });
}

function indicatorProblem(
  file: string,
  township: { id: string; name: string },
  column: string,
  code: string,
  value: number | undefined,
  message: Bilingual,
): InputProblem {
  return {
    code,
    file,
    column,
    place: { zh: `列“${columnLabel(column).zh}”`, en: `column "${column}"` },
    ...(value !== undefined ? { found: String(value) } : {}),
    message: {
      zh: `乡镇 ${township.name}（${township.id}）：${message.zh}`,
      en: `township ${township.name} (${township.id}): ${message.en}`,
    },
  };
}
