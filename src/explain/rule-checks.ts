import type { Category, Scenario } from "../types.ts";
import { DUTY_WORKLOAD_COLUMN } from "../weighting/duty-workload.ts";
import { indexWeights } from "../weighting/weighted-index.ts";
import { CATEGORY_LABELS } from "../words/category-labels.ts";
import { RULE_CHECK_MESSAGES as M } from "../words/rule-check-messages.ts";
import type { PolicyCheck } from "./policy-checks.ts";
import { suggestCategories } from "./suggest-category.ts";

/**
 * R1 as the compliance table lists it: the categories are the data's own (always passed — the toolkit never changes
 * one), with the townships whose natural-breaks suggestion (`suggestCategories`, on the weighted index) differs from
 * the declared category named in the message, for the planner to look at.
 * @example categoryCheck([{ id: "A", name: "甲镇", category: "general", index: 0.9 }, { id: "B", name: "乙乡", category: "general", index: 0.1 }]).message.en // names 甲镇 (declared general, suggested central)
 */
export function categoryCheck(
  townships: readonly {
    readonly id: string;
    readonly name: string;
    readonly category: Category;
    readonly index: number;
  }[],
): PolicyCheck {
  const suggestions = suggestCategories(
    townships.map((t) => ({ id: t.id, name: t.name, category: t.category, composite: t.index })),
  );
  const differ = suggestions.townships
    .filter((s) => !s.agrees)
    .map((s) => ({
      name: s.name,
      declared: CATEGORY_LABELS[s.declared],
      suggested: CATEGORY_LABELS[s.suggested],
    }));
  return {
    rule: "R1",
    ok: true,
    status: "passed",
    message: M.categories(townships.length, differ),
    townships: [],
  };
}

/**
 * R13 as the compliance table lists it (on the scenario with its weights derived, `weighScenario`): passed when
 * the scenario names power lists and its standard weights their workload (the indicator on column `dutyWorkload`),
 * with the items, the range of township workloads and the indicator's share of the whole weight (its global weight,
 * `indexWeights`); not checked when the scenario names no lists, or names them while the standard gives the
 * workload no weight (said so).
 * @example dutiesCheck(baselineScenario).status // "not-checked": the baseline names no power lists
 */
export function dutiesCheck(scenario: Scenario): PolicyCheck {
  const notChecked = (message: PolicyCheck["message"]): PolicyCheck => ({
    rule: "R13",
    ok: true,
    status: "not-checked",
    message,
    townships: [],
  });
  const duties = scenario.duties;
  if (duties === undefined) return notChecked(M.noDuties);
  const global = indexWeights(scenario.model).indicators;
  let share = 0;
  for (const factor of scenario.model.factors)
    for (const indicator of factor.indicators)
      if (indicator.column === DUTY_WORKLOAD_COLUMN) share += global[indicator.id] ?? 0;
  if (!(share > 0)) return notChecked(M.dutiesUnweighted(duties.source));
  const items = new Set(duties.townships.flatMap((t) => t.items.map((i) => i.id))).size;
  let low = Number.POSITIVE_INFINITY;
  let high = Number.NEGATIVE_INFINITY;
  for (const t of duties.townships) {
    low = Math.min(low, t.workload);
    high = Math.max(high, t.workload);
  }
  return {
    rule: "R13",
    ok: true,
    status: "passed",
    message: M.dutiesWeighted({ source: duties.source, items, low, high, share }),
    townships: [],
  };
}
