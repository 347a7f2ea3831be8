import { parseNumber } from "./parse-number.ts";

/**
 * Reads a number written with the unit 万 (ten thousand), as offices write large counts: "23.86万" → 238600,
 * "２３.８６万" → 238600, "1,200万" → 12000000. The digits before 万 are read by `parseNumber`; the product is
 * exact in decimal (no 238599.99999999997). Anything else is not such a number.
 *
 * @param text the cell text
 * @returns the number times 10 000, or `undefined` when the text is not a number followed by 万
 * @throws never
 * @example
 * parseWanNumber("23.86万") // 238600
 * parseWanNumber("23.86")   // undefined
 * parseWanNumber("万")      // undefined
 */
export function parseWanNumber(text: string): number | undefined {
  const match = /^(.*\S)\s*万$/u.exec(text.trim());
  if (match === null) return undefined;
  const digits = match[1]!;
  const value = parseNumber(digits);
  if (value === undefined) return undefined;
  const fraction = /[.．](\d*)/.exec(digits.normalize("NFKC"))?.[1]?.length ?? 0;
  const product = Number((value * 10000).toFixed(Math.max(0, fraction - 4)));
  return product === 0 ? 0 : product;
}
