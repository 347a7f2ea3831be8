/**
 * A seeded source of random numbers and the draws the Monte Carlo needs (uniform, standard normal, gamma,
 * Dirichlet). Our own, a few lines each, because none of the runtime dependencies has a seeded Dirichlet
 * (simple-statistics has no gamma sampler): the generator is xoshiro128** (Blackman & Vigna 2018) seeded through
 * splitmix32, so the same seed gives the same numbers on every machine and in every browser (32-bit integer
 * arithmetic only, `Math.imul`). No `Math.random` anywhere.
 */

/** A seeded generator: `next()` gives a uniform number in [0, 1) with 32 random bits. */
export interface Random {
  /** Uniform on [0, 1). */
  readonly next: () => number;
}

/**
 * xoshiro128** seeded from a 32-bit whole number through splitmix32 (so nearby seeds give unrelated streams).
 * @throws {RangeError} when the seed is not a whole number in 0 … 2³² − 1
 * @example seededRandom(42).next() // 0.6606157226487994, on every machine
 */
export function seededRandom(seed: number): Random {
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    throw new RangeError(`seed must be a whole number in 0..4294967295, got ${seed}`);
  }
  let x = seed >>> 0;
  const splitmix = (): number => {
    x = (x + 0x9e3779b9) >>> 0;
    let z = x;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
  const next32 = xoshiro128StarStar([splitmix(), splitmix(), splitmix(), splitmix()]);
  return { next: () => next32() / 4294967296 };
}

/**
 * The xoshiro128** generator (Blackman & Vigna, https://prng.di.unimi.it/xoshiro128starstar.c) from a state of four
 * 32-bit words (not all 0; an all-zero state is replaced by [1, 0, 0, 0]): each call gives the next 32-bit output.
 * @example const next = xoshiro128StarStar([1, 2, 3, 4]); next() // 11520 (the reference code's first output)
 */
export function xoshiro128StarStar(state: readonly [number, number, number, number]): () => number {
  let [s0, s1, s2, s3] = state.map((v) => v >>> 0) as [number, number, number, number];
  if ((s0 | s1 | s2 | s3) === 0) s0 = 1;
  const rotl = (v: number, k: number): number => ((v << k) | (v >>> (32 - k))) >>> 0;
  return () => {
    const result = Math.imul(rotl(Math.imul(s1, 5) >>> 0, 7), 9) >>> 0;
    const t = (s1 << 9) >>> 0;
    s2 = (s2 ^ s0) >>> 0;
    s3 = (s3 ^ s1) >>> 0;
    s1 = (s1 ^ s2) >>> 0;
    s0 = (s0 ^ s3) >>> 0;
    s2 = (s2 ^ t) >>> 0;
    s3 = rotl(s3, 11);
    return result;
  };
}

/**
 * A standard normal draw by Marsaglia's polar method (two uniforms per try, the second value discarded so
 * that one call consumes a fixed pattern of the stream).
 * @example normal(seededRandom(1)) // 0.4180795028522185 (mean 0, standard deviation 1 over many draws)
 */
export function normal(random: Random): number {
  for (;;) {
    const u = 2 * random.next() - 1;
    const v = 2 * random.next() - 1;
    const s = u * u + v * v;
    if (s > 0 && s < 1) return u * Math.sqrt((-2 * Math.log(s)) / s);
  }
}

/**
 * A Gamma(shape, 1) draw by Marsaglia & Tsang (2000), "A simple method for generating gamma variables", ACM TOMS
 * 26(3): for shape ≥ 1 directly; for shape < 1 as Gamma(shape + 1) · U^(1/shape).
 * @throws {RangeError} when shape is not a finite number > 0
 * @example gamma(seededRandom(1), 2) // 2.2667649434261734 (mean 2, variance 2 over many draws)
 */
export function gamma(random: Random, shape: number): number {
  if (!(shape > 0 && Number.isFinite(shape))) throw new RangeError(`gamma shape must be > 0, got ${shape}`);
  if (shape < 1) {
    const u = random.next();
    return gamma(random, shape + 1) * (u > 0 ? u : Number.MIN_VALUE) ** (1 / shape);
  }
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let z: number;
    let v: number;
    do {
      z = normal(random);
      v = 1 + c * z;
    } while (v <= 0);
    v = v * v * v;
    const u = random.next();
    if (u < 1 - 0.0331 * z ** 4) return d * v;
    if (u > 0 && Math.log(u) < 0.5 * z * z + d * (1 - v + Math.log(v))) return d * v;
  }
}

/**
 * A draw from the Dirichlet distribution around `mean` (which sums to 1) with concentration `concentration`:
 * parameters α_k = concentration · mean_k, each component Gamma(α_k) divided by their sum. A component with mean 0
 * stays 0; `concentration = Infinity` returns `mean` itself (the limit of the distribution). The variance of
 * component k is mean_k (1 − mean_k) / (concentration + 1). Should every gamma draw underflow to 0 (only possible
 * with tiny parameters), the mean is returned.
 * @throws {RangeError} when concentration is not > 0, or mean has a negative entry or sums to 0
 * @example dirichlet(seededRandom(7), [0.5, 0.3, 0.2], 100) // [0.47202…, 0.28075…, 0.24723…]
 * @example dirichlet(seededRandom(7), [2, 1, 1], Infinity) // [0.5, 0.25, 0.25]
 */
export function dirichlet(random: Random, mean: readonly number[], concentration: number): number[] {
  if (!(concentration > 0)) throw new RangeError(`concentration must be > 0, got ${concentration}`);
  const sum = mean.reduce((s, m) => s + m, 0);
  if (!(sum > 0) || mean.some((m) => !(m >= 0))) {
    throw new RangeError("dirichlet(): the mean needs entries >= 0 with a sum > 0");
  }
  if (concentration === Number.POSITIVE_INFINITY) return mean.map((m) => m / sum);
  const draws = mean.map((m) => (m > 0 ? gamma(random, (concentration * m) / sum) : 0));
  const total = draws.reduce((s, g) => s + g, 0);
  return total > 0 ? draws.map((g) => g / total) : mean.map((m) => m / sum);
}
