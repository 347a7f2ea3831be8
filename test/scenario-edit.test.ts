import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AHP_LAB_EXPERT, type AhpEdit, ahpStart } from "../src/edit/ahp-edit.ts";
import {
  applyScenarioEdits,
  editableSettings,
  type ScenarioEdits,
  scenarioEdits,
  scenarioEditsEqual,
  weightShares,
} from "../src/edit/edit-scenario.ts";
import { loadScenarioSources } from "../src/run/load-scenario.ts";
import { runScenario } from "../src/run/run-scenario.ts";
import { parseScenarioFile } from "../src/scenario/resolve-scenario.ts";
import type { ScenarioFile } from "../src/scenario/scenario-schema.ts";
import { scenarioToYaml } from "../src/scenario/scenario-yaml.ts";
import { CATEGORIES, InputError } from "../src/types.ts";
import { ahpWeights } from "../src/weighting/ahp.ts";

const DATA = new Uint8Array(readFileSync("scenarios/demo-county/townships.csv"));
const MODEL = readFileSync("models/standard.yaml", "utf8");
const NAMES = ["baseline", "population-first", "development-first"] as const;

function fileOf(name: string): ScenarioFile {
  return parseScenarioFile(readFileSync(`scenarios/demo-county/${name}.yaml`, "utf8"), `${name}.yaml`);
}

function resolve(file: ScenarioFile) {
  return loadScenarioSources({
    scenario: { name: "edited.yaml", file },
    data: { name: "townships.csv", bytes: DATA },
    model: { name: "standard.yaml", text: MODEL },
  });
}

/** expert-weights.yaml (model standard-ahp.yaml: two experts' AHP matrices; method webster), as `file` */
function resolveExpert(file: ScenarioFile = fileOf("expert-weights")) {
  return loadScenarioSources({
    scenario: { name: "expert-weights.yaml", file },
    data: { name: "townships.csv", bytes: DATA },
    model: { name: "standard-ahp.yaml", text: readFileSync("models/standard-ahp.yaml", "utf8") },
  });
}

/** The lab's AHP edit of a scenario: its starting matrix with `change` applied to a copy. */
async function ahpEditOf(
  file: ScenarioFile,
  change: (matrix: number[][]) => void = () => undefined,
  acceptInconsistent = false,
): Promise<AhpEdit> {
  const start = ahpStart(await resolve(file));
  const factors = start.matrix.map((row) => [...row]);
  change(factors);
  return { factors, indicators: start.indicators, randomIndex: start.randomIndex, acceptInconsistent };
}

/** Sets judgement (i, j) and its reciprocal. */
const judge = (i: number, j: number, value: number) => (m: number[][]) => {
  m[i]![j] = value;
  m[j]![i] = 1 / value;
};

describe("scenarioEdits(scenario)", () => {
  it("reads the model's weights, coefficients, admin floors and ordering as the scenario overrides them", async () => {
    const baseline = scenarioEdits(await resolve(fileOf("baseline")));
    // models/standard.yaml: factor weights 0.15/0.20/0.10/0.35/0.20, coefficients 1.3/1.2/1.1/1.05/1,
    // admin floor 15 for every category, ordering false; baseline.yaml overrides none of them.
    expect(baseline).toEqual({
      factorWeights: { location: 0.15, economy: 0.2, projects: 0.1, population: 0.35, area: 0.2 },
      categoryCoefficients: { countySeat: 1.3, central: 1.2, key: 1.1, characteristic: 1.05, general: 1 },
      floors: { countySeat: 15, central: 15, key: 15, characteristic: 15, general: 15 },
      ordering: false,
      method: "lp",
      ahp: null,
      // baseline.yaml: name, postType admin, transferDown 10, reserve share 0.02, band maxCut 2 / maxGain 12
      settings: {
        name: { zh: "基准方案", en: "Baseline" },
        postType: "admin",
        total: { kind: "transferDown", value: 10 },
        reserve: { kind: "share", value: 0.02 },
        band: { maxCut: 2, maxGain: 12 },
      },
    });
    expect(Object.keys(baseline.factorWeights)).toEqual([
      "location",
      "economy",
      "projects",
      "population",
      "area",
    ]);
    const development = scenarioEdits(await resolve(fileOf("development-first")));
    // development-first.yaml overrides the factor weights, four coefficients (general stays 1.0) and ordering
    expect(development.factorWeights).toEqual({
      location: 0.2,
      economy: 0.35,
      projects: 0.2,
      population: 0.15,
      area: 0.1,
    });
    expect(development.categoryCoefficients).toEqual({
      countySeat: 1.4,
      central: 1.25,
      key: 1.15,
      characteristic: 1.05,
      general: 1,
    });
    expect(development.ordering).toBe(true);
  });

  it("gives 0 for a category without a floor of the post type (institution posts have no default floor)", async () => {
    const file = { ...fileOf("baseline"), postType: "institution" as const };
    const edits = scenarioEdits(await resolve(file));
    // resolveModel: only admin has a default floor (GENERAL_ADMIN_FLOOR in src/policy.ts); models/standard.yaml sets no other
    expect(edits.floors).toEqual({ countySeat: 0, central: 0, key: 0, characteristic: 0, general: 0 });
  });
});

