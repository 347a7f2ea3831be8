import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadScenario } from "../src/cli/load-scenario.ts";
import { simulationToJson } from "../src/report/format-simulation.ts";
import { runScenario } from "../src/run/run-scenario.ts";
import { type WeightedScenario, weighScenario } from "../src/run/weigh-scenario.ts";
import { type MonteCarloResult, monteCarlo, nearestRank, ranks } from "../src/simulate/monte-carlo.ts";
import { seededRandom } from "../src/simulate/random.ts";
import type { AhpSpec, WeightingSpec } from "../src/types.ts";
import { scenarioVariant } from "./helpers/scenario-variant.ts";

const cwd = process.cwd();
const provenance = { version: "0.1.0", files: [], seed: 5 };
const load = (key: string) => loadScenario(`scenarios/demo-county/${key}.yaml`, cwd);

/** Every township at the scenario's own posts in every run: the distribution collapsed onto the allocation. */
async function expectCollapsed(scenario: WeightedScenario, result: MonteCarloResult) {
  const own = (await runScenario(scenario)).townships.map((t) => t.allocated);
  const ownRanks = ranks(own);
  expect(result.solved).toBe(result.runs);
  result.townships.forEach((t, j) => {
    expect([t.p5, t.median, t.p95, t.mean, t.scenario]).toEqual([own[j], own[j], own[j], own[j], own[j]]);
    expect([t.gainScenario, t.loseScenario, t.sameRank]).toEqual([0, 0, 1]);
    expect([t.rank, t.rankP5, t.rankP95]).toEqual([ownRanks[j], ownRanks[j], ownRanks[j]]);
    expect(t.gainToday).toBe(own[j]! > t.current ? 1 : 0);
    expect(t.loseToday).toBe(own[j]! < t.current ? 1 : 0);
  });
}

