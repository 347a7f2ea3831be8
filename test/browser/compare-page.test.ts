// 方案对比 Compare scenarios (notebooks/compare.html) in Chromium: the first two bundled scenarios compared as the
// library compares them in Node (the second computation), the dumbbell chart with the biggest mover on top, a
// single scenario refused, and the page in English; no request beyond localhost.
import { spawnSync } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { expect, it } from "vitest";
import { compareSources, comparisonTables, filesHash } from "../../src/index.ts";
import { DEMO_BUNDLE } from "../../src/notebook/demo-county.ts";
import { plannerSources } from "../../src/notebook/planner-sources.ts";
import { describeBrowser, expectClean, ROOT, screenshot } from "./harness.ts";
import { useSite } from "./site.ts";

async function compareInNode(keys: readonly string[], custom: { base: string; yaml: string } | null = null) {
  const list = keys.map((key) => {
    const s = plannerSources({ bundle: DEMO_BUNDLE, key, storedData: null, custom });
    if (!s.ok) throw new Error("expected sources");
    return s.sources;
  });
  const outcome = await compareSources(list);
  if (outcome.status !== "compared") throw new Error("expected a comparison");
  return outcome.comparison;
}

describeBrowser("compare page notebooks/compare.html", () => {
  const site = useSite();

  it("compares the first two scenarios as the library does: settings, townships (biggest movers first), categories, chart", async () => {
    const guarded = await site.open("compare.html");
    const { page } = guarded;
    await page.waitForSelector("[data-testid=township-table] tbody tr");
    const keys = DEMO_BUNDLE.scenarios.slice(0, 2).map((s) => s.key);
    const comparison = await compareInNode(keys);
    const tables = comparisonTables(comparison, "zh");
    const cells = (selector: string) =>
      page.$$eval(`${selector} tbody tr`, (rows) =>
        rows.map((row) => [...row.querySelectorAll("td")].map((td) => td.textContent)),
      );
    expect(await cells("[data-testid=township-table]")).toEqual(tables.townships.rows);
    expect(await cells("[data-testid=settings-table]")).toEqual(tables.settings.rows);
    expect(await cells("[data-testid=category-table]")).toEqual(tables.categories.rows);
    // baseline against population-first: 城厢镇 46 → 50 (the goldens), the biggest mover, on top
    expect(keys).toEqual(["baseline", "population-first"]);
    expect(tables.townships.rows[0]!.slice(0, 2)).toEqual(["T01", "城厢镇"]);
    expect(await page.getAttribute("[data-slot=chart] g.row", "data-id")).toBe("T01");
    expect(await page.locator("[data-slot=chart] g.row").count()).toBe(25);
    expect(await page.locator("[data-slot=chart] circle.dot").count()).toBe(50);
    expect(
      await page.$$eval("[data-slot=chart] g.row[data-id=T01] circle.dot", (dots) =>
        dots.map((d) => d.getAttribute("data-posts")),
      ),
    ).toEqual(["46", "50"]);
    await screenshot(page, "compare-zh");

    // one scenario is not a comparison
    await page.uncheck("[data-testid=scenario-choice] input[value=population-first]");
    await page.waitForSelector("[data-testid=compare-summary] .range-problem");
    expect(await page.textContent("[data-testid=compare-summary]")).toContain("请至少选择两个方案。");
    expectClean(guarded);
  });

  it("names every scenario compared with its file, standard, data and content hash (the CLI's), on screen and in the printed PDF", async () => {
    const guarded = await site.open("compare.html");
    const { page } = guarded;
    await page.waitForSelector("[data-testid=township-table] tbody tr");
    await page.waitForSelector("[data-testid=compared-identity] p");
    const keys = DEMO_BUNDLE.scenarios.slice(0, 2).map((s) => s.key);
    const hashes: string[] = [];
    for (const key of keys) {
      const s = plannerSources({ bundle: DEMO_BUNDLE, key, storedData: null, custom: null });
      if (!s.ok) throw new Error("expected sources");
      hashes.push(
        await filesHash({ data: s.sources.data, scenario: { text: s.yaml }, model: s.sources.model }),
      );
    }
    // `quota-planner compare scenarios/demo-county/baseline.yaml …` prints 879801da55fa for the baseline's files
    expect(hashes[0]).toBe("879801da55fa");
    const lines = await page.$$eval("[data-testid=compared-identity] p", (ps) =>
      ps.map((p) => p.textContent),
    );
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^对比的 2 个方案（quota-planner \d+\.\d+\.\d+；/);
    expect(lines[1]).toBe(
      `方案1：基准方案（baseline.yaml，编制标准 standard.yaml，示例县（虚构数据），数据 townships.csv，内容校验码 ${hashes[0]}）`,
    );
    expect(lines[2]).toContain(`population-first.yaml，编制标准 standard.yaml`);
    expect(lines[2]).toContain(`内容校验码 ${hashes[1]}`);
    // the one-scenario line of the other pages is not there
    expect(await page.locator("[data-testid=scenario-name]").count()).toBe(0);
    // a third scenario ticked is named too
    const third = DEMO_BUNDLE.scenarios[2]!.key;
    await page.check(`[data-testid=scenario-choice] input[value=${third}]`);
    await page.waitForFunction(
      () => document.querySelectorAll("[data-testid=compared-identity] p").length === 4,
    );
    // printed: the PDF's text holds every scenario's line with its hash
    await mkdir(join(ROOT, "test/.tmp"), { recursive: true });
    const dir = await mkdtemp(join(ROOT, "test/.tmp/compare-print-"));
    try {
      const pdf = join(dir, "compare.pdf");
      await writeFile(pdf, await page.pdf({ format: "A4" }));
      const text = spawnSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
      expect(text.status, text.stderr).toBe(0);
      const flat = text.stdout.replace(/\s+/g, "");
      for (const hash of hashes) expect(flat).toContain(`内容校验码${hash}`);
      expect(flat).toContain("方案3：");
      expect(flat).toContain("对比的3个方案");
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    expectClean(guarded);
  });

  it("opens in English with three scenarios ticked and the settings named in English", async () => {
    const guarded = await site.open("compare.html?lang=en");
    const { page } = guarded;
    await page.waitForSelector("[data-testid=township-table] tbody tr");
    const third = DEMO_BUNDLE.scenarios[2]!.key;
    await page.check(`[data-testid=scenario-choice] input[value=${third}]`);
    await page.waitForFunction(() => document.querySelectorAll("[data-slot=chart] circle.dot").length === 75);
    const comparison = await compareInNode(DEMO_BUNDLE.scenarios.slice(0, 3).map((s) => s.key));
    const tables = comparisonTables(comparison, "en");
    expect(await page.locator("[data-testid=settings-table] th").allTextContents()).toEqual(
      tables.settings.headers,
    );
    expect(await page.textContent("[data-testid=settings-table]")).toContain("Factor weight: Population");
    // the check boxes follow the page language
    expect(await page.textContent("[data-testid=scenario-choice] legend")).toBe("Scenarios");
    expect(await page.textContent("[data-testid=scenario-choice] label")).toBe("Baseline");
    // the identity in English, one line per scenario
    await page.waitForFunction(
      () => document.querySelectorAll("[data-testid=compared-identity] p").length === 4,
    );
    expect(await page.textContent("[data-testid=compared-identity] p:nth-child(2)")).toMatch(
      /^Scenario 1: Baseline \(baseline\.yaml, model standard\.yaml, .+, data townships\.csv, content hash [0-9a-f]{12}\)$/,
    );
    await screenshot(page, "compare-en");
    expectClean(guarded);
  });

  it("offers the scenario saved in the weights lab and compares it with the one it came from", async () => {
    // the baseline with the population weight raised to 0.5, as the weights lab stores an edit
    const yaml = (await readFile("scenarios/demo-county/baseline.yaml", "utf8")).replace(
      "band: { maxCut: 2, maxGain: 12 }",
      "band: { maxCut: 2, maxGain: 12 }\noverrides:\n  factorWeights: { population: 0.5 }",
    );
    const custom = { base: "baseline", yaml };
    const guarded = await site.open("compare.html", {
      storage: { "quota-planner.custom": JSON.stringify(custom) },
    });
    const { page } = guarded;
    await page.waitForSelector("[data-testid=township-table] tbody tr");
    await page.check("[data-testid=scenario-choice] input[value=custom]");
    await page.uncheck("[data-testid=scenario-choice] input[value=population-first]");
    const tables = comparisonTables(await compareInNode(["baseline", "custom"], custom), "zh");
    await page.waitForFunction(
      (expected) =>
        document.querySelector("[data-testid=township-table] tbody td:nth-child(6)")?.textContent ===
        expected,
      tables.townships.rows[0]![5]!,
    );
    expect(
      await page.$$eval("[data-testid=township-table] tbody tr", (rows) =>
        rows.map((row) => [...row.querySelectorAll("td")].map((td) => td.textContent)),
      ),
    ).toEqual(tables.townships.rows);
    expect(await page.textContent("[data-testid=settings-table]")).toContain("因素权重：人口数量");
    expectClean(guarded);
  });
});
