import type { WeightingSpec } from "../types.ts";
import type { CombineForm } from "./combined.ts";
import type { EntropyNormalisation } from "./entropy.ts";

/** The methods that derive weights (every `weighting.method` of a model but `manual`), in the order the docs present them. */
export const DERIVED_WEIGHTING_METHODS = [
  "ahp",
  "entropy",
  "critic",
  "combined",
] as const satisfies readonly Exclude<WeightingSpec["method"], "manual">[];

/** A method that derives weights. */
export type DerivedWeightingMethod = (typeof DERIVED_WEIGHTING_METHODS)[number];

/** The data methods of a combination. */
export const DATA_WEIGHTING_METHODS = [
  "entropy",
  "critic",
] as const satisfies readonly DerivedWeightingMethod[];

/** Every `EntropyNormalisation`. */
export const ENTROPY_NORMALISATIONS: readonly EntropyNormalisation[] = ["sum", "minmax"];

/** Every `CombineForm`. */
export const COMBINE_FORMS: readonly CombineForm[] = ["additive", "multiplicative"];
