/**
 * The 总量推演 Total sweep page's facts: the range of county totals it offers, the grid its chart draws
 * (each township's posts at each total, what it gained since the first, and the Alabama-paradox cells),
 * and the paradox cases in words. Pure: runs in Node tests.
 */
import {
  type AllocationMethod,
  APPORTION_METHOD_LABELS,
  type Bilingual,
  type Category,
  type ParadoxFlag,
  type SweepResult,
} from "../index.ts";
import { defineStrings, t } from "./i18n.ts";

/** The most county totals one sweep may try (the page asks for a shorter range beyond it). */
export const SWEEP_MAX_TOTALS = 301;

/** How far above today's total the default range reaches, posts. */
export const SWEEP_DEFAULT_SPAN = 60;

/** The LP's name on the sweep page, beside `APPORTION_METHOD_LABELS`. */
export const LP_LABEL: Bilingual = {
  zh: "线性规划（偏离比例目标最小）",
  en: "linear programme (least deviation)",
};

const S = defineStrings({
  paradox: {
    zh: "{name}：县域总量由 {from} 增至 {to} 名时，编制由 {before} 名减为 {after} 名",
    en: "{name}: {before} → {after} posts as the county total rises from {from} to {to}",
  },
  none: {
    zh: "✓ {method}：县域总量 {from}–{to} 名之间，没有乡镇在总量增加时减少编制（无阿拉巴马悖论）。",
    en: "✓ {method}: for county totals {from}–{to}, no township loses a post as the total rises (no Alabama paradox).",
  },
  some: {
    zh: "✗ {method}：县域总量 {from}–{to} 名之间有 {n} 处阿拉巴马悖论（总量增加，某乡镇编制反而减少）：",
    en: "✗ {method}: for county totals {from}–{to}, {n} Alabama-paradox case(s) (the total rises, a township loses a post):",
  },
  unsolved: {
    zh: "无解的总量：{totals}。",
    en: "Totals without an allocation: {totals}.",
  },
  notWhole: { zh: "起止总量应为正整数。", en: "The first and last totals must be whole numbers > 0." },
  reversed: {
    zh: "起始总量 {from} 大于结束总量 {to}。",
    en: "The first total {from} is above the last total {to}.",
  },
  tooMany: {
    zh: "一次最多推演 {max} 个总量，现为 {n} 个；请缩小范围。",
    en: "At most {max} totals per sweep, this range has {n}; please narrow it.",
  },
});

const STATUS_ZH: Readonly<Record<SweepResult["steps"][number]["status"], string>> = {
  optimal: "最优",
  feasible: "可行",
  infeasible: "无可行解",
  timedOut: "求解超时",
  error: "求解出错",
};
const STATUS_EN: Readonly<Record<SweepResult["steps"][number]["status"], string>> = {
  optimal: "optimal",
  feasible: "feasible",
  infeasible: "infeasible",
  timedOut: "timed out",
  error: "solver error",
};

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
  if (!(Number.isInteger(from) && Number.isInteger(to) && from > 0 && to > 0)) return S.notWhole;
  const params = { from, to, max: SWEEP_MAX_TOTALS, n: to - from + 1 };
  const say = (text: Bilingual): Bilingual => ({ zh: t(text, "zh", params), en: t(text, "en", params) });
  if (from > to) return say(S.reversed);
  if (to - from + 1 > SWEEP_MAX_TOTALS) return say(S.tooMany);
  return null;
}

/**
 * One Alabama-paradox case in words.
 * @throws never
 * @example describeParadox({ id: "T23", name: "凤凰乡", fromTotal: 538, toTotal: 539, before: 16, after: 15 }).zh
 * // "凤凰乡：县域总量由 538 增至 539 名时，编制由 16 名减为 15 名"
 */
export function describeParadox(flag: ParadoxFlag): Bilingual {
  const params = {
    name: flag.name,
    from: flag.fromTotal,
    to: flag.toTotal,
    before: flag.before,
    after: flag.after,
  };
  return { zh: t(S.paradox, "zh", params), en: t(S.paradox, "en", params) };
}

/**
 * The headline over a sweep's paradox list: none, or how many, under which method and range; and the
 * totals without an allocation, if any.
 * @throws never
 * @example sweepSummary(sweep, "webster").en // "✓ Webster (Sainte-Laguë): for county totals 511–571, no township loses …"
 */
