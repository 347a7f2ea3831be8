import { readdirSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadPlanWithFiles, loadScenario } from "../src/cli/load-scenario.ts";
import { BINDING_TOLERANCE } from "../src/policy.ts";
import type { ScenarioResult, TownshipResult } from "../src/run/result.ts";
import { runScenario } from "../src/run/run-scenario.ts";
import { weighScenario } from "../src/run/weigh-scenario.ts";
import { PLAN_POST_TYPES } from "../src/scenario/plan-post-types.ts";
import { resolveScenario } from "../src/scenario/resolve-scenario.ts";
import { isPlanPath } from "./helpers/plan-file.ts";
import { county, model, randomCountyModel, randomScenarioFile, settings } from "./helpers/random-county.ts";

// The county story's figures are sums of township steps (src/explain/county-story.ts, `CountyStory`); these tests
// recompute each sum from the reasons and compare, on every shipped scenario, every solvable fixture and random
// counties; and they check that no step contradicts the allocation.

const sum = (values: readonly number[]) => values.reduce((s, v) => s + v, 0);
const stepSum = (rows: readonly TownshipResult[], kind: string) =>
  sum(rows.flatMap((t) => t.reasons.filter((r) => r.kind === kind).map((r) => r.amount)));

/** Every identity of the story, and every township's steps against its numbers. */
function expectStoryAddsUp(result: ScenarioResult): void {
  const story = result.story!;
  expect(story).not.toBeNull();
  const rows = result.townships;
  // floors' cost = Σ floor steps; band held = Σ bandLower − Σ bandUpper; caps = −Σ cap steps
  expect(story.floors.posts).toBeCloseTo(stepSum(rows, "floor"), 9);
  expect(story.band.lifted.posts).toBeCloseTo(stepSum(rows, "bandLower"), 9);
  expect(story.band.heldDown.posts).toBeCloseTo(-stepSum(rows, "bandUpper"), 9);
  expect(story.caps.posts).toBeCloseTo(-stepSum(rows, "cap"), 9);
  // the reserve is the county's
  expect(story.reserve.posts).toBe(result.totals.reserve);
  expect(result.totals.toAllocate + story.reserve.posts).toBe(result.totals.total);
  // what the bounds took, the others gave: paid = Σ bound steps = −Σ (allocation without ordering − target) of the rest
  const bound = story.floors.posts + story.band.lifted.posts - story.band.heldDown.posts - story.caps.posts;
  expect(story.paid.posts).toBeCloseTo(bound, 9);
  const free = rows.filter((t) => story.paid.townships.includes(t.id));
  const withoutOrdering = (t: TownshipResult) => t.allocated - stepSum([t], "ordering");
  expect(sum(free.map((t) => withoutOrdering(t) - t.target))).toBeCloseTo(-story.paid.posts, 9);
  expect(sum(story.paid.byCategory.map((p) => p.posts))).toBeCloseTo(
    free.length > 0 ? -story.paid.posts : 0,
    9,
  );
  if (result.apportionment === undefined) {
    // with the LP: the rest's rebalance and rounding steps are exactly what they gave
    expect(stepSum(free, "rebalance") + stepSum(free, "rounding")).toBeCloseTo(-story.paid.posts, 9);
  }
  // ordering moved = Σ |ordering steps| / 2, and the ordering steps sum to 0
  if (story.ordering !== null) {
    expect(stepSum(rows, "ordering")).toBe(0);
    expect(story.ordering.moved).toBe(
      sum(
        rows.flatMap((t) => t.reasons.filter((r) => r.kind === "ordering").map((r) => Math.abs(r.amount))),
      ) / 2,
    );
  } else expect(stepSum(rows, "ordering")).toBe(0);
  expect(story.sentences.length).toBeGreaterThan(0);
  for (const t of rows) expectStepsAgree(t, story.paid.posts);
}

