import type { AhpOptions } from "./ahp.ts";
import { type AhpExpertMatrix, type AhpGroupResult, ahpGroup } from "./ahp-group.ts";

/** The criteria compared in one matrix and the experts' judgements on them. */
export interface AhpMatrixInput {
  /** Criterion names, one per row and column of each expert's matrix. */
  readonly names: readonly string[];
  /** One matrix per expert. May be omitted or empty when there is a single name. */
  readonly experts?: readonly AhpExpertMatrix[];
}

/** A two-level AHP: factors compared with each other, and each factor's indicators compared within it. */
export interface AhpHierarchyInput {
  readonly factors: AhpMatrixInput;
  /** For every factor name, its indicators. A factor with one indicator needs no matrix. */
  readonly indicators: Readonly<Record<string, AhpMatrixInput>>;
}

/** One indicator's place in the hierarchy and its global weight. */
export interface GlobalIndicatorWeight {
  readonly factor: string;
  readonly indicator: string;
  /** The factor's weight among factors. */
  readonly factorWeight: number;
  /** The indicator's weight within its factor. */
  readonly localWeight: number;
  /** factorWeight × localWeight; these sum to 1 over all indicators. */
  readonly weight: number;
}

/** Result of `ahpHierarchy`. */
export interface AhpHierarchyResult {
  readonly factors: AhpGroupResult;
  /** Each factor's indicator result, keyed by factor name, in factor order. */
  readonly indicators: Readonly<Record<string, AhpGroupResult>>;
  /** Every indicator with its global weight, factors in order, indicators in order within each. */
  readonly global: readonly GlobalIndicatorWeight[];
  /** Every combined matrix has CR < 0.10. */
  readonly consistent: boolean;
  /** Which combined matrices are inconsistent: "factors" and/or factor names. */
  readonly inconsistent: readonly string[];
}

/**
 * Global indicator weights from a two-level AHP hierarchy: the factors' weights from their
 * (expert-combined) matrix times each indicator's local weight within its factor
 * (global = factor weight × local weight). Every matrix may have several experts, combined by
 * geometric mean (see `ahpGroup`); each expert's CR and each combined CR are reported.
 *
 * @param input factors and, for each factor, its indicators with the experts' matrices
 * @param options `randomIndex` table ("saaty" by default) and the other `ahpWeights` options
 * @returns factor and indicator results, the global weights and which matrices are inconsistent
 * @throws {RangeError} when a factor has no indicator block, a block names an unknown factor, an
 *   indicator name is used twice, or any matrix is invalid (the message names it)
 * @example
 * const h = ahpHierarchy({
 *   factors: { names: ["economy", "people"], experts: [{ name: "E1", matrix: [[1, 3], ["1/3", 1]] }] },
 *   indicators: {
 *     economy: { names: ["gdp", "revenue"], experts: [{ name: "E1", matrix: [[1, 1], [1, 1]] }] },
 *     people: { names: ["population"] },
 *   },
 * }, { randomIndex: "saaty" });
 * h.global.map((g) => g.weight)  // [0.375, 0.375, 0.25]
 */
export function ahpHierarchy(input: AhpHierarchyInput, options: AhpOptions = {}): AhpHierarchyResult {
  const factorNames = input.factors.names;
  for (const key of Object.keys(input.indicators)) {
    if (!factorNames.includes(key)) {
      throw new RangeError(
        `indicators are given for "${key}", which is not a factor: expected one of ${factorNames.join(", ")}`,
      );
    }
  }
  const factors = withContext("factors", () => ahpGroup(factorNames, input.factors.experts ?? [], options));
  const indicators: Record<string, AhpGroupResult> = {};
  const global: GlobalIndicatorWeight[] = [];
  const indicatorSeen = new Map<string, string>();
  factorNames.forEach((factor, f) => {
    const block = input.indicators[factor];
    if (block === undefined) {
      throw new RangeError(
        `factor "${factor}" has no indicators: expected a block listing at least one indicator`,
      );
    }
    const result = withContext(`indicators of "${factor}"`, () =>
      ahpGroup(block.names, block.experts ?? [], options),
    );
    indicators[factor] = result;
    const factorWeight = factors.combined.weights[f]!;
    block.names.forEach((indicator, i) => {
      const other = indicatorSeen.get(indicator);
      if (other !== undefined) {
        throw new RangeError(
          `indicator "${indicator}" appears under both "${other}" and "${factor}": expected unique indicator names`,
        );
      }
      indicatorSeen.set(indicator, factor);
      const localWeight = result.combined.weights[i]!;
      global.push({ factor, indicator, factorWeight, localWeight, weight: factorWeight * localWeight });
    });
  });
  const inconsistent = [
    ...(factors.combined.consistent ? [] : ["factors"]),
    ...factorNames.filter((factor) => !indicators[factor]!.combined.consistent),
  ];
  return { factors, indicators, global, consistent: inconsistent.length === 0, inconsistent };
}

function withContext<T>(where: string, compute: () => T): T {
  try {
    return compute();
  } catch (error) {
    if (error instanceof RangeError) throw new RangeError(`${where}: ${error.message}`);
    throw error;
  }
}
