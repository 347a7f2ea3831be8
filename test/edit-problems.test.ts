import { describe, expect, it } from "vitest";
import { loadScenario } from "../src/cli/load-scenario.ts";
import { editProblems, floorsOfPostType, type ScenarioEdits, scenarioEdits } from "../src/index.ts";

const baseline = await loadScenario("scenarios/demo-county/baseline.yaml", process.cwd());
const loaded = scenarioEdits(baseline);
const withSettings = (settings: Partial<ScenarioEdits["settings"]>): ScenarioEdits => ({
  ...loaded,
  settings: { ...loaded.settings, ...settings },
});

describe("editProblems(edits): the lab's values no scenario accepts, each named with its field", () => {
  it("the baseline as loaded has none", () => {
    expect(editProblems(loaded)).toEqual([]);
  });

  it("a band cut share of 1.5 (more than all of today's posts) is named with its field, zh and en", () => {
    const [problem, ...rest] = editProblems(withSettings({ band: { maxCutShare: 1.5 } }));
    expect(rest).toEqual([]);
    expect(problem!.key).toBe("band.maxCutShare");
    expect(problem!.found).toBe("1.5");
    expect(problem!.message.zh).toBe(
      "稳定区间·最多减少（比例）：填写 1.5，应在 0 与 1 之间（1 即可减去现有编制的全部，不能更多）",
    );
    expect(problem!.message.en).toBe(
      "Band: at most fewer (share of today): 1.5 entered; it must be from 0 to 1 (1 allows cutting all of today's posts, no more)",
    );
  });

  it("every kind at once, in the lab's order: name, total, reserve, band, then coefficients and floors", () => {
    const edits: ScenarioEdits = {
      ...withSettings({
        name: { zh: " ", en: " " },
        total: { kind: "total", value: 0 },
        reserve: { kind: "share", value: 1 },
        band: { maxCut: 1.5, maxGainShare: Number.NaN },
      }),
      categoryCoefficients: { ...loaded.categoryCoefficients, key: 0 },
      floors: { ...loaded.floors, general: -1 },
    };
    expect(editProblems(edits).map((p) => p.key)).toEqual([
      "name",
      "total",
      "reserve.share",
      "band.maxCut",
      "band.maxGainShare",
      "categoryCoefficients.key",
      "floors.general",
    ]);
    // an empty box (NaN) reads as empty, a category by its display name, never its key
    const messages = editProblems(edits).map((p) => p.message.zh);
    expect(messages[4]).toBe("稳定区间·最多增加（比例）：填写 （空），应为不小于 0 的数");
    expect(messages[5]).toBe("重点镇·系数：填写 0，应为大于 0 的数");
    expect(messages[6]).toBe("一般乡镇·最低编制：填写 -1，应为不小于 0 的整数");
  });
});

describe("floorsOfPostType(scenario, postType, overrides)", () => {
  it("models/standard.yaml sets floors for admin posts only (15 each): institution posts have none (0)", () => {
    expect(floorsOfPostType(baseline, "admin", undefined).general).toBe(15);
    expect(Object.values(floorsOfPostType(baseline, "institution", undefined))).toEqual([0, 0, 0, 0, 0]);
  });

  it("the file's overrides.floors apply to whichever post type the scenario has", () => {
    expect(floorsOfPostType(baseline, "institution", { floors: { general: 4 } }).general).toBe(4);
    expect(floorsOfPostType(baseline, "institution", { floors: { general: 4 } }).key).toBe(0);
  });
});