/** No step of a township contradicts its numbers (`taken`: the posts bounds elsewhere took, story.paid.posts). */
function expectStepsAgree(t: TownshipResult, taken: number): void {
  const kinds = t.reasons.map((r) => r.kind);
  const of = (kind: string) => t.reasons.filter((r) => r.kind === kind);
  expect(t.plainTarget + sum(t.reasons.map((r) => r.amount))).toBeCloseTo(t.allocated, 9);
  // its own coefficient: a gain above 1, a loss below, nothing at 1; with the renormalisation it is target − plain
  const own = of("priority")[0]?.amount ?? 0;
  if (t.coefficient >= 1) expect(own).toBeGreaterThanOrEqual(0);
  else expect(own).toBeLessThan(0);
  if (t.coefficient === 1) expect(kinds).not.toContain("priority");
  expect(own + (of("renormalisation")[0]?.amount ?? 0)).toBeCloseTo(t.target - t.plainTarget, 9);
  const x = t.allocated - sum(of("ordering").map((r) => r.amount));
  // a floor or band step lifts to the lower bound above the target; a cap or band step holds to the upper bound below
  for (const r of [...of("floor"), ...of("bandLower")]) {
    expect(x).toBe(t.lower);
    expect(r.amount).toBeGreaterThan(0);
  }
  for (const r of [...of("cap"), ...of("bandUpper")]) {
    expect(x).toBe(t.upper);
    expect(r.amount).toBeLessThan(0);
  }
  // rounding: less than a post, and never "rounded down" for a township above its rounded target while the bounds
  // elsewhere took posts (its continuous position is then at or below its target). When they left posts over, the
  // position is above the target and a township may gain from it and then be rounded down: the rule then holds for
  // the position (see explainTownships), which the reasons carry as target + rebalance.
  for (const r of of("rounding")) {
    expect(Math.abs(r.amount)).toBeLessThan(1);
    expect(r.amount).not.toBe(0);
    if (taken >= -1e-9 && x > Math.round(t.target)) expect(r.amount).toBeGreaterThan(0);
    expect(r.message.zh).toContain(r.amount < 0 ? "向下" : "向上");
  }
  // a township at its rounded target or above it is never said to give up posts by more than the rounding returns
  if (kinds.includes("rebalance") && x >= Math.round(t.target))
    expect(sum([...of("rebalance"), ...of("rounding")].map((r) => r.amount))).toBeGreaterThan(-0.5 - 1e-9);
}

const DIR = "scenarios/demo-county";
/** Every shipped scenario; a plan (several post types) once per type, as `path#postType`. */
const shipped = readdirSync(DIR)
  .filter((f) => f.endsWith(".yaml"))
  .sort()
  .map((f) => `${DIR}/${f}`)
  .flatMap((path) => (isPlanPath(path) ? PLAN_POST_TYPES.map((p) => `${path}#${p}`) : [path]));
const fixtures = readdirSync("test/fixtures/scenarios")
  .filter((f) => f.endsWith(".yaml"))
  .sort()
  .map((f) => `test/fixtures/scenarios/${f}`);

async function solved(path: string): Promise<ScenarioResult | undefined> {
  let scenario: Awaited<ReturnType<typeof loadScenario>>;
  try {
    const [file, postType] = path.split("#");
    scenario =
      postType === undefined
        ? await loadScenario(path, process.cwd())
        : (await loadPlanWithFiles(file!, process.cwd())).plan.types.find((t) => t.postType === postType)!
            .scenario;
  } catch {
    return undefined; // a fixture of bad input
  }
  const result = await runScenario(scenario, { remedies: false });
  return result.solver.status === "optimal" || result.solver.status === "feasible" ? result : undefined;
}

