import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadHighs } from "../src/allocation/backends/highs.ts";
import { movesFeasible } from "../src/allocation/moves-feasible.ts";
import {
  linearYearTotals,
  type PathSettings,
  type PathTownship,
  type TransitionPath,
  transitionPath,
} from "../src/allocation/transition-path.ts";
import { transitionCheck } from "../src/explain/transition-check.ts";

// Issue 11, multi-year transition (R12). Expected values are hand calculations (each says how), the invariants are
// re-checked here independently of src/, and each year's optimum and every infeasibility are confirmed by HiGHS on
// the same model written out as a MILP (test-only, below).

const town = (id: string, today: number, target: number, floor = 0): PathTownship => ({
  id,
  name: id,
  today,
  target,
  floor,
});

/** Every rule of a feasible path, checked from its numbers alone. */
function expectValidPath(towns: readonly PathTownship[], s: PathSettings, r: TransitionPath): void {
  const totals =
    s.yearTotals ??
    linearYearTotals(sum(towns.map((t) => t.today)), sum(towns.map((t) => t.target)), s.years);
  expect(r.status).toBe("feasible");
  for (let y = 0; y < s.years; y++) {
    expect(sum(r.townships.map((t) => t.path[y]!))).toBe(totals[y]);
    expect(r.yearTotals[y]!.allocated).toBe(totals[y]);
  }
  r.townships.forEach((t, j) => {
    const limit = Math.min(
      s.maxChangePerYear ?? Number.POSITIVE_INFINITY,
      s.maxChangeShare !== undefined
        ? Math.floor(towns[j]!.today * s.maxChangeShare + 1e-9)
        : Number.POSITIVE_INFINITY,
    );
    let before = t.today;
    const up = t.target >= t.today;
    for (const x of t.path) {
      expect(Number.isInteger(x)).toBe(true);
      expect(Math.abs(x - before)).toBeLessThanOrEqual(limit);
      expect(x).toBeGreaterThanOrEqual(t.floor);
      if (s.noCuts) expect(x).toBeGreaterThanOrEqual(before);
      // one way: never back, never past the target
      if (up) expect(x >= before && x <= t.target).toBe(true);
      else expect(x <= before && x >= t.target).toBe(true);
      before = x;
    }
    if (t.arrives === null) expect(t.stoppedBy).not.toBeNull();
    else expect(t.arrives === 0 ? t.today : t.path[t.arrives - 1]).toBe(t.target);
  });
  expect(transitionCheck(r).status).toBe("passed");
}

const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);

describe("linearYearTotals(today, target, years)", () => {
  it("rounds to the nearest post, a half away from today's, and ends at the target", () => {
    // 511 + 10·1/3 = 514.33 → 514; 511 + 10·2/3 = 517.67 → 518; 521
    expect(linearYearTotals(511, 521, 3)).toEqual([514, 518, 521]);
    // 0 + 0.5 → 1 (a half, away from today's); 10 − 0.5 → 9
    expect(linearYearTotals(0, 1, 2)).toEqual([1, 1]);
    expect(linearYearTotals(10, 9, 2)).toEqual([9, 9]);
    expect(linearYearTotals(40, 40, 4)).toEqual([40, 40, 40, 40]);
  });
});

describe("movesFeasible(units, change)", () => {
  it("decides the examples by hand", () => {
    const up = { direction: 1 as const, remaining: 4, low: [0, 0], high: [2, 2] };
    expect(movesFeasible([up], [2, 2])).toBe(true);
    expect(movesFeasible([up], [3, 1])).toBe(false); // 3 > 2 in year 1
    expect(movesFeasible([up], [2, 3])).toBe(false); // 5 > 4 in all
    const down = { direction: -1 as const, remaining: 3, low: [0, 0], high: [3, 3] };
    expect(movesFeasible([up, down], [-1, 0])).toBe(true); // down 1 in year 1
    expect(movesFeasible([up, down], [0, -4])).toBe(false); // down at most 3
    expect(movesFeasible([{ ...up, low: [1, 0] }], [0, 2])).toBe(false); // must gain 1 in year 1, nobody cuts
  });
});

