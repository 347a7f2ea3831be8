// The DOM-free parts of the planner's pages, run in Node: the bundled demo county, which files a page
// solves (scenario, data, model), the store, the solve the worker hosts, the waterfall steps, the
// township facts, the chart row layout and the number formats.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  loadScenarioSources,
  runScenario,
  type ScenarioResult,
  type SweepResult,
  scenarioEdits,
} from "../../src/index.ts";
import { estimateTextWidth } from "../../src/notebook/chart.ts";
import { DEMO_BUNDLE } from "../../src/notebook/demo-county.ts";
import { formatNumber, formatPercent, formatSigned, formatWithUnit } from "../../src/notebook/format.ts";
import { nextPostText } from "../../src/notebook/next-post.ts";
import {
  CUSTOM_KEY,
  type DemoBundle,
  plannerSources,
  resolvePath,
  scenarioKeys,
  withEdits,
} from "../../src/notebook/planner-sources.ts";
import { solveSources, sweepSources } from "../../src/notebook/solve.ts";
import {
  chooseScenarioKey,
  type KeyValueStorage,
  readStoredCustom,
  readStoredData,
  withParams,
  writeStoredCustom,
  writeStoredData,
} from "../../src/notebook/store.ts";
import {
  defaultSweepRange,
  describeParadox,
  SWEEP_MAX_TOTALS,
  sweepGrid,
  sweepRangeProblem,
  sweepSummary,
} from "../../src/notebook/sweep-facts.ts";
import {
  compareAllocations,
  factorFacts,
  indexRank,
  indicatorFacts,
} from "../../src/notebook/township-facts.ts";
import { groupByCategory } from "../../src/notebook/township-rows.ts";
import { waterfallSteps } from "../../src/notebook/waterfall-steps.ts";

const text = (path: string) => readFileSync(path, "utf8");

function memoryStorage(): KeyValueStorage & { readonly map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    removeItem: (key) => void map.delete(key),
  };
}

function sources(key = "baseline", storedData: Parameters<typeof plannerSources>[0]["storedData"] = null) {
  const outcome = plannerSources({ bundle: DEMO_BUNDLE, key, storedData, custom: null });
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
  return outcome;
}

async function solved(key = "baseline") {
  const outcome = await solveSources(sources(key).sources);
  if (outcome.status !== "solved") throw new Error("expected a solution");
  return outcome;
}

describe("DEMO_BUNDLE (the repository files bundled at build time)", () => {
  it("holds every scenario of scenarios/demo-county, the shipped three first, with the files they name", () => {
    expect(DEMO_BUNDLE.scenarios.map((s) => s.key).slice(0, 3)).toEqual([
      "baseline",
      "population-first",
      "development-first",
    ]);
    const baseline = DEMO_BUNDLE.scenarios[0]!;
    expect(baseline.path).toBe("scenarios/demo-county/baseline.yaml");
    expect(baseline.text).toBe(text("scenarios/demo-county/baseline.yaml"));
    expect(DEMO_BUNDLE.files["scenarios/demo-county/townships.csv"]).toBe(
      text("scenarios/demo-county/townships.csv"),
    );
    expect(DEMO_BUNDLE.files["models/standard.yaml"]).toBe(text("models/standard.yaml"));
  });
});

