import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadScenario } from "../src/cli/load-scenario.ts";
import { sensitivityToCsv, sensitivityToText } from "../src/report/format-sensitivity.ts";
import { runScenario } from "../src/run/run-scenario.ts";
import type { WeightedScenario } from "../src/run/weigh-scenario.ts";
import { factorWeightsOf, withJudgement } from "../src/simulate/perturb-weights.ts";
import { type CriticalChange, weightSensitivity } from "../src/simulate/weight-sensitivity.ts";
import { scenarioVariant } from "./helpers/scenario-variant.ts";

const cwd = process.cwd();
const provenance = { version: "0.1.0", files: [] };
const posts = async (scenario: WeightedScenario) =>
  (await runScenario(scenario, { remedies: false })).townships.map((t) => t.allocated);

/**
 * The scenario with one factor weight set through the scenario file's own `overrides.factorWeights` (the loader's
 * path, not `withFactorWeight`): the weight `value`, every other weight W_g · (1 − value) / (1 − W_f) by hand.
 */
async function withWeightInFile(yaml: string, scenario: WeightedScenario, factor: string, value: number) {
  const now = factorWeightsOf(scenario);
  const at = scenario.model.factors.findIndex((f) => f.id === factor);
  const weights = scenario.model.factors.map((f, k) =>
    k === at ? `${f.id}: ${value}` : `${f.id}: ${(now[k]! * (1 - value)) / (1 - now[at]!)}`,
  );
  return scenarioVariant(`${yaml}\noverrides:\n  factorWeights: { ${weights.join(", ")} }\n`);
}

/** The townships whose posts differ between two allocations, as the sensitivity reports them. */
const movedBetween = (scenario: WeightedScenario, from: readonly number[], to: readonly number[]) =>
  scenario.data.townships.flatMap((t, j) =>
    from[j] === to[j] ? [] : [{ id: t.id, name: t.name, from: from[j], to: to[j] }],
  );