describe("monteCarlo(scenario, options)", () => {
  it("the same seed gives byte-identical output; another seed does not", async () => {
    const scenario = await load("baseline");
    const options = { runs: 150, seed: 5, indicatorErrors: [{ column: "population", relative: 0.05 }] };
    const a = simulationToJson(await monteCarlo(scenario, options), scenario.name, provenance);
    const b = simulationToJson(await monteCarlo(scenario, options), scenario.name, provenance);
    expect(a).toBe(b);
    const c = simulationToJson(
      await monteCarlo(scenario, { ...options, seed: 6 }),
      scenario.name,
      provenance,
    );
    expect(c).not.toBe(a);
    const ahp = await load("expert-weights");
    const d = await monteCarlo(ahp, { runs: 100, seed: 9 });
    expect(JSON.stringify(await monteCarlo(ahp, { runs: 100, seed: 9 }))).toBe(JSON.stringify(d));
    expect(d.perturb).toBe("judgements");
  });

  it("the judgement draws skip the per-judgement review: on 60 seeded factor matrices the weights and CRs are those of the full derivation, bit for bit", async () => {
    const ahp = await load("expert-weights");
    const spec = (ahp.model.weighting as { ahp: AhpSpec }).ahp;
    const random = seededRandom(12);
    let inconsistent = 0;
    for (let k = 0; k < 60; k++) {
      // a positive reciprocal 5 × 5 matrix: every judgement drawn from Saaty's 1/9 … 9 (even k), or the experts'
      // group matrix with one judgement doubled or halved (odd k)
      const scale = [1 / 9, 1 / 7, 1 / 5, 1 / 3, 1, 3, 5, 7, 9];
      const m = ahp.weighting.ahp!.factors.combined.matrix.map((row) => [...row]);
      for (let i = 0; i < 5; i++)
        for (let j = i + 1; j < 5; j++) {
          if (k % 2 === 0) m[i]![j] = scale[Math.floor(random.next() * scale.length)]!;
          else if (random.next() < 0.1) m[i]![j] = m[i]![j]! * (random.next() < 0.5 ? 2 : 0.5);
          m[j]![i] = 1 / m[i]![j]!;
        }
      const weighting = {
        ...ahp.model.weighting,
        ahp: { ...spec, factors: { experts: [{ name: "group", matrix: m }] } },
      } as WeightingSpec;
      const drawn = { ...ahp, acceptInconsistent: true, model: { ...ahp.model, weighting } };
      const full = weighScenario(drawn);
      const fast = weighScenario(drawn, { reviewJudgements: false });
      expect(fast.model.factors).toEqual(full.model.factors);
      expect(fast.weighting.ahp!.factors.combined.cr).toBe(full.weighting.ahp!.factors.combined.cr);
      expect(fast.weighting.ahp!.consistent).toBe(full.weighting.ahp!.consistent);
      expect(fast.weighting.ahp!.factors.combined.judgements).toEqual([]);
      expect(full.weighting.ahp!.factors.combined.judgements).toHaveLength(10);
      if (!full.weighting.ahp!.consistent) inconsistent++;
    }
    // random judgements are nearly always inconsistent (CR >= 0.10), the experts' matrix moved a little is not:
    // both kinds are covered
    expect(inconsistent).toBeGreaterThanOrEqual(25);
    expect(inconsistent).toBeLessThan(50);
    // without acceptInconsistent the review still runs (its messages name the worst judgements)
    expect(
      weighScenario(ahp, { reviewJudgements: false }).weighting.ahp!.factors.combined.judgements,
    ).toHaveLength(10);
  });

  it("concentration → ∞ collapses onto the scenario's allocation (Infinity, and 10¹² as a finite stand-in)", async () => {
    for (const [key, runs] of [
      ["baseline", 20],
      ["development-first", 6],
    ] as const) {
      const scenario = await load(key);
      await expectCollapsed(scenario, await monteCarlo(scenario, { runs, seed: 1, concentration: Infinity }));
    }
    const scenario = await load("baseline");
    await expectCollapsed(scenario, await monteCarlo(scenario, { runs: 40, seed: 1, concentration: 1e12 }));
  });

  it("AHP judgements moved 0 steps, and indicator errors of 0, collapse onto the scenario's allocation too", async () => {
    const ahp = await load("expert-weights");
    await expectCollapsed(ahp, await monteCarlo(ahp, { runs: 20, seed: 3, judgementSteps: 0 }));
    const scenario = await load("baseline");
    await expectCollapsed(
      scenario,
      await monteCarlo(scenario, {
        runs: 20,
        seed: 3,
        concentration: Infinity,
        indicatorErrors: [{ column: "gdp", relative: 0 }],
      }),
    );
  });

  it("the summaries hold together: P5 ≤ median ≤ P95, shares in [0, 1], gains and losses not above 1, the means adding up to the posts shared", async () => {
    const scenario = await load("baseline");
    const result = await monteCarlo(scenario, { runs: 300, seed: 12, concentration: 30 });
    expect(result.solved).toBe(300);
    expect(result.townships.some((t) => t.p5 !== t.p95)).toBe(true);
    for (const t of result.townships) {
      expect(t.p5).toBeLessThanOrEqual(t.median);
      expect(t.median).toBeLessThanOrEqual(t.p95);
      expect(t.gainToday + t.loseToday).toBeLessThanOrEqual(1);
      expect(t.gainScenario + t.loseScenario).toBeLessThanOrEqual(1);
      expect(t.rankP5).toBeLessThanOrEqual(t.rankP95);
      for (const share of [t.gainToday, t.loseToday, t.gainScenario, t.loseScenario, t.sameRank]) {
        expect(share).toBeGreaterThanOrEqual(0);
        expect(share).toBeLessThanOrEqual(1);
      }
    }
    // R2 and the floors hold in every run: the posts shared are the scenario's 511
    expect(result.townships.reduce((s, t) => s + t.mean, 0)).toBeCloseTo(511, 9);
  });

  it("with data-derived weights (entropy), perturbed indicators are weighed again before the weights are drawn", async () => {
    const yaml = `${readFileSync("scenarios/demo-county/baseline.yaml", "utf8")}\noverrides:\n  weighting: { method: entropy }\n`;
    const scenario = await scenarioVariant(yaml);
    expect(scenario.weighting.method).toBe("entropy");
    const result = await monteCarlo(scenario, {
      runs: 30,
      seed: 2,
      concentration: Infinity,
      indicatorErrors: [{ column: "gdp", relative: 0.3 }],
    });
    // with the weights held (concentration ∞) only the indicator errors, and the entropy weights they move, vary
    expect(result.townships.some((t) => t.p5 !== t.p95)).toBe(true);
  });

  it("rejects bad options with a RangeError: no runs, a seed out of range, judgements without AHP, an unknown column", async () => {
    const scenario = await load("baseline");
    await expect(monteCarlo(scenario, { runs: 0, seed: 1 })).rejects.toThrow(RangeError);
    await expect(monteCarlo(scenario, { runs: 1, seed: -1 })).rejects.toThrow(RangeError);
    await expect(monteCarlo(scenario, { runs: 1, seed: 1, perturb: "judgements" })).rejects.toThrow(
      RangeError,
    );
    await expect(
      monteCarlo(scenario, { runs: 1, seed: 1, indicatorErrors: [{ column: "nowhere", relative: 0.1 }] }),
    ).rejects.toThrow(RangeError);
  });
});

describe("nearestRank(sorted, p) and ranks(posts)", () => {
  it("nearestRank takes the ⌈p·N⌉-th smallest (hand-counted)", () => {
    const xs = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(nearestRank(xs, 0.05)).toBe(1); // ⌈0.5⌉ = 1st
    expect(nearestRank(xs, 0.5)).toBe(5); // ⌈5⌉ = 5th
    expect(nearestRank(xs, 0.95)).toBe(10); // ⌈9.5⌉ = 10th
    expect(nearestRank([7], 0.95)).toBe(7);
    expect(() => nearestRank([], 0.5)).toThrow(RangeError);
  });

  it("ranks gives competition ranks, most posts first, ties sharing the better rank", () => {
    expect(ranks([30, 46, 30, 16])).toEqual([2, 1, 2, 4]);
  });
});