describe("plannerSources({ bundle, key, storedData, custom })", () => {
  it("names the files as the CLI does from the repository root, so results match the golden outputs", async () => {
    const s = sources();
    expect(s.sources.scenario.name).toBe("scenarios/demo-county/baseline.yaml");
    expect(s.sources.data.name).toBe("scenarios/demo-county/townships.csv");
    expect(s.sources.model.name).toBe("models/standard.yaml");
    expect(s.yaml).toBe(text("scenarios/demo-county/baseline.yaml"));
    expect(s.fileName).toBe("baseline.yaml");
    expect(s.label).toEqual({ zh: "基准方案", en: "Baseline" });
    const outcome = await solveSources(s.sources);
    expect(outcome.status).toBe("solved");
    // the same JSON as `quota-planner solve scenarios/demo-county/baseline.yaml --format json`
    expect(`${JSON.stringify(outcome.status === "solved" ? outcome.result : null, null, 2)}\n`).toBe(
      text("scenarios/demo-county/golden/baseline.json"),
    );
  });

  it("falls back to the first scenario for an unknown key, and to it for 'custom' when none is stored", () => {
    expect(sources("nope").key).toBe("baseline");
    expect(sources(CUSTOM_KEY).key).toBe("baseline");
    expect(scenarioKeys(DEMO_BUNDLE, null)).not.toContain(CUSTOM_KEY);
    expect(scenarioKeys(DEMO_BUNDLE, { base: "baseline", yaml: "" }).at(-1)).toBe(CUSTOM_KEY);
  });

  it("uses stored county data as CSV, names the planner's file in the scenario, and writes the YAML from the file", () => {
    const csv = "id,name,category,population,areaKm2,adminPosts\nT1,甲镇,central,100,1,20\n";
    const s = sources("population-first", { name: "我的县.xlsx", csv, townships: 1 });
    expect(s.data).toEqual({ kind: "own", name: "我的县.xlsx", townships: 1 });
    expect(s.sources.data.name).toBe("我的县.csv");
    expect(new TextDecoder().decode(s.sources.data.bytes)).toBe(csv);
    expect(s.file.data).toBe("我的县.xlsx");
    expect(s.bundledData).toBe("townships.csv");
    expect(s.yaml).toContain("data: 我的县.xlsx\n");
  });

  it("reads a stored custom scenario from its base's folder; a damaged one gives its problems", () => {
    const custom = {
      base: "baseline",
      yaml: text("scenarios/demo-county/baseline.yaml").replace("基准方案", "我的方案"),
    };
    const ok = plannerSources({ bundle: DEMO_BUNDLE, key: CUSTOM_KEY, storedData: null, custom });
    expect(ok.ok && ok.label.zh).toBe("我的方案");
    expect(ok.ok && ok.sources.scenario.name).toBe("scenarios/demo-county/custom.yaml");
    expect(ok.ok && ok.sources.model.name).toBe("models/standard.yaml");
    const bad = plannerSources({
      bundle: DEMO_BUNDLE,
      key: CUSTOM_KEY,
      storedData: null,
      custom: { base: "baseline", yaml: "name: x\ndata: townships.csv\n" },
    });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.problems.some((p) => p.path === "model")).toBe(true);
  });

  it("reports a model the bundle does not carry", () => {
    const bundle: DemoBundle = {
      scenarios: [
        {
          key: "x",
          path: "scenarios/c/x.yaml",
          text: "name: x\ndata: t.csv\nmodel: ../../models/none.yaml\ntotal: 5\n",
        },
      ],
      files: { "scenarios/c/t.csv": "id\n" },
    };
    const outcome = plannerSources({ bundle, key: "x", storedData: null, custom: null });
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.problems.map((p) => [p.code, p.found])).toEqual([
      ["not-bundled", "../../models/none.yaml"],
    ]);
  });
});

describe("resolvePath(dir, rel)", () => {
  it("folds . and .. like a file system, and refuses to climb above the root", () => {
    expect(resolvePath("scenarios/demo-county", "../../models/standard.yaml")).toBe("models/standard.yaml");
    expect(resolvePath("scenarios/demo-county", "./townships.csv")).toBe(
      "scenarios/demo-county/townships.csv",
    );
    expect(() => resolvePath("a", "../../b")).toThrow(RangeError);
  });
});

describe("withEdits(sources, edits, loaded)", () => {
  it("names the edited scenario, keeps the bundled table's path for the custom copy, and flags a change", async () => {
    const s = sources("baseline", { name: "own.csv", csv: "x", townships: 1 });
    const loaded = scenarioEdits((await solved()).scenario);
    const same = withEdits(s, loaded, loaded);
    expect(same.changed).toBe(false);
    expect(same.fileName).toBe("baseline-edited.yaml");
    expect(same.file.name).toEqual({ zh: "基准方案（调整）", en: "Baseline (edited)" });
    const edited = withEdits(s, { ...loaded, ordering: true }, loaded);
    expect(edited.changed).toBe(true);
    expect(edited.file.overrides).toEqual({ ordering: true });
    expect(edited.yaml).toContain("data: own.csv\n");
    expect(edited.custom.base).toBe("baseline");
    expect(edited.custom.yaml).toContain("data: townships.csv\n");
    expect(edited.sources.scenario.name).toBe("scenarios/demo-county/baseline-edited.yaml");
    // edited again from an edited scenario: the suffix is not repeated
    const again = withEdits(
      { ...s, label: edited.file.name as { zh: string; en: string }, fileName: edited.fileName },
      loaded,
      loaded,
    );
    expect(again.file.name).toEqual({ zh: "基准方案（调整）", en: "Baseline (edited)" });
    expect(again.fileName).toBe("baseline-edited.yaml");
  });
});