describe("applyScenarioEdits(file, edits, loaded)", () => {
  it("gives back every shipped scenario file unchanged when nothing was edited", async () => {
    for (const name of NAMES) {
      const file = fileOf(name);
      const loaded = scenarioEdits(await resolve(file));
      const same = applyScenarioEdits(file, loaded, loaded);
      expect(same).toEqual(file);
      // and the same YAML text, key order included
      expect(scenarioToYaml(same)).toBe(scenarioToYaml(file));
    }
  });

  it("writes only the values that changed: one weight, one floor, the ordering switch", async () => {
    const file = fileOf("baseline");
    const loaded = scenarioEdits(await resolve(file));
    const edited = applyScenarioEdits(
      file,
      {
        ...loaded,
        factorWeights: { ...loaded.factorWeights, population: 0.5 },
        floors: { ...loaded.floors, general: 16 },
        ordering: true,
      },
      loaded,
      { name: { zh: "基准方案（调整）", en: "Baseline (edited)" } },
    );
    expect(edited.overrides).toEqual({
      factorWeights: { population: 0.5 },
      floors: { general: 16 },
      ordering: true,
    });
    expect(edited.name).toEqual({ zh: "基准方案（调整）", en: "Baseline (edited)" });
    expect(edited.data).toBe("townships.csv");
    expect(edited.model).toBe("../../models/standard.yaml");
    expect(file.overrides).toBeUndefined(); // the input is not changed
  });

  it("keeps a file's own overrides and replaces only the edited entry (development-first, economy 0.35 → 0.3)", async () => {
    const file = fileOf("development-first");
    const loaded = scenarioEdits(await resolve(file));
    const edited = applyScenarioEdits(
      file,
      { ...loaded, factorWeights: { ...loaded.factorWeights, economy: 0.3 } },
      loaded,
    );
    // development-first.yaml: factorWeights { location: 0.20, economy: 0.35, projects: 0.20, population: 0.15, area: 0.10 }
    expect(edited.overrides?.factorWeights).toEqual({
      location: 0.2,
      economy: 0.3,
      projects: 0.2,
      population: 0.15,
      area: 0.1,
    });
    expect(edited.overrides?.categoryCoefficients).toEqual(file.overrides?.categoryCoefficients);
    expect(edited.overrides?.ordering).toBe(true);
  });

  it("keeps the file's other overrides where they are (a weighting block of AHP judgements)", async () => {
    const file = parseScenarioFile(
      readFileSync("test/fixtures/scenarios/override-weighting-ahp.yaml", "utf8"),
      "override-weighting-ahp.yaml",
    );
    const scenario = await resolve(file);
    // the block replaces manual weights by AHP: weights are derived, so the lab may not edit them
    expect(editableSettings(scenario).factorWeights).toBe(false);
    const loaded = scenarioEdits(scenario);
    const edited = applyScenarioEdits(
      file,
      { ...loaded, floors: { ...loaded.floors, key: 16 }, ordering: true },
      loaded,
    );
    expect(Object.keys(edited.overrides ?? {})).toEqual(["weighting", "floors", "ordering"]);
    expect(edited.overrides?.weighting).toEqual(file.overrides?.weighting);
    expect(scenarioEdits(await resolve(edited))).toEqual({
      ...loaded,
      floors: { ...loaded.floors, key: 16 },
      ordering: true,
    });
  });

  it("resolves to exactly the edits and survives a YAML round trip, for any valid edits (fast-check)", async () => {
    const base = fileOf("population-first");
    const loaded = scenarioEdits(await resolve(base));
    const weight = fc.integer({ min: 0, max: 100 }).map((n) => n / 100);
    const editsArb = fc
      .record({
        weights: fc.tuple(weight, weight, weight, weight, weight).filter((w) => w.some((x) => x > 0)),
        coefficients: fc.array(fc.integer({ min: 50, max: 200 }), { minLength: 5, maxLength: 5 }),
        floors: fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 5, maxLength: 5 }),
        ordering: fc.boolean(),
      })
      .map(
        ({ weights, coefficients, floors, ordering }): ScenarioEdits => ({
          factorWeights: Object.fromEntries(
            Object.keys(loaded.factorWeights).map((id, i) => [id, weights[i]!]),
          ),
          categoryCoefficients: Object.fromEntries(
            CATEGORIES.map((c, i) => [c, coefficients[i]! / 100]),
          ) as ScenarioEdits["categoryCoefficients"],
          floors: Object.fromEntries(CATEGORIES.map((c, i) => [c, floors[i]!])) as ScenarioEdits["floors"],
          ordering,
          method: "lp",
          ahp: null,
          settings: loaded.settings,
        }),
      );
    await fc.assert(
      fc.asyncProperty(editsArb, async (edits) => {
        const edited = applyScenarioEdits(base, edits, loaded);
        expect(scenarioEdits(await resolve(edited))).toEqual(edits);
        expect(parseScenarioFile(scenarioToYaml(edited), "saved.yaml")).toEqual(edited);
      }),
      { seed: 20261125, numRuns: 40 },
    );
  });

  it("gives the same allocation whether the edited file is solved as an object or from its saved YAML", async () => {
    const file = fileOf("baseline");
    const loaded = scenarioEdits(await resolve(file));
    const edits = { ...loaded, factorWeights: { ...loaded.factorWeights, area: 0.45, economy: 0.05 } };
    const edited = applyScenarioEdits(file, edits, loaded);
    const fromObject = await runScenario(await resolve(edited));
    const fromYaml = await runScenario(
      await resolve(parseScenarioFile(scenarioToYaml(edited), "saved.yaml")),
    );
    expect(fromYaml.townships.map((t) => t.allocated)).toEqual(fromObject.townships.map((t) => t.allocated));
    // the weights moved posts: the allocation differs from the baseline's somewhere, and still sums to 511
    const baseline = await runScenario(await resolve(file));
    expect(fromObject.townships.map((t) => t.allocated)).not.toEqual(
      baseline.townships.map((t) => t.allocated),
    );
    // 511 = today's 511 + 10 transferred down − reserve floor(2% × 521) = 10 (baseline.yaml; golden/baseline.json)
    expect(fromObject.townships.reduce((s, t) => s + t.allocated, 0)).toBe(511);
  });

  it("a general floor of 25 makes the baseline infeasible: 13 general townships need 325 posts", async () => {
    const file = fileOf("baseline");
    const loaded = scenarioEdits(await resolve(file));
    const edited = applyScenarioEdits(file, { ...loaded, floors: { ...loaded.floors, general: 25 } }, loaded);
    const result = await runScenario(await resolve(edited));
    // townships.csv: T13–T25 are the 13 general townships; with floor 25 they alone need 13 × 25 = 325, and the
    // other 12 keep at least today − 2 (band maxCut 2) = 45+28+26+24+23+22+21+20+20+19+19+18 − 24 = 281:
    // 325 + 281 = 606 > 511 to allocate.
    expect(result.solver.status).toBe("infeasible");
    expect(result.townships).toEqual([]);
    expect(result.conflicts.length).toBeGreaterThan(0);
  });

  it("writes the allocation method; Webster's method places the baseline's 511 posts with a priority list", async () => {
    const file = fileOf("baseline");
    const loaded = scenarioEdits(await resolve(file));
    const edited = applyScenarioEdits(file, { ...loaded, method: "webster" }, loaded);
    expect(edited.method).toBe("webster");
    expect(edited.overrides).toBeUndefined();
    const result = await runScenario(await resolve(edited));
    expect(result.apportionment?.method).toBe("webster");
    expect(result.townships.reduce((s, t) => s + t.allocated, 0)).toBe(511);
    // back to lp: the shipped file again
    expect(applyScenarioEdits(edited, loaded, { ...loaded, method: "webster" })).toEqual(file);
  });

  it("puts an AHP matrix into overrides.weighting, drops the file's weight overrides, and resolves to the matrix's weights", async () => {
    // development-first.yaml overrides every factor weight; a scenario may not do that with AHP weighting
    const file = fileOf("development-first");
    const loaded = scenarioEdits(await resolve(file));
    const ahp = await ahpEditOf(file, judge(3, 4, 3)); // population over area: 3
    const edited = applyScenarioEdits(file, { ...loaded, ahp }, loaded);
    expect(Object.keys(edited.overrides ?? {})).toEqual(["categoryCoefficients", "ordering", "weighting"]);
    expect(edited.overrides?.weighting?.method).toBe("ahp");
    // weights 0.20 : 0.35 : 0.20 : 0.15 : 0.10 → nearest Saaty ratios (0.571 → 1/2, 1.33 → 1, 0.75 → 1, 1.75 → 2,
    // 0.429 → 1/2 …), then population over area set to 3
    expect(edited.overrides?.weighting?.ahp?.factors.experts).toEqual([
      {
        name: AHP_LAB_EXPERT,
        matrix: [
          [1, "1/2", 1, 1, 2],
          [2, 1, 2, 2, 4],
          [1, "1/2", 1, 1, 2],
          [1, "1/2", 1, 1, 3],
          ["1/2", "1/4", "1/2", "1/3", 1],
        ],
      },
    ]);
    expect(edited.acceptInconsistent).toBe(false);
    const scenario = await resolve(edited);
    expect(scenario.model.weighting.method).toBe("ahp");
    // factor weights = the principal eigenvector of the matrix (ahpWeights, a second computation)
    const expected = ahpWeights(
      scenario.model.factors.map((f) => f.id),
      ahp.factors,
    ).weights;
    scenario.model.factors.forEach((f, i) => {
      expect(f.weight).toBeCloseTo(expected[i]!, 12);
    });
    // within economy, gdp : fiscalRevenue stays 0.6 : 0.4 (models/standard.yaml) through the "3/2" judgement
    const economy = scenario.model.factors[1]!;
    expect(economy.indicators[0]!.weight / economy.weight).toBeCloseTo(0.6, 12);
    // and the file survives its YAML
    expect(parseScenarioFile(scenarioToYaml(edited), "saved.yaml")).toEqual(edited);
  });

  it("an inconsistent AHP matrix (CR >= 0.10) blocks resolution unless acceptInconsistent is set", async () => {
    const file = fileOf("baseline");
    const loaded = scenarioEdits(await resolve(file));
    // location over population 9, where the other judgements imply 1/2 (test/ahp-edit.test.ts: CR ≈ 0.276)
    const blocked = applyScenarioEdits(
      file,
      { ...loaded, ahp: await ahpEditOf(file, judge(0, 3, 9)) },
      loaded,
    );
    const error = await resolve(blocked).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(InputError);
    const problems = (error as InputError).problems;
    expect(problems.map((p) => p.code)).toEqual(["ahp-inconsistent"]);
    expect(problems[0]!.message.en).toContain('"location" over "population" is 9');
    expect(problems[0]!.message.en).toContain("acceptInconsistent: true");
    const accepted = applyScenarioEdits(
      file,
      { ...loaded, ahp: await ahpEditOf(file, judge(0, 3, 9), true) },
      loaded,
    );
    expect(accepted.acceptInconsistent).toBe(true);
    const scenario = await resolve(accepted);
    expect(scenario.weighting.acceptedInconsistent).toBe(true);
    expect(scenario.weighting.ahp?.factors.combined.cr).toBeGreaterThanOrEqual(0.1);
  });

  it("an AHP-weighted scenario put into the file from its own starting matrix keeps its allocation (expert-weights)", async () => {
    const file = fileOf("expert-weights");
    const scenario = await resolveExpert(file);
    const loaded = scenarioEdits(scenario);
    const start = ahpStart(scenario);
    const edited = applyScenarioEdits(
      file,
      {
        ...loaded,
        ahp: {
          factors: start.matrix,
          indicators: start.indicators,
          randomIndex: start.randomIndex,
          acceptInconsistent: false,
        },
      },
      loaded,
    );
    // the experts' geometric mean written as one matrix gives the same weights, so the same posts
    // (scenarios/demo-county/golden/expert-weights.json holds the loaded allocation)
    const golden = JSON.parse(readFileSync("scenarios/demo-county/golden/expert-weights.json", "utf8")) as {
      townships: { id: string; allocated: number }[];
    };
    const result = await runScenario(await resolveExpert(edited));
    expect(result.townships.map((t) => [t.id, t.allocated])).toEqual(
      golden.townships.map((t) => [t.id, t.allocated]),
    );
  });

  it("writes the county-level settings that changed: name, total instead of transferDown, reserve count, band shares, post type", async () => {
    const base = fileOf("baseline");
    const loaded = scenarioEdits(await resolve(base));
    const edited = applyScenarioEdits(
      base,
      {
        ...loaded,
        settings: {
          name: { zh: "我的方案", en: "我的方案" },
          postType: "admin",
          total: { kind: "total", value: 520 },
          reserve: { kind: "count", value: 6 },
          band: { maxCutShare: 0.1, maxGainShare: 0.3 },
        },
      },
      loaded,
    );
    expect(edited.name).toBe("我的方案");
    expect(edited.total).toBe(520);
    expect(edited.transferDown).toBeUndefined();
    expect(edited.reserve).toEqual({ count: 6 });
    expect(edited.band).toEqual({ maxCutShare: 0.1, maxGainShare: 0.3 });
    expect(edited.hiring).toEqual({ quota: 50 });
    // keys in the schema's order, as a hand-written file has them
    expect(Object.keys(edited)).toEqual(
      [
        "$schema",
        "name",
        "notes",
        "data",
        "model",
        "postType",
        "total",
        "reserve",
        "band",
        "method",
        "acceptInconsistent",
        "solver",
        "timeLimitSeconds",
        // the baseline's hiring block (issue 11) is kept as it is, last as in the schema
        "hiring",
        // the baseline's transition block (R12) is kept as written
        "transition",
      ].filter((k) => k in edited),
    );
    const resolved = await resolve(edited);
    expect(resolved.total).toEqual({ kind: "total", value: 520 });
    expect(resolved.reserve).toEqual({ kind: "count", value: 6 });
    expect(resolved.band).toEqual({ maxCutShare: 0.1, maxGainShare: 0.3 });
    expect(scenarioEdits(resolved).settings).toEqual({
      name: { zh: "我的方案", en: "我的方案" },
      postType: "admin",
      total: { kind: "total", value: 520 },
      reserve: { kind: "count", value: 6 },
      band: { maxCutShare: 0.1, maxGainShare: 0.3 },
    });
    // and back: the loaded settings again give the baseline's own keys
    const back = applyScenarioEdits(
      edited,
      { ...scenarioEdits(resolved), settings: loaded.settings },
      scenarioEdits(resolved),
    );
    expect(back.transferDown).toBe(10);
    expect(back.total).toBeUndefined();
    expect(back.reserve).toEqual({ share: 0.02 });
    expect(back.band).toEqual({ maxCut: 2, maxGain: 12 });
    expect(back.name).toEqual({ zh: "基准方案", en: "Baseline" });
    expect(parseScenarioFile(scenarioToYaml(edited), "saved.yaml")).toEqual(edited);
  });

  it("removes the reserve and the band when they are set to none; the band's change moves the allocation", async () => {
    const base = fileOf("baseline");
    const loaded = scenarioEdits(await resolve(base));
    const edited = applyScenarioEdits(
      base,
      {
        ...loaded,
        settings: { ...loaded.settings, reserve: { kind: "none" }, band: null },
      },
      loaded,
    );
    expect("reserve" in edited).toBe(false);
    expect("band" in edited).toBe(false);
    const resolved = await resolve(edited);
    expect(resolved.reserve).toEqual({ kind: "none" });
    expect(resolved.band).toBeUndefined();
    const wide = applyScenarioEdits(
      base,
      { ...loaded, settings: { ...loaded.settings, band: { maxCut: 0, maxGain: 12 } } },
      loaded,
    );
    expect(wide.band).toEqual({ maxCut: 0, maxGain: 12 });
    const before = await runScenario(await resolve(base));
    const after = await runScenario(await resolve(wide));
    // maxCut 0: no township below today's posts
    for (const t of after.townships) expect(t.allocated).toBeGreaterThanOrEqual(t.current);
    expect(after.townships.map((t) => t.allocated)).not.toEqual(before.townships.map((t) => t.allocated));
  });

  it("throws RangeError for a total of 0, a fractional transfer, a reserve share of 1, a negative band count or an empty name", async () => {
    const base = fileOf("baseline");
    const loaded = scenarioEdits(await resolve(base));
    const bad = (settings: Partial<ScenarioEdits["settings"]>) => () =>
      applyScenarioEdits(base, { ...loaded, settings: { ...loaded.settings, ...settings } }, loaded);
    expect(bad({ total: { kind: "total", value: 0 } })).toThrow(RangeError);
    expect(bad({ total: { kind: "transferDown", value: 1.5 } })).toThrow(RangeError);
    expect(bad({ reserve: { kind: "share", value: 1 } })).toThrow(RangeError);
    expect(bad({ band: { maxCut: -1 } })).toThrow(RangeError);
    expect(bad({ name: { zh: " ", en: " " } })).toThrow(RangeError);
  });

  it("throws RangeError for a negative weight, a zero coefficient, a fractional floor or other factors", async () => {
    const file = fileOf("baseline");
    const loaded = scenarioEdits(await resolve(file));
    const bad: ScenarioEdits[] = [
      { ...loaded, factorWeights: { ...loaded.factorWeights, area: -0.1 } },
      { ...loaded, categoryCoefficients: { ...loaded.categoryCoefficients, key: 0 } },
      { ...loaded, floors: { ...loaded.floors, general: 15.5 } },
      { ...loaded, factorWeights: { ...loaded.factorWeights, climate: 0.1 } },
      // ordering rows exist only in the LP
      { ...loaded, method: "webster", ordering: true },
      // an AHP matrix of the wrong size, or not reciprocal
      { ...loaded, ahp: { ...(await ahpEditOf(file)), factors: [[1]] } },
      {
        ...loaded,
        ahp: await ahpEditOf(file, (m) => {
          m[0]![1] = 3; // without its reciprocal
        }),
      },
    ];
    for (const edits of bad) expect(() => applyScenarioEdits(file, edits, loaded)).toThrow(RangeError);
  });
});

