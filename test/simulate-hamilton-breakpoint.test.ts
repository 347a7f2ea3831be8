import { describe, expect, it } from "vitest";
import { apportion } from "../src/allocation/apportion/apportion.ts";
import { hamiltonBreakpoint } from "../src/simulate/hamilton-breakpoint.ts";
import { seededRandom } from "../src/simulate/random.ts";
import type { WeightLine } from "../src/simulate/weight-breakpoint.ts";

const names = (n: number) => Array.from({ length: n }, (_, j) => `T${String(j).padStart(2, "0")}`);

/** Hamilton's allocation (`apportion`, requota bounds) along the line at weight w: the oracle of these tests. */
function hamiltonAt(line: WeightLine, w: number): number[] | undefined {
  const result = apportion(
    line.units.map((u, j) => ({
      name: names(line.units.length)[j]!,
      weight: (1 - w) * line.demandAt0[j]! + w * line.demandAt1[j]!,
      min: u.lower,
      max: u.upper,
    })),
    line.total,
    "hamilton",
  );
  return result.status === "ok" ? result.units.map((u) => u.allocated) : undefined;
}

/**
 * A seeded county of 3–8 townships: demands at both ends of the weight (some townships' demand 0 at one end), floors,
 * caps on about a third, a total that fits, and Hamilton's allocation at a random start.
 */
function randomLine(seed: number, whole = false): WeightLine | undefined {
  const random = seededRandom(seed);
  const n = 3 + Math.floor(random.next() * 6);
  const demand = whole
    ? () => Math.floor(random.next() * 5)
    : () => (random.next() < 0.08 ? 0 : 0.2 + random.next());
  const demandAt0 = Array.from({ length: n }, demand);
  const demandAt1 = Array.from({ length: n }, demand);
  if (demandAt0.every((d) => d === 0) || demandAt1.every((d) => d === 0)) return undefined;
  const units = Array.from({ length: n }, () => {
    const lower = Math.floor(random.next() * 4);
    const upper = random.next() < 0.35 ? lower + 1 + Math.floor(random.next() * 5) : Number.POSITIVE_INFINITY;
    return { lower, upper, category: "general" as const };
  });
  const floors = units.reduce((s, u) => s + u.lower, 0);
  const total = floors + 3 + Math.floor(random.next() * 5 * n);
  const from = whole ? [0, 0.5, 1][Math.floor(random.next() * 3)]! : random.next();
  const draft = {
    total,
    objective: "least-absolute-deviation" as const,
    units,
    demandAt0,
    demandAt1,
    indexAt0: demandAt0,
    indexAt1: demandAt1,
    ordering: [],
    from,
    posts: [],
  };
  const posts = hamiltonAt(draft, from);
  return posts === undefined ? undefined : { ...draft, posts };
}

