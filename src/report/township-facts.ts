/**
 * What the township page shows about one township of a result, beside the county: its indicators with
 * every township's values, its index parts by factor, and its rank by index.
 */

import { TOWNSHIP_COLUMNS } from "../data/columns.ts";
import type { ScenarioResult, TownshipResult } from "../run/result.ts";
import type { Bilingual, Direction, Scenario, Transform } from "../types.ts";

/** One indicator of one township, with the whole county's values for comparison. */
export interface IndicatorFact {
  readonly id: string;
  readonly label: Bilingual;
  /** The factor the indicator belongs to. */
  readonly factor: Bilingual;
  /** Unit of the raw values, when the column is a known one with a unit. */
  readonly unit?: Bilingual;
  readonly transform: Transform;
  readonly direction: Direction;
  /** Global weight: the indicator's share of the index (factor weight × share within the factor). */
  readonly weight: number;
  /** Every township's raw value, in data order. */
  readonly values: readonly { readonly id: string; readonly name: string; readonly raw: number }[];
  /** This township's raw value, normalised score and contribution to its index. */
  readonly raw: number;
  readonly score: number;
  readonly contribution: number;
  /** 1 = highest score in the county (direction applied); equal scores share the better rank. */
  readonly rank: number;
  /** Number of townships. */
  readonly count: number;
}

/** One factor's part in one township's index. */
export interface FactorFact {
  readonly id: string;
  readonly label: Bilingual;
  /** Factor weight, normalised (the most the factor can add to an index, scores being at most 1 for minmax/max). */
  readonly weight: number;
  /** What the factor adds to this township's index. */
  readonly contribution: number;
}

function townshipOf(result: ScenarioResult, id: string): TownshipResult {
  const township = result.townships.find((t) => t.id === id);
  if (township === undefined) throw new RangeError(`no township "${id}" in the result`);
  return township;
}

/**
 * Township `id`'s indicators, in model order, each with every township's raw value and this one's
 * score, contribution and rank.
 * @throws {RangeError} when the result has no township `id`
 * @example indicatorFacts(scenario, result, "T05").find((f) => f.id === "population")?.rank // 5 (demo baseline)
 */
export function indicatorFacts(scenario: Scenario, result: ScenarioResult, id: string): IndicatorFact[] {
  const township = townshipOf(result, id);
  const facts: IndicatorFact[] = [];
  for (const factor of scenario.model.factors) {
    for (const indicator of factor.indicators) {
      const partOf = (t: TownshipResult) => t.indicatorParts.find((p) => p.indicator === indicator.id);
      const own = partOf(township);
      if (own === undefined) continue;
      const scores = result.townships.map((t) => partOf(t)?.score ?? Number.NaN);
      const unit = TOWNSHIP_COLUMNS.find((c) => c.key === indicator.column)?.unit;
      facts.push({
        id: indicator.id,
        label: indicator.label,
        factor: factor.label,
        ...(unit !== undefined ? { unit } : {}),
        transform: indicator.transform,
        direction: indicator.direction,
        weight: result.weights.indicators[indicator.id] ?? 0,
        values: result.townships.map((t) => ({ id: t.id, name: t.name, raw: partOf(t)?.raw ?? Number.NaN })),
        raw: own.raw,
        score: own.score,
        contribution: own.contribution,
        rank: 1 + scores.filter((s) => s > own.score + 1e-12).length,
        count: result.townships.length,
      });
    }
  }
  return facts;
}

/**
 * Township `id`'s index split by factor, in model order; the contributions add up to its index.
 * @throws {RangeError} when the result has no township `id`
 * @example factorFacts(scenario, result, "T01").map((f) => f.contribution) // [0.15, 0.2, 0.1, 0.35, 0.06364834596053752] (demo baseline)
 */
export function factorFacts(scenario: Scenario, result: ScenarioResult, id: string): FactorFact[] {
  const township = townshipOf(result, id);
  return scenario.model.factors.map((factor) => ({
    id: factor.id,
    label: factor.label,
    weight: result.weights.factors[factor.id] ?? 0,
    contribution: township.factorParts[factor.id] ?? 0,
  }));
}

/**
 * Township `id`'s rank by index in the county (1 = highest; equal indices share the better rank).
 * @throws {RangeError} when the result has no township `id`
 * @example indexRank(result, "T01") // 1
 */
export function indexRank(result: ScenarioResult, id: string): number {
  const township = townshipOf(result, id);
  return 1 + result.townships.filter((t) => t.index > township.index + 1e-12).length;
}
