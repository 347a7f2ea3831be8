import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { apportion } from "../src/allocation/apportion/apportion.ts";
import { apportionByDivisor } from "../src/allocation/apportion/divisor.ts";
import { APPORTION_METHODS, DIVISOR_METHODS } from "../src/allocation/apportion/signposts.ts";
import { apportionSweep } from "../src/allocation/apportion/sweep.ts";
import type { ApportionOk, ApportionResult, ApportionUnit } from "../src/allocation/apportion/types.ts";
import { withinQuota } from "../src/allocation/apportion/within-quota.ts";

// Every property runs with a fixed seed, so failures reproduce. Expected behaviour: Balinski & Young,
// Fair Representation (1982) — divisor methods are house monotone, Hamilton satisfies quota, Jefferson
// never gives less than the lower quota, Adams never more than the upper quota.
const SEED = 20240611;
const RUNS = { seed: SEED, numRuns: 150 };

function ok(result: ApportionResult): ApportionOk {
  if (result.status !== "ok") throw new Error(`expected an allocation, got: ${result.diagnosis.en}`);
  return result;
}

/** Weights: whole numbers (ties happen) or doubles (ties almost never), at least one > 0. */
const weight = fc.oneof(fc.integer({ min: 0, max: 50 }), fc.double({ min: 0.01, max: 1e6, noNaN: true }));
const weights = fc.array(weight, { minLength: 1, maxLength: 7 }).filter((ws) => ws.some((w) => w > 0));
const generic = fc.array(fc.double({ min: 1, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 7 });

const named = (ws: readonly number[]): ApportionUnit[] => ws.map((w, i) => ({ name: `U${i}`, weight: w }));

/** Units with bounds (min 0–3, max min..min+8 or none) and a feasible total. */
const bounded = fc
  .tuple(
    weights,
    fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.option(fc.integer({ min: 0, max: 8 }))), {
      minLength: 7,
      maxLength: 7,
    }),
    fc.nat({ max: 40 }),
  )
  .map(([ws, bounds, extra]) => {
    const units: ApportionUnit[] = ws.map((w, i) => {
      const [min, span] = bounds[i]!;
      return { name: `U${i}`, weight: w, min, ...(span === null ? {} : { max: min + span }) };
    });
    const minSum = units.reduce((s, u) => s + (u.min ?? 0), 0);
    const maxSum = units.reduce((s, u) => s + (u.max ?? Number.POSITIVE_INFINITY), 0);
    return { units, total: Math.min(maxSum, minSum + extra) };
  });

const allocationOf = (result: ApportionOk) =>
  Object.fromEntries(result.units.map((u) => [u.name, u.allocated]));

