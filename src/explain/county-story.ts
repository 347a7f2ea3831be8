import type { ScenarioTotals } from "../allocation/totals.ts";
import { type Bilingual, CATEGORIES, type Category } from "../types.ts";
import {
  bandStorySentence,
  type CategoryPosts,
  capsStorySentence,
  floorsStorySentence,
  orderingStorySentence,
  paidByStorySentence,
  reserveStorySentence,
  STORY_LABELS,
} from "../words/county-story.ts";
import type { Reason } from "./reasons.ts";

/** One township as the county story reads it (a `TownshipResult` fits). */
export interface StoryTownship {
  readonly id: string;
  readonly name: string;
  readonly category: Category;
  /** Proportional target, posts, fractional. */
  readonly target: number;
  /** Lower bound, whole posts. */
  readonly lower: number;
  readonly reasons: readonly Reason[];
}

/** Posts and the townships (ids) behind them. */
export interface StoryFigure {
  /** Posts, fractional, ≥ 0. */
  readonly posts: number;
  readonly townships: readonly string[];
}

/**
 * The county-level explanation of a solved scenario: each figure is a sum of township steps, so they add up.
 * - `floors.posts` = Σ `floor` steps; `floors.values` the distinct floors those townships sit at;
 * - `band.lifted` = Σ `bandLower` steps (posts the band keeps from being cut), `band.heldDown` = −Σ `bandUpper` steps
 *   (posts it keeps from being gained); the band holds back lifted + heldDown;
 * - `caps.posts` = −Σ `cap` steps;
 * - `paid.posts` = floors + lifted − caps − heldDown: the net posts the bounds took from the townships not held at a
 *   bound (negative: left to them), shared in proportion to their targets; `paid.byCategory` that share by category;
 * - `reserve.posts` = the county reserve (totals.reserve), held at county level;
 * - `ordering.moved` = Σ |`ordering` steps| / 2 (the ordering steps sum to 0: every post it moved leaves one township
 *   and reaches another); `ordering.byCategory` the net ordering steps by category; null when ordering is off.
 */
export interface CountyStory {
  readonly floors: StoryFigure & { readonly values: readonly number[] };
  readonly band: { readonly lifted: StoryFigure; readonly heldDown: StoryFigure };
  readonly caps: StoryFigure;
  readonly paid: StoryFigure & { readonly byCategory: readonly CategoryPosts[] };
  readonly reserve: { readonly posts: number; readonly rule: Bilingual };
  readonly ordering: { readonly moved: number; readonly byCategory: readonly CategoryPosts[] } | null;
  /** The story in sentences, in this order: floors, band, caps, who pays, reserve, ordering. */
  readonly sentences: readonly Bilingual[];
}

/** Inputs of `countyStory`. */
export interface CountyStoryInput {
  readonly townships: readonly StoryTownship[];
  readonly totals: Pick<ScenarioTotals, "reserve" | "reserveRule">;
  /** Whether the category ordering rows were on. */
  readonly ordering: boolean;
}

/**
 * The county-level explanation: what the floors cost and who pays, what the band holds back, what the caps hold
 * back, where the reserve went and what the ordering moved — every figure a sum of the townships' reason steps.
 * @example countyStory({ townships: result.townships, totals: result.totals, ordering: false }).floors.posts
 */
export function countyStory(input: CountyStoryInput): CountyStory {
  const { townships } = input;
  const figure = (kind: Reason["kind"], sign: 1 | -1): StoryFigure => {
    let posts = 0;
    const ids: string[] = [];
    for (const t of townships) {
      const steps = t.reasons.filter((r) => r.kind === kind);
      if (steps.length === 0) continue;
      ids.push(t.id);
      for (const r of steps) posts += sign * r.amount;
    }
    return { posts, townships: ids };
  };
  const floors = figure("floor", 1);
  const lifted = figure("bandLower", 1);
  const heldDown = figure("bandUpper", -1);
  const caps = figure("cap", -1);
  const boundIds = new Set([
    ...floors.townships,
    ...lifted.townships,
    ...heldDown.townships,
    ...caps.townships,
  ]);
  const free = townships.filter((t) => !boundIds.has(t.id));
  const taken = floors.posts + lifted.posts - caps.posts - heldDown.posts;
  const freeTargets = free.reduce((s, t) => s + t.target, 0);
  const paidByCategory = perCategory(free, (t) => (freeTargets > 0 ? (-taken * t.target) / freeTargets : 0));
  const paid = { posts: taken, townships: free.map((t) => t.id), byCategory: paidByCategory };
  const floorValues = [
    ...new Set(townships.filter((t) => floors.townships.includes(t.id)).map((t) => t.lower)),
  ].sort((a, b) => a - b);
  const orderingSteps = townships.flatMap((t) => t.reasons.filter((r) => r.kind === "ordering"));
  const ordering = input.ordering
    ? {
        moved: orderingSteps.reduce((s, r) => s + Math.abs(r.amount), 0) / 2,
        byCategory: perCategory(townships, (t) =>
          t.reasons.filter((r) => r.kind === "ordering").reduce((s, r) => s + r.amount, 0),
        ),
      }
    : null;
  const nameOf = new Map(townships.map((t) => [t.id, t.name]));
  const names = (ids: readonly string[]) => ids.map((id) => nameOf.get(id) ?? id);

  const sentences: Bilingual[] = [];
  if (floors.townships.length > 0)
    sentences.push(
      floorsStorySentence({
        count: floors.townships.length,
        floors: floorValues,
        posts: floors.posts,
        names: names(floors.townships),
      }),
    );
  if (lifted.townships.length > 0 || heldDown.townships.length > 0)
    sentences.push(
      bandStorySentence({
        lifted: lifted.posts,
        liftedNames: names(lifted.townships),
        heldDown: heldDown.posts,
        heldDownNames: names(heldDown.townships),
      }),
    );
  if (caps.townships.length > 0)
    sentences.push(capsStorySentence({ posts: caps.posts, names: names(caps.townships) }));
  if (boundIds.size === 0) sentences.push(STORY_LABELS.noBounds);
  else if (Math.abs(taken) > 1e-9 && free.length > 0)
    sentences.push(paidByStorySentence({ count: free.length, posts: taken, byCategory: paidByCategory }));
  sentences.push(reserveStorySentence({ posts: input.totals.reserve, rule: input.totals.reserveRule }));
  if (ordering !== null) sentences.push(orderingStorySentence(ordering));
  return {
    floors: { ...floors, values: floorValues },
    band: { lifted, heldDown },
    caps,
    paid,
    reserve: { posts: input.totals.reserve, rule: input.totals.reserveRule },
    ordering,
    sentences,
  };
}

/** Σ value by category, in the category order, leaving out categories with nothing (|Σ| ≤ 1e-9). */
function perCategory(
  townships: readonly StoryTownship[],
  value: (t: StoryTownship) => number,
): CategoryPosts[] {
  return CATEGORIES.map((category) => ({
    category,
    posts: townships.filter((t) => t.category === category).reduce((s, t) => s + value(t), 0),
  })).filter((p) => Math.abs(p.posts) > 1e-9);
}