describe("store", () => {
  it("chooseScenarioKey(search, stored, keys) prefers the URL, then storage, then the first key", () => {
    const keys = ["baseline", "population-first", "custom"];
    expect(chooseScenarioKey("?scenario=custom", "baseline", keys)).toBe("custom");
    expect(chooseScenarioKey("?scenario=gone", "population-first", keys)).toBe("population-first");
    expect(chooseScenarioKey("", "gone", keys)).toBe("baseline");
    expect(() => chooseScenarioKey("", null, [])).toThrow(RangeError);
  });

  it("writes and reads county data and the custom scenario; damaged entries read as nothing", () => {
    const storage = memoryStorage();
    expect(readStoredData(storage)).toBeNull();
    expect(writeStoredData(storage, { name: "a.csv", csv: "x", townships: 3 })).toBe(true);
    expect(readStoredData(storage)).toEqual({ name: "a.csv", csv: "x", townships: 3 });
    expect(writeStoredData(storage, null)).toBe(true);
    expect(readStoredData(storage)).toBeNull();
    writeStoredCustom(storage, { base: "baseline", yaml: "name: x\n" });
    expect(readStoredCustom(storage)).toEqual({ base: "baseline", yaml: "name: x\n" });
    storage.map.set("quota-planner.custom", "{not json");
    expect(readStoredCustom(storage)).toBeNull();
    storage.map.set("quota-planner.data", JSON.stringify({ name: 1 }));
    expect(readStoredData(storage)).toBeNull();
  });

  it("reports a full or disabled storage as false instead of throwing", () => {
    const full: KeyValueStorage = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException("quota", "QuotaExceededError");
      },
      removeItem: () => undefined,
    };
    expect(writeStoredData(full, { name: "a.csv", csv: "x", townships: 1 })).toBe(false);
  });

  it("withParams(href, params, base) sets parameters and keeps the others and the hash", () => {
    expect(
      withParams("township.html?id=T05#w", { lang: "en", scenario: "custom" }, "http://127.0.0.1:5173/a/"),
    ).toBe("http://127.0.0.1:5173/a/township.html?id=T05&lang=en&scenario=custom#w");
  });
});

describe("solveSources(sources)", () => {
  it("gives the problems of bad data as a status (not a thrown error that would lose them in the worker)", async () => {
    const s = sources("baseline", {
      name: "bad.csv",
      csv: "编号,乡镇名称,乡镇类别,人口,幅员面积,行政编制\nT1,甲镇,城关镇,100,1,20\n",
      townships: 1,
    });
    const outcome = await solveSources(s.sources);
    expect(outcome.status).toBe("problems");
    // row 2 of the table: the category "城关镇" is not one of the five (docs/data.md)
    expect(outcome.status === "problems" && outcome.problems.map((p) => [p.code, p.row, p.found])).toEqual([
      ["unknown-category", 2, "城关镇"],
    ]);
  });
});

/** The baseline solved with another allocation method (the scenario file's `method:`). */
async function solvedWith(method: "webster" | "hamilton" | "lp") {
  const s = sources("baseline");
  const file = "file" in s.sources.scenario ? s.sources.scenario.file : undefined;
  if (file === undefined) throw new Error("expected a parsed scenario file");
  return runScenario(
    await loadScenarioSources({
      ...s.sources,
      scenario: { name: s.sources.scenario.name, file: { ...file, method } },
    }),
  );
}

