// 权重实验 Weights lab (notebooks/weights.html) in Chromium: sliders re-solve and the table still sums
// to the total; shares renormalise; an infeasible floor shows the diagnosis; the saved YAML reproduces
// the page's allocation through the CLI; the edited settings become the custom scenario of the other
// pages; and the redraw time of a weight change is measured (printed, not asserted).
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import {
  allocateScenario,
  applyScenarioEdits,
  parseScenarioFile,
  type ScenarioEdits,
  scenarioEdits,
  scenarioFromSources,
} from "../../src/index.ts";
import { runCli } from "../helpers/run-cli.ts";
import { describeBrowser, expectClean, ROOT, screenshot, waitForText } from "./harness.ts";
import { BASELINE, columnValues, useSite } from "./site.ts";

const BASELINE_TEXT = await readFile("scenarios/demo-county/baseline.yaml", "utf8");
const DATA = new Uint8Array(await readFile("scenarios/demo-county/townships.csv"));
const MODEL = await readFile("models/standard.yaml", "utf8");

/** The baseline with `change` applied to its settings, solved in Node (the second method for the page's numbers). */
async function solveEdited(change: (loaded: ScenarioEdits) => ScenarioEdits) {
  const file = parseScenarioFile(BASELINE_TEXT, "scenarios/demo-county/baseline.yaml");
  const sources = (f: typeof file) => ({
    scenario: { name: "scenarios/demo-county/baseline.yaml", file: f },
    data: { name: "scenarios/demo-county/townships.csv", bytes: DATA },
    model: { name: "models/standard.yaml", text: MODEL },
  });
  const loaded = scenarioEdits(await scenarioFromSources(sources(file)));
  return allocateScenario(
    await scenarioFromSources(sources(applyScenarioEdits(file, change(loaded), loaded))),
  );
}

const slider = (factor: string) => `[data-slot=editor] [data-factor=${factor}] input[type=range]`;

async function openLab(
  open: (path: string) => ReturnType<ReturnType<typeof useSite>["open"]>,
  path = "weights.html",
) {
  const guarded = await open(path);
  await guarded.page.waitForSelector("[data-slot=lab-table] [data-testid=sums]");
  return guarded;
}

/** Waits until the lab's table shows `expected` posts now for every township. */
async function waitForNow(page: Page, expected: Record<string, number>) {
  await expect.poll(() => columnValues(page, "now-"), { timeout: 10_000 }).toEqual(expected);
}

