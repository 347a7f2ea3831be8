// 总量推演 Total sweep (notebooks/sweep.html) in Chromium: the baseline's LP paradox cases listed in words
// and outlined on the chart, none with Webster's method on the same range, a range the page refuses, and the
// page in English with the ordering rows left out for a classical method.
import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { sweepSources, sweepSummary } from "../../src/index.ts";
import { DEMO_BUNDLE } from "../../src/notebook/demo-county.ts";
import { plannerSources } from "../../src/notebook/planner-sources.ts";
import { describeBrowser, expectClean, screenshot, waitForText } from "./harness.ts";
import { useSite } from "./site.ts";

/** The same sweep in Node (the second computation of the page's numbers). */
async function sweepInNode(key: string, method: "lp" | "webster", from: number, to: number) {
  const s = plannerSources({ bundle: DEMO_BUNDLE, key, storedData: null, custom: null });
  if (!s.ok) throw new Error("expected sources");
  const outcome = await sweepSources(s.sources, { method, from, to });
  if (outcome.status !== "swept") throw new Error("expected a sweep");
  return outcome;
}

const headline = "[data-testid=sweep-headline]";

async function paradoxCells(page: Page) {
  return page.$$eval("[data-slot=chart] rect.cell.paradox", (cells) =>
    cells.map((c) => `${c.getAttribute("data-id")}@${c.getAttribute("data-total")}`),
  );
}

describeBrowser("total sweep page notebooks/sweep.html", () => {
  const site = useSite();

  it("lists the baseline LP's Alabama paradox in words and outlines it; Webster's method on the same range shows none", async () => {
    const guarded = await site.open("sweep.html");
    const { page } = guarded;
    await page.waitForSelector(headline);
    // default range: today's 511 posts .. +60 (the scenario's own total 521 inside it)
    expect(await page.inputValue("[data-slot=controls] .sweep-from input")).toBe("511");
    expect(await page.inputValue("[data-slot=controls] .sweep-to input")).toBe("571");
    expect(await page.inputValue("[data-slot=controls] .sweep-method select")).toBe("lp");
    const lp = await sweepInNode("baseline", "lp", 511, 571);
    // `quota-planner sweep scenarios/demo-county/baseline.yaml --totals 511..600`: 凤凰乡 538 → 539: 16 → 15
    expect(lp.sweep.flags.map((f) => `${f.name} ${f.fromTotal}→${f.toTotal}`)).toEqual(["凤凰乡 538→539"]);
    expect(await page.textContent(headline)).toBe(sweepSummary(lp.sweep, "lp").headline.zh);
    expect(await page.locator("[data-testid=paradox-list] li").allTextContents()).toEqual(
      sweepSummary(lp.sweep, "lp").cases.map((c) => c.zh),
    );
    expect(await page.textContent("[data-testid=paradox-list] li")).toBe(
      "凤凰乡：县域总量由 538 增至 539 名时，编制由 16 名减为 15 名",
    );
    // the chart: 25 townships × 61 totals, the paradox cell outlined, the scenario's total framed, axis and legend
    expect(await page.locator("[data-slot=chart] rect.cell").count()).toBe(25 * 61);
    expect(await paradoxCells(page)).toEqual(["T23@539"]);
    expect(await page.locator("[data-slot=chart] rect.paradox-mark").count()).toBe(1);
    expect(await page.textContent("[data-slot=chart] .marked-label")).toBe("▲ 本方案 521 名");
    expect(await page.textContent("[data-slot=chart] .axis-title")).toBe("县域总量（名）");
    expect(await page.textContent("[data-slot=chart] .sweep-legend")).toContain("阿拉巴马悖论");
    // the chart fits its card at 1366×768
    const fits = await page.evaluate(() => {
      const svg = document.querySelector("[data-slot=chart] svg")!.getBoundingClientRect();
      const card = document.querySelector("[data-slot=chart]")!.getBoundingClientRect();
      return svg.right <= card.right + 0.5 && svg.left >= card.left - 0.5;
    });
    expect(fits).toBe(true);
    await screenshot(page, "sweep-zh");

    await page.selectOption("[data-slot=controls] .sweep-method select", "webster");
    const webster = await sweepInNode("baseline", "webster", 511, 571);
    expect(webster.sweep.flags).toEqual([]);
    await waitForText(page, headline, sweepSummary(webster.sweep, "webster").headline.zh);
    expect(await page.locator("[data-testid=paradox-list]").count()).toBe(0);
    expect(await paradoxCells(page)).toEqual([]);
    await screenshot(page, "sweep-webster-zh");
    expectClean(guarded);
  });

  it("refuses a reversed or over-long range with a message, and sweeps again once it is fixed", async () => {
    const guarded = await site.open("sweep.html");
    const { page } = guarded;
    await page.waitForSelector(headline);
    const from = page.locator("[data-slot=controls] .sweep-from input");
    await from.fill("600");
    await from.dispatchEvent("change");
    await waitForText(page, "[data-slot=summary] .range-problem", "起始总量 600 大于结束总量 571。");
    expect(await page.locator("[data-slot=chart] svg").count()).toBe(0);
    await from.fill("521");
    await from.dispatchEvent("change");
    await page.waitForSelector(headline);
    expect(await page.locator("[data-slot=chart] rect.cell").count()).toBe(25 * 51);
    expectClean(guarded);
  });

  it("works in English; development-first's LP (ordering rows, HiGHS) against Webster without the ordering rows", async () => {
    const guarded = await site.open("sweep.html?lang=en&scenario=development-first");
    const { page } = guarded;
    await waitForText(page, "h1", "Total sweep");
    await page.waitForSelector(headline, { timeout: 20_000 });
    const lp = await sweepInNode("development-first", "lp", 511, 571);
    expect(await page.textContent(headline)).toBe(sweepSummary(lp.sweep, "lp").headline.en);
    expect(await page.locator("[data-testid=paradox-list] li").allTextContents()).toEqual(
      sweepSummary(lp.sweep, "lp").cases.map((c) => c.en),
    );
    // the lowest totals leave the ordering rows no solution (the Node sweep says which): they are listed,
    // and the chart counts gains from the first total with an allocation
    const unsolved = sweepSummary(lp.sweep, "lp").unsolved;
    expect(unsolved?.en).toMatch(/^Totals without an allocation: 511 \(infeasible\)/);
    expect(await page.textContent("[data-slot=summary]")).toContain(unsolved!.en);
    const firstSolved = lp.sweep.steps.find((step) => step.posts.length > 0)!.total;
    expect(await page.textContent("[data-slot=chart] .legend-title")).toBe(
      `Posts gained since a county total of ${firstSolved}:`,
    );
    expect(await page.textContent("[data-slot=chart] .axis-title")).toBe("County total (posts)");
    await screenshot(page, "sweep-en");
    await page.selectOption("[data-slot=controls] .sweep-method select", "webster");
    await waitForText(
      page,
      headline,
      sweepSummary((await sweepInNode("development-first", "webster", 511, 571)).sweep, "webster").headline
        .en,
    );
    expect(await page.textContent("[data-slot=summary]")).toContain(
      "category ordering rows; a classical method has none",
    );
    expectClean(guarded);
  });
});
