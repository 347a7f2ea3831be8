/** Named weights, e.g. from AHP (expert) or entropy/CRITIC (data). */
export interface WeightVector {
  readonly names: readonly string[];
  /** Relative weights, >= 0 with a positive sum; renormalised to sum 1 before combining. */
  readonly weights: readonly number[];
}

/**
 * How expert and data weights are combined.
 * - `additive` (default): w_j = s · expert_j + (1 − s) · data_j, with s = expertShare.
 * - `multiplicative`: w_j ∝ expert_j · data_j (乘法合成). The share is not used.
 */
export type CombineForm = "additive" | "multiplicative";

/** Options of `combinedWeights`. */
export interface CombineOptions {
  /** Default "additive". */
  readonly form?: CombineForm;
}

/** Combined weights with the inputs that produced them, in the expert vector's name order. */
export interface CombinedResult {
  readonly form: CombineForm;
  /** The share given to the expert weights; `null` for the multiplicative form, which has none. */
  readonly expertShare: number | null;
  readonly names: readonly string[];
  /** Expert weights renormalised to sum 1. */
  readonly expert: readonly number[];
  /** Data weights renormalised to sum 1, reordered to `names`. */
  readonly data: readonly number[];
  /** Combined weights, >= 0, summing to 1. */
  readonly weights: readonly number[];
}

/**
 * Combines subjective (expert, e.g. AHP) and objective (data, e.g. entropy or CRITIC) weights of
 * the same indicators. Both vectors are renormalised to sum 1 and matched by name (order may
 * differ; the result follows the expert order). Additive form: w = s·expert + (1 − s)·data, which
 * already sums to 1. Multiplicative form: w_j = expert_j·data_j / Σ_k expert_k·data_k, which
 * favours indicators both sources rate highly; `expertShare` is not used and is reported as null.
 *
 * @param expert expert weights by name
 * @param data data-derived weights by name (the same set of names)
 * @param expertShare s in [0, 1], the expert part in the additive form
 * @param options `form`: "additive" (default) or "multiplicative"
 * @returns the combined weights with both renormalised inputs
 * @throws {RangeError} when the name sets differ (lists the missing and extra names), a name repeats,
 *   a weight is negative or not finite, a vector sums to 0, `expertShare` is outside [0, 1], or the
 *   multiplicative products are all 0
 * @example
 * combinedWeights({ names: ["a", "b"], weights: [0.8, 0.2] }, { names: ["b", "a"], weights: [0.6, 0.4] }, 0.5).weights
 * // [0.6, 0.4]
 */
export function combinedWeights(
  expert: WeightVector,
  data: WeightVector,
  expertShare: number,
  options: CombineOptions = {},
): CombinedResult {
  const form = options.form ?? "additive";
  if (form !== "additive" && form !== "multiplicative") {
    throw new RangeError(`invalid form "${String(form)}": expected "additive" or "multiplicative"`);
  }
  if (!Number.isFinite(expertShare) || expertShare < 0 || expertShare > 1) {
    throw new RangeError(`invalid expert share ${expertShare}: expected a number from 0 to 1`);
  }
  const e = checkVector(expert, "expert");
  const d = checkVector(data, "data");
  const missing = expert.names.filter((name) => !d.has(name));
  const extra = data.names.filter((name) => !e.has(name));
  if (missing.length > 0 || extra.length > 0) {
    const parts = [
      missing.length > 0 ? `no data weight for ${missing.map((x) => `"${x}"`).join(", ")}` : "",
      extra.length > 0 ? `no expert weight for ${extra.map((x) => `"${x}"`).join(", ")}` : "",
    ].filter((part) => part !== "");
    throw new RangeError(`expert and data weights name different indicators: ${parts.join("; ")}`);
  }
  const names = [...expert.names];
  const expertWeights = names.map((name) => e.get(name)!);
  const dataWeights = names.map((name) => d.get(name)!);
  let weights: number[];
  if (form === "additive") {
    weights = names.map((_, j) => expertShare * expertWeights[j]! + (1 - expertShare) * dataWeights[j]!);
    const total = weights.reduce((s, w) => s + w, 0);
    weights = weights.map((w) => w / total);
  } else {
    const products = names.map((_, j) => expertWeights[j]! * dataWeights[j]!);
    const total = products.reduce((s, w) => s + w, 0);
    if (!(total > 0)) {
      throw new RangeError(
        "every indicator has weight 0 from the experts or from the data: the product form gives no weights",
      );
    }
    weights = products.map((w) => w / total);
  }
  return {
    form,
    expertShare: form === "additive" ? expertShare : null,
    names,
    expert: expertWeights,
    data: dataWeights,
    weights,
  };
}

/** Validates a weight vector and returns name → weight renormalised to sum 1. */
function checkVector(vector: WeightVector, label: "expert" | "data"): Map<string, number> {
  if (vector.names.length !== vector.weights.length) {
    throw new RangeError(
      `${label} weights: ${vector.names.length} names but ${vector.weights.length} weights`,
    );
  }
  if (vector.names.length === 0)
    throw new RangeError(`${label} weights are empty: expected at least one indicator`);
  let total = 0;
  const map = new Map<string, number>();
  vector.names.forEach((name, j) => {
    const w = vector.weights[j]!;
    if (!Number.isFinite(w) || w < 0)
      throw new RangeError(`${label} weight of "${name}" is ${w}: expected a number >= 0`);
    if (map.has(name)) throw new RangeError(`${label} weights name "${name}" twice: expected unique names`);
    map.set(name, w);
    total += w;
  });
  if (!(total > 0)) throw new RangeError(`${label} weights sum to 0: expected a positive sum`);
  for (const [name, w] of map) map.set(name, w / total);
  return map;
}
