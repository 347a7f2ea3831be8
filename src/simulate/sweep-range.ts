/**
 * The range of county totals a sweep on the pages starts with, and what is wrong with one a planner typed.
 */
import type { Bilingual } from "../types.ts";

/** The most county totals one sweep on the pages may try (the page asks for a shorter range beyond it). */
export const SWEEP_MAX_TOTALS = 301;

/** How far above today's total the default range reaches, posts. */
export const SWEEP_DEFAULT_SPAN = 60;

/**
 * The range a sweep starts with: from today's county total (the floor R2 sets) to 60 posts above it, and
 * at least up to the scenario's own total.
 * @throws never
 * @example defaultSweepRange({ current: 511, total: 521 }) // { from: 511, to: 571 }
 */
export function defaultSweepRange(totals: { readonly current: number; readonly total: number }): {
  readonly from: number;
  readonly to: number;
} {
  const from = Math.max(1, Math.min(totals.current, totals.total));
  return { from, to: Math.max(from + SWEEP_DEFAULT_SPAN, totals.total) };
}

/**
 * What is wrong with a range of totals the planner typed, or `null` when it can be swept: whole numbers
 * > 0, first <= last, at most `SWEEP_MAX_TOTALS` totals.
 * @throws never
 * @example sweepRangeProblem(600, 500)?.en // "The first total 600 is above the last total 500."
 */
export function sweepRangeProblem(from: number, to: number): Bilingual | null {
  if (!(Number.isInteger(from) && Number.isInteger(to) && from > 0 && to > 0)) {
    return { zh: "起止总量应为正整数。", en: "The first and last totals must be whole numbers > 0." };
  }
  if (from > to) {
    return {
      zh: `起始总量 ${from} 大于结束总量 ${to}。`,
      en: `The first total ${from} is above the last total ${to}.`,
    };
  }
  const n = to - from + 1;
  if (n > SWEEP_MAX_TOTALS) {
    return {
      zh: `一次最多推演 ${SWEEP_MAX_TOTALS} 个总量，现为 ${n} 个；请缩小范围。`,
      en: `At most ${SWEEP_MAX_TOTALS} totals per sweep, this range has ${n}; please narrow it.`,
    };
  }
  return null;
}
