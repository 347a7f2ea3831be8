import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseModel } from "../src/scenario/resolve-model.ts";
import { ALLOCATION_METHODS, CATEGORIES } from "../src/types.ts";
import * as words from "../src/words/index.ts";
import {
  BACKEND_LABELS,
  CATEGORY_LABELS,
  checkRuleLabel,
  factorLabel,
  fixed,
  indicatorLabel,
  indicatorPlace,
  METHOD_LABELS,
  provenOptimalLabel,
  REASON_LABELS,
  SOLVER_STATUS_LABELS,
  signedFixed,
  signedInt,
  t,
} from "../src/words/index.ts";

const standard = parseModel(readFileSync("models/standard.yaml", "utf8"), "models/standard.yaml");

describe("src/words", () => {
  it("every label table gives a non-empty text in both languages", () => {
    const tables = (Object.values(words) as unknown[]).filter(
      (value): value is Record<string, { zh: string; en: string }> =>
        typeof value === "object" && value !== null,
    );
    expect(tables.length).toBeGreaterThanOrEqual(10);
    for (const table of tables) {
      for (const text of Object.values(table)) {
        expect(text.zh.length).toBeGreaterThan(0);
        expect(text.en.length).toBeGreaterThan(0);
      }
    }
  });

  it("METHOD_LABELS names every allocation method, the LP in one wording", () => {
    expect(Object.keys(METHOD_LABELS).sort()).toEqual([...ALLOCATION_METHODS].sort());
    expect(METHOD_LABELS.lp.zh).toBe("线性规划（偏离比例目标最小）");
    expect(METHOD_LABELS.webster.en).toBe("Webster (Sainte-Laguë)");
  });

  it("CATEGORY_LABELS names the five categories of R1 as the county writes them", () => {
    expect(CATEGORIES.map((c) => CATEGORY_LABELS[c].zh)).toEqual([
      "县政府驻地镇",
      "中心镇",
      "重点镇",
      "特色镇",
      "一般乡镇",
    ]);
    expect(REASON_LABELS.floor.zh).toBe("最低编制");
  });

  it("statuses, engines and the proof read as words in Chinese, as the --solver names in English", () => {
    expect(SOLVER_STATUS_LABELS.infeasible.zh).toBe("无可行解");
    expect(BACKEND_LABELS.exact).toEqual({ zh: "精确贪心算法", en: "exact" });
    expect(provenOptimalLabel(true).zh).toBe("已证明最优");
    expect(provenOptimalLabel(false).en).toBe("optimality not proven");
    expect(checkRuleLabel("sum").zh).toBe("合计");
    expect(checkRuleLabel("R3").zh).toBe("R3");
  });

  it("factorLabel(model, id) and indicatorLabel(model, id) give the names models/standard.yaml writes", () => {
    expect(factorLabel(standard, "location").zh).toBe("区位与发展定位");
    expect(indicatorLabel(standard, "gdp").zh).toBe("地区生产总值");
    expect(factorLabel(standard, "nowhere")).toEqual({ zh: "nowhere", en: "nowhere" });
  });

  it("indicatorPlace names the place by names in Chinese, with the key path in English", () => {
    const place = indicatorPlace(
      { zh: "区位", en: "Location" },
      { zh: "区位得分", en: "Location score" },
      "factors.0.indicators.0",
    );
    expect(place.zh).toBe("因素“区位”的指标“区位得分”");
    expect(place.en).toBe('indicator "Location score" of factor "Location" (key factors.0.indicators.0)');
  });

  it("fixed, signedInt and signedFixed: at most the given decimals, a true minus sign", () => {
    expect(fixed(46.4312)).toBe("46.43");
    expect(fixed(0.5, 4)).toBe("0.5");
    expect(signedInt(3)).toBe("+3");
    expect(signedInt(-2)).toBe("−2");
    expect(signedInt(0)).toBe("0");
    expect(signedFixed(7.8312)).toBe("+7.83");
    expect(signedFixed(-2)).toBe("−2");
  });

  it("t(text, lang, params) fills placeholders and throws for a missing one", () => {
    expect(t({ zh: "共{n}个乡镇", en: "{n} townships" }, "en", { n: 12 })).toBe("12 townships");
    expect(t({ zh: "核定", en: "New" }, "zh")).toBe("核定");
    expect(() => t({ zh: "{n} 名", en: "{n}" }, "zh", {})).toThrow(/no value for \{n\}/);
  });
});