describe("countyStory: the figures add up on every shipped scenario", () => {
  it.each(shipped)("%s", async (path) => {
    const result = await solved(path);
    expect(result).toBeDefined();
    expectStoryAddsUp(result!);
  });

  it("baseline: 5 townships held at the floor 15 take 7.52 posts; the other 20 give them up; reserve 10", async () => {
    // golden/baseline.json targets: 梨树乡 13.861, 马鞍乡 13.188, 龙池乡 13.760, 云台乡 12.629, 岩峰乡 14.044 lifted to
    // 15 = 1.139 + 1.812 + 1.240 + 2.371 + 0.956 = 7.518. 三星乡 (14.963), 雪山乡 (14.888) and 花桥镇 (band 18 over
    // 17.970) sit less than BINDING_TOLERANCE (half a post) above their targets: rounded, not held.
    const story = (await solved(`${DIR}/baseline.yaml`))!.story!;
    expect(story.floors.townships).toEqual(["T17", "T18", "T20", "T21", "T25"]);
    expect(story.floors.values).toEqual([15]);
    expect(story.floors.posts).toBeCloseTo(7.518, 2);
    expect(story.band.lifted.townships).toEqual([]);
    expect(story.paid.townships).toHaveLength(20);
    expect(story.paid.posts).toBeCloseTo(7.518, 2);
    expect(story.reserve.posts).toBe(10);
    expect(story.ordering).toBeNull();
    expect(story.sentences[0]!.zh).toMatch(/^最低编制：5 个乡镇按最低编制 15 名，比其比例目标多占 7\.52 名/);
  });

  it("no floor, cap or band step of a shipped scenario is under BINDING_TOLERANCE, and the binding column names only constraints", async () => {
    for (const path of shipped) {
      const result = (await solved(path))!;
      for (const t of result.townships) {
        for (const r of t.reasons)
          if (["floor", "cap", "bandLower", "bandUpper"].includes(r.kind))
            expect(Math.abs(r.amount)).toBeGreaterThanOrEqual(BINDING_TOLERANCE);
        expect(["floor", "cap", "bandLower", "bandUpper", "ordering", "method", "free"]).toContain(t.binding);
        if (t.binding !== "free") expect(t.reasons.map((r) => r.kind)).toContain(t.binding);
      }
    }
  });

  it.each(["webster", "hamilton"] as const)(
    "baseline with the %s method (the method steps pay)",
    async (method) => {
      const scenario = { ...(await loadScenario(`${DIR}/baseline.yaml`, process.cwd())), method };
      const result = await runScenario(scenario);
      expect(result.apportionment).toBeDefined();
      expectStoryAddsUp(result);
    },
  );
});

describe("countyStory: the figures add up on every solvable fixture", () => {
  it("test/fixtures/scenarios: at least three solve, and each adds up", async () => {
    let count = 0;
    for (const path of fixtures) {
      const result = await solved(path);
      if (result === undefined) continue;
      count++;
      expectStoryAddsUp(result);
    }
    expect(count).toBeGreaterThanOrEqual(3);
  });

  it("an infeasible scenario has no story", async () => {
    const scenario = await loadScenario("test/fixtures/scenarios/floors-above-total.yaml", process.cwd());
    const result = await runScenario(scenario, { remedies: false });
    expect(result.solver.status).toBe("infeasible");
    expect(result.story).toBeNull();
  });
});

// A model whose general townships' coefficient is below 1, so both signs of the own-coefficient step are drawn.
const lowGeneral = randomCountyModel("  general: { coefficient: 0.9 }\n", "random-low.yaml");

describe("no reason step contradicts the allocation on random counties (property, seeded)", () => {
  it.each([
    ["coefficients ≥ 1", model],
    ["a coefficient below 1", lowGeneral],
  ] as const)("%s", async (_, m) => {
    let solvedRuns = 0;
    await fc.assert(
      fc.asyncProperty(county, settings, async (data, s) => {
        const result = await runScenario(
          weighScenario(resolveScenario(randomScenarioFile(s), { source: "random.yaml", data, model: m })),
          { remedies: false },
        );
        if (result.solver.status === "infeasible") {
          expect(result.story).toBeNull();
          return;
        }
        solvedRuns++;
        expectStoryAddsUp(result);
      }),
      { seed: 20261202, numRuns: 60 },
    );
    expect(solvedRuns).toBeGreaterThan(10);
  });
});
