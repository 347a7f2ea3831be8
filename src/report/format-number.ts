/**
 * Numbers as the pages show them (the formats of `formatNumber` and its kin), in the page's language: grouped digits, at most a few decimals,
 * a real minus sign for changes, units the way each language writes them.
 */
import type { Bilingual, Lang } from "../types.ts";

const formats = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: Lang, digits: number, percent = false): Intl.NumberFormat {
  const key = `${lang}:${digits}:${percent}`;
  let format = formats.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat(lang === "zh" ? "zh-CN" : "en-US", {
      maximumFractionDigits: digits,
      ...(percent ? { style: "percent", minimumFractionDigits: digits } : {}),
    });
    formats.set(key, format);
  }
  return format;
}

/**
 * A number with grouped digits and at most `digits` decimals; -0 shows as 0.
 * @example formatNumber(238600, "zh") // "238,600"
 * @example formatNumber(46.43113, "en", 2) // "46.43"
 */
export function formatNumber(value: number, lang: Lang, digits = 2): string {
  const text = numberFormat(lang, digits).format(value);
  return text === "-0" ? "0" : text;
}

/**
 * A change with its sign: "+3", "−2" (a real minus sign), "0".
 * @example formatSigned(-2, "zh") // "−2"
 * @example formatSigned(7.8293, "en", 2) // "+7.83"
 */
export function formatSigned(value: number, lang: Lang, digits = 0): string {
  const text = formatNumber(Math.abs(value), lang, digits);
  if (text === "0") return "0";
  return value > 0 ? `+${text}` : `−${text}`;
}

/**
 * A share as a percentage with `digits` decimals.
 * @example formatPercent(0.35, "zh") // "35.0%"
 */
export function formatPercent(share: number, lang: Lang, digits = 1): string {
  return numberFormat(lang, digits, true).format(share);
}

/**
 * A value with its unit: "238,600 人", "118.4 km²"; without a unit, the number alone.
 * @example formatWithUnit(118.4, { zh: "平方公里", en: "km²" }, "en") // "118.4 km²"
 */
export function formatWithUnit(value: number, unit: Bilingual | undefined, lang: Lang, digits = 2): string {
  const number = formatNumber(value, lang, digits);
  return unit === undefined ? number : `${number} ${unit[lang]}`;
}

/** Colon after a label: "：" in Chinese, ": " in English. */
export function colon(lang: Lang): string {
  return lang === "zh" ? "：" : ": ";
}

/**
 * A short form for axis ends: "151万" / "1.51M", three significant digits.
 * @example formatCompact(1512000, "en") // "1.51M"
 */
export function formatCompact(value: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === "zh" ? "zh-CN" : "en-US", {
    notation: "compact",
    maximumSignificantDigits: 3,
  }).format(value);
}