describe("apportion properties (fast-check, seeded)", () => {
  it("every method hands out exactly the total and keeps every unit within its bounds", () => {
    fc.assert(
      fc.property(bounded, fc.constantFrom(...APPORTION_METHODS), ({ units, total }, method) => {
        const result = ok(apportion(units, total, method));
        expect(result.units.reduce((s, u) => s + u.allocated, 0)).toBe(total);
        for (const [i, unit] of result.units.entries()) {
          expect(unit.allocated).toBeGreaterThanOrEqual(units[i]!.min ?? 0);
          expect(unit.allocated).toBeLessThanOrEqual(units[i]!.max ?? Number.POSITIVE_INFINITY);
          expect(Number.isInteger(unit.allocated)).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it("the Hamilton fixed-quota rule also hands out exactly the total within bounds", () => {
    fc.assert(
      fc.property(bounded, ({ units, total }) => {
        const result = ok(apportion(units, total, "hamilton", { hamiltonBounds: "fixed-quota" }));
        expect(result.units.reduce((s, u) => s + u.allocated, 0)).toBe(total);
        for (const [i, unit] of result.units.entries()) {
          expect(unit.allocated).toBeGreaterThanOrEqual(units[i]!.min ?? 0);
          expect(unit.allocated).toBeLessThanOrEqual(units[i]!.max ?? Number.POSITIVE_INFINITY);
        }
      }),
      RUNS,
    );
  });

  it("divisor methods never show the Alabama paradox over a sweep of totals, bounds or not", () => {
    fc.assert(
      fc.property(bounded, fc.constantFrom(...DIVISOR_METHODS), ({ units, total }, method) => {
        const from = units.reduce((s, u) => s + (u.min ?? 0), 0);
        const sweep = apportionSweep(units, method, { from, to: Math.max(from, total) });
        expect(sweep.alabamaFlags).toEqual([]);
      }),
      { seed: SEED, numRuns: 60 },
    );
  });

  it("Hamilton without bounds always satisfies the quota rule", () => {
    fc.assert(
      fc.property(weights, fc.nat({ max: 60 }), (ws, total) => {
        expect(withinQuota(ok(apportion(named(ws), total, "hamilton"))).violations).toEqual([]);
      }),
      RUNS,
    );
  });

  it("Hamilton with bounds (requota) keeps every free unit within its bounded share's floor and ceiling", () => {
    fc.assert(
      fc.property(bounded, ({ units, total }) => {
        const result = ok(apportion(units, total, "hamilton"));
        for (const unit of result.units) {
          expect(unit.allocated).toBeGreaterThanOrEqual(Math.floor(unit.boundedQuota + 1e-9));
          expect(unit.allocated).toBeLessThanOrEqual(Math.ceil(unit.boundedQuota - 1e-9));
        }
      }),
      RUNS,
    );
  });

  it("Jefferson never gives less than the lower quota, Adams never more than the upper quota (no bounds)", () => {
    fc.assert(
      fc.property(weights, fc.nat({ max: 60 }), (ws, total) => {
        for (const unit of ok(apportion(named(ws), total, "jefferson")).units) {
          expect(unit.allocated).toBeGreaterThanOrEqual(Math.floor(unit.quota + 1e-9));
        }
        for (const unit of ok(apportion(named(ws), total, "adams")).units) {
          expect(unit.allocated).toBeLessThanOrEqual(Math.ceil(unit.quota - 1e-9));
        }
      }),
      RUNS,
    );
  });

  it("the divisor form and the priority-list form agree when no tie decides the last post", () => {
    fc.assert(
      fc.property(generic, fc.nat({ max: 60 }), fc.constantFrom(...DIVISOR_METHODS), (ws, total, method) => {
        const units = named(ws);
        const list = ok(apportion(units, total, method));
        fc.pre(!list.ties.some((tie) => tie.decisive));
        const form = apportionByDivisor(units, total, method);
        expect(form.status).toBe("ok");
        if (form.status !== "ok") return;
        expect(Object.fromEntries(form.allocation.map((a) => [a.name, a.allocated]))).toEqual(
          allocationOf(list),
        );
        // The divisor found by bisection lies in the range the priority list reports.
        expect(form.divisor).toBeGreaterThanOrEqual(list.divisor!.low * (1 - 1e-9));
        expect(form.divisor).toBeLessThanOrEqual(list.divisor!.high * (1 + 1e-9));
      }),
      RUNS,
    );
  });

  it("the two forms also agree with bounds (the minimum-maximum restricted divisor method)", () => {
    fc.assert(
      fc.property(bounded, fc.constantFrom(...DIVISOR_METHODS), ({ units, total }, method) => {
        fc.pre(units.every((u) => u.weight > 0));
        const list = ok(apportion(units, total, method));
        fc.pre(!list.ties.some((tie) => tie.decisive));
        const form = apportionByDivisor(units, total, method);
        expect(form.status).toBe("ok");
        if (form.status === "ok") {
          expect(Object.fromEntries(form.allocation.map((a) => [a.name, a.allocated]))).toEqual(
            allocationOf(list),
          );
        }
      }),
      RUNS,
    );
  });

  it("results do not depend on the order of the units (ties included: the tie-break ignores order)", () => {
    fc.assert(
      fc.property(
        bounded,
        fc.constantFrom(...APPORTION_METHODS),
        fc.array(fc.nat(), { minLength: 7, maxLength: 7 }),
        ({ units, total }, method, keys) => {
          const shuffled = units
            .map((unit, i) => ({ unit, key: keys[i]! }))
            .sort((a, b) => a.key - b.key)
            .map((entry) => entry.unit);
          const a = ok(apportion(units, total, method));
          const b = ok(apportion(shuffled, total, method));
          expect(allocationOf(b)).toEqual(allocationOf(a));
          expect(b.priorityList).toEqual(a.priorityList);
          expect(b.ties).toEqual(a.ties);
          expect(b.nextPost).toEqual(a.nextPost);
        },
      ),
      RUNS,
    );
  });
});