describe("transitionPath(townships, settings)", () => {
  it("moves 45 → 46 → 47 → 48 at one post a year, never 45 → 44 → 45 → 45 (issue 11's hand-made zig-zag)", () => {
    const r = transitionPath([town("a", 45, 48, 15), town("b", 30, 27, 15)], {
      years: 3,
      maxChangePerYear: 1,
      noCuts: false,
    });
    // totals stay 75; a must gain 3, b lose 3, one each a year (hand)
    expect(r.townships.map((t) => t.path)).toEqual([
      [46, 47, 48],
      [29, 28, 27],
    ]);
    expect(r.townships.map((t) => t.arrives)).toEqual([3, 3]);
  });

  it("names the change limit when the distance exceeds years × limit, and the year total for the township that then cannot give", () => {
    // a needs +4 at 1 a year over 3 years: 27 at the end (short 1); the totals stay 68, so someone keeps a post:
    // b (−2) and c (−2) can give 4, but only 3 are taken; the tie-break keeps b or c one above.
    const r = transitionPath([town("a", 24, 28), town("b", 20, 18), town("c", 24, 22)], {
      years: 3,
      maxChangePerYear: 1,
      noCuts: false,
    });
    expectValidPath(
      [town("a", 24, 28), town("b", 20, 18), town("c", 24, 22)],
      { years: 3, maxChangePerYear: 1, noCuts: false },
      r,
    );
    const a = r.townships[0]!;
    expect(a.path).toEqual([25, 26, 27]);
    expect(a.stoppedBy).toBe("changeLimit");
    expect(a.yearsNeeded).toBe(4);
    expect(r.townships.filter((t) => t.stoppedBy === "yearTotal").length).toBe(1);
  });

  it("looks ahead: it does not spend a year so that a later one becomes impossible", () => {
    // A 94 → 100 and B 8 → 10, at most 2 a year, totals 102 → 105, 107, 110 (linear, hand). A needs 2 every year;
    // a year-by-year greedy without look-ahead would give B two posts in year 1 (it is further below relative to its
    // target) and fail in year 3.
    const r = transitionPath([town("A", 94, 100), town("B", 8, 10)], {
      years: 3,
      maxChangePerYear: 2,
      noCuts: false,
    });
    expect(r.townships.map((t) => t.path)).toEqual([
      [96, 98, 100],
      [9, 9, 10],
    ]);
  });

  it("with noCuts keeps a township above its target at today's posts and names it; the rest share what is left", () => {
    const towns = [town("hi", 20, 17), town("lo1", 10, 12), town("lo2", 10, 11)];
    // total today 40, target 40: hi keeps 20, so lo1 + lo2 = 20 every year: no room to rise (hand)
    const r = transitionPath(towns, { years: 2, maxChangePerYear: 2, noCuts: true });
    expectValidPath(towns, { years: 2, maxChangePerYear: 2, noCuts: true }, r);
    expect(r.townships.map((t) => t.stoppedBy)).toEqual(["noCuts", "yearTotal", "yearTotal"]);
  });

  it("holds the floors every year: a township below its floor today reaches it in year 1", () => {
    const towns = [town("f", 13, 16, 15), town("g", 30, 27, 15)];
    const r = transitionPath(towns, { years: 3, maxChangePerYear: 2, noCuts: false });
    expectValidPath(towns, { years: 3, maxChangePerYear: 2, noCuts: false }, r);
    expect(r.townships[0]!.path[0]).toBeGreaterThanOrEqual(15);
  });

  it("diagnoses a floor beyond the limit with the smallest fix: limit 3 works, 2 does not", () => {
    // f is 3 below its floor of 15 today: year 1 needs +3 > 1 (hand)
    const towns = [town("f", 12, 16, 15), town("g", 30, 26, 15)];
    const s = { years: 4, maxChangePerYear: 1, noCuts: false };
    const r = transitionPath(towns, s);
    expect(r.status).toBe("infeasible");
    expect(r.conflicts[0]!.kind).toBe("floor-beyond-limit");
    expect(r.conflicts[0]!.numbers).toEqual({ need: 3, limit: 1 });
    const fix = r.remedies.find((m) => m.setting === "maxChangePerYear")!;
    expect(fix.to).toBe(3);
    expect(transitionPath(towns, { ...s, maxChangePerYear: 3 }).status).toBe("feasible");
    expect(transitionPath(towns, { ...s, maxChangePerYear: 2 }).status).toBe("infeasible");
    expect(transitionCheck(r).status).toBe("failed");
  });

  it("diagnoses a year total out of reach and proposes more years", () => {
    // A 90 → 100 at 2 a year: totals 98 → 102, 106, 110; by year 2 A reaches at most 94, B 10: 104 < 106 (hand)
    const towns = [town("A", 90, 100), town("B", 8, 10)];
    const r = transitionPath(towns, { years: 3, maxChangePerYear: 2, noCuts: false });
    expect(r.conflicts[0]).toMatchObject({
      kind: "above-reach",
      year: 2,
      numbers: { total: 106, most: 104 },
    });
    // 10 posts at 2 a year: 5 years (hand); 4 at 3 years
    expect(r.remedies.map((m) => [m.setting, m.to])).toEqual([
      ["maxChangePerYear", 4],
      ["years", 5],
    ]);
  });

  it("an infeasible result is returned, never thrown, for a total that falls under noCuts", () => {
    const towns = [town("a", 20, 17), town("b", 10, 10)];
    const r = transitionPath(towns, { years: 2, noCuts: true });
    expect(r.status).toBe("infeasible");
    expect(r.conflicts[0]!.kind).toBe("below-reach");
    expect(r.remedies.map((m) => m.setting)).toEqual(["noCuts"]);
  });
});

