import type { Bilingual } from "../../types.ts";
import { apportion } from "./apportion.ts";
import type { ApportionMethod, ApportionOptions, ApportionUnit } from "./types.ts";

/** One total of a sweep: the posts per unit (by name), or why the total cannot be met. */
export type SweepRow =
  | { readonly total: number; readonly status: "ok"; readonly allocation: Readonly<Record<string, number>> }
  | { readonly total: number; readonly status: "infeasible"; readonly diagnosis: Bilingual };

/** A unit that loses a post when the total rises by one (the Alabama paradox). */
export interface AlabamaFlag {
  readonly unit: string;
  /** The smaller total; the unit has `before` posts at `total` and `after` < before at total + 1. */
  readonly total: number;
  readonly before: number;
  readonly after: number;
}

/** Result of `apportionSweep`. */
export interface ApportionSweep {
  readonly method: ApportionMethod;
  /** One row per total, from `from` to `to`. */
  readonly rows: readonly SweepRow[];
  /** Every (unit, total) where the unit has fewer posts at total + 1 than at total, by total then input order. */
  readonly alabamaFlags: readonly AlabamaFlag[];
}

/**
 * Apportions every total from `totals.from` to `totals.to` with the same units and method and flags the
 * Alabama paradox: a unit that gets fewer posts when the total rises by one. Divisor methods never show
 * it (each total's priority list extends the previous one); Hamilton's method can (1880: Alabama 8 of
 * 299 seats, 7 of 300). Pure: no state is kept between totals.
 *
 * @param units the units, as for `apportion`
 * @param method the method
 * @param totals whole numbers with 0 <= from <= to
 * @param options as for `apportion`
 * @returns the rows and the flags
 * @throws {RangeError} for a caller mistake in the units (as `apportion`) or in `totals`
 * @example
 * // states1880: the 38 states of the 1880 census, each with min: 1
 * apportionSweep(states1880, "hamilton", { from: 299, to: 300 }, { hamiltonBounds: "fixed-quota" }).alabamaFlags
 * // [{ unit: "Alabama", total: 299, before: 8, after: 7 }]
 */
export function apportionSweep(
  units: readonly ApportionUnit[],
  method: ApportionMethod,
  totals: { readonly from: number; readonly to: number },
  options: ApportionOptions = {},
): ApportionSweep {
  const { from, to } = totals;
  if (!Number.isSafeInteger(from) || !Number.isSafeInteger(to) || from < 0 || from > to) {
    throw new RangeError(
      `apportionSweep: totals must be whole numbers with 0 <= from <= to, got ${from}..${to}`,
    );
  }
  const rows: SweepRow[] = [];
  const alabamaFlags: AlabamaFlag[] = [];
  let previous: SweepRow | undefined;
  for (let total = from; total <= to; total++) {
    const result = apportion(units, total, method, options);
    const row: SweepRow =
      result.status === "ok"
        ? {
            total,
            status: "ok",
            allocation: Object.fromEntries(result.units.map((unit) => [unit.name, unit.allocated])),
          }
        : { total, status: "infeasible", diagnosis: result.diagnosis };
    if (previous?.status === "ok" && row.status === "ok") {
      for (const unit of units) {
        const before = previous.allocation[unit.name]!;
        const after = row.allocation[unit.name]!;
        if (after < before) alabamaFlags.push({ unit: unit.name, total: total - 1, before, after });
      }
    }
    rows.push(row);
    previous = row;
  }
  return { method, rows, alabamaFlags };
}
