// A lower bound of the ordering chain's rest (categories below a chosen one) with every chain row kept, through
// Lagrangian multipliers: the rows are moved into the objective as linear terms, so what is left is a separable convex
// problem with one sum, whose minimum is a prefix sum of merged sorted unit steps (O(1) per bound).

/** One key's data of one category of the chain, in chain order (highest first). */
export interface ChainKeyCategory {
  /** Σ weight of the category's units (the S_c of the ordering row X_c / S_c ≥ X_{c+1} / S_{c+1}). */
  readonly weight: number;
  /** Σ lower and Σ upper of the category's units (upper finite). */
  readonly lower: number;
  readonly upper: number;
  /** The key's value of the category at its floors (Σ over units). */
  readonly base: number;
  /** The key's unit steps, sorted ascending: G(lower + m) = base + Σ of the first m (the least placement's cost). */
  readonly steps: Float64Array;
}

/** What `chainLagrangianBound` returns: bounds for a node of the chain search. */
export interface ChainKeyBound {
  /**
   * A lower bound of the key's value of categories c, c+1, … when X_c = x and the categories below share s posts,
   * over every whole-number allocation that satisfies the rows from c down (as `verifyAllocation` checks them, with
   * their 1e-9 slack) and the bounds. Convex in x for a fixed x + s. Infinity when no placement fits the bounds.
   */
  readonly node: (c: number, x: number, s: number) => number;
  /** The multipliers used, per row (row c between category c and c + 1), ≥ 0. */
  readonly multipliers: readonly number[];
}

/** Relative slack of an ordering row as `verifyAllocation` and the chain search check it. */
const ROW_SLACK = 1e-9;

/**
 * The bound of one key (Σ |x − t| or Σ (x − t)²/t) for the chain search. For multipliers μ_c ≥ 0 on the rows
 * S_{c+1} X_c − S_c X_{c+1} ≥ 0, min Σ G_j(X_j) − Σ μ_j (S_{j+1} X_j − S_j X_{j+1}) over the bounds and the sum alone is
 * never above the minimum with the rows (each subtracted term is ≥ 0 there, up to the rows' slack, which is
 * subtracted too); for any μ it is a valid bound, and the multipliers are chosen from the continuous relaxation of
 * the whole chain at `total` (pool adjacent violators on the categories' posts per unit of weight, bisection on the
 * sum's multiplier), where they make it as tight as the relaxation. Each category's term is G_j plus a linear term,
 * so the minimum over the sum is the cheapest shifted unit steps of the categories below: a merged table per level.
 * @example
 * // two categories, weights 1 and 1, steps [-1, 1] each from 0: one row X_0 ≥ X_1
 * chainLagrangianBound([{ weight: 1, lower: 0, upper: 2, base: 0, steps }, { … }], 2).node(0, 1, 1) // -2: (1, 1)
 */
export function chainLagrangianBound(categories: readonly ChainKeyCategory[], total: number): ChainKeyBound {
  const k = categories.length;
  const mu = chainMultipliers(categories, total);
  // Shift of category j's steps: a_j = μ_{j−1} S_{j−1} − μ_j S_{j+1}.
  const shift = categories.map(
    (_, j) =>
      (j > 0 ? mu[j - 1]! * categories[j - 1]!.weight : 0) -
      (j < k - 1 ? mu[j]! * categories[j + 1]!.weight : 0),
  );
  // Own prefix sums; merged tables of the shifted steps of categories j.. (from the bottom up).
  const ownPrefix = categories.map((cat) => prefixSums(cat.steps));
  const restPrefix = new Array<Float64Array>(k);
  const restBase = new Array<number>(k);
  const restLower = new Array<number>(k);
  let merged: Float64Array = new Float64Array(0);
  let base = 0;
  let lowerSum = 0;
  for (let j = k - 1; j >= 1; j--) {
    const cat = categories[j]!;
    merged = mergeShifted(cat.steps, shift[j]!, merged);
    base += cat.base + shift[j]! * cat.lower;
    lowerSum += cat.lower;
    restPrefix[j] = prefixSums(merged);
    restBase[j] = base;
    restLower[j] = lowerSum;
  }
  // The rows' slack, summed over the rows from c down.
  const margin = new Array<number>(k).fill(0);
  for (let c = k - 2; c >= 0; c--) {
    const rowSlack = ROW_SLACK * Math.max(1, categories[c]!.weight * categories[c + 1]!.upper);
    margin[c] = margin[c + 1]! + mu[c]! * rowSlack;
  }
  const node = (c: number, x: number, s: number): number => {
    const cat = categories[c]!;
    const m = x - cat.lower;
    if (!(m >= 0 && m <= cat.steps.length)) return Number.POSITIVE_INFINITY;
    const own = cat.base + ownPrefix[c]![m]! - (c < k - 1 ? mu[c]! * categories[c + 1]!.weight * x : 0);
    if (c === k - 1) return own;
    const r = s - restLower[c + 1]!;
    const prefix = restPrefix[c + 1]!;
    if (!(r >= 0 && r < prefix.length)) return Number.POSITIVE_INFINITY;
    return own + restBase[c + 1]! + prefix[r]! - margin[c]!;
  };
  return { node, multipliers: mu };
}

