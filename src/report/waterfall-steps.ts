/**
 * The steps of a township's waterfall: from its share of the total by index alone, through each reason
 * (category priority, floor/cap/band, rebalance, rounding, ordering, method), to the posts it gets.
 */
import type { TownshipResult } from "../run/result.ts";
import type { Bilingual } from "../types.ts";
import { REASON_LABELS, type ReasonKind } from "../words/reason-labels.ts";

/** One bar of a waterfall. */
export interface WaterfallStep {
  /** "start" (index share), a reason kind, or "end" (posts allocated). */
  readonly kind: "start" | "end" | ReasonKind;
  /** Short name of the step. */
  readonly label: Bilingual;
  /** The reason's full message (reason steps only). */
  readonly message?: Bilingual;
  /** Where the bar starts and ends, posts (start and end bars run from 0). */
  readonly from: number;
  readonly to: number;
  /** to − from for reason steps; the value itself for start and end. */
  readonly amount: number;
}

/** Names of the first and last bars. */
export const WATERFALL_ENDS = {
  start: { zh: "按指数份额", en: "Index share" },
  end: { zh: "核定编制", en: "Posts allocated" },
} as const satisfies Record<string, Bilingual>;

/**
 * The waterfall of one township: a start bar at its index share (`plainTarget`), one floating bar per
 * reason (each starting where the previous ended), and an end bar at its allocation. The reasons add up
 * exactly (plainTarget + Σ amounts = allocated, to rounding error); the last reason bar ends where the
 * end bar does.
 * @throws {RangeError} when the reasons do not add up to the allocation (more than 1e-6 posts apart)
 * @example waterfallSteps(result.townships[0]).map((s) => s.kind) // ["start", "priority", "renormalisation", "rebalance", "rounding", "end"]
 */
export function waterfallSteps(township: TownshipResult): WaterfallStep[] {
  const steps: WaterfallStep[] = [
    {
      kind: "start",
      label: WATERFALL_ENDS.start,
      from: 0,
      to: township.plainTarget,
      amount: township.plainTarget,
    },
  ];
  let level = township.plainTarget;
  for (const reason of township.reasons) {
    const next = level + reason.amount;
    steps.push({
      kind: reason.kind,
      label: REASON_LABELS[reason.kind],
      message: reason.message,
      from: level,
      to: next,
      amount: reason.amount,
    });
    level = next;
  }
  if (Math.abs(level - township.allocated) > 1e-6) {
    throw new RangeError(
      `waterfallSteps(): the reasons of ${township.id} reach ${level}, not its ${township.allocated} posts`,
    );
  }
  steps.push({
    kind: "end",
    label: WATERFALL_ENDS.end,
    from: 0,
    to: township.allocated,
    amount: township.allocated,
  });
  return steps;
}