describeBrowser("weights lab notebooks/weights.html", () => {
  const site = useSite();

  it("shows a slider per factor with its renormalised share; moving one re-solves, the table changes and still sums to the total", async () => {
    const guarded = await openLab(site.open);
    const { page } = guarded;
    const shares = () => page.locator("[data-slot=editor] output.share").allTextContents();
    // models/standard.yaml: weights 0.15, 0.20, 0.10, 0.35, 0.20 sum to 1, so the shares are the weights
    expect(await shares()).toEqual(["15.0%", "20.0%", "10.0%", "35.0%", "20.0%"]);
    const before = await columnValues(page, "now-");
    expect(Object.values(before).reduce((s, x) => s + x, 0)).toBe(BASELINE.toAllocate);
    expect(await page.textContent("[data-testid=remember]")).toContain("与载入的方案相同");
    await screenshot(page, "weights-zh");

    await page.locator(slider("population")).fill("0.65");
    // 0.15 + 0.20 + 0.10 + 0.65 + 0.20 = 1.30: population 0.65/1.3 = 50.0%, location 0.15/1.3 = 11.5%,
    // economy and area 0.2/1.3 = 15.4%, projects 0.1/1.3 = 7.7%
    await expect.poll(shares).toEqual(["11.5%", "15.4%", "7.7%", "50.0%", "15.4%"]);
    const expected = await solveEdited((l) => ({
      ...l,
      factorWeights: { ...l.factorWeights, population: 0.65 },
    }));
    const now = Object.fromEntries(expected.townships.map((t) => [t.id, t.allocated]));
    await waitForNow(page, now);
    expect(now).not.toEqual(before); // the weights moved posts
    expect(Object.values(await columnValues(page, "now-")).reduce((s, x) => s + x, 0)).toBe(
      BASELINE.toAllocate,
    );
    // the difference column is now − as loaded, and the chart draws one bar per township that changed
    const difference = await columnValues(page, "difference-");
    for (const id of Object.keys(now)) expect(difference[id]).toBe(now[id]! - before[id]!);
    const changed = Object.values(difference).filter((d) => d !== 0).length;
    expect(
      await page
        .locator("[data-slot=change-chart] rect.bar-gain, [data-slot=change-chart] rect.bar-cut")
        .count(),
    ).toBe(changed);
    expect(await page.textContent("[data-slot=change-chart] .axis-title")).toBe("相对载入方案的变化（名）");
    // the edited settings are the custom scenario now: links carry it, this page's address does not
    expect(await page.textContent("[data-testid=remember]")).toContain("自定义方案");
    expect(
      new URL((await page.getAttribute(".page-nav a[href*='index.html']", "href"))!).searchParams.get(
        "scenario",
      ),
    ).toBe("custom");
    expect(new URL(page.url()).searchParams.get("scenario")).toBe("baseline");
    await screenshot(page, "weights-moved-zh");

    // the overview shows the custom scenario with the same allocation
    await Promise.all([page.waitForURL(/index\.html/), page.click(".page-nav a[href*='index.html']")]);
    await page.waitForSelector("[data-testid=sums]");
    expect(await page.inputValue("[data-slot=context] select")).toBe("custom");
    expect(await columnValues(page, "allocated-")).toEqual(now);
    expectClean(guarded);
  });

  it("saves the edited scenario as YAML that the CLI solves to exactly the page's allocation", async () => {
    const guarded = await openLab(site.open);
    const { page } = guarded;
    await page.locator(slider("area")).fill("0.45");
    await page.locator(slider("economy")).fill("0.05");
    await page.fill("[data-slot=editor] [data-category=key] .coefficient input", "1.3");
    await page.locator("[data-slot=editor] [data-category=key] .coefficient input").dispatchEvent("change");
    const expected = await solveEdited((l) => ({
      ...l,
      factorWeights: { ...l.factorWeights, area: 0.45, economy: 0.05 },
      categoryCoefficients: { ...l.categoryCoefficients, key: 1.3 },
    }));
    await waitForNow(page, Object.fromEntries(expected.townships.map((t) => [t.id, t.allocated])));
    const shown = await columnValues(page, "now-");

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.click("[data-slot=save] button"),
    ]);
    expect(download.suggestedFilename()).toBe("baseline-edited.yaml");
    const yaml = await readFile((await download.path())!, "utf8");
    expect(yaml).toContain("# yaml-language-server: $schema=../../schemas/scenario.schema.json\n");
    expect(yaml).toContain("data: townships.csv\nmodel: ../../models/standard.yaml\n");
    expect(parseScenarioFile(yaml, "saved.yaml").overrides).toEqual({
      factorWeights: { economy: 0.05, area: 0.45 },
      categoryCoefficients: { key: 1.3 },
    });

    // a folder laid out like the repository, the YAML saved beside the scenario it came from
    await mkdir(join(ROOT, "test/.tmp"), { recursive: true });
    const dir = await mkdtemp(join(ROOT, "test/.tmp/lab-"));
    try {
      await mkdir(join(dir, "scenarios/demo-county"), { recursive: true });
      await mkdir(join(dir, "models"));
      await writeFile(join(dir, "scenarios/demo-county/baseline-edited.yaml"), yaml);
      await copyFile("scenarios/demo-county/townships.csv", join(dir, "scenarios/demo-county/townships.csv"));
      await copyFile("models/standard.yaml", join(dir, "models/standard.yaml"));
      const cli = await runCli(
        ["solve", "scenarios/demo-county/baseline-edited.yaml", "--format", "json"],
        dir,
      );
      expect(cli.stderr).toBe("");
      expect(cli.code).toBe(0);
      const result = JSON.parse(cli.stdout) as { townships: { id: string; allocated: number }[] };
      expect(Object.fromEntries(result.townships.map((t) => [t.id, t.allocated]))).toEqual(shown);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    expectClean(guarded);
  });

  it("a general floor of 25 shows the diagnosis; reset brings the loaded scenario back", async () => {
    const guarded = await openLab(site.open);
    const { page } = guarded;
    const before = await columnValues(page, "now-");
    const floor = page.locator("[data-slot=editor] [data-category=general] .floor input");
    await floor.fill("25");
    await floor.dispatchEvent("change");
    await page.waitForSelector("[data-slot=change-chart] [data-testid=diagnosis]");
    const expected = await solveEdited((l) => ({ ...l, floors: { ...l.floors, general: 25 } }));
    expect(expected.solver.status).toBe("infeasible");
    expect(await page.locator("[data-slot=change-chart] .conflict").allTextContents()).toEqual(
      expected.conflicts.map((c) => c.message.zh),
    );
    expect(await page.locator("[data-slot=lab-table] table").count()).toBe(0);
    await screenshot(page, "weights-infeasible-zh");
    // a fractional floor is refused (marked invalid, nothing re-solved)
    await floor.fill("15.5");
    expect(await floor.getAttribute("aria-invalid")).toBe("true");
    await page.click("[data-slot=editor] button.reset");
    await waitForNow(page, before);
    expect(await floor.inputValue()).toBe("15");
    expect(await page.textContent("[data-testid=remember]")).toContain("与载入的方案相同");
    expectClean(guarded);
  });

  it("after quick moves the page settles on the last value's allocation", async () => {
    const guarded = await openLab(site.open);
    const { page } = guarded;
    const control = page.locator(slider("projects"));
    for (const value of ["0.9", "0.8", "0.7", "0.6", "0.5", "0.4", "0.3", "0.2", "0.05", "0.55"])
      await control.fill(value);
    const expected = await solveEdited((l) => ({
      ...l,
      factorWeights: { ...l.factorWeights, projects: 0.55 },
    }));
    await waitForNow(page, Object.fromEntries(expected.townships.map((t) => [t.id, t.allocated])));
    expectClean(guarded);
  });

  it.each([
    ["baseline", "exact greedy"],
    ["development-first", "HiGHS, ordering rows"],
  ])(
    "measures how long a weight change takes to redraw the table and the chart (%s, median of 20)",
    async (key, how) => {
      const guarded = await openLab(site.open, `weights.html?scenario=${key}`);
      const { page } = guarded;
      const durations = await page.evaluate(async (selector) => {
        const control = document.querySelector<HTMLInputElement>(selector)!;
        const table = document.querySelector('[data-slot="lab-table"]')!;
        const chart = document.querySelector('[data-slot="change-chart"]')!;
        const out: number[] = [];
        for (let i = 0; i < 20; i++) {
          const oldBody = table.querySelector("tbody");
          const oldChart = chart.querySelector("svg");
          const redrawn = new Promise<void>((resolve) => {
            const observer = new MutationObserver(() => {
              const body = table.querySelector("tbody");
              const svg = chart.querySelector("svg");
              if (body !== null && svg !== null && body !== oldBody && svg !== oldChart) {
                observer.disconnect();
                resolve();
              }
            });
            observer.observe(table, { childList: true, subtree: true });
            observer.observe(chart, { childList: true, subtree: true });
          });
          performance.mark(`weight-input-${i}`);
          control.value = (0.4 + 0.01 * i).toFixed(2);
          control.dispatchEvent(new Event("input", { bubbles: true }));
          await redrawn;
          performance.mark(`weight-redrawn-${i}`);
          out.push(
            performance.measure(`weight-redraw-${i}`, `weight-input-${i}`, `weight-redrawn-${i}`).duration,
          );
        }
        return out;
      }, slider("population"));
      const sorted = [...durations].sort((a, b) => a - b);
      const median = (sorted[9]! + sorted[10]!) / 2;
      console.log(
        `weights lab redraw, ${key} (${how}): input event → table and chart replaced, 20 weight changes on the ` +
          `demo county: median ${median.toFixed(1)} ms, min ${sorted[0]!.toFixed(1)} ms, max ${sorted[19]!.toFixed(1)} ms`,
      );
      expect(durations).toHaveLength(20);
      expectClean(guarded);
    },
  );

  it("works in English, and with the development-first scenario (ordering rows solved by HiGHS in the worker)", async () => {
    const guarded = await openLab(site.open, "weights.html?lang=en&scenario=development-first");
    const { page } = guarded;
    await waitForText(page, "h1", "Weights lab");
    expect(await page.isChecked("[data-slot=editor] .ordering input")).toBe(true);
    expect(await page.locator("[data-slot=editor] .weight-grid .qp-label").allTextContents()).toEqual([
      "Location and positioning",
      "Economic level",
      "Key industrial projects",
      "Population",
      "Area",
    ]);
    // development-first.yaml: weights 0.20/0.35/0.20/0.15/0.10 sum to 1
    expect(await page.locator("[data-slot=editor] output.share").allTextContents()).toEqual([
      "20.0%",
      "35.0%",
      "20.0%",
      "15.0%",
      "10.0%",
    ]);
    const golden = JSON.parse(
      await readFile("scenarios/demo-county/golden/development-first.json", "utf8"),
    ) as {
      townships: { id: string; allocated: number }[];
    };
    expect(await columnValues(page, "now-")).toEqual(
      Object.fromEntries(golden.townships.map((t) => [t.id, t.allocated])),
    );
    await screenshot(page, "weights-en");
    expectClean(guarded);
  });
});