function prefixSums(values: Float64Array): Float64Array {
  const prefix = new Float64Array(values.length + 1);
  for (let i = 0; i < values.length; i++) prefix[i + 1] = prefix[i]! + values[i]!;
  return prefix;
}

/** `own` shifted by `shift`, merged with the sorted `rest`: a sorted array. */
function mergeShifted(own: Float64Array, shift: number, rest: Float64Array): Float64Array {
  const a = own.length;
  const b = rest.length;
  const out = new Float64Array(a + b);
  let i = 0;
  let j = 0;
  for (let m = 0; m < a + b; m++) {
    if (j >= b || (i < a && own[i]! + shift <= rest[j]!)) out[m] = own[i++]! + shift;
    else out[m] = rest[j++]!;
  }
  return out;
}

/** The slope of G at continuous x (the step from floor(x)); −∞ below the floors, +∞ at or above the caps. */
function slope(cat: ChainKeyCategory, x: number): number {
  if (x < cat.lower) return Number.NEGATIVE_INFINITY;
  const m = Math.floor(x - cat.lower);
  if (m >= cat.steps.length) return Number.POSITIVE_INFINITY;
  return cat.steps[m]!;
}

/** The finite slope nearest to `slope(cat, x)`. */
function finiteSlope(cat: ChainKeyCategory, x: number): number {
  if (cat.steps.length === 0) return 0;
  const m = Math.min(cat.steps.length - 1, Math.max(0, Math.floor(x - cat.lower)));
  return cat.steps[m]!;
}

const BISECTIONS = 60;

/**
 * Multipliers of the rows from the continuous relaxation of the chain at `total`: for a multiplier λ of the sum,
 * pool adjacent violators gives the blocks of categories sharing posts per unit of weight r (each block's r where
 * Σ S_j (G_j'(S_j r) − λ) changes sign); λ by bisection until the blocks hold `total`. Within a block p..q the
 * stationarity conditions give w_j = w_{j−1} + S_j (G_j'(X_j) − λ), w_{p−1} = 0, μ_j = w_j / (S_j S_{j+1}) (clamped at
 * 0); between blocks μ = 0. Approximate (bisection, subgradients at breakpoints): the bound is valid for any μ ≥ 0.
 */
function chainMultipliers(categories: readonly ChainKeyCategory[], total: number): number[] {
  const k = categories.length;
  const mu = new Array<number>(Math.max(0, k - 1)).fill(0);
  if (k < 2) return mu;
  let lowStep = Number.POSITIVE_INFINITY;
  let highStep = Number.NEGATIVE_INFINITY;
  for (const cat of categories) {
    if (cat.steps.length === 0) continue;
    lowStep = Math.min(lowStep, cat.steps[0]!);
    highStep = Math.max(highStep, cat.steps[cat.steps.length - 1]!);
  }
  if (!(lowStep <= highStep)) return mu;
  // A block's r for a given λ.
  const blockRatio = (from: number, to: number, lambda: number): number => {
    let lo = Number.NEGATIVE_INFINITY;
    let hi = Number.POSITIVE_INFINITY;
    for (let j = from; j <= to; j++) {
      const cat = categories[j]!;
      lo = Math.max(lo, cat.lower / cat.weight);
      hi = Math.min(hi, cat.upper / cat.weight);
    }
    if (!(lo < hi)) return (lo + hi) / 2;
    for (let i = 0; i < BISECTIONS; i++) {
      const mid = lo / 2 + hi / 2;
      let d = 0;
      for (let j = from; j <= to; j++) {
        const cat = categories[j]!;
        d += cat.weight * (slope(cat, cat.weight * mid) - lambda);
      }
      if (d < 0) lo = mid;
      else hi = mid;
    }
    return lo / 2 + hi / 2;
  };
  const pooled = (lambda: number) => {
    const blocks: { from: number; to: number; r: number; weight: number }[] = [];
    for (let j = 0; j < k; j++) {
      let block = { from: j, to: j, r: blockRatio(j, j, lambda), weight: categories[j]!.weight };
      while (blocks.length > 0 && blocks[blocks.length - 1]!.r < block.r) {
        const above = blocks.pop()!;
        block = {
          from: above.from,
          to: block.to,
          r: blockRatio(above.from, block.to, lambda),
          weight: above.weight + block.weight,
        };
      }
      blocks.push(block);
    }
    let posts = 0;
    for (const b of blocks) posts += b.weight * b.r;
    return { blocks, posts };
  };
  let lo = lowStep - 1;
  let hi = highStep + 1;
  for (let i = 0; i < BISECTIONS; i++) {
    const mid = lo / 2 + hi / 2;
    if (pooled(mid).posts < total) lo = mid;
    else hi = mid;
  }
  const lambda = lo / 2 + hi / 2;
  for (const block of pooled(lambda).blocks) {
    let w = 0;
    for (let j = block.from; j < block.to; j++) {
      const cat = categories[j]!;
      w += cat.weight * (finiteSlope(cat, cat.weight * block.r) - lambda);
      const value = Math.max(0, w) / (cat.weight * categories[j + 1]!.weight);
      mu[j] = Number.isFinite(value) ? value : 0;
    }
  }
  return mu;
}