describe("hamiltonBreakpoint(line, names, direction)", () => {
  it("on 300 seeded counties (caps on about a third: requota moves the others' shares when one starts to hold) and 200 with whole demands 0–4 from w = 0, 0.5 or 1 (exact ties on the way) (both directions) the breakpoint is no later than a dense scan's first change, the allocation is the start's on the scan up to it and differs just beyond it", () => {
    let found = 0;
    let checked = 0;
    for (let seed = 1; seed <= 500; seed++) {
      const line = randomLine(seed, seed > 300);
      if (line === undefined) continue;
      for (const direction of ["up", "down"] as const) {
        const sign = direction === "up" ? 1 : -1;
        const end = direction === "up" ? 1 : 0;
        const bp = hamiltonBreakpoint(line, names(line.units.length), direction);
        expect(bp, `seed ${seed} ${direction}: the walk applies`).not.toBeUndefined();
        const stop = bp?.value ?? end;
        // the oracle: a scan of 997 points over the whole direction, from the start to the end of the scale (a prime
        // count: the whole demands' ties at simple fractions of the scale fall between scan points)
        let firstChange: number | undefined;
        for (let k = 1; k <= 997; k++) {
          const w = line.from + ((end - line.from) * k) / 997;
          const same = JSON.stringify(hamiltonAt(line, w)) === JSON.stringify(line.posts);
          if (!same && firstChange === undefined) firstChange = w;
          // up to the breakpoint (short of it by the tie tolerance's reach) nothing moves
          if (sign * (w - stop) < -1e-9)
            expect(same, `seed ${seed} ${direction} at ${w} (breakpoint ${stop})`).toBe(true);
        }
        if (firstChange !== undefined) {
          expect(bp, `seed ${seed} ${direction}: the scan changes at ${firstChange}`).not.toBeNull();
          expect(sign * (bp!.value - firstChange)).toBeLessThanOrEqual(1e-12);
        }
        if (bp !== null && bp !== undefined) {
          found++;
          const beyond = Math.min(1, Math.max(0, bp.value + sign * 1e-9));
          expect(hamiltonAt(line, beyond), `seed ${seed} ${direction} just beyond ${bp.value}`).not.toEqual(
            line.posts,
          );
        }
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(800);
    // most sweeps change somewhere (a control that the scans above are not all vacuous)
    expect(found).toBeGreaterThan(300);
  });

  it("two townships by hand: D = (2 − w, 1 + w), total 3, from 0: quotas (2 − w, 1 + w), remainders swap at w = 0.5", () => {
    // At w = 0.2 the quotas are 1.8 and 1.2: lower quotas 1, 1, the third post to a (remainder 0.8 > 0.2): [2, 1].
    // The remainders 1 − w and w are equal at w = 0.5; beyond it b's is larger: [1, 2]. Down from 0.2 nothing changes
    // (at w = 0 the quotas are 2 and 1 exactly: [2, 1]).
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
      from: 0.2,
    };
    expect(hamiltonBreakpoint(line, ["a", "b"], "up")!.value).toBeCloseTo(0.5, 12);
    expect(hamiltonBreakpoint(line, ["a", "b"], "down")).toBeNull();
    // from w = 0, where the quotas are whole (2, 1): the walk's first probe, halfway to the end, lands on the tie
    // itself (w = 0.5, remainders 0.5 and 0.5, a by name) and must not read the cell from there
    expect(hamiltonBreakpoint({ ...line, from: 0 }, ["a", "b"], "up")!.value).toBeCloseTo(0.5, 12);
  });

  it("quotas crossing whole numbers while the remainder post changes hands is walked past: D = (1.4 + w, 1.6 − w), total 3", () => {
    // By hand: ΣD = 3, so the quotas are (1.4 + w, 1.6 − w). From w = 0.3 (quotas 1.7, 1.3: lower quotas 1, 1, the
    // third post to a by remainder 0.7 > 0.3): [2, 1]. Up: at w = 0.6 both quotas are whole (2, 1); beyond it the
    // lower quotas are 2, 0 and the third post goes to b (remainder 1.6 − w > w − 0.6 up to w = 1): still [2, 1],
    // to the end of the scale. Down: the remainders 0.4 + w and 0.6 − w are equal at w = 0.1; below it b takes the
    // third post: [1, 2].
    const line: WeightLine = {
      total: 3,
      objective: "least-absolute-deviation",
      units: [
        { lower: 0, upper: Number.POSITIVE_INFINITY, category: "general" },
        { lower: 0, upper: Number.POSITIVE_INFINITY, category: "general" },
      ],
      posts: [2, 1],
      demandAt0: [1.4, 1.6],
      demandAt1: [2.4, 0.6],
      indexAt0: [1.4, 1.6],
      indexAt1: [2.4, 0.6],
      ordering: [],
      from: 0.3,
    };
    expect(hamiltonBreakpoint(line, ["a", "b"], "up")).toBeNull();
    expect(hamiltonBreakpoint(line, ["a", "b"], "down")!.value).toBeCloseTo(0.1, 12);
  });

  it("throws a RangeError for a start outside [0, 1]", () => {
    const line = randomLine(1)!;
    expect(() => hamiltonBreakpoint({ ...line, from: 1.5 }, names(line.units.length), "up")).toThrow(
      RangeError,
    );
  });
});