// ---- random instances -------------------------------------------------------------------------------------------

const instance = fc
  .record({
    towns: fc.array(
      fc.record({
        today: fc.integer({ min: 5, max: 30 }),
        move: fc.integer({ min: -6, max: 6 }),
        floor: fc.integer({ min: 0, max: 12 }),
      }),
      { minLength: 2, maxLength: 6 },
    ),
    years: fc.integer({ min: 1, max: 4 }),
    limit: fc.option(fc.integer({ min: 0, max: 4 }), { freq: 4 }),
    share: fc.option(fc.constantFrom(0.1, 0.2, 0.3), { freq: 4 }),
    noCuts: fc.boolean(),
    jitter: fc.option(fc.array(fc.integer({ min: -2, max: 2 }), { minLength: 4, maxLength: 4 }), { freq: 3 }),
  })
  .map(({ towns, years, limit, share, noCuts, jitter }) => {
    const townships = towns.map((t, j) => {
      const target = t.today + t.move;
      // the run's targets respect the floors; a township may be below its floor today
      const floor = Math.min(t.floor + 3, target);
      return town(`t${j}`, t.today, target, floor);
    });
    const linear = linearYearTotals(
      sum(townships.map((t) => t.today)),
      sum(townships.map((t) => t.target)),
      years,
    );
    const settings: PathSettings = {
      years,
      noCuts,
      ...(limit !== null ? { maxChangePerYear: limit } : {}),
      ...(share !== null ? { maxChangeShare: share } : {}),
      ...(jitter !== null ? { yearTotals: linear.map((v, y) => Math.max(0, v + jitter[y]!)) } : {}),
    };
    return { townships, settings };
  });