describe("nextPostText(result)", () => {
  it("names who gets post 512 under Webster's method, the runner-up and how much higher its priority is", async () => {
    // `quota-planner solve` of baseline.yaml with method: webster, --format json: apportionment.nextPost =
    // { unit: "T09", post: 21, priority: 0.024517187886612654, runnerUp: { unit: "T02", post: 31,
    // priority: 0.02443236828061867 }, margin: 0.00008481960599398403 }; 0.0000848196 / 0.0244324 = 0.347 %
    const text = nextPostText(await solvedWith("webster"));
    expect(text).toEqual({
      zh: "按韦伯斯特法（圣拉古法），下一个名额（第 512 名）将给古佛镇（其第 21 名），领先芦溪镇（其第 31 名）：优先值 0.0245172 对 0.0244324，高 0.35%。",
      en: "Under Webster (Sainte-Laguë), the next post (no. 512) would go to 古佛镇 (its post no. 21), ahead of 芦溪镇 (its post no. 31): priority 0.0245172 against 0.0244324, 0.35% higher.",
    });
  });

  it("gives Hamilton's margin in posts of remainder, and nothing for the LP", async () => {
    // the same run with method: hamilton: next T09 (remainder 0.37468), runner-up T08 太平镇 (0.25776)
    expect(nextPostText(await solvedWith("hamilton"))?.zh).toBe(
      "按汉密尔顿法（最大余数法），下一个名额（第 512 名）将给古佛镇（其第 21 名），领先太平镇（其第 23 名）：余数 0.375 对 0.258 名，多 0.117 名。",
    );
    expect(nextPostText(await solvedWith("lp"))).toBeNull();
  });
});

describe("sweep facts", () => {
  it("defaultSweepRange runs from today's total 60 posts up, and at least to the scenario's total", () => {
    // baseline: today 511, total 511 + 10 transferred down = 521
    expect(defaultSweepRange({ current: 511, total: 521 })).toEqual({ from: 511, to: 571 });
    expect(defaultSweepRange({ current: 511, total: 600 })).toEqual({ from: 511, to: 600 });
  });

  it("sweepRangeProblem refuses reversed, fractional and over-long ranges", () => {
    expect(sweepRangeProblem(511, 571)).toBeNull();
    expect(sweepRangeProblem(511, 511 + SWEEP_MAX_TOTALS - 1)).toBeNull();
    expect(sweepRangeProblem(600, 500)?.en).toBe("The first total 600 is above the last total 500.");
    expect(sweepRangeProblem(500, 500 + SWEEP_MAX_TOTALS)?.zh).toBe(
      `一次最多推演 ${SWEEP_MAX_TOTALS} 个总量，现为 ${SWEEP_MAX_TOTALS + 1} 个；请缩小范围。`,
    );
    expect(sweepRangeProblem(500.5, 520)).not.toBeNull();
    expect(sweepRangeProblem(0, 520)).not.toBeNull();
  });

  it("sweepGrid counts gains from the first solved total and marks the paradox on the larger total", () => {
    // a hand-made sweep: A 5 → 5 → 4 (paradox at 12) → 6; B 5 → 6 → 8 → 8; total 10 has no allocation
    const sweep: SweepResult = {
      townships: [
        { id: "A", name: "甲乡" },
        { id: "B", name: "乙镇" },
      ],
      steps: [
        { total: 10, toAllocate: 10, status: "infeasible", posts: [] },
        { total: 11, toAllocate: 11, status: "optimal", posts: [5, 6] },
        { total: 12, toAllocate: 12, status: "optimal", posts: [4, 8] },
        { total: 13, toAllocate: 13, status: "optimal", posts: [6, 7] },
      ],
      flags: [{ id: "A", name: "甲乡", fromTotal: 11, toTotal: 12, before: 5, after: 4 }],
    };
    const grid = sweepGrid(sweep, [
      { id: "A", category: "general" },
      { id: "B", category: "key" },
    ]);
    expect(grid.totals).toEqual([10, 11, 12, 13]);
    expect(grid.baseTotal).toBe(11);
    expect(grid.maxGain).toBe(2); // B 6 → 8
    expect(grid.rows[0]!.cells).toEqual([
      { total: 10, posts: null, gain: null, changed: false, paradox: false },
      { total: 11, posts: 5, gain: 0, changed: true, paradox: false },
      { total: 12, posts: 4, gain: -1, changed: true, paradox: true },
      { total: 13, posts: 6, gain: 1, changed: true, paradox: false },
    ]);
    expect(grid.rows[1]!.category).toBe("key");
    expect(() => sweepGrid(sweep, [{ id: "A", category: "general" }])).toThrow(RangeError);
    expect(describeParadox(sweep.flags[0]!)).toEqual({
      zh: "甲乡：县域总量由 11 增至 12 名时，编制由 5 名减为 4 名",
      en: "甲乡: 5 → 4 posts as the county total rises from 11 to 12",
    });
    const summary = sweepSummary(sweep, "hamilton");
    expect(summary.headline.en).toBe(
      "✗ Hamilton (largest remainder): for county totals 10–13, 1 Alabama-paradox case(s) (the total rises, a township loses a post):",
    );
    expect(summary.unsolved?.zh).toBe("无解的总量：10（无可行解）。");
  });
});

