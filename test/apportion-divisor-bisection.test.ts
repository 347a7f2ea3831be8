import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { apportion } from "../src/allocation/apportion/apportion.ts";
import { apportionByBisection, apportionByPriority } from "../src/allocation/apportion/priority-list.ts";
import { DIVISOR_METHODS, signpost } from "../src/allocation/apportion/signposts.ts";
import type { ApportionOk, ApportionUnit } from "../src/allocation/apportion/types.ts";
import { APPORTION_LISTED_TAIL, APPORTION_MAX_LISTED_POSTS } from "../src/policy.ts";
import { seededRandom } from "../src/simulate/random.ts";

// Divisor methods by bisection on the divisor (no post handed out one by one) against the priority list that hands
// every post out (apportionByPriority below APPORTION_MAX_LISTED_POSTS): the whole result equal when the whole list
// is asked for, and the list's last posts equal when only those are; huge totals against allocations built to be a
// divisor method's answer (a scaled oracle).

const fixtureDir = new URL("./fixtures/apportion/", import.meta.url);
const fixtures = readdirSync(fixtureDir)
  .filter((f) => f.endsWith(".json"))
  .map((f) => ({
    file: f,
    units: (JSON.parse(readFileSync(new URL(f, fixtureDir), "utf8")) as { units: ApportionUnit[] }).units,
  }));

const asOk = (r: unknown) => r as ApportionOk;