export function sweepSummary(
  sweep: SweepResult,
  method: AllocationMethod,
): { readonly headline: Bilingual; readonly unsolved: Bilingual | null } {
  const label = method === "lp" ? LP_LABEL : APPORTION_METHOD_LABELS[method];
  const from = sweep.steps[0]?.total ?? 0;
  const to = sweep.steps.at(-1)?.total ?? 0;
  const say = (lang: "zh" | "en") =>
    t(sweep.flags.length === 0 ? S.none : S.some, lang, {
      method: label[lang],
      from,
      to,
      n: sweep.flags.length,
    });
  const unsolved = sweep.steps.filter((s) => s.posts.length === 0);
  const list = (lang: "zh" | "en") =>
    t(S.unsolved, lang, {
      totals: unsolved
        .map((s) =>
          lang === "zh" ? `${s.total}（${STATUS_ZH[s.status]}）` : `${s.total} (${STATUS_EN[s.status]})`,
        )
        .join(lang === "zh" ? "、" : ", "),
    });
  return {
    headline: { zh: say("zh"), en: say("en") },
    unsolved: unsolved.length === 0 ? null : { zh: list("zh"), en: list("en") },
  };
}

/** One cell of the sweep grid: a township at a county total. */
export interface SweepCell {
  readonly total: number;
  /** Posts at this total; null when the total has no allocation. */
  readonly posts: number | null;
  /** Posts gained since `SweepGrid.baseTotal`; null without an allocation here (or anywhere). */
  readonly gain: number | null;
  /** The posts differ from the previous total's (or this is the first total): where the chart writes the number. */
  readonly changed: boolean;
  /** The township has fewer posts here than at the previous total although the total rose (Alabama paradox). */
  readonly paradox: boolean;
}

/** A township's row of the sweep grid. */
export interface SweepGridRow {
  readonly id: string;
  readonly name: string;
  readonly category: Category;
  readonly cells: readonly SweepCell[];
}

/** What the sweep chart draws. */
export interface SweepGrid {
  /** The county totals tried, in order. */
  readonly totals: readonly number[];
  /** One row per township, in data order. */
  readonly rows: readonly SweepGridRow[];
  /** The first total of the range with an allocation, which gains are counted from; null when none has one. */
  readonly baseTotal: number | null;
  /** The largest `gain` of any cell (0 when none). */
  readonly maxGain: number;
}

/**
 * Lays a sweep out as a grid of townships × totals, marking each paradox case on the cell of the larger
 * total; gains count from the first total with an allocation. `townships` gives each township's category
 * (ids as in the sweep).
 * @throws {RangeError} when a township of the sweep is not in `townships`
 * @example sweepGrid(sweep, scenario.data.townships).rows[0].cells[0] // { total: 511, posts: 46, gain: 0, changed: true, paradox: false }
 */
export function sweepGrid(
  sweep: SweepResult,
  townships: readonly { readonly id: string; readonly category: Category }[],
): SweepGrid {
  const categories = new Map(townships.map((tw) => [tw.id, tw.category]));
  const paradox = new Set(sweep.flags.map((f) => `${f.id}@${f.toTotal}`));
  const first = sweep.steps.find((step) => step.posts.length > 0);
  let maxGain = 0;
  const rows = sweep.townships.map((tw, j): SweepGridRow => {
    const category = categories.get(tw.id);
    if (category === undefined) throw new RangeError(`sweepGrid(): no category for township ${tw.id}`);
    const start = first !== undefined ? first.posts[j]! : null;
    const cells = sweep.steps.map((step, k): SweepCell => {
      const posts = step.posts.length > 0 ? step.posts[j]! : null;
      const before = k > 0 ? sweep.steps[k - 1]! : undefined;
      const previous = before !== undefined && before.posts.length > 0 ? before.posts[j]! : null;
      const gain = posts !== null && start !== null ? posts - start : null;
      if (gain !== null) maxGain = Math.max(maxGain, gain);
      return {
        total: step.total,
        posts,
        gain,
        changed: posts !== null && posts !== previous,
        paradox: paradox.has(`${tw.id}@${step.total}`),
      };
    });
    return { id: tw.id, name: tw.name, category, cells };
  });
  return { totals: sweep.steps.map((s) => s.total), rows, baseTotal: first?.total ?? null, maxGain };
}