describe("editableSettings(scenario)", () => {
  it("allows weights and ordering with hand-set weights and the LP; neither with AHP weights and Webster's method", async () => {
    expect(editableSettings(await resolve(fileOf("baseline")))).toEqual({
      factorWeights: true,
      ordering: true,
    });
    // expert-weights.yaml: model standard-ahp.yaml (weighting.method: ahp) and method: webster
    const expert = await loadScenarioSources({
      scenario: {
        name: "expert-weights.yaml",
        text: readFileSync("scenarios/demo-county/expert-weights.yaml", "utf8"),
      },
      data: { name: "townships.csv", bytes: DATA },
      model: { name: "standard-ahp.yaml", text: readFileSync("models/standard-ahp.yaml", "utf8") },
    });
    expect(editableSettings(expert)).toEqual({ factorWeights: false, ordering: false });
  });
});

describe("scenarioEditsEqual(a, b) with settings", () => {
  it("is false when only the band differs", async () => {
    const loaded = scenarioEdits(await resolve(fileOf("baseline")));
    expect(
      scenarioEditsEqual(loaded, {
        ...loaded,
        settings: { ...loaded.settings, band: { maxCut: 3, maxGain: 12 } },
      }),
    ).toBe(false);
    expect(
      scenarioEditsEqual(loaded, {
        ...loaded,
        settings: { ...loaded.settings, band: { maxCut: 2, maxGain: 12 } },
      }),
    ).toBe(true);
  });
});

