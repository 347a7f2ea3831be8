// Issue 10: the transition path's greedy asks, after every step, whether the remaining years can still be met. It
// used to rebuild the flow network and solve it from scratch each time (growing faster than n²: 3,100 townships
// ≈ 19 s); it now keeps one flow per year and answers each question by at most one residual-path search
// (`movesFlow`). Oracles: `movesFeasible` on the same bounds (a fresh maximum flow) for every answer, and the previous
// implementation (test/helpers/transition-path-reference.ts) for whole paths, to the last field.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type MoveUnit, movesFeasible, movesFlow } from "../src/allocation/moves-feasible.ts";
import {
  linearYearTotals,
  type PathSettings,
  type PathTownship,
  transitionPath,
} from "../src/allocation/transition-path.ts";
import { transitionPath as referencePath } from "./helpers/transition-path-reference.ts";

describe("movesFlow(units, change).require(j, t, moves)", () => {
  it("by hand: two townships moving up, one post to give in year 1 — either may take it, not both", () => {
    const units: MoveUnit[] = [
      { direction: 1, remaining: 2, low: [0], high: [1] },
      { direction: 1, remaining: 2, low: [0], high: [1] },
    ];
    const flow = movesFlow(units, [1])!;
    // whichever the first flow routed it through, the other can take it (the flow reroutes the post)
    expect(flow.require(1, 0, 1)).toBe(true);
    expect(flow.require(0, 0, 1)).toBe(false);
    // a refusal changes nothing: the first requirement still holds, and holding 0 for the other is fine
    expect(flow.require(1, 0, 1)).toBe(true);
    expect(flow.require(0, 0, 0)).toBe(true);
  });

  it("by hand: a township moving down may cut at most what the year's fall leaves to the others", () => {
    // year 1 falls by 2: a (down, up to 2) and b (down, up to 1) must cut 2 together
    const units: MoveUnit[] = [
      { direction: -1, remaining: 3, low: [0], high: [2] },
      { direction: -1, remaining: 3, low: [0], high: [1] },
    ];
    const flow = movesFlow(units, [-2])!;
    expect(flow.require(0, 0, 1)).toBe(true); // a cuts at most 1: b cuts 1
    expect(flow.require(1, 0, 0)).toBe(false); // b cutting nothing leaves 1 uncut
  });

  it("every answer equals movesFeasible with the bounds required so far (fast-check, seed 7, 300 cases)", () => {
    // feasible by construction: each unit's moves drawn within its bounds, the years' changes their sum
    const unit = fc.record({
      direction: fc.constantFrom(1, -1, 0) as fc.Arbitrary<1 | -1 | 0>,
      high: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 3, maxLength: 3 }),
      share: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 3, maxLength: 3 }),
      extra: fc.integer({ min: 0, max: 2 }),
    });
    const instance = fc.record({
      units: fc.array(unit, { minLength: 1, maxLength: 6 }),
      asks: fc.array(fc.record({ j: fc.nat(5), t: fc.nat(2), moves: fc.integer({ min: 0, max: 3 }) }), {
        maxLength: 12,
      }),
    });
    let answered = 0;
    let refused = 0;
    fc.assert(
      fc.property(instance, ({ units: raw, asks }) => {
        const moves = raw.map((u) =>
          u.high.map((h, t) => (u.direction === 0 ? 0 : Math.floor(u.share[t]! * (h + 1)) % (h + 1))),
        );
        const units: MoveUnit[] = raw.map((u, j) => ({
          direction: u.direction,
          remaining: moves[j]!.reduce((a, b) => a + b, 0) + u.extra,
          low: [0, 0, 0],
          high: u.direction === 0 ? [0, 0, 0] : u.high,
        }));
        const change = [0, 1, 2].map((t) => units.reduce((s, u, j) => s + u.direction * moves[j]![t]!, 0));
        const flow = movesFlow(units, change);
        expect(flow !== null).toBe(movesFeasible(units, change));
        if (flow === null) return;
        // the bounds as the questions tighten them, kept only when the answer is yes
        let bounds = units.map((u) => ({ ...u, low: [...u.low], high: [...u.high] }));
        for (const { j, t, moves } of asks) {
          if (j >= units.length) continue;
          const tighter = bounds.map((u, k) => {
            if (k !== j || u.direction === 0) return u;
            const low = [...u.low];
            const high = [...u.high];
            if (u.direction === 1) low[t] = Math.max(low[t]!, moves);
            else high[t] = Math.min(high[t]!, moves);
            return { ...u, low, high };
          });
          const expected = units[j]!.direction === 0 ? true : movesFeasible(tighter, change);
          expect(flow.require(j, t, moves)).toBe(expected);
          answered++;
          if (expected) bounds = tighter;
          else refused++;
        }
      }),
      { seed: 7, numRuns: 300 },
    );
    expect(answered).toBeGreaterThan(500);
    expect(refused).toBeGreaterThan(50);
  });
});

/** n seeded townships as test/bench/transition.bench.ts draws them (a linear congruential generator). */
function seededTownships(n: number, seed: number): PathTownship[] {
  let state = seed >>> 0;
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
  return Array.from({ length: n }, (_, j) => {
    const today = 15 + Math.floor(45 * next());
    const target = Math.max(15, today + Math.round(8 * next() - 4));
    return { id: `T${String(j + 1).padStart(5, "0")}`, name: `乡镇${j + 1}`, today, target, floor: 15 };
  });
}

describe("transitionPath equals the previous implementation, to the last field", () => {
  it("on random instances (fast-check, seed 13, 400 cases: limits, shares, noCuts, floors, jittered year totals)", () => {
    const instance = fc
      .record({
        towns: fc.array(
          fc.record({
            today: fc.integer({ min: 5, max: 30 }),
            move: fc.integer({ min: -6, max: 6 }),
            floor: fc.integer({ min: 0, max: 12 }),
          }),
          { minLength: 2, maxLength: 12 },
        ),
        years: fc.integer({ min: 1, max: 5 }),
        limit: fc.option(fc.integer({ min: 0, max: 4 }), { freq: 4 }),
        share: fc.option(fc.constantFrom(0.1, 0.2, 0.3), { freq: 4 }),
        noCuts: fc.boolean(),
        jitter: fc.option(fc.array(fc.integer({ min: -2, max: 2 }), { minLength: 5, maxLength: 5 }), {
          freq: 3,
        }),
      })
      .map(({ towns, years, limit, share, noCuts, jitter }) => {
        const townships = towns.map((t, j) => {
          const target = t.today + t.move;
          return { id: `t${j}`, name: `t${j}`, today: t.today, target, floor: Math.min(t.floor + 3, target) };
        });
        const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);
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
    let feasible = 0;
    fc.assert(
      fc.property(instance, ({ townships, settings }) => {
        const now = transitionPath(townships, settings);
        expect(now).toEqual(referencePath(townships, settings));
        if (now.status === "feasible") feasible++;
      }),
      { seed: 13, numRuns: 400 },
    );
    expect(feasible).toBeGreaterThan(100);
  });

  it("on seeded counties of 25 and 200 townships (the bench's draw), three years at one post a year", () => {
    for (const [n, seed] of [
      [25, 1],
      [200, 2026],
    ] as const) {
      const townships = seededTownships(n, seed);
      const settings = { years: 3, maxChangePerYear: 1, noCuts: false };
      const now = transitionPath(townships, settings);
      expect(now.status).toBe("feasible");
      expect(now).toEqual(referencePath(townships, settings));
    }
  });
});
