// 敏感性 Sensitivity (notebooks/sensitivity.html) in Chromium: the critical changes as the library computes them in
// Node, the tornado chart, a Monte Carlo run in the worker with its progress, equal to the same run in Node, and
// a long run stopped with the page staying responsive; no request beyond localhost.
import { expect, it } from "vitest";
import { sensitivitySources, sensitivityTables, simulateSources, simulationTable } from "../../src/index.ts";
import { DEMO_BUNDLE } from "../../src/notebook/demo-county.ts";
import { plannerSources } from "../../src/notebook/planner-sources.ts";
import { describeBrowser, expectClean, screenshot } from "./harness.ts";
import { useSite } from "./site.ts";

const sourcesOf = (key: string) => {
  const s = plannerSources({ bundle: DEMO_BUNDLE, key, storedData: null, custom: null });
  if (!s.ok) throw new Error("expected sources");
  return s.sources;
};

const cellTexts = (rows: Element[]) =>
  rows.map((row) => [...row.querySelectorAll("td")].map((td) => td.textContent));

describeBrowser("sensitivity page notebooks/sensitivity.html", () => {
  const site = useSite();

  it("shows each weight's critical change and the tornado as computed in Node; a Monte Carlo gives the Node run's table", async () => {
    const guarded = await site.open("sensitivity.html?scenario=baseline");
    const { page } = guarded;
    await page.waitForSelector("[data-testid=weights-table] tbody tr", { timeout: 60_000 });
    const analysed = await sensitivitySources(sourcesOf("baseline"));
    if (analysed.status !== "analysed") throw new Error("expected an analysis");
    const tables = sensitivityTables(analysed.result, "zh");
    expect(await page.$$eval("[data-testid=weights-table] tbody tr", cellTexts)).toEqual(tables.weights.rows);
    expect(await page.textContent("[data-testid=sensitivity-summary] .sensitivity-headline")).toBe(
      tables.summary[0],
    );
    expect(await page.locator("[data-slot=tornado] rect.bar").count()).toBe(10);
    expect(await page.$$eval("[data-testid=tornado-table] tbody tr", cellTexts)).toEqual(tables.tornado.rows);

    await page.fill("[data-slot=mc-controls] input[name=runs]", "300");
    await page.click("[data-testid=mc-start]");
    await page.waitForSelector("[data-testid=mc-table] tbody tr", { timeout: 60_000 });
    expect(await page.textContent("[data-testid=mc-status]")).toBe("完成：300 次");
    expect(
      await page.evaluate(() => document.querySelector<HTMLProgressElement>("[data-testid=mc-bar]")!.value),
    ).toBe(1);
    const simulated = await simulateSources(sourcesOf("baseline"), {
      runs: 300,
      seed: 1,
      concentration: 100,
    });
    if (simulated.status !== "simulated") throw new Error("expected a simulation");
    expect(await page.$$eval("[data-testid=mc-table] tbody tr", cellTexts)).toEqual(
      simulationTable(simulated.result, "zh").rows,
    );
    await screenshot(page, "sensitivity-zh");
    expectClean(guarded);
  });

  it("a long Monte Carlo shows its progress and stops on Stop; the page answers meanwhile and runs again after", async () => {
    const guarded = await site.open("sensitivity.html?scenario=baseline&lang=en");
    const { page } = guarded;
    await page.waitForSelector("[data-testid=weights-table] tbody tr", { timeout: 60_000 });
    await page.fill("[data-slot=mc-controls] input[name=runs]", "100000");
    await page.click("[data-testid=mc-start]");
    await page.waitForFunction(
      () => document.querySelector<HTMLProgressElement>("[data-testid=mc-bar]")!.value >= 0.01,
      undefined,
      { timeout: 60_000 },
    );
    expect(await page.textContent("[data-testid=mc-status]")).toMatch(/^Running: \d+ \/ 100000$/);
    // the page's thread is free while the worker runs: a script answers at once
    expect(await page.evaluate(() => 6 * 7)).toBe(42);
    expect(await page.isDisabled("[data-testid=mc-start]")).toBe(true);
    await page.click("[data-testid=mc-stop]");
    await page.waitForFunction(
      () => document.querySelector("[data-testid=mc-status]")?.textContent === "Stopped; no result.",
    );
    await page.waitForFunction(
      () => !document.querySelector<HTMLButtonElement>("[data-testid=mc-start]")!.disabled,
    );
    expect(await page.locator("[data-testid=mc-table]").count()).toBe(0);
    await page.fill("[data-slot=mc-controls] input[name=runs]", "50");
    await page.click("[data-testid=mc-start]");
    await page.waitForSelector("[data-testid=mc-table] tbody tr", { timeout: 60_000 });
    expect(await page.textContent("[data-testid=mc-status]")).toBe("Done: 50 runs");
    await screenshot(page, "sensitivity-en");
    expectClean(guarded);
  });

  it("with AHP weights lists every judgement's critical change and names the most critical judgement (zh)", async () => {
    const guarded = await site.open("sensitivity.html?scenario=expert-weights");
    const { page } = guarded;
    await page.waitForSelector("[data-testid=judgements-table] tbody tr", { timeout: 60_000 });
    const analysed = await sensitivitySources(sourcesOf("expert-weights"));
    if (analysed.status !== "analysed") throw new Error("expected an analysis");
    const tables = sensitivityTables(analysed.result, "zh");
    // 10 pairs of 5 factors and the economy's GDP over fiscal revenue (models/standard-ahp.yaml)
    expect(await page.$$eval("[data-testid=judgements-table] tbody tr", cellTexts)).toEqual(
      tables.judgements!.rows,
    );
    expect(tables.judgements!.rows).toHaveLength(11);
    expect(await page.textContent("[data-testid=sensitivity-summary]")).toContain(tables.summary[1]!);
    expect(tables.summary[1]).toMatch(/^最关键的判断：/);
    expectClean(guarded);
  });
});