describe("apportionByBisection(units, total, method)", () => {
  it("equals the priority list, whole, on every published table, every divisor method, at the tables' totals ± 1 and with a minimum of 1", () => {
    let compared = 0;
    for (const { file, units } of fixtures) {
      for (const method of DIVISOR_METHODS) {
        for (const total of [units.length, 105, 120, 240, 250, 299, 300, 435, 436]) {
          for (const withMin of [units, units.map((u) => ({ name: u.name, weight: u.weight, min: 1 }))]) {
            const listed = apportionByPriority(withMin, total, method);
            const bisected = apportionByBisection(withMin, total, method, { tail: Number.POSITIVE_INFINITY });
            expect(bisected, `${file} ${method} ${total}`).toEqual(listed);
            compared++;
          }
        }
      }
    }
    expect(compared).toBe(fixtures.length * 5 * 9 * 2);
  });

  it("equals the priority list on 2,000 seeded random cases with ties, zero weights and bounds (totals up to 300)", () => {
    const cases = fc.record({
      weights: fc.array(
        fc.oneof(fc.integer({ min: 0, max: 9 }), fc.double({ min: 0.01, max: 1e6, noNaN: true })),
        { minLength: 1, maxLength: 12 },
      ),
      bounds: fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.option(fc.integer({ min: 0, max: 40 }))), {
        minLength: 12,
        maxLength: 12,
      }),
      extra: fc.integer({ min: 0, max: 300 }),
      method: fc.constantFrom(...DIVISOR_METHODS),
    });
    fc.assert(
      fc.property(cases, ({ weights, bounds, extra, method }) => {
        if (!weights.some((w) => w > 0)) return;
        const units = weights.map((weight, i) => {
          const [min, span] = bounds[i]!;
          return { name: `U${i}`, weight, min, ...(span === null ? {} : { max: min + span }) };
        });
        const minSum = units.reduce((s, u) => s + u.min, 0);
        const maxSum = units.reduce((s, u) => s + (u.max ?? Number.POSITIVE_INFINITY), 0);
        const total = Math.min(maxSum, minSum + extra);
        expect(apportionByBisection(units, total, method, { tail: Number.POSITIVE_INFINITY })).toEqual(
          apportionByPriority(units, total, method),
        );
        // Asked for the last 3 posts only: the same posts, ranks, ties at those ranks and next post.
        const listed = asOk(apportionByPriority(units, total, method));
        const short = asOk(apportionByBisection(units, total, method, { tail: 3 }));
        expect(short.units.map((u) => u.allocated)).toEqual(listed.units.map((u) => u.allocated));
        expect(short.priorityList).toEqual(listed.priorityList.slice(-3));
        expect(short.nextPost).toEqual(listed.nextPost);
        expect(short.divisor).toEqual(listed.divisor);
        const first = short.priorityList[0]?.rank ?? 1;
        // A run of ties that the list's start cuts is reported from the first listed rank; every later one is the same.
        const listedAfter = (ties: ApportionOk["ties"]) => ties.filter((t) => t.atRank > first);
        expect(listedAfter(short.ties)).toEqual(listedAfter(listed.ties));
      }),
      { seed: 2026, numRuns: 2000 },
    );
  });

  it("gives an allocation built to be the method's answer at totals of 10^8 .. 4·10^10 (a scaled oracle), listing its last 1,000 posts", () => {
    // Posts a_j chosen first, weights λ·x_j with x_j strictly between the signposts d(a_j − 1) and d(a_j): at divisor
    // λ each unit rounds to exactly a_j, so Σ a_j is the total and a_j the method's answer (no tie: x_j is 5–95 % of
    // the way between the signposts). Up to 10^9 posts a unit, so that the 5 % margin (relative 5·10^-11) stays above
    // the tie tolerance (10^-12, relative): with more posts a unit, priorities closer than that tie and the tie-break
    // rule (larger weight, then name) orders them — in the list handed out one by one as in the bisection.
    const source = seededRandom(77);
    const random = () => source.next();
    for (const method of DIVISOR_METHODS) {
      for (const scale of [1e8, 1e9, 4e10]) {
        const n = 40;
        const posts = Array.from({ length: n }, () => 1 + Math.floor(random() * (scale / n)));
        const lambda = 1000 + random() * 1e4;
        const units = posts.map((a, j) => {
          const low = signpost(method, a - 1);
          const x = low + (0.05 + 0.9 * random()) * (signpost(method, a) - low);
          return { name: `U${String(j).padStart(2, "0")}`, weight: lambda * x };
        });
        const total = posts.reduce((s, a) => s + a, 0);
        if (!Number.isSafeInteger(total)) continue;
        const result = asOk(apportion(units, total, method));
        expect(
          result.units.map((u) => u.allocated),
          `${method} ${total}`,
        ).toEqual(posts);
        expect(result.priorityList).toHaveLength(APPORTION_LISTED_TAIL);
        expect(result.priorityList.at(-1)!.rank).toBe(total);
        expect(result.listTruncated?.firstRank).toBe(total - APPORTION_LISTED_TAIL + 1);
        // The divisor range certifies the answer independently: every next post's priority is at most every last one's.
        expect(result.divisor!.low).toBeLessThanOrEqual(result.divisor!.high);
        expect(result.divisor!.low).toBeLessThanOrEqual(lambda);
        expect(lambda).toBeLessThan(result.divisor!.high);
      }
    }
  });

  it("apportion hands a total beyond APPORTION_MAX_LISTED_POSTS to the bisection: 10^12 by Webster is 5:3:2 (hand calculation)", () => {
    const result = asOk(
      apportion(
        [
          { name: "A", weight: 5 },
          { name: "B", weight: 3 },
          { name: "C", weight: 2 },
        ],
        1e12,
        "webster",
      ),
    );
    expect(result.units.map((u) => u.allocated)).toEqual([5e11, 3e11, 2e11]);
    expect(result.listTruncated?.message.en).toBe(
      `the priority list shows only ranks ${1e12 - 999} to ${1e12}; the ${1e12 - 1000} posts before them were placed at once by bisection on the divisor, not listed one by one`,
    );
    expect(result.units.every((u) => u.lastPost.step === "priority" || u.lastPost.step === "divisor")).toBe(
      true,
    );
    // At the limit's scale: the bisection's last 1,000 posts are the full list's last 1,000 (10^6 handed out one by one).
    const units = [
      { name: "A", weight: 7 },
      { name: "B", weight: 3.3 },
      { name: "C", weight: 3.3 },
    ];
    const full = asOk(apportionByPriority(units, APPORTION_MAX_LISTED_POSTS, "jefferson"));
    const cut = asOk(apportionByBisection(units, APPORTION_MAX_LISTED_POSTS, "jefferson"));
    expect(cut.units.map((u) => u.allocated)).toEqual(full.units.map((u) => u.allocated));
    expect(cut.priorityList).toEqual(full.priorityList.slice(-APPORTION_LISTED_TAIL));
    expect(cut.ties).toEqual(
      full.ties.filter((t) => t.atRank > APPORTION_MAX_LISTED_POSTS - APPORTION_LISTED_TAIL),
    );
  });
});
