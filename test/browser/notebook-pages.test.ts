// The DOM-free parts of the planner's pages, run in Node: the bundled demo county, which files a page
// solves (scenario, data, model), the store and the chart text width. (The page facts — next
// post, sweep, township, waterfall, formats, the worker's solve and sweep — are library code with Node tests:
// test/report-*, test/run-solve-sources, test/simulate-sweep-sources.)
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { scenarioEdits, solveSources } from "../../src/index.ts";
import { estimateTextWidth } from "../../src/notebook/chart.ts";
import { DEMO_BUNDLE } from "../../src/notebook/demo-county.ts";
import {
  CUSTOM_KEY,
  type DemoBundle,
  OWN_KEY,
  openModelFile,
  openScenarioFile,
  plannerSources,
  resolvePath,
  scenarioKeys,
  withEdits,
} from "../../src/notebook/planner-sources.ts";
import {
  chooseScenarioKey,
  type KeyValueStorage,
  readStoredCustom,
  readStoredData,
  readStoredOwn,
  withParams,
  writeStoredCustom,
  writeStoredData,
  writeStoredOwn,
} from "../../src/notebook/store.ts";

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
    expect(ok.ok && ok.sources.scenario.name).toBe("scenarios/demo-county/baseline-edited.yaml");
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

describe("estimateTextWidth(text)", () => {
  it("counts a CJK character as a full em and Latin letters narrower", () => {
    expect(estimateTextWidth("城厢镇")).toBe(36);
    expect(estimateTextWidth("Area")).toBeLessThan(estimateTextWidth("城厢镇"));
    expect(estimateTextWidth("Location and positioning")).toBeGreaterThan(120);
  });
});

describe("the scenario opened from disk (key own)", () => {
  const scenarioText = text("test/fixtures/pages/planner-scenario.yaml");
  const modelText = text("test/fixtures/models/planner-model.yaml");

  it("openScenarioFile(name, text, previous) stores a valid file and refuses one with schema errors", () => {
    const opened = openScenarioFile("planner-scenario.yaml", scenarioText, null);
    expect(opened).toEqual({
      ok: true,
      own: { fileName: "planner-scenario.yaml", yaml: scenarioText, model: null },
    });
    const bad = openScenarioFile("bad.yaml", text("test/fixtures/scenarios/bad-schema.yaml"), null);
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.problems.length).toBeGreaterThan(0);
  });

  it("plannerSources(own) reads it from the demo county's folder: the bundled table, the opened model", () => {
    const withoutModel = plannerSources({
      bundle: DEMO_BUNDLE,
      key: OWN_KEY,
      storedData: null,
      custom: null,
      own: { fileName: "planner-scenario.yaml", yaml: scenarioText, model: null },
    });
    // planner-model.yaml is not bundled: the problem says where to open it
    expect(!withoutModel.ok && withoutModel.problems.map((p) => p.path)).toEqual(["model"]);
    const opened = openModelFile("planner-model.yaml", modelText, null, {
      fileName: "planner-scenario.yaml",
      yaml: scenarioText,
      model: null,
    });
    expect(opened.ok).toBe(true);
    const s = plannerSources({
      bundle: DEMO_BUNDLE,
      key: OWN_KEY,
      storedData: null,
      custom: null,
      own: opened.ok ? opened.own : null,
    });
    expect(s.ok).toBe(true);
    if (!s.ok) return;
    expect(s.key).toBe(OWN_KEY);
    expect(s.opened).toBe(true);
    expect(s.label.zh).toBe("某县试算方案");
    expect(s.sources.scenario.name).toBe("scenarios/demo-county/planner-scenario.yaml");
    expect(s.sources.data.name).toBe("scenarios/demo-county/townships.csv");
    expect(s.sources.model).toEqual({ name: "scenarios/demo-county/planner-model.yaml", text: modelText });
    expect(scenarioKeys(DEMO_BUNDLE, null, opened.ok ? opened.own : null)).toContain(OWN_KEY);
  });

  it("a model opened for a bundled scenario makes it the opened one, its model: naming the file beside it", () => {
    const baseline = plannerSources({ bundle: DEMO_BUNDLE, key: "baseline", storedData: null, custom: null });
    if (!baseline.ok) throw new Error("baseline");
    const opened = openModelFile("planner-model.yaml", modelText, baseline, null);
    if (!opened.ok) throw new Error("model");
    expect(opened.own.fileName).toBe("baseline.yaml");
    const s = plannerSources({
      bundle: DEMO_BUNDLE,
      key: OWN_KEY,
      storedData: null,
      custom: null,
      own: opened.own,
    });
    expect(s.ok && s.file.model).toBe("planner-model.yaml");
    expect(s.ok && s.yaml).toContain("model: planner-model.yaml");
    // a model with schema errors is refused
    expect(openModelFile("bad.yaml", "factors: 3\n", baseline, null).ok).toBe(false);
  });

  it("readStoredOwn(storage) gives back what writeStoredOwn stored, and null for a damaged entry", () => {
    const storage = memoryStorage();
    const own = { fileName: "a.yaml", yaml: scenarioText, model: { name: "m.yaml", text: modelText } };
    expect(writeStoredOwn(storage, own)).toBe(true);
    expect(readStoredOwn(storage)).toEqual(own);
    storage.setItem("quota-planner.own", '{"fileName":3}');
    expect(readStoredOwn(storage)).toBeNull();
    writeStoredOwn(storage, null);
    expect(readStoredOwn(storage)).toBeNull();
  });
});
