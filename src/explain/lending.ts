import { MAX_LENT_SHARE } from "../policy.ts";
import type { Category, CountyData } from "../types.ts";

/** One township's lending (R8). */
export interface LendingLine {
  readonly id: string;
  readonly name: string;
  readonly category: Category;
  /** Today's admin + institution posts (institution counted 0 when the table has no figure, as the R8 check). */
  readonly posts: number;
  /** True when the institution posts figure is missing, so `posts` is admin posts only. */
  readonly institutionMissing: boolean;
  /** Staff lent out (借出人员), persons. */
  readonly lent: number;
  /** lent ÷ posts; null without posts. */
  readonly share: number | null;
  /** The most that may be lent out: floor(5 % × posts), whole persons. */
  readonly allowed: number;
  /** Whether it lends out more than 5 % of its posts. */
  readonly over: boolean;
  /** The fewest staff to call back so that at most 5 % of its posts are lent out: lent − allowed, or 0. */
  readonly callBack: number;
}

/** The county's lending, or why it cannot be read. */
export type LendingReport =
  | {
      readonly status: "not-checked";
      /** `no-column`: the table has no staff-lent-out column; `column-empty`: it has one, with no figure. */
      readonly why: "no-column" | "column-empty";
    }
  | {
      readonly status: "checked";
      /** The limit's share (R8: 0.05). */
      readonly maxShare: number;
      /** Every township with a figure, in table order. */
      readonly lines: readonly LendingLine[];
      /** Townships whose figure is missing (ids and names): not counted. */
      readonly missing: readonly { readonly id: string; readonly name: string }[];
      readonly totalLent: number;
      readonly totalPosts: number;
      /** totalLent ÷ totalPosts; null without posts. */
      readonly share: number | null;
      /** Townships over the limit, and Σ call-backs. */
      readonly over: number;
      readonly totalCallBack: number;
    };

/**
 * R8 as a table: each township's staff lent out against 5 % of today's admin + institution posts (the posts the
 * existing R8 check counts), the smallest whole number to call back — lent − floor(5 % × posts), computed in whole
 * numbers, so one fewer leaves it over 5 % — and the county's total lent and share. "not-checked" when the table
 * has no staff-lent-out column or no figure in it.
 * @example lendingReport(data).status // "checked" for the demo county (梨树乡 calls back 2: 3 lent, 37 posts allow 1)
 */
export function lendingReport(data: CountyData): LendingReport {
  const withFigure = data.townships.filter((t) => t.staffLentOut !== undefined);
  if (withFigure.length === 0)
    return {
      status: "not-checked",
      why: data.columns.includes("staffLentOut") ? "column-empty" : "no-column",
    };
  // The share as a whole number per 10⁶, so the limit is exact: allowed = floor(posts × perMillion / 10⁶).
  const perMillion = Math.round(MAX_LENT_SHARE * 1e6);
  const lines = withFigure.map((t): LendingLine => {
    const posts = t.adminPosts + (t.institutionPosts ?? 0);
    const lent = t.staffLentOut!;
    const allowed = Math.floor((posts * perMillion) / 1e6);
    const over = lent * 1e6 > posts * perMillion;
    return {
      id: t.id,
      name: t.name,
      category: t.category,
      posts,
      institutionMissing: t.institutionPosts === undefined,
      lent,
      share: posts > 0 ? lent / posts : null,
      allowed,
      over,
      callBack: over ? lent - allowed : 0,
    };
  });
  const sum = (f: (l: LendingLine) => number): number => lines.reduce((s, l) => s + f(l), 0);
  const totalPosts = sum((l) => l.posts);
  const totalLent = sum((l) => l.lent);
  return {
    status: "checked",
    maxShare: MAX_LENT_SHARE,
    lines,
    missing: data.townships
      .filter((t) => t.staffLentOut === undefined)
      .map((t) => ({ id: t.id, name: t.name })),
    totalLent,
    totalPosts,
    share: totalPosts > 0 ? totalLent / totalPosts : null,
    over: lines.filter((l) => l.over).length,
    totalCallBack: sum((l) => l.callBack),
  };
}
