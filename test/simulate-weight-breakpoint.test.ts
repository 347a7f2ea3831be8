import { describe, expect, it } from "vitest";
import { apportion } from "../src/allocation/apportion/apportion.ts";
import { DIVISOR_METHODS } from "../src/allocation/apportion/signposts.ts";
import type { DivisorMethod } from "../src/allocation/apportion/types.ts";
import { allocateExact } from "../src/allocation/exact.ts";
import type { AllocationUnit } from "../src/allocation/problem.ts";
import type { AllocationObjective } from "../src/allocation/step-cost.ts";
import { seededRandom } from "../src/simulate/random.ts";
import { type WeightLine, weightBreakpoint } from "../src/simulate/weight-breakpoint.ts";

/** The exact greedy's allocation along the line at weight w (targets T·D(w)/ΣD(w)), the oracle of these tests. */
function greedyAt(line: WeightLine, w: number): number[] | undefined {
  const demands = line.demandAt0.map((d0, j) => (1 - w) * d0 + w * line.demandAt1[j]!);
  const sum = demands.reduce((s, d) => s + d, 0);
  const units: AllocationUnit[] = line.units.map((u, j) => ({
    id: `T${j}`,
    category: u.category,
    target: (line.total * demands[j]!) / sum,
    weight: 1,
    lower: u.lower,
    upper: u.upper,
    lowerParts: {},
    upperParts: {},
  }));
  return allocateExact(units, line.total, line.objective)?.posts;
}

/** A seeded county of 3–8 townships: demands at both ends of the weight, floors, some caps, a total that fits. */
function randomLine(seed: number, objective: AllocationObjective): WeightLine {
  const random = seededRandom(seed);
  const n = 3 + Math.floor(random.next() * 6);
  const demandAt0 = Array.from({ length: n }, () => 0.2 + random.next());
  const demandAt1 = Array.from({ length: n }, () => 0.2 + random.next());
  const units = Array.from({ length: n }, () => {
    const lower = Math.floor(random.next() * 4);
    const upper = random.next() < 0.3 ? lower + 2 + Math.floor(random.next() * 6) : Number.POSITIVE_INFINITY;
    return { lower, upper, category: "general" as const };
  });
  const floors = units.reduce((s, u) => s + u.lower, 0);
  const total = floors + 5 + Math.floor(random.next() * 5 * n);
  const from = random.next();
  const line = { total, objective, units, demandAt0, demandAt1, indexAt0: demandAt0, indexAt1: demandAt1 };
  const posts = greedyAt({ ...line, posts: [], ordering: [], from }, from) ?? [];
  return { ...line, posts, ordering: [], from };
}

describe("weightBreakpoint(line, direction)", () => {
  it("on 200 seeded counties (both objectives, both directions) the allocation is the start's up to the breakpoint and differs just beyond it; none found means none on a dense scan", () => {
    let found = 0;
    let checked = 0;
    for (let seed = 1; seed <= 200; seed++) {
      const objective = seed % 2 === 0 ? "least-squares-relative" : "least-absolute-deviation";
      const line = randomLine(seed, objective);
      if (line.posts.length === 0) continue;
      for (const direction of ["up", "down"] as const) {
        const sign = direction === "up" ? 1 : -1;
        const end = direction === "up" ? 1 : 0;
        const bp = weightBreakpoint(line, direction);
        const stop = bp === null ? end : bp.value;
        // the oracle: a scan of 300 points from the start to just short of the breakpoint (or to the end)
        for (let k = 1; k <= 300; k++) {
          const w = line.from + ((stop - sign * 1e-9 - line.from) * k) / 300;
          if (sign * (w - line.from) <= 0) continue;
          expect(greedyAt(line, w), `seed ${seed} ${direction} at ${w} (breakpoint ${stop})`).toEqual(
            line.posts,
          );
        }
        if (bp !== null) {
          found++;
          // 1e-7 beyond: the greedy's bulk phase counts first keys within 1e-9 of each other as equal (exact.ts,
          // withinLimit), so where a target crosses a whole number it follows the swap ~1e-9 of a key late
          const beyond = greedyAt(line, bp.value + sign * 1e-7);
          expect(beyond, `seed ${seed} ${direction} just beyond ${bp.value}`).not.toEqual(line.posts);
          // the pair named moves: the one left gains, or the one whose step was taken loses (other pairs may
          // cross at the same point and share the change)
          expect(bp.cause.kind).toBe("steps");
          if (bp.cause.kind === "steps") {
            const { left, taken } = bp.cause;
            expect(beyond![left]! > line.posts[left]! || beyond![taken]! < line.posts[taken]!).toBe(true);
          }
        }
        checked++;
      }
    }
    // a county whose caps cannot take its total has no allocation and is left out (a few here)
    expect(checked).toBeGreaterThan(390);
    // most sweeps of these counties do change somewhere (a control that the scans above are not all vacuous)
    expect(found).toBeGreaterThan(250);
  });

  it("an ordering row that fails is a breakpoint: posts per unit of index, higher category ≥ lower (by hand)", () => {
    // a (countySeat) and b (general), 2 posts each, floors 2: the greedy cannot move, the targets are irrelevant.
    // Row: index_b(w)·2 ≥ index_a(w)·2 with index_a = 1 + w, index_b = 2 − w: fails beyond w = 0.5.
    const line: WeightLine = {
      total: 4,
      objective: "least-absolute-deviation",
      units: [
        { lower: 2, upper: 2, category: "countySeat" },
        { lower: 2, upper: 2, category: "general" },
      ],
      posts: [2, 2],
      demandAt0: [1, 2],
      demandAt1: [2, 1],
      indexAt0: [1, 2],
      indexAt1: [2, 1],
      ordering: [{ higher: "countySeat", lower: "general" }],
      from: 0.2,
    };
    expect(weightBreakpoint(line, "up")).toEqual({
      value: 0.5,
      cause: { kind: "ordering", higher: "countySeat", lower: "general" },
    });
    expect(weightBreakpoint(line, "down")).toBeNull();
  });

  it("throws a RangeError for a start outside [0, 1]", () => {
    const line = randomLine(1, "least-absolute-deviation");
    expect(() => weightBreakpoint({ ...line, from: 1.5 }, "up")).toThrow(RangeError);
  });
});

