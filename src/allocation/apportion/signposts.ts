import type { Bilingual } from "../../types.ts";
import { APPORTION_METHOD_IDS } from "../../types.ts";
import type { ApportionMethod, DivisorMethod } from "./types.ts";

/** The divisor methods, in the order the docs present them. */
export const DIVISOR_METHODS: readonly DivisorMethod[] = [
  "jefferson",
  "webster",
  "adams",
  "dean",
  "huntington-hill",
];

/** Every apportionment method. */
export const APPORTION_METHODS: readonly ApportionMethod[] = APPORTION_METHOD_IDS;

/** Display names of the methods, with their other names. */
export const APPORTION_METHOD_LABELS: Readonly<Record<ApportionMethod, Bilingual>> = {
  hamilton: { zh: "汉密尔顿法（最大余数法）", en: "Hamilton (largest remainder)" },
  jefferson: { zh: "杰斐逊法（洪德法）", en: "Jefferson (D'Hondt)" },
  webster: { zh: "韦伯斯特法（圣拉古法）", en: "Webster (Sainte-Laguë)" },
  adams: { zh: "亚当斯法", en: "Adams" },
  dean: { zh: "迪恩法（调和平均）", en: "Dean (harmonic mean)" },
  "huntington-hill": { zh: "亨廷顿-希尔法（等比例法）", en: "Huntington-Hill (equal proportions)" },
};

/** Names accepted for each method (compared in lower case, spaces and underscores read as "-"). */
const ALIASES: Readonly<Record<string, ApportionMethod>> = {
  hamilton: "hamilton",
  "largest-remainder": "hamilton",
  "hare-niemeyer": "hamilton",
  vinton: "hamilton",
  jefferson: "jefferson",
  dhondt: "jefferson",
  "d-hondt": "jefferson",
  "d'hondt": "jefferson",
  webster: "webster",
  "sainte-lague": "webster",
  "sainte-laguë": "webster",
  adams: "adams",
  dean: "dean",
  "huntington-hill": "huntington-hill",
  "equal-proportions": "huntington-hill",
  hill: "huntington-hill",
};

/**
 * Reads a method name as people write it: "dhondt" or "D'Hondt" is Jefferson's method, "sainte-lague"
 * is Webster's, "equal proportions" is Huntington-Hill's.
 *
 * @param name the name as written
 * @returns the canonical method, or undefined when the name is not one
 * @throws never
 * @example
 * parseApportionMethod("Sainte-Lague") // "webster"
 * parseApportionMethod("median")       // undefined
 */
export function parseApportionMethod(name: string): ApportionMethod | undefined {
  const key = name
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, "-");
  return ALIASES[key];
}

/**
 * The signpost d(k) of a divisor method: a unit holding k posts gets its next post when
 * weight / λ passes d(k). Jefferson k + 1, Webster k + 1/2, Adams k, Dean 2k(k+1)/(2k+1),
 * Huntington-Hill √(k(k+1)) (the arithmetic, harmonic and geometric means of k and k + 1).
 *
 * @param method a divisor method
 * @param k posts already held, a whole number >= 0
 * @returns d(k), >= 0; d(0) = 0 for Adams, Dean and Huntington-Hill
 * @throws {RangeError} when k is not a whole number >= 0
 * @example
 * signpost("webster", 2)          // 2.5
 * signpost("huntington-hill", 1)  // 1.4142135623730951
 */
export function signpost(method: DivisorMethod, k: number): number {
  if (!Number.isInteger(k) || k < 0)
    throw new RangeError(`signpost: k must be a whole number >= 0, got ${k}`);
  switch (method) {
    case "jefferson":
      return k + 1;
    case "webster":
      return k + 0.5;
    case "adams":
      return k;
    case "dean":
      return (2 * k * (k + 1)) / (2 * k + 1);
    case "huntington-hill":
      return Math.sqrt(k * (k + 1));
  }
}

/**
 * The priority of a unit's next post under a divisor method: weight / d(k). A unit with weight > 0 and
 * no post has infinite priority under Adams, Dean and Huntington-Hill (d(0) = 0): every such unit gets
 * a first post before any unit gets a second. A unit with weight 0 has priority 0.
 *
 * @param method a divisor method
 * @param weight the unit's weight, >= 0
 * @param k posts the unit holds, a whole number >= 0
 * @returns weight / d(k), possibly Infinity
 * @throws {RangeError} when k is not a whole number >= 0
 * @example
 * priorityValue("huntington-hill", 5709752, 7) // 762997.7… (Minnesota's 8th seat, 2020)
 * priorityValue("adams", 10, 0)                // Infinity
 */
export function priorityValue(method: DivisorMethod, weight: number, k: number): number {
  const d = signpost(method, k);
  if (weight === 0) return 0;
  return d === 0 ? Number.POSITIVE_INFINITY : weight / d;
}

/**
 * How many posts the divisor form gives a unit whose weight / λ is x, before bounds: the number of
 * signposts d(k) strictly below x. For Jefferson that is ⌊x⌋ (x not whole), for Adams ⌈x⌉. An x
 * exactly on a signpost (Jefferson x = 3, Webster x = 2.5) is a tie that could round either way; it
 * rounds down here, matching the half-open divisor ranges [low, high) of `apportion`.
 *
 * @param method a divisor method
 * @param x weight / λ, >= 0
 * @returns a whole number >= 0
 * @throws {RangeError} when x is negative or not finite
 * @example
 * roundBySignposts("webster", 2.5)  // 2 (2.5 is not below the signpost 2.5)
 * roundBySignposts("webster", 2.51) // 3
 */
export function roundBySignposts(method: DivisorMethod, x: number): number {
  if (!(x >= 0) || !Number.isFinite(x))
    throw new RangeError(`roundBySignposts: x must be finite and >= 0, got ${x}`);
  // Every signpost lies in [k, k + 1], so all k <= ⌊x⌋ − 3 are below x; start counting just under ⌊x⌋.
  let k = Math.max(0, Math.floor(x) - 2);
  while (signpost(method, k) < x) k++;
  return k;
}
