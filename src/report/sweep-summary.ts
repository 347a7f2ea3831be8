/**
 * What a total sweep found, in words: the Alabama-paradox headline under the method and range swept, each
 * case, and the totals without an allocation. Shown by the sweep page and `quota-planner sweep`.
 */
import type { SweepResult } from "../simulate/sweep-totals.ts";
import type { AllocationMethod, Bilingual } from "../types.ts";
import { METHOD_LABELS } from "../words/method-labels.ts";
import { paradoxHeadline, paradoxSentence } from "../words/paradox.ts";
import { SOLVER_STATUS_LABELS } from "../words/solver-status-labels.ts";

/** What `sweepSummary` says about a sweep. */
export interface SweepSummary {
  /** "✓ … no Alabama paradox." or "✗ … n Alabama-paradox case(s) …:" (see `paradoxHeadline`). */
  readonly headline: Bilingual;
  /** Each paradox case, in the sweep's order (see `paradoxSentence`). */
  readonly cases: readonly Bilingual[];
  /** "无解的总量：…" with each status, or null when every total has an allocation. */
  readonly unsolved: Bilingual | null;
}

/**
 * The sweep in words: the headline under `method` and the sweep's range, one sentence per paradox case, and
 * the totals without an allocation (each with its status), if any.
 * @throws never
 * @example
 * sweepSummary(sweep, "webster").headline.en // the demo baseline swept 511–571 with method: webster
 * // "✓ Webster (Sainte-Laguë): for county totals 511–571, no township loses a post as the total rises (no Alabama paradox)."
 */
export function sweepSummary(sweep: SweepResult, method: AllocationMethod): SweepSummary {
  const label = METHOD_LABELS[method];
  const headline = paradoxHeadline({
    method: label,
    from: sweep.steps[0]?.total ?? 0,
    to: sweep.steps.at(-1)?.total ?? 0,
    cases: sweep.flags.length,
  });
  const unsolved = sweep.steps.filter((s) => s.posts.length === 0);
  return {
    headline,
    cases: sweep.flags.map(paradoxSentence),
    unsolved:
      unsolved.length === 0
        ? null
        : {
            zh: `无解的总量：${unsolved.map((s) => `${s.total}（${SOLVER_STATUS_LABELS[s.status].zh}）`).join("、")}。`,
            en: `Totals without an allocation: ${unsolved.map((s) => `${s.total} (${SOLVER_STATUS_LABELS[s.status].en})`).join(", ")}.`,
          },
  };
}