describe("transitionPath on random instances (fast-check, seed 11)", () => {
  it("a feasible path meets every yearly limit, floor and total, moves one way, and arrives or names the limit", () => {
    let feasibleSeen = 0;
    fc.assert(
      fc.property(instance, ({ townships, settings }) => {
        const r = transitionPath(townships, settings);
        if (r.status === "infeasible") {
          expect(r.conflicts.length).toBeGreaterThan(0);
          return;
        }
        feasibleSeen++;
        expectValidPath(townships, settings, r);
      }),
      { seed: 11, numRuns: 400 },
    );
    expect(feasibleSeen).toBeGreaterThan(100);
  });

  it("each remedy works, and one step less does not", () => {
    fc.assert(
      fc.property(instance, ({ townships, settings }) => {
        const r = transitionPath(townships, settings);
        for (const m of r.remedies) {
          if (m.setting === "maxChangePerYear") {
            expect(transitionPath(townships, { ...settings, maxChangePerYear: m.to as number }).status).toBe(
              "feasible",
            );
            if ((m.to as number) - 1 > settings.maxChangePerYear!)
              expect(
                transitionPath(townships, { ...settings, maxChangePerYear: (m.to as number) - 1 }).status,
              ).toBe("infeasible");
          }
          if (m.setting === "years") {
            expect(transitionPath(townships, { ...settings, years: m.to as number }).status).toBe("feasible");
            if ((m.to as number) - 1 > settings.years)
              expect(transitionPath(townships, { ...settings, years: (m.to as number) - 1 }).status).toBe(
                "infeasible",
              );
          }
          if (m.setting === "noCuts")
            expect(transitionPath(townships, { ...settings, noCuts: false }).status).toBe("feasible");
        }
      }),
      { seed: 12, numRuns: 300 },
    );
  });

  it("is feasible exactly when HiGHS finds a path, and each year is optimal for Σ |posts − target| (HiGHS MILP)", async () => {
    const highs = await loadHighs();
    const samples = fc.sample(instance, { seed: 13, numRuns: 150 });
    let compared = 0;
    for (const { townships, settings } of samples) {
      const r = transitionPath(townships, settings);
      const first = highs.solve(
        pathMilp(
          townships,
          settings,
          0,
          townships.map((t) => t.today),
        ),
      );
      expect(first.Status === "Optimal" ? "feasible" : "infeasible").toBe(r.status);
      if (r.status !== "feasible") continue;
      for (let y = 0; y < settings.years; y++) {
        const previous = r.townships.map((t) => (y === 0 ? t.today : t.path[y - 1]!));
        const solved = highs.solve(pathMilp(townships, settings, y, previous));
        expect(solved.Status).toBe("Optimal");
        const ours = sum(r.townships.map((t) => Math.abs(t.path[y]! - t.target)));
        const theirs = (solved as { ObjectiveValue: number }).ObjectiveValue + yearConstant(townships);
        expect(ours).toBeCloseTo(theirs, 6);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(50);
  }, 60_000);
});

/** Σ_j ±target_j (+ going up or staying): |x − target| = ±(target − x) on a one-way path, so the objective is linear. */
function yearConstant(towns: readonly PathTownship[]): number {
  return sum(towns.map((t) => (t.target >= t.today ? t.target : -t.target)));
}

/**
 * The path from year `from` (0-based) on as a MILP in CPLEX LP format, written here independently of src/: variables
 * x_j_t for t = from..N−1; per year the total; per township bounds [min(today, target), max(today, target)] and the
 * floor, and x_t − x_{t−1} within [0, limit] going up or [−limit, 0] going down (0 with noCuts); minimise year
 * `from`'s Σ |x − target| (linear on a one-way path, less the constant `yearConstant`).
 */
function pathMilp(
  towns: readonly PathTownship[],
  s: PathSettings,
  from: number,
  previous: readonly number[],
): string {
  const totals =
    s.yearTotals ??
    linearYearTotals(sum(towns.map((t) => t.today)), sum(towns.map((t) => t.target)), s.years);
  const v = (j: number, t: number) => `x_${j}_${t}`;
  const objective = towns.map((t, j) => `${t.target >= t.today ? "-" : "+"} 1 ${v(j, from)}`).join(" ");
  const rows: string[] = [];
  const bounds: string[] = [];
  const names: string[] = [];
  for (let t = from; t < s.years; t++) {
    rows.push(` total_${t}: ${towns.map((_, j) => `+ 1 ${v(j, t)}`).join(" ")} = ${totals[t]}`);
    towns.forEach((town, j) => {
      const limit = Math.min(
        s.maxChangePerYear ?? 1e6,
        s.maxChangeShare !== undefined ? Math.floor(town.today * s.maxChangeShare + 1e-9) : 1e6,
      );
      const low = Math.max(Math.min(town.today, town.target), town.floor);
      const high = Math.max(town.today, town.target);
      // the generator keeps floor <= target, so low <= high
      bounds.push(` ${low} <= ${v(j, t)} <= ${high}`);
      names.push(v(j, t));
      const up = town.target >= town.today;
      const lo = up ? 0 : s.noCuts ? 0 : -limit;
      const hi = up ? limit : 0;
      if (t === from) {
        rows.push(` step_${j}_${t}_lo: + 1 ${v(j, t)} >= ${previous[j]! + lo}`);
        rows.push(` step_${j}_${t}_hi: + 1 ${v(j, t)} <= ${previous[j]! + hi}`);
      } else {
        rows.push(` step_${j}_${t}_lo: + 1 ${v(j, t)} - 1 ${v(j, t - 1)} >= ${lo}`);
        rows.push(` step_${j}_${t}_hi: + 1 ${v(j, t)} - 1 ${v(j, t - 1)} <= ${hi}`);
      }
    });
  }
  return `Minimize\n obj: ${objective}\nSubject To\n${rows.join("\n")}\nBounds\n${bounds.join("\n")}\nGeneral\n ${names.join(" ")}\nEnd\n`;
}

describe("runScenario(scenario, options) and the transition block", () => {
  it("computes the path when the block is present, and leaves it out with remedies (many runs in a row) off", async () => {
    const { runScenario } = await import("../src/run/run-scenario.ts");
    const { demoBaseline } = await import("./helpers/scenario-sources.ts");
    const baseline = await demoBaseline();
    expect((await runScenario(baseline)).transition?.status).toBe("feasible");
    const quick = await runScenario(baseline, { remedies: false });
    expect(quick.transition).toBeUndefined();
    expect(quick.checks.map((c) => c.rule)).not.toContain("R12");
    expect((await runScenario(baseline, { remedies: false, transition: true })).transition?.status).toBe(
      "feasible",
    );
    const { transition: _, ...without } = baseline;
    expect((await runScenario(without)).transition).toBeUndefined();
  });
});
