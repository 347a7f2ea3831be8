/**
 * The sweep page's heat-map grid: each township's posts at each county total of a sweep, what it gained
 * since the first total with an allocation, and the Alabama-paradox cells.
 */
import type { SweepResult } from "../simulate/sweep-totals.ts";
import type { Category } from "../types.ts";

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
 * @example sweepGrid(sweep, scenario.data.townships).rows[0].cells[0] // { total: 511, posts: 44, gain: 0, changed: true, paradox: false } (demo baseline swept 511–520, T01)
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
