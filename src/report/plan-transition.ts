/**
 * A plan's transition paths (R12) side by side: each township's posts by year for every post type with the year it
 * reaches its target or the limit that stops it, and a line per type saying how many arrive — the combined view of
 * the transition page.
 */
import type { TownshipPath, TransitionPath } from "../allocation/transition-path.ts";
import type { PlanResult } from "../run/plan-result.ts";
import type { Lang, PostType } from "../types.ts";
import { PLAN_PAGE_LABELS as L } from "../words/plan-page-labels.ts";
import { POST_TYPE_LABELS } from "../words/post-type-labels.ts";
import { t } from "../words/t.ts";
import { TRANSITION_LABELS, TRANSITION_STOP_SHORT } from "../words/transition-labels.ts";
import { arrivalText } from "./format-transition.ts";

/** Where a township stands at the end, the limit that stops it in a few words (as the chart's panels write it). */
function arrivalShort(row: TownshipPath, lang: Lang): string {
  if (row.arrives !== null || row.stoppedBy === null) return arrivalText(row, lang);
  return `${t(TRANSITION_LABELS.notArriving, lang)}${lang === "zh" ? "：" : ": "}${t(TRANSITION_STOP_SHORT[row.stoppedBy], lang)}`;
}

/** A type's path when it has one that is feasible (else undefined). */
function feasiblePath(plan: PlanResult, postType: PostType): TransitionPath | undefined {
  const path = plan.types[postType]?.transition;
  return path?.status === "feasible" ? path : undefined;
}

/**
 * The combined table of a plan's paths as text cells: id, township, then for each post type of the plan its posts by
 * year ("45→46→47→47", the target added when the last year is not it) and the year it reaches its target
 * (`arrivalText`) or the limit that stops it in a few words (`TRANSITION_STOP_SHORT`, as the chart writes it); "—"
 * for a type without a feasible path. Rows in the plan's township order. `headers` name every column; `groups`
 * (a post type over its two columns, each `span` wide) and `subheaders` are the same as a two-row heading.
 * @example planTransitionTable(plan, "en").headers.slice(2, 4) // ["Administrative posts: posts by year", "Administrative posts: reaches target"]
 */
export function planTransitionTable(
  plan: PlanResult,
  lang: Lang,
): {
  readonly headers: string[];
  readonly groups: { readonly label: string; readonly span: number }[];
  readonly subheaders: string[];
  readonly rows: string[][];
} {
  const types = plan.scenario.postTypes;
  const first = [t(TRANSITION_LABELS.id, lang), t(TRANSITION_LABELS.township, lang)];
  const headers = [...first];
  const groups = first.map((label) => ({ label, span: 1 }));
  const subheaders: string[] = [];
  for (const postType of types) {
    const type = t(POST_TYPE_LABELS[postType], lang);
    headers.push(t(L.transitionPathHeader, lang, { type }), t(L.transitionArrivesHeader, lang, { type }));
    groups.push({ label: type, span: 2 });
    subheaders.push(t(L.transitionPathSub, lang), t(L.transitionArrivesSub, lang));
  }
  const rows = plan.townships.map((tw) => {
    const cells = [tw.id, tw.name];
    for (const postType of types) {
      const row = feasiblePath(plan, postType)?.townships.find((r) => r.id === tw.id);
      if (row === undefined) {
        cells.push("—", "—");
        continue;
      }
      const values = [row.today, ...row.path];
      const path = values.join("→");
      const last = values.at(-1)!;
      cells.push(
        last === row.target ? path : t(L.transitionShort, lang, { path, target: row.target }),
        arrivalShort(row, lang),
      );
    }
    return cells;
  });
  return { headers, groups, subheaders, rows };
}

/**
 * One line per post type of the plan: how many townships reach their target within the path's years and which do
 * not, with the limit that stops each (`TRANSITION_STOP_SHORT`); or why the type has no path.
 * @example planTransitionSummary(plan, "en")[2] // "Leadership posts: feasible, all 25 townships reach their target within 3 years"
 */
export function planTransitionSummary(plan: PlanResult, lang: Lang): string[] {
  return plan.scenario.postTypes.map((postType) => {
    const type = t(POST_TYPE_LABELS[postType], lang);
    const path = plan.types[postType]?.transition;
    if (path === undefined) {
      const noTarget = plan.types[postType]?.totals.allocated === null;
      const why = t(noTarget ? TRANSITION_LABELS.noTarget : TRANSITION_LABELS.noBlock, lang);
      return t(L.transitionTypeNone, lang, { type, why });
    }
    if (path.status !== "feasible") return t(L.transitionTypeInfeasible, lang, { type });
    const stopped = path.townships.filter((r) => r.arrives === null);
    const n = path.townships.length;
    if (stopped.length === 0) return t(L.transitionTypeAllArrive, lang, { type, n, years: path.years });
    const names = stopped
      .map((r) =>
        r.stoppedBy === null
          ? r.name
          : t(L.transitionStopped, lang, { name: r.name, why: t(TRANSITION_STOP_SHORT[r.stoppedBy], lang) }),
      )
      .join(lang === "zh" ? "、" : ", ");
    return t(L.transitionTypeSomeStop, lang, {
      type,
      n,
      arrive: n - stopped.length,
      stop: stopped.length,
      years: path.years,
      names,
    });
  });
}
