/**
 * What the township page and the weights lab show about townships, gathered from a resolved scenario
 * and its result: one township's indicators beside the county's values, its index parts by factor,
 * and how an allocation changed against another.
 */
import {
  type Bilingual,
  type Category,
  type Direction,
  type Scenario,
  type ScenarioResult,
  TOWNSHIP_COLUMNS,
  type TownshipResult,
  type Transform,
} from "../index.ts";

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
 * @example indicatorFacts(scenario, result, "T05")[0].rank // 5
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
 * @example factorFacts(scenario, result, "T01").map((f) => f.contribution) // [0.15, 0.2, 0.1, 0.35, 0.0636…]
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

/** One township's allocation in two results. */
export interface AllocationChange {
  readonly id: string;
  readonly name: string;
  readonly category: Category;
  /** Posts today. */
  readonly current: number;
  /** Posts in the first result (the scenario as loaded), or null when it has no allocation. */
  readonly loaded: number | null;
  /** Posts in the second result (now). */
  readonly now: number;
  /** now − loaded (0 when loaded is null). */
  readonly difference: number;
  /** The step that moved it most now. */
  readonly binding: TownshipResult["binding"];
}

/**
 * The allocation `now` township by township beside the one `loaded` (matched by id, in `now`'s order).
 * @throws {RangeError} when `loaded` has an allocation for other townships than `now`
 * @example compareAllocations(loaded, now).filter((c) => c.difference !== 0)
 */
export function compareAllocations(loaded: ScenarioResult, now: ScenarioResult): AllocationChange[] {
  const before = new Map(loaded.townships.map((t) => [t.id, t.allocated]));
  if (
    before.size > 0 &&
    (before.size !== now.townships.length || now.townships.some((t) => !before.has(t.id)))
  ) {
    throw new RangeError("compareAllocations(): the two results allocate different townships");
  }
  return now.townships.map((t) => {
    const was = before.get(t.id) ?? null;
    return {
      id: t.id,
      name: t.name,
      category: t.category,
      current: t.current,
      loaded: was,
      now: t.allocated,
      difference: was === null ? 0 : t.allocated - was,
      binding: t.binding,
    };
  });
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