describe("weightSensitivity(scenario)", () => {
  it("every critical weight change, applied through the scenario file, moves exactly the townships named; just short of it nothing moves", async () => {
    const path = "scenarios/demo-county/baseline.yaml";
    const yaml = readFileSync(path, "utf8");
    const scenario = await loadScenario(path, cwd);
    const base = await posts(scenario);
    const result = await weightSensitivity(scenario);
    const changes = result.weights.flatMap((w) =>
      [w.up, w.down].flatMap((c) => (c ? [{ factor: w.factor, c }] : [])),
    );
    // the demo baseline depends on every one of its five weights in both directions (see the CLI output)
    expect(changes).toHaveLength(10);
    for (const { factor, c } of changes) {
      const there = await posts(await withWeightInFile(yaml, scenario, factor, c.value));
      expect(movedBetween(scenario, base, there), `${factor} ${c.direction} at ${c.value}`).toEqual(
        c.townships,
      );
      expect(c.townships.length).toBeGreaterThan(0);
      // computed from the breakpoints (the baseline runs the exact greedy): the value and the point short of it
      // lie within 1e-8 of the breakpoint on either side; short of it, and on the way there, nothing moves
      expect(c.method).toBe("exact");
      expect(Math.abs(c.value - c.breakpoint!)).toBeLessThanOrEqual(1e-8 + 1e-12);
      expect(Math.abs(c.unchangedAt - c.breakpoint!)).toBeLessThanOrEqual(1e-8 + 1e-12);
      for (const share of [1, 0.75, 0.5, 0.25]) {
        const w = factorWeightsOf(scenario)[scenario.model.factors.findIndex((f) => f.id === factor)]!;
        const short = w + (c.unchangedAt - w) * share;
        expect(
          await posts(await withWeightInFile(yaml, scenario, factor, short)),
          `${factor} at ${short}`,
        ).toEqual(base);
      }
    }
    // the most critical weight is the smallest |change| of all ten
    const smallest = Math.min(...changes.map(({ c }) => Math.abs(c.delta)));
    expect(Math.abs(result.mostCriticalWeight!.change.delta)).toBe(smallest);
  });

  it("the exact breakpoints lie within the grid oracle's last unchanged and first changed points and move the same townships (baseline and population-first: the exact greedy; expert-weights: Webster's method)", async () => {
    for (const file of ["baseline", "population-first", "expert-weights"]) {
      const scenario = await loadScenario(`scenarios/demo-county/${file}.yaml`, cwd);
      const exact = await weightSensitivity(scenario, { steps: 3 });
      const grid = await weightSensitivity(scenario, { steps: 3, exact: false });
      exact.weights.forEach((w, k) => {
        for (const direction of ["up", "down"] as const) {
          const e = w[direction]!;
          const g = grid.weights[k]![direction]!;
          expect(e.method, `${file} ${w.factor} ${direction}`).toBe("exact");
          expect(g.method).toBe("grid");
          const [lo, hi] = [g.unchangedAt, g.value].sort((a, b) => a - b);
          expect(e.breakpoint!, `${file} ${w.factor} ${direction}`).toBeGreaterThan(lo!);
          expect(e.breakpoint!).toBeLessThanOrEqual(hi!);
          expect(e.townships).toEqual(g.townships);
        }
      });
      // and with far fewer runs: 2 or 3 per critical change against the grid's scan and bisection (expert-weights'
      // AHP judgements are searched on the grid in both, so only its weights' share of the runs is saved)
      expect(exact.runs).toBeLessThan(file === "expert-weights" ? grid.runs : grid.runs / 3);
    }
  });

  it("a scenario the exact greedy does not solve keeps the grid: a binding ordering (development-first)", async () => {
    const scenario = await loadScenario("scenarios/demo-county/development-first.yaml", cwd);
    const result = await weightSensitivity(scenario, { steps: 3 });
    const changes = result.weights.flatMap((w) => [w.up, w.down].filter((c) => c !== null));
    expect(changes.length).toBeGreaterThan(0);
    expect(changes.every((c) => c.method === "grid")).toBe(true);
  });

  it("Hamilton's method and the MILP backends (HiGHS, javascript-lp-solver) on the baseline: every critical change exact, inside the grid oracle's bracket, the same townships; applied through the scenario file, short of it nothing moves", async () => {
    const path = "scenarios/demo-county/baseline.yaml";
    const yaml = readFileSync(path, "utf8");
    const exactGreedy = await weightSensitivity(await loadScenario(path, cwd), { steps: 3 });
    for (const extra of ["method: hamilton", "solver: highs", "solver: jsLpSolver"]) {
      const variant = `${yaml}\n${extra}\n`;
      const scenario = await scenarioVariant(variant);
      const base = await posts(scenario);
      const exact = await weightSensitivity(scenario, { steps: 3 });
      const grid = await weightSensitivity(scenario, { steps: 3, exact: false });
      for (const [k, w] of exact.weights.entries()) {
        for (const direction of ["up", "down"] as const) {
          const e = w[direction]!;
          const g = grid.weights[k]![direction]!;
          expect(e.method, `${extra} ${w.factor} ${direction}`).toBe("exact");
          const [lo, hi] = [g.unchangedAt, g.value].sort((a, b) => a - b);
          expect(e.breakpoint!, `${extra} ${w.factor} ${direction}`).toBeGreaterThan(lo!);
          expect(e.breakpoint!).toBeLessThanOrEqual(hi!);
          expect(e.townships).toEqual(g.townships);
          const there = await posts(await withWeightInFile(variant, scenario, w.factor, e.value));
          expect(movedBetween(scenario, base, there)).toEqual(e.townships);
          const short = await posts(await withWeightInFile(variant, scenario, w.factor, e.unchangedAt));
          expect(short, `${extra} ${w.factor} ${direction} short of it`).toEqual(base);
          // a MILP backend gives the exact greedy's lexicographic optimum (issue 10), so its breakpoints are the
          // baseline's own (the baseline runs the exact greedy)
          if (extra !== "method: hamilton")
            expect(e.breakpoint).toBe(exactGreedy.weights[k]![direction]!.breakpoint);
        }
      }
    }
  });

  it("a MILP backend with a binding ordering keeps the grid (development-first with solver: highs)", async () => {
    const yaml = readFileSync("scenarios/demo-county/development-first.yaml", "utf8");
    const scenario = await scenarioVariant(`${yaml}\nsolver: highs\n`);
    const result = await weightSensitivity(scenario, { steps: 3 });
    const changes = result.weights.flatMap((w) => [w.up, w.down].filter((c) => c !== null));
    expect(changes.length).toBeGreaterThan(0);
    expect(changes.every((c) => c.method === "grid")).toBe(true);
  });

  it("every critical AHP judgement change, applied, moves the townships named; just short of it nothing moves (expert weights)", async () => {
    const scenario = await loadScenario("scenarios/demo-county/expert-weights.yaml", cwd);
    const base = await posts(scenario);
    const result = await weightSensitivity(scenario);
    // 10 pairs of 5 factors and 1 pair of the economy's 2 indicators (models/standard-ahp.yaml)
    expect(result.judgements).toHaveLength(11);
    let checked = 0;
    for (const j of result.judgements) {
      for (const c of [j.up, j.down].filter((x): x is CriticalChange => x !== null)) {
        const there = await posts(withJudgement(scenario, j.judgement, c.value));
        expect(movedBetween(scenario, base, there)).toEqual(c.townships);
        expect(await posts(withJudgement(scenario, j.judgement, c.unchangedAt))).toEqual(base);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(10);
    // GDP over fiscal revenue, 2.449 (geometric mean of 2 and 3): lowering it to 1/9 changes nothing
    const economy = result.judgements.find((j) => j.judgement.factor === "economy")!;
    expect(economy.judgement.value).toBeCloseTo(Math.sqrt(6), 12);
    expect(economy.down).toBeNull();
    expect(result.mostCriticalJudgement).not.toBeNull();
  });

  it("a weight no township's allocation depends on reports none: two factors reading the same column", async () => {
    const twin = (id: string, weight: number) =>
      [
        `  - id: ${id}`,
        `    label: { zh: ${id === "people" ? "人口甲" : "人口乙"}, en: ${id} }`,
        `    weight: ${weight}`,
        "    indicators:",
        `      - id: ${id}Count`,
        `        label: { zh: ${id === "people" ? "常住人口甲" : "常住人口乙"}, en: ${id} count }`,
        "        column: population",
        "        transform: sqrt",
        "        range: [0.2, 1]",
      ].join("\n");
    const modelText = [
      "name: { zh: 同列双因素, en: Twin factors }",
      "factors:",
      twin("people", 0.7),
      twin("residents", 0.3),
      "categories:",
      "  countySeat: { coefficient: 1.3 }",
      "  central: { coefficient: 1.2 }",
      "  key: { coefficient: 1.1 }",
      "  characteristic: { coefficient: 1.05 }",
      "  general: { coefficient: 1.0 }",
      "floors:",
      "  admin: { general: 15 }",
      "",
    ].join("\n");
    const yaml = readFileSync("scenarios/demo-county/baseline.yaml", "utf8").replace(
      "../../models/standard.yaml",
      "twin.yaml",
    );
    const scenario = await scenarioVariant(yaml, { modelText, model: "twin.yaml" });
    const result = await weightSensitivity(scenario);
    for (const w of result.weights) {
      expect(w.up, w.factor).toBeNull();
      expect(w.down, w.factor).toBeNull();
      expect(w.swing).toBe(0);
    }
    expect(result.mostCriticalWeight).toBeNull();
    expect(sensitivityToText(result, scenario.name, provenance, "zh")).toContain(
      "任何单个权重的变化都不改变分配。",
    );
  });

  it("every weight and judgement reports none when the band holds every township at today's posts", async () => {
    const yaml = readFileSync("scenarios/demo-county/expert-weights.yaml", "utf8")
      .replace("band: { maxCut: 2, maxGain: 12 }", "band: { maxCut: 0, maxGain: 0 }")
      .replace("transferDown: 10", "transferDown: 0")
      .replace("reserve: { share: 0.02 }", "reserve: { count: 0 }");
    const scenario = await scenarioVariant(yaml, {
      modelText: readFileSync("models/standard-ahp.yaml", "utf8"),
      model: "models/standard-ahp.yaml",
    });
    const result = await weightSensitivity(scenario, { scanStep: 0.05, resolution: 1e-3 });
    expect(result.weights.every((w) => w.up === null && w.down === null)).toBe(true);
    expect(result.judgements).toHaveLength(11);
    expect(result.judgements.every((j) => j.up === null && j.down === null)).toBe(true);
    expect(result.mostCriticalJudgement).toBeNull();
  });

  it("each sweep holds the scenario's weight in the middle with its allocation; every point allocates the whole total", async () => {
    const scenario = await loadScenario("scenarios/demo-county/baseline.yaml", cwd);
    const base = await posts(scenario);
    const result = await weightSensitivity(scenario, { range: 0.1, steps: 5 });
    for (const w of result.weights) {
      // the baseline's weights 0.15 … 0.35 are all at least 0.1 from 0 and 1: five points each
      expect(w.sweep.map((p) => p.value)).toEqual([
        w.value - 0.1,
        w.value - 0.05,
        w.value,
        w.value + 0.05,
        w.value + 0.1,
      ]);
      expect(w.sweep[2]!.posts).toEqual(base);
      // 511 = 521 − the reserve of 10
      for (const p of w.sweep) expect(p.posts.reduce((s, x) => s + x, 0)).toBe(511);
      w.tornado.forEach((entry, j) => {
        const changes = w.sweep.map((p) => p.posts[j]! - base[j]!);
        expect(entry.least).toBe(Math.min(0, ...changes));
        expect(entry.most).toBe(Math.max(0, ...changes));
        expect(entry.atLow).toBe(changes[0]);
        expect(entry.atHigh).toBe(changes[4]);
      });
    }
    const csv = sensitivityToCsv(result, "en").split("\r\n");
    // a header, then 5 weights × 5 points × 25 townships, and the final line end
    expect(csv).toHaveLength(1 + 5 * 5 * 25 + 1);
  });

  it("rejects options out of range with a RangeError", async () => {
    const scenario = await loadScenario("scenarios/demo-county/baseline.yaml", cwd);
    await expect(weightSensitivity(scenario, { steps: 4 })).rejects.toThrow(RangeError);
    await expect(weightSensitivity(scenario, { range: 0 })).rejects.toThrow(RangeError);
    await expect(weightSensitivity(scenario, { resolution: 0.1, scanStep: 0.01 })).rejects.toThrow(
      RangeError,
    );
  });
});