describe("sweepSources(sources, request)", () => {
  it("finds the baseline LP's Alabama paradox at 538 → 539 and none with Webster's method on the same range", async () => {
    const s = sources("baseline").sources;
    const lp = await sweepSources(s, { method: "lp", from: 511, to: 571 });
    if (lp.status !== "swept") throw new Error("expected a sweep");
    // `quota-planner sweep scenarios/demo-county/baseline.yaml --totals 511..600`:
    // ✗ 凤凰乡：总量 538 → 539 时编制 16 → 15 (and 龙池乡 592 → 593, outside this range)
    expect(lp.sweep.flags).toEqual([
      { id: "T23", name: "凤凰乡", fromTotal: 538, toTotal: 539, before: 16, after: 15 },
    ]);
    expect(lp.sweep.steps).toHaveLength(61);
    expect(lp.orderingOff).toBe(false);
    // each step shares the total less floor(2% of it): 571 − 11 = 560
    expect(lp.sweep.steps.at(-1)!.toAllocate).toBe(560);
    const webster = await sweepSources(s, { method: "webster", from: 511, to: 571 });
    expect(webster.status === "swept" && webster.sweep.flags).toEqual([]);
  });

  it("drops the ordering rows for a classical method and says so; bad data comes back as problems", async () => {
    const dev = await sweepSources(sources("development-first").sources, {
      method: "webster",
      from: 530,
      to: 532,
    });
    expect(dev.status === "swept" && dev.orderingOff).toBe(true);
    const bad = sources("baseline", {
      name: "bad.csv",
      csv: "编号,乡镇名称,乡镇类别,人口,幅员面积,行政编制\nT1,甲镇,城关镇,100,1,20\n",
      townships: 1,
    });
    const outcome = await sweepSources(bad.sources, { method: "lp", from: 10, to: 12 });
    expect(outcome.status).toBe("problems");
  });
});

describe("waterfallSteps(township)", () => {
  it("runs from the index share through each reason to the allocation, every bar starting where the last ended", async () => {
    const { result } = await solved();
    for (const township of result.townships) {
      const steps = waterfallSteps(township);
      expect(steps[0]).toMatchObject({ kind: "start", from: 0, to: township.plainTarget });
      expect(steps.at(-1)).toMatchObject({ kind: "end", from: 0, to: township.allocated });
      for (let i = 2; i < steps.length - 1; i++) expect(steps[i]!.from).toBe(steps[i - 1]!.to);
      expect(steps.at(-2)!.to).toBeCloseTo(township.allocated, 9);
    }
    // golden/baseline.json T17 梨树乡: 14.98 → priority −1.12 → floor +1.14 → 15
    const t17 = waterfallSteps(result.townships.find((t) => t.id === "T17")!);
    expect(t17.map((s) => s.kind)).toEqual(["start", "priority", "floor", "end"]);
    expect(t17[2]!.label).toEqual({ zh: "最低编制", en: "floor" });
  });

  it("refuses reasons that do not add up to the allocation", async () => {
    const { result } = await solved();
    const broken = { ...result.townships[0]!, allocated: result.townships[0]!.allocated + 1 };
    expect(() => waterfallSteps(broken)).toThrow(RangeError);
  });
});