/** A divisor method's allocation along the line at weight w (`apportion`, the priority list with bounds): the oracle. */
function divisorAt(line: WeightLine, method: DivisorMethod, w: number): number[] | undefined {
  const result = apportion(
    line.units.map((u, j) => ({
      name: `T${String(j).padStart(2, "0")}`,
      weight: (1 - w) * line.demandAt0[j]! + w * line.demandAt1[j]!,
      min: u.lower,
      max: u.upper,
    })),
    line.total,
    method,
  );
  return result.status === "ok" ? result.units.map((u) => u.allocated) : undefined;
}

describe("weightBreakpoint(line, direction) under a divisor method", () => {
  it("on 250 seeded counties (five methods, both directions) the allocation is the start's up to the breakpoint and differs just beyond it", () => {
    let found = 0;
    let checked = 0;
    for (let seed = 1; seed <= 250; seed++) {
      const method = DIVISOR_METHODS[seed % DIVISOR_METHODS.length]!;
      const base = randomLine(seed, "least-absolute-deviation");
      // Adams, Dean and Huntington-Hill give every township its first post first (d(0) = 0): floors of 1 or more
      // keep the lines comparable across methods
      const units = base.units.map((u) => ({
        ...u,
        lower: Math.max(1, u.lower),
        upper: Math.max(u.upper, Math.max(1, u.lower) + 2),
      }));
      const floors = units.reduce((s, u) => s + u.lower, 0);
      const draft = { ...base, units, total: Math.max(base.total, floors + 3), divisor: method };
      const posts = divisorAt(draft, method, draft.from);
      if (posts === undefined) continue;
      const line: WeightLine = { ...draft, posts };
      for (const direction of ["up", "down"] as const) {
        const sign = direction === "up" ? 1 : -1;
        const end = direction === "up" ? 1 : 0;
        const bp = weightBreakpoint(line, direction);
        const stop = bp === null ? end : bp.value;
        for (let k = 1; k <= 300; k++) {
          const w = line.from + ((stop - sign * 1e-9 - line.from) * k) / 300;
          if (sign * (w - line.from) <= 0) continue;
          expect(
            divisorAt(line, method, w),
            `seed ${seed} ${method} ${direction} at ${w} (breakpoint ${stop})`,
          ).toEqual(posts);
        }
        if (bp !== null) {
          found++;
          const beyond = divisorAt(line, method, bp.value + sign * 1e-9);
          expect(beyond, `seed ${seed} ${method} ${direction} just beyond ${bp.value}`).not.toEqual(posts);
          if (bp.cause.kind === "steps") {
            const { left, taken } = bp.cause;
            expect(beyond![left]! > posts[left]! || beyond![taken]! < posts[taken]!).toBe(true);
          }
        }
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(450);
    expect(found).toBeGreaterThan(250);
  });

  it("Webster on two townships, by hand: D = (2 − w, 1 + w), total 3, from 0: the third post moves at w = 0.5", () => {
    // At w = 0 the priorities D / d(k) (d = 0.5, 1.5, …) are a: 4, 1.33; b: 2, 0.67 → posts a, b, a = [2, 1]. a's last
    // post (2 − w)/1.5 and b's next (1 + w)/1.5 are equal at w = 0.5, beyond which b takes it: [1, 2].
    const line: WeightLine = {
      total: 3,
      objective: "least-absolute-deviation",
      units: [
        { lower: 0, upper: Number.POSITIVE_INFINITY, category: "general" },
        { lower: 0, upper: Number.POSITIVE_INFINITY, category: "general" },
      ],
      posts: [2, 1],
      demandAt0: [2, 1],
      demandAt1: [1, 2],
      indexAt0: [2, 1],
      indexAt1: [1, 2],
      ordering: [],
      from: 0,
      divisor: "webster",
    };
    const bp = weightBreakpoint(line, "up");
    expect(bp?.value).toBeCloseTo(0.5, 12);
    expect(bp?.cause).toEqual({ kind: "steps", taken: 0, left: 1 });
    expect(divisorAt(line, "webster", 0.5 + 1e-9)).toEqual([1, 2]);
    expect(divisorAt(line, "webster", 0.5 - 1e-9)).toEqual([2, 1]);
  });
});
