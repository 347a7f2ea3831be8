// 权重实验 Weights lab (notebooks/weights.html) in Chromium: sliders re-solve and the table still sums
// to the total; shares renormalise; an infeasible floor shows the diagnosis; the saved YAML reproduces
// the page's allocation through the CLI (hand-set weights and AHP weights); the edited settings become
// the custom scenario of the other pages; the AHP matrix (live CR, the worst pairs coloured, blocked and
// accepted); the allocation method (table, sum, next post). The redraw time of a weight change is measured by
// `npm run bench` (test/bench/weights-lab.bench.ts), not here.
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import {
  type AhpEdit,
  ahpStart,
  ahpWeights,
  applyScenarioEdits,
  floorsOfPostType,
  formatPercent,
  loadScenarioSources,
  nextPostText,
  parseScenarioFile,
  runScenario,
  type ScenarioEdits,
  scenarioEdits,
} from "../../src/index.ts";
import { runCli } from "../helpers/run-cli.ts";
import { describeBrowser, expectClean, ROOT, screenshot, waitForText } from "./harness.ts";
import { BASELINE, columnValues, useSite } from "./site.ts";

const BASELINE_TEXT = await readFile("scenarios/demo-county/baseline.yaml", "utf8");
const DATA = new Uint8Array(await readFile("scenarios/demo-county/townships.csv"));
const MODEL = await readFile("models/standard.yaml", "utf8");

const BASELINE_FILE = parseScenarioFile(BASELINE_TEXT, "scenarios/demo-county/baseline.yaml");
const baselineSources = (file: typeof BASELINE_FILE) => ({
  scenario: { name: "scenarios/demo-county/baseline.yaml", file },
  data: { name: "scenarios/demo-county/townships.csv", bytes: DATA },
  model: { name: "models/standard.yaml", text: MODEL },
});
const BASELINE_SCENARIO = await loadScenarioSources(baselineSources(BASELINE_FILE));
const FACTORS = BASELINE_SCENARIO.model.factors.map((f) => f.id);

/** The baseline with `change` applied to its settings, solved in Node (the second method for the page's numbers). */
async function solveEdited(change: (loaded: ScenarioEdits) => ScenarioEdits) {
  const loaded = scenarioEdits(BASELINE_SCENARIO);
  return runScenario(
    await loadScenarioSources(baselineSources(applyScenarioEdits(BASELINE_FILE, change(loaded), loaded))),
  );
}

/** The baseline's starting AHP matrix (nearest Saaty ratios of its weights) with judgements (i, j) set. */
function baselineAhp(judgements: readonly [number, number, number][], acceptInconsistent = false): AhpEdit {
  const start = ahpStart(BASELINE_SCENARIO);
  const factors = start.matrix.map((row) => [...row]);
  for (const [i, j, value] of judgements) {
    factors[i]![j] = value;
    factors[j]![i] = 1 / value;
  }
  return { factors, indicators: start.indicators, randomIndex: start.randomIndex, acceptInconsistent };
}

/** Township id → posts of a result. */
const postsOf = (result: { townships: readonly { id: string; allocated: number }[] }) =>
  Object.fromEntries(result.townships.map((t) => [t.id, t.allocated]));