describe("township facts", () => {
  it("indicatorFacts gives each indicator's raw values across the county, this one's value, unit and rank", async () => {
    const { scenario, result } = await solved();
    const facts = indicatorFacts(scenario, result, "T05");
    expect(facts.map((f) => f.id)).toEqual([
      "locationScore",
      "gdp",
      "fiscalRevenue",
      "keyProjects",
      "population",
      "area",
    ]);
    const population = facts.find((f) => f.id === "population")!;
    // townships.csv: T05 青岗镇 population 38,700; four townships are larger (T01 238,600, T02 56,200,
    // T03 48,900, T04 42,300), so its score ranks 5th of 25
    expect(population.raw).toBe(38700);
    expect(population.unit).toEqual({ zh: "人", en: "persons" });
    expect(population.rank).toBe(5);
    expect(population.count).toBe(25);
    expect(population.values).toHaveLength(25);
    expect(population.weight).toBe(result.weights.indicators.population);
    // the contributions add up to the index
    expect(facts.reduce((s, f) => s + f.contribution, 0)).toBeCloseTo(result.townships[4]!.index, 12);
    expect(() => indicatorFacts(scenario, result, "T99")).toThrow(RangeError);
  });

  it("factorFacts splits the index by factor; indexRank counts the larger indices", async () => {
    const { scenario, result } = await solved();
    const t01 = factorFacts(scenario, result, "T01");
    // golden/baseline.json T01 factorParts: location 0.15, economy 0.2, projects 0.1, population 0.35, area 0.0636
    expect(t01.map((f) => f.contribution)).toEqual([0.15, 0.2, 0.1, 0.35, 0.06364834596053752]);
    expect(t01.map((f) => f.weight)).toEqual([0.15, 0.2, 0.1, 0.35, 0.2]);
    expect(indexRank(result, "T01")).toBe(1);
    const byIndex = [...result.townships].sort((a, b) => b.index - a.index);
    expect(indexRank(result, byIndex[6]!.id)).toBe(7);
  });

  it("compareAllocations gives now − as loaded per township, and loaded null when it had no allocation", async () => {
    const baseline = (await solved("baseline")).result;
    const population = (await solved("population-first")).result;
    const rows = compareAllocations(baseline, population);
    expect(rows).toHaveLength(25);
    for (const row of rows) expect(row.difference).toBe(row.now - row.loaded!);
    expect(rows.reduce((s, r) => s + r.difference, 0)).toBe(0); // both allocate 511
    const none: ScenarioResult = { ...baseline, townships: [] };
    expect(compareAllocations(none, population).every((r) => r.loaded === null && r.difference === 0)).toBe(
      true,
    );
    expect(() =>
      compareAllocations(baseline, { ...population, townships: population.townships.slice(1) }),
    ).toThrow(RangeError);
  });
});

describe("groupByCategory(rows, heights)", () => {
  it("puts a header before each category present, highest priority first, townships in input order", () => {
    const rows = [
      { name: "c", category: "general" as const },
      { name: "a", category: "countySeat" as const },
      { name: "d", category: "general" as const },
    ];
    const { lines, height } = groupByCategory(rows, { group: 24, township: 20 });
    expect(lines.map((l) => (l.kind === "group" ? l.category : l.row.name))).toEqual([
      "countySeat",
      "a",
      "general",
      "c",
      "d",
    ]);
    expect(lines.map((l) => l.y)).toEqual([0, 24, 44, 68, 88]);
    expect(height).toBe(2 * 24 + 3 * 20);
  });
});

describe("formats", () => {
  it("writes numbers, changes, shares and units in each language", () => {
    expect(formatNumber(238600, "zh")).toBe("238,600");
    expect(formatNumber(46.43113, "en", 2)).toBe("46.43");
    expect(formatNumber(-0, "zh")).toBe("0");
    expect(formatSigned(-2, "zh")).toBe("−2");
    expect(formatSigned(3, "en")).toBe("+3");
    expect(formatSigned(0.001, "en", 2)).toBe("0");
    expect(formatPercent(0.35, "zh")).toBe("35.0%");
    expect(formatWithUnit(118.4, { zh: "平方公里", en: "km²" }, "en")).toBe("118.4 km²");
  });

  it("estimateTextWidth counts a CJK character as a full em and Latin letters narrower", () => {
    expect(estimateTextWidth("城厢镇")).toBe(36);
    expect(estimateTextWidth("Area")).toBeLessThan(estimateTextWidth("城厢镇"));
    expect(estimateTextWidth("Location and positioning")).toBeGreaterThan(120);
  });
});
