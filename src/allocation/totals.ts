import { currentPosts } from "../scenario/current-posts.ts";
import type { Bilingual, Scenario } from "../types.ts";
import { fixed } from "../words/fixed.ts";
import type { Conflict } from "./problem.ts";

/** The county totals of one scenario, each with the rule that produced it. */
export interface ScenarioTotals {
  /** Today's posts of the post type over all townships. */
  readonly current: number;
  /** The new county total (R2). */
  readonly total: number;
  readonly totalRule: Bilingual;
  /** Posts held back as the flexible reserve (R6). */
  readonly reserve: number;
  readonly reserveRule: Bilingual;
  /** total − reserve: what the townships share. */
  readonly toAllocate: number;
}

/**
 * The county totals of a scenario: today's posts, the new total (given, or today's plus the transfer down; R2), the
 * flexible reserve (a count, or a share rounded down; R6) and what the townships share, each with its rule; and the
 * conflicts at county level (a total below today's, a reserve above the total).
 * @example scenarioTotals(scenario).totals.toAllocate // 511 for the demo baseline: 511 + 10 transferred down = 521, less a reserve of 10
 */
export function scenarioTotals(scenario: Scenario): {
  readonly totals: ScenarioTotals;
  readonly conflicts: readonly Conflict[];
} {
  const current = scenario.data.townships.reduce((s, t) => s + currentPosts(scenario.postType, t), 0);
  const total = scenario.total.kind === "total" ? scenario.total.value : current + scenario.total.value;
  const totalRule: Bilingual =
    scenario.total.kind === "total"
      ? { zh: `方案给定总量 ${total} 名`, en: `total given by the scenario: ${total}` }
      : {
          zh: `现有 ${current} 名 + 下沉 ${scenario.total.value} 名 = ${total} 名`,
          en: `today's ${current} + ${scenario.total.value} transferred down = ${total}`,
        };
  let reserve = 0;
  let reserveRule: Bilingual = { zh: "不留机动编制", en: "no flexible reserve" };
  if (scenario.reserve.kind === "count") {
    reserve = scenario.reserve.value;
    reserveRule = { zh: `机动编制 ${reserve} 名`, en: `flexible reserve of ${reserve} posts` };
  } else if (scenario.reserve.kind === "share") {
    const exact = scenario.reserve.value * total;
    reserve = Math.floor(exact + 1e-9);
    reserveRule = {
      zh: `机动编制 = ${pct(scenario.reserve.value)} × ${total} = ${fixed(exact)}，向下取整为 ${reserve} 名`,
      en: `flexible reserve = ${pct(scenario.reserve.value)} × ${total} = ${fixed(exact)}, rounded down to ${reserve}`,
    };
  }
  const toAllocate = total - reserve;
  const conflicts: Conflict[] = [];
  if (total < current) {
    conflicts.push({
      kind: "total-below-current",
      involves: [],
      numbers: { total, current, shortBy: current - total },
      message: {
        zh: `新总量 ${total} 名低于现有 ${current} 名，违反“两个不减少”（R2），少 ${current - total} 名`,
        en: `the new total ${total} is below today's ${current}, breaking "no decrease" (R2) by ${current - total}`,
      },
    });
  }
  if (reserve > total) {
    conflicts.push({
      kind: "reserve-above-total",
      involves: [],
      numbers: { reserve, total },
      message: {
        zh: `机动编制 ${reserve} 名超过总量 ${total} 名`,
        en: `the flexible reserve of ${reserve} exceeds the total of ${total}`,
      },
    });
  }
  return { totals: { current, total, totalRule, reserve, reserveRule, toAllocate }, conflicts };
}

function pct(share: number): string {
  return `${fixed(share * 100)}%`;
}