/** Solves `yaml` with the CLI, saved beside the baseline in a folder laid out like the repository. */
async function cliSolve(yaml: string, model = "models/standard.yaml") {
  await mkdir(join(ROOT, "test/.tmp"), { recursive: true });
  const dir = await mkdtemp(join(ROOT, "test/.tmp/lab-"));
  try {
    await mkdir(join(dir, "scenarios/demo-county"), { recursive: true });
    await mkdir(join(dir, "models"));
    await writeFile(join(dir, "scenarios/demo-county/baseline-edited.yaml"), yaml);
    await copyFile("scenarios/demo-county/townships.csv", join(dir, "scenarios/demo-county/townships.csv"));
    await copyFile(model, join(dir, model));
    const cli = await runCli(
      ["solve", "scenarios/demo-county/baseline-edited.yaml", "--format", "json"],
      dir,
    );
    expect(cli.stderr).toBe("");
    expect(cli.code).toBe(0);
    return postsOf(JSON.parse(cli.stdout) as { townships: { id: string; allocated: number }[] });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Marks the lab table's body so that `waitForRedraw` can tell when a new solve has replaced it. */
async function markTable(page: Page) {
  await page.$eval("[data-slot=lab-table] tbody", (body) => {
    (body as HTMLElement).dataset.old = "1";
  });
}
async function waitForRedraw(page: Page) {
  await page.waitForSelector("[data-slot=lab-table] tbody:not([data-old])");
}

/** The select of AHP judgement (row i over column j). */
const judgement = (i: number, j: number) => `[data-slot=ahp] select[data-row="${i}"][data-column="${j}"]`;

/** Sets a judgement by its label ("3", "1/2") as a planner picks it. */
async function judge(page: Page, i: number, j: number, label: string) {
  await page.selectOption(judgement(i, j), { label });
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

    // saved beside the scenario it came from, the CLI gives the page's allocation
    expect(await cliSolve(yaml)).toEqual(shown);
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

  it("changing the post type shows that type's floors (none for institution posts in models/standard.yaml) and saves no floor override", async () => {
    const guarded = await openLab(site.open);
    const { page } = guarded;
    const floors = () =>
      page
        .locator("[data-slot=editor] .floor input")
        .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    // models/standard.yaml: floors only for admin posts, 15 in every category
    expect(await floors()).toEqual(["15", "15", "15", "15", "15"]);
    expect(floorsOfPostType(BASELINE_SCENARIO, "institution", BASELINE_FILE.overrides)).toEqual({
      countySeat: 0,
      central: 0,
      key: 0,
      characteristic: 0,
      general: 0,
    });
    await markTable(page);
    await page.selectOption("[data-slot=editor] .post-type select", "institution");
    await waitForRedraw(page);
    expect(await floors()).toEqual(["0", "0", "0", "0", "0"]);
    // the page's allocation is the Node solve of the same edit, and the saved file has no floors override
    const expected = await solveEdited((l) => ({
      ...l,
      floors: floorsOfPostType(BASELINE_SCENARIO, "institution", undefined),
      settings: { ...l.settings, postType: "institution" },
    }));
    await waitForNow(page, postsOf(expected));
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.click("[data-slot=save] button"),
    ]);
    const saved = parseScenarioFile(await readFile((await download.path())!, "utf8"), "saved.yaml");
    expect(saved.postType).toBe("institution");
    expect(saved.overrides?.floors).toBeUndefined();
    // back to admin: the admin floors again
    await page.selectOption("[data-slot=editor] .post-type select", "admin");
    await expect.poll(floors).toEqual(["15", "15", "15", "15", "15"]);
    expectClean(guarded);
  });

  it("a band cut share above 1 gives no allocation and says which field and why", async () => {
    const guarded = await openLab(site.open);
    const { page } = guarded;
    await page.selectOption("[data-slot=editor] .band-kind select", "shares");
    await page.fill("[data-slot=editor] .band-cut input", "1.5");
    await page.locator("[data-slot=editor] .band-cut input").dispatchEvent("change");
    await page.waitForSelector("[data-testid=edit-problems] li[data-key='band.maxCutShare']");
    expect(await page.textContent("[data-testid=edit-problems] li[data-key='band.maxCutShare']")).toBe(
      "稳定区间·最多减少（比例）：填写 1.5，应在 0 与 1 之间（1 即可减去现有编制的全部，不能更多）",
    );
    await page.waitForSelector("[data-testid=no-allocation]");
    await screenshot(page, "weights-edit-problem-zh");
    // in English, the same field and reason
    await page.click("button[data-lang=en]");
    await expect
      .poll(() => page.textContent("[data-testid=edit-problems] li[data-key='band.maxCutShare']"))
      .toBe(
        "Band: at most fewer (share of today): 1.5 entered; it must be from 0 to 1 (1 allows cutting all of today's posts, no more)",
      );
    await screenshot(page, "weights-edit-problem-en");
    // a valid value solves again
    await page.fill("[data-slot=editor] .band-cut input", "0.1");
    await page.locator("[data-slot=editor] .band-cut input").dispatchEvent("change");
    await page.waitForSelector("[data-slot=lab-table] [data-testid=sums]");
    expect(await page.locator("[data-testid=edit-problems]").count()).toBe(0);
    expectClean(guarded);
  });

  it("starts the AHP matrix from the weights' nearest Saaty ratios; a judgement changes the weights and CR at once", async () => {
    const guarded = await openLab(site.open);
    const { page } = guarded;
    const before = await columnValues(page, "now-");
    // test/ahp-edit.test.ts: baseline weights 0.15 : 0.20 : 0.10 : 0.35 : 0.20 → location row 1, 2, 1/2, 1
    expect(
      await page.$$eval("[data-slot=ahp] tr[data-row='0'] select", (selects) =>
        selects.map((s) => (s as HTMLSelectElement).selectedOptions[0]!.textContent),
      ),
    ).toEqual(["1", "2", "1/2", "1"]);
    expect(await page.textContent("[data-testid=ahp-cr]")).toBe("0.000");
    expect(await page.textContent("[data-testid=ahp-ri-source]")).toBe(
      "RI 取自Saaty（1980）随机一致性指标表（n = 5）。",
    );
    // population over area 2 → 3: weights and CR from ahpWeights in Node (the second computation)
    await judge(page, 3, 4, "3");
    const expected = ahpWeights(FACTORS, baselineAhp([[3, 4, 3]]).factors);
    await waitForText(page, "[data-testid=ahp-cr]", expected.cr.toFixed(3));
    expect(expected.cr.toFixed(3)).not.toBe("0.000");
    expect(await page.textContent("[data-testid=ahp-lambda]")).toBe(expected.lambdaMax.toFixed(3));
    for (const [i, w] of expected.weights.entries()) {
      expect(await page.textContent(`[data-testid=ahp-weight-${i}]`)).toBe(formatPercent(w, "en"));
    }
    // the reciprocal below the diagonal follows, read-only
    expect(await page.textContent("[data-slot=ahp] td[data-row='4'][data-column='3']")).toBe("1/3");
    expect(await page.textContent("[data-testid=ahp-verdict]")).toContain("通过一致性检验");
    // the switch is off: the allocation is still the scenario's
    expect(await columnValues(page, "now-")).toEqual(before);
    expectClean(guarded);
  });

  it("colours the worst pairs of an inconsistent matrix, blocks the scenario when it is used, and accepts it with the check box", async () => {
    const guarded = await openLab(site.open);
    const { page } = guarded;
    // location over population 1/2 → 9, against the other judgements (CR 0.276 in test/ahp-edit.test.ts)
    await judge(page, 0, 3, "9");
    const result = ahpWeights(FACTORS, baselineAhp([[0, 3, 9]]).factors);
    await waitForText(page, "[data-testid=ahp-cr]", result.cr.toFixed(3));
    expect(result.cr).toBeGreaterThanOrEqual(0.1);
    expect(await page.textContent("[data-testid=ahp-verdict]")).toContain("未通过一致性检验");
    // the worst judgement (and its mirror) in red, the next two in amber, with the value that would agree
    const worst = await page.$$eval("[data-slot=ahp] td.worst", (cells) =>
      cells.map((c) => [
        (c as HTMLElement).dataset.worst,
        (c as HTMLElement).dataset.row,
        (c as HTMLElement).dataset.column,
      ]),
    );
    const pairs = result.judgements.slice(0, 3);
    expect(
      worst
        .filter(([rank]) => rank === "1")
        .map(([, r, c]) => `${r},${c}`)
        .sort(),
    ).toEqual(["0,3", "3,0"]);
    expect(worst).toHaveLength(6);
    expect(await page.textContent(`${judgement(0, 3)} + .hint`)).toBe("→ 2"); // w_location / w_population ≈ 2.19
    expect([pairs[0]!.rowName, pairs[0]!.columnName, pairs[0]!.nearestScaleValue]).toEqual([
      "location",
      "population",
      2,
    ]);
    expect(await page.textContent("[data-testid=ahp-detail]")).toContain(
      "“区位与发展定位”对“人口数量”给了 9",
    );

    // used: the scenario is blocked with the resolution's problem, and the sliders are disabled
    await page.check("[data-slot=ahp] .ahp-use input");
    await page.waitForSelector("[data-slot=change-chart] li.problem[data-code=ahp-inconsistent]");
    expect(await page.textContent("[data-slot=change-chart] li.problem")).toContain(
      "acceptInconsistent: true",
    );
    await page.waitForSelector("[data-testid=no-allocation]");
    expect(await page.isDisabled(slider("population"))).toBe(true);
    expect(await page.textContent("[data-testid=ahp-status]")).toContain("方案不能使用这些权重");
    // the shares beside the sliders are the AHP weights now
    expect(await page.locator("[data-slot=editor] output.share").allTextContents()).toEqual(
      result.weights.map((w) => formatPercent(w, "en")),
    );
    await page.locator(".lab-ahp").scrollIntoViewIfNeeded();
    await screenshot(page, "weights-ahp-blocked-zh");

    // accepted: solved with the AHP weights (the same edits solved in Node)
    await page.check("[data-slot=ahp] .ahp-accept input");
    const expected = await solveEdited((l) => ({ ...l, ahp: baselineAhp([[0, 3, 9]], true) }));
    await waitForNow(page, postsOf(expected));
    expect(Object.values(await columnValues(page, "now-")).reduce((a, b) => a + b, 0)).toBe(
      BASELINE.toAllocate,
    );
    expect(await page.textContent("[data-testid=ahp-status]")).toContain("已接受不一致的判断");
    // reset: the starting matrix, the switch off, the sliders back
    await page.click("[data-slot=editor] button.reset");
    await waitForText(page, "[data-testid=ahp-cr]", "0.000");
    expect(await page.isChecked("[data-slot=ahp] .ahp-use input")).toBe(false);
    expect(await page.isDisabled(slider("population"))).toBe(false);
    expectClean(guarded);
  });

  it("saves AHP weights as an overrides.weighting block that the CLI solves to exactly the page's allocation", async () => {
    const guarded = await openLab(site.open);
    const { page } = guarded;
    await judge(page, 3, 4, "3");
    await judge(page, 1, 2, "3");
    await page.check("[data-slot=ahp] .ahp-use input");
    const expected = await solveEdited((l) => ({
      ...l,
      ahp: baselineAhp([
        [3, 4, 3],
        [1, 2, 3],
      ]),
    }));
    await waitForNow(page, postsOf(expected));
    const shown = await columnValues(page, "now-");
    expect(shown).not.toEqual(postsOf(await solveEdited((l) => l))); // the AHP weights moved posts

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.click("[data-slot=save] button"),
    ]);
    const yaml = await readFile((await download.path())!, "utf8");
    const file = parseScenarioFile(yaml, "saved.yaml");
    expect(file.acceptInconsistent).toBe(false);
    expect(file.overrides?.factorWeights).toBeUndefined();
    expect(file.overrides?.weighting?.method).toBe("ahp");
    // the lab's matrix as one expert, fractions as text; economy's gdp : fiscalRevenue 0.6 : 0.4 kept as 3/2
    expect(file.overrides?.weighting?.ahp?.factors.experts).toEqual([
      {
        name: "权重实验",
        matrix: [
          [1, 1, 2, "1/2", 1],
          [1, 1, 3, "1/2", 1],
          ["1/2", "1/3", 1, "1/4", "1/2"],
          [2, 2, 4, 1, 3],
          [1, 1, 2, "1/3", 1],
        ],
      },
    ]);
    expect(file.overrides?.weighting?.ahp?.indicators?.economy?.experts[0]?.matrix).toEqual([
      [1, "3/2"],
      ["2/3", 1],
    ]);
    expect(await cliSolve(yaml)).toEqual(shown);
    expectClean(guarded);
  });

  it("switching the method to Webster changes the table, keeps the sum, turns ordering off and names the next post", async () => {
    const guarded = await openLab(site.open, "weights.html?scenario=development-first");
    const { page } = guarded;
    const ordering = "[data-slot=editor] .ordering input";
    expect(await page.isChecked(ordering)).toBe(true);
    const before = await columnValues(page, "now-");
    await page.selectOption("[data-slot=editor] .method-select select", "webster");
    const devFile = parseScenarioFile(
      await readFile("scenarios/demo-county/development-first.yaml", "utf8"),
      "scenarios/demo-county/development-first.yaml",
    );
    const devSources = (file: typeof devFile) => ({
      ...baselineSources(file),
      scenario: { name: "scenarios/demo-county/development-first.yaml", file },
    });
    const loaded = scenarioEdits(await loadScenarioSources(devSources(devFile)));
    const expected = await runScenario(
      await loadScenarioSources(
        devSources(applyScenarioEdits(devFile, { ...loaded, method: "webster", ordering: false }, loaded)),
      ),
    );
    await waitForNow(page, postsOf(expected));
    expect(postsOf(expected)).not.toEqual(before);
    expect(Object.values(await columnValues(page, "now-")).reduce((a, b) => a + b, 0)).toBe(
      BASELINE.toAllocate,
    );
    expect(await page.isChecked(ordering)).toBe(false);
    expect(await page.isDisabled(ordering)).toBe(true);
    // the next post, townships by name (nextPostText of the Node result)
    const next = nextPostText(expected)!;
    await waitForText(page, "[data-testid=next-post]", next.zh);
    expect(next.zh).toMatch(/将给[^T]+镇|将给[^T]+乡/);
    await page.locator("[data-slot=editor] fieldset.method").scrollIntoViewIfNeeded();
    await screenshot(page, "weights-method-zh");
    // back to the LP: the ordering switch as it was, no next post
    await page.selectOption("[data-slot=editor] .method-select select", "lp");
    await waitForNow(page, before);
    expect(await page.isChecked(ordering)).toBe(true);
    expect(await page.textContent("[data-testid=next-post]")).toBe("");
    expectClean(guarded);
  });

  it("an AHP-weighted scenario starts from its experts' geometric mean; using it unchanged keeps the allocation (expert-weights)", async () => {
    const guarded = await openLab(site.open, "weights.html?scenario=expert-weights&lang=en");
    const { page } = guarded;
    const golden = JSON.parse(await readFile("scenarios/demo-county/golden/expert-weights.json", "utf8")) as {
      townships: { id: string; allocated: number }[];
      weighting: { ahp: { factors: { combined: { cr: number } } } };
    };
    // the CR of the combined matrix, as the scenario's result reports it
    expect(await page.textContent("[data-testid=ahp-cr]")).toBe(
      golden.weighting.ahp.factors.combined.cr.toFixed(3),
    );
    // location over projects: √(2 × 1) = 1.41 from 专家甲 2 and 专家乙 1, marked as off the scale
    expect(
      await page.$eval(judgement(0, 2), (s) => (s as HTMLSelectElement).selectedOptions[0]!.textContent),
    ).toBe("1.41*");
    await markTable(page);
    await page.check("[data-slot=ahp] .ahp-use input");
    await waitForRedraw(page);
    expect(await page.textContent("[data-testid=remember]")).toContain('"custom" scenario');
    expect(await columnValues(page, "now-")).toEqual(postsOf(golden));
    // the English screenshots of the new states: an inconsistent matrix in use, blocked; Webster's next post
    await judge(page, 0, 3, "9");
    await page.waitForSelector("[data-slot=change-chart] li.problem[data-code=ahp-inconsistent]");
    await page.locator(".lab-ahp").scrollIntoViewIfNeeded();
    await screenshot(page, "weights-ahp-blocked-en");
    await page.check("[data-slot=ahp] .ahp-accept input");
    await page.waitForSelector("[data-slot=lab-table] [data-testid=sums]");
    await page.locator("[data-slot=editor] fieldset.method").scrollIntoViewIfNeeded();
    expect(await page.textContent("[data-testid=next-post]")).toContain(
      "Under Webster (Sainte-Laguë), the next post (no. 512)",
    );
    await screenshot(page, "weights-method-en");
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
