// 过渡路径 Transition path (notebooks/transition.html) in Chromium: the baseline's three-year path, the same numbers as
// `quota-planner transition scenarios/demo-county/baseline.yaml` (computed here in Node from the same bundle), the
// township stopped by the limit in red with its reason, in Chinese and English; a scenario without a block says so.
import { expect, it } from "vitest";
import { solveSources, transitionTables } from "../../src/index.ts";
import { DEMO_BUNDLE } from "../../src/notebook/demo-county.ts";
import { plannerSources } from "../../src/notebook/planner-sources.ts";
import { describeBrowser, expectClean, screenshot, waitForText } from "./harness.ts";
import { useSite } from "./site.ts";

async function pathInNode(key: string) {
  const s = plannerSources({ bundle: DEMO_BUNDLE, key, storedData: null, custom: null });
  if (!s.ok) throw new Error("expected sources");
  const outcome = await solveSources(s.sources);
  if (outcome.status !== "solved" || outcome.result.transition === undefined)
    throw new Error("expected a path");
  return outcome.result.transition;
}

const townships = "[data-testid=transition-townships]";

async function tableCells(page: import("playwright-core").Page, selector: string) {
  return page.$$eval(`${selector} tbody tr`, (rows) =>
    rows.map((r) => Array.from(r.querySelectorAll("td,th")).map((c) => c.textContent ?? "")),
  );
}

describeBrowser("transition path page notebooks/transition.html", () => {
  const site = useSite();

  for (const lang of ["zh", "en"] as const) {
    it(`shows the baseline's path with the CLI's numbers, 双河镇 stopped by the limit (${lang})`, async () => {
      const guarded = await site.open(`transition.html?lang=${lang}`);
      const { page } = guarded;
      await page.waitForSelector(townships);
      const path = await pathInNode("baseline");
      const tables = transitionTables(path, lang);
      expect(await tableCells(page, townships)).toEqual(tables.townships.rows);
      expect(await tableCells(page, "[data-testid=transition-years]")).toEqual(tables.years.rows);
      // hand: 双河镇 24 → 28 at one post a year: 25, 26, 27 (tests/cli-transition.test.ts has the same from the CLI)
      const t04 = tables.townships.rows.find((r) => r[0] === "T04")!;
      expect(t04.slice(2, 7)).toEqual(["24", "25", "26", "27", "28"]);
      // the chart: 25 panels, the two that do not arrive marked
      expect(await page.locator("[data-testid=transition-chart] g[data-township]").count()).toBe(25);
      expect(
        await page.$$eval("[data-testid=transition-chart] g[data-arrives=no]", (gs) =>
          gs.map((g) => g.getAttribute("data-township")),
        ),
      ).toEqual(["T04", "T15"]);
      await waitForText(
        page,
        "[data-testid=transition-status]",
        lang === "zh" ? "状态：可行" : "Status: feasible",
      );
      // the print identity names county, scenario and hash
      expect(await page.locator("[data-slot=identity]").textContent()).toMatch(/[0-9a-f]{12}/);
      await screenshot(page, `transition-${lang}`);
      expectClean(guarded);
    });
  }

  it("says a scenario without a transition block has none", async () => {
    const guarded = await site.open("transition.html?scenario=development-first");
    const { page } = guarded;
    await waitForText(
      page,
      "[data-testid=transition-settings]",
      "方案没有过渡路径设置（在方案文件中加入 transition 块）",
    );
    expect(await page.locator(townships).count()).toBe(0);
    expectClean(guarded);
  });
});