describe("scenarioEditsEqual(a, b)", () => {
  it("is true for equal settings and false when one value differs", async () => {
    const loaded = scenarioEdits(await resolve(fileOf("baseline")));
    expect(scenarioEditsEqual(loaded, { ...loaded, factorWeights: { ...loaded.factorWeights } })).toBe(true);
    expect(scenarioEditsEqual(loaded, { ...loaded, ordering: true })).toBe(false);
    expect(scenarioEditsEqual(loaded, { ...loaded, floors: { ...loaded.floors, key: 14 } })).toBe(false);
    expect(
      scenarioEditsEqual(loaded, { ...loaded, factorWeights: { ...loaded.factorWeights, area: 0.21 } }),
    ).toBe(false);
    expect(scenarioEditsEqual(loaded, { ...loaded, method: "dean" })).toBe(false);
    const ahp = await ahpEditOf(fileOf("baseline"));
    expect(scenarioEditsEqual(loaded, { ...loaded, ahp })).toBe(false);
    expect(scenarioEditsEqual({ ...loaded, ahp }, { ...loaded, ahp: { ...ahp } })).toBe(true);
    expect(
      scenarioEditsEqual({ ...loaded, ahp }, { ...loaded, ahp: { ...ahp, acceptInconsistent: true } }),
    ).toBe(false);
    expect(
      scenarioEditsEqual(
        { ...loaded, ahp },
        { ...loaded, ahp: await ahpEditOf(fileOf("baseline"), judge(1, 2, 3)) },
      ),
    ).toBe(false);
  });
});

describe("weightShares(weights)", () => {
  it("renormalises to shares summing to 1, keeping key order", () => {
    // 1/4 and 3/4 are exact in binary
    expect(weightShares({ a: 1, b: 3 })).toEqual({ a: 0.25, b: 0.75 });
    const shares = weightShares({
      location: 0.15,
      economy: 0.2,
      projects: 0.1,
      population: 0.35,
      area: 0.2,
    })!;
    expect(Object.keys(shares)).toEqual(["location", "economy", "projects", "population", "area"]);
    // the weights sum to 1.0 (to rounding), so each share equals its weight to 1e-12
    expect(shares.population).toBeCloseTo(0.35, 12);
    expect(Object.values(shares).reduce((s, x) => s + x, 0)).toBeCloseTo(1, 12);
  });

  it("gives undefined when every weight is 0 and throws on a negative one", () => {
    expect(weightShares({ a: 0, b: 0 })).toBeUndefined();
    expect(() => weightShares({ a: -1, b: 2 })).toThrow(RangeError);
    expect(() => weightShares({ a: Number.NaN })).toThrow(RangeError);
  });
});
