import { describe, expect, it } from "vitest";
import {
  colon,
  formatCompact,
  formatNumber,
  formatPercent,
  formatSigned,
  formatWithUnit,
} from "../src/report/format-number.ts";

// Expected strings: Intl.NumberFormat's zh-CN and en-US patterns (CLDR), which group digits by three in both.
describe("number formats of the pages", () => {
  it("formatNumber(value, lang, digits) groups digits, rounds to the digits, writes -0 as 0", () => {
    expect(formatNumber(238600, "zh")).toBe("238,600"); // townships.csv, T01 城厢镇 population
    expect(formatNumber(46.43113, "en", 2)).toBe("46.43");
    expect(formatNumber(46.5, "en", 0)).toBe("47");
    expect(formatNumber(-0, "zh")).toBe("0");
    expect(formatNumber(-0.001, "zh", 2)).toBe("0");
  });

  it("formatSigned(value, lang, digits) writes +, a real minus sign (U+2212) and a bare 0", () => {
    expect(formatSigned(-2, "zh")).toBe("−2");
    expect(formatSigned(3, "en")).toBe("+3");
    expect(formatSigned(7.8293, "en", 2)).toBe("+7.83");
    expect(formatSigned(0.001, "en", 2)).toBe("0");
  });

  it("formatPercent, formatWithUnit, formatCompact and colon", () => {
    expect(formatPercent(0.35, "zh")).toBe("35.0%");
    expect(formatPercent(0.0035, "en", 2)).toBe("0.35%");
    expect(formatWithUnit(118.4, { zh: "平方公里", en: "km²" }, "en")).toBe("118.4 km²");
    expect(formatWithUnit(238600, undefined, "zh")).toBe("238,600");
    expect(formatCompact(1512000, "en")).toBe("1.51M");
    expect(formatCompact(1512000, "zh")).toBe("151万");
    expect(colon("zh")).toBe("：");
    expect(colon("en")).toBe(": ");
  });
});
