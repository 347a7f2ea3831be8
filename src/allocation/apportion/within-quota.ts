import type { ApportionOk } from "./types.ts";

/** A unit whose allocation lies outside [⌊quota⌋, ⌈quota⌉]. */
export interface QuotaViolation {
  readonly unit: string;
  readonly allocated: number;
  readonly quota: number;
  /** ⌊quota⌋ */
  readonly lower: number;
  /** ⌈quota⌉ */
  readonly upper: number;
}

/** Result of `withinQuota`. */
export interface QuotaCheck {
  /** True when no checked unit violates the quota rule. */
  readonly ok: boolean;
  readonly violations: readonly QuotaViolation[];
  /** Units not checked because a bound holds them: allocated = min > 0, or allocated = max < Infinity. */
  readonly skipped: readonly string[];
}

/**
 * Checks the quota rule: each unit's posts lie between the lower quota ⌊quota⌋ and the upper quota
 * ⌈quota⌉ of its exact share total × weight / Σ weight. Units held at a bound (allocated equal to a
 * minimum above 0 or to a finite maximum) are skipped. Hamilton's method always passes without
 * bounds; Jefferson's can give more than ⌈quota⌉ (New York, 40 seats for a quota of 38.59 in 1832),
 * Adams's fewer than ⌊quota⌋. A float share within 1e-9 of a whole number counts as that number.
 *
 * @param result an "ok" result of `apportion`
 * @returns whether the rule holds, the violations and the skipped units
 * @throws never
 * @example
 * withinQuota(apportion(parador, 250, "jefferson")) // { ok: false, violations: [{ unit: "Bahia", allocated: 140, quota: 138.72, lower: 138, upper: 139 }], skipped: [] }
 */
export function withinQuota(result: ApportionOk): QuotaCheck {
  const violations: QuotaViolation[] = [];
  const skipped: string[] = [];
  for (const unit of result.units) {
    const heldAtBound = (unit.min > 0 && unit.allocated === unit.min) || unit.allocated === unit.max;
    if (heldAtBound) {
      skipped.push(unit.name);
      continue;
    }
    const nearest = Math.round(unit.quota);
    const quota =
      Math.abs(unit.quota - nearest) <= 1e-9 * Math.max(1, Math.abs(unit.quota)) ? nearest : unit.quota;
    const lower = Math.floor(quota);
    const upper = Math.ceil(quota);
    if (unit.allocated < lower || unit.allocated > upper) {
      violations.push({ unit: unit.name, allocated: unit.allocated, quota: unit.quota, lower, upper });
    }
  }
  return { ok: violations.length === 0, violations, skipped };
}
