// 机构与类别 Offices and categories (notebooks/offices.html) in Chromium: the duties-weighted scenario's R10/R11 checks
// and township table, the category suggestion beside the declared category, both as the library computes them in
// Node, in Chinese and in English, with the print identity naming the scenario and its hash.
import { expect, it } from "vitest";
import {
  categoriesTable,
  loadScenarioSources,
  officeCheckStatus,
  officeChecks,
  officeReport,
  officesTable,
  runScenario,
  suggestCategories,
} from "../../src/index.ts";
import { DEMO_BUNDLE } from "../../src/notebook/demo-county.ts";
import { plannerSources } from "../../src/notebook/planner-sources.ts";
import { describeBrowser, expectClean, screenshot } from "./harness.ts";
import { useSite } from "./site.ts";

/** The page's figures computed in Node from the same bundled files. */
async function inNode(lang: "zh" | "en") {
  const s = plannerSources({ bundle: DEMO_BUNDLE, key: "duties-weighted", storedData: null, custom: null });
  if (!s.ok) throw new Error("expected sources");
  const scenario = await loadScenarioSources(s.sources);
  const report = officeReport(scenario);
  const checks = officeChecks(scenario, report);
  const result = await runScenario(scenario);
  const suggestions = suggestCategories(
    result.townships.map((r) => ({ id: r.id, name: r.name, category: r.category, composite: r.index })),
  );
  return {
    checks: checks.map(
      (c) => `${c.rule} ${officeCheckStatus(c, lang)}${lang === "zh" ? "：" : ": "}${c.message[lang]}`,
    ),
    offices: officesTable({ scenario: scenario.source, report, checks }, lang).rows,
    categories: categoriesTable(suggestions, lang).rows,
  };
}

async function tableRows(page: import("playwright-core").Page, testid: string): Promise<string[][]> {
  return page.$$eval(`[data-testid=${testid}] tbody tr`, (rows) =>
    rows.map((row) => [...row.querySelectorAll("td")].map((td) => td.textContent ?? "")),
  );
}

describeBrowser("offices and categories page notebooks/offices.html", () => {
  const site = useSite();

  for (const lang of ["zh", "en"] as const) {
    it(`shows the R10/R11 checks, the office table and the suggested categories of duties-weighted (${lang})`, async () => {
      const guarded = await site.open(`offices.html?scenario=duties-weighted&lang=${lang}`);
      const { page } = guarded;
      await page.waitForSelector("body[data-ready=true]");
      const expected = await inNode(lang);
      expect(await page.locator("[data-testid=office-checks] li").allTextContents()).toEqual(expected.checks);
      expect(await page.getAttribute("[data-testid=office-checks] li[data-rule=R10]", "class")).toContain(
        "failed",
      );
      expect(await tableRows(page, "office-table")).toEqual(expected.offices);
      expect(await tableRows(page, "category-table")).toEqual(expected.categories);
      // T17 梨树乡 lacks 农民工服务中心 (offices.csv); T05 青岗镇 13 offices, cap 12
      const rows = await tableRows(page, "office-table");
      expect(rows[16]![6]).toBe(lang === "zh" ? "农民工服务中心" : "农民工服务中心");
      expect(rows[4]!.slice(3, 6)).toEqual(["13", "12", "1"]);
      const identity = await page.textContent("[data-testid=print-identity]");
      expect(identity).toContain(lang === "zh" ? "承接事项加权方案" : "Duties weighted");
      // the hash `quota-planner offices scenarios/demo-county/duties-weighted.yaml` prints (the five files)
      expect(identity).toContain("fe1808bfd495");
      await screenshot(page, `offices-${lang}`);
      expectClean(guarded);
    });
  }
});
