import type { ColumnSpec } from "./columns.ts";

/** Units written like a column's own unit (no conversion), by the column's unit. */
const SAME: Readonly<Record<string, readonly string[]>> = {
  人: ["人", "名"],
  名: ["名", "人", "个"],
  个: ["个", "项", "处", "所", "家"],
  万元: ["万元"],
  平方公里: ["平方公里", "平方千米", "km2", "km²", "平方km"],
  公里: ["公里", "千米", "km"],
};

/** Units a column's value can be converted from: unit → factor to the column's own unit, by the column's unit. */
const SCALES: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  人: { 百人: 100, 千人: 1000, 万人: 10_000 },
  万元: { 元: 0.0001, 千元: 0.1, 十万元: 10, 百万元: 100, 千万元: 1000, 亿元: 10_000 },
  // 1 亩 = 10 000 / 15 m² (the statutory definition), 1 公顷 = 10 000 m².
  平方公里: { 平方米: 1e-6, 公顷: 0.01, 亩: 1 / 1500, 万亩: 10_000 / 1500 },
  公里: { 米: 0.001 },
};

/** What a unit written for a column means for its values. Internal to src/data. */
export type UnitScale =
  | { readonly kind: "same" }
  | { readonly kind: "scale"; readonly factor: number }
  | { readonly kind: "unknown" };

/**
 * How a unit written for a known column (in a units row or the header's brackets) relates to the column's own unit:
 * the same unit (also 平方千米 for 平方公里, 人 for 名), a unit it converts from unambiguously with its factor
 * (亿元 → 万元 × 10 000, 千人 → 人 × 1 000, 公顷 → 平方公里 × 0.01, 米 → 公里 × 0.001), or a unit it cannot convert
 * (a 万人 in a column of posts, "%" for a population). Spaces are ignored.
 * @throws never
 * @example unitScale(gdpSpec, "亿元")     // { kind: "scale", factor: 10000 }
 * @example unitScale(populationSpec, "%") // { kind: "unknown" }
 */
export function unitScale(spec: ColumnSpec, unit: string): UnitScale {
  const own = spec.unit?.zh;
  const written = unit.replace(/\s/gu, "");
  if (own === undefined || written === "" || written === own) return { kind: "same" };
  if (SAME[own]?.some((same) => same.toLowerCase() === written.toLowerCase())) return { kind: "same" };
  const factor = SCALES[own]?.[written];
  return factor !== undefined ? { kind: "scale", factor } : { kind: "unknown" };
}

/**
 * `value × factor`, exact in decimal for a power-of-ten factor (2.5 千人 → 2500, 1.23 亿元 → 12300, not
 * 12299.999999999998).
 * @throws never
 * @example scaleValue(1.23, 10000) // 12300
 */
export function scaleValue(value: number, factor: number): number {
  const exponent = Math.log10(factor);
  if (Number.isInteger(exponent)) {
    const decimals = /\.(\d+)/.exec(String(value))?.[1]?.length ?? 0;
    const scaled = Number((value * factor).toFixed(Math.max(0, Math.min(100, decimals - exponent))));
    return scaled === 0 ? 0 : scaled;
  }
  const product = value * factor;
  return product === 0 ? 0 : product;
}
