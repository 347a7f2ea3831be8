import { InputError, type Scenario } from "../types.ts";
import type { TownshipIndex } from "../weighting/weighted-index.ts";

/** Each township's share of the posts, in data order. */
export interface ProportionalTargets {
  /** index × category coefficient (R4). */
  readonly demands: readonly number[];
  /** toAllocate × demand / Σ demand, posts, fractional (R5). */
  readonly targets: readonly number[];
  /** toAllocate × index / Σ index: the share by index alone, before the category coefficients. */
  readonly plainTargets: readonly number[];
}

/**
 * Proportional targets: each township's demand is its index times its category's coefficient, and its target the
 * posts to share in proportion to demand.
 * @throws {InputError} when a demand is negative or they sum to 0 (e.g. z-score normalisation).
 * @example proportionalTargets(scenario, index, 511).targets // sums to 511
 */
export function proportionalTargets(
  scenario: Scenario,
  index: readonly TownshipIndex[],
  toAllocate: number,
): ProportionalTargets {
  const townships = scenario.data.townships;
  const coefficients = scenario.model.categories;
  const demands = townships.map((t, j) => index[j]!.index * coefficients[t.category].coefficient);
  const negative = townships.filter((_, j) => demands[j]! < 0);
  const demandSum = demands.reduce((s, d) => s + d, 0);
  const indexSum = index.reduce((s, i) => s + i.index, 0);
  if (negative.length > 0 || !(demandSum > 0)) {
    throw new InputError([
      {
        code: "index-not-positive",
        file: scenario.model.source,
        path: "factors",
        message: {
          zh: `按比例测算需要非负且合计为正的指数，但${negative.length > 0 ? `${negative.map((t) => t.name).join("、")} 的指数为负` : "指数合计为 0"}（z-score 标准化会产生负值，请改用 minmax、max 或 share）`,
          en: `proportional targets need indices >= 0 with a positive sum, but ${negative.length > 0 ? `${negative.map((t) => t.name).join(", ")} ha${negative.length > 1 ? "ve" : "s"} a negative index` : "the indices sum to 0"} (z-score normalisation gives negative scores: use minmax, max or share)`,
        },
      },
    ]);
  }
  return {
    demands,
    targets: demands.map((d) => (toAllocate * d) / demandSum),
    plainTargets: index.map((i) => (toAllocate * i.index) / indexSum),
  };
}
