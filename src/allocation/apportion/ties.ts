import type { Bilingual } from "../../types.ts";
import type { ApportionTie, NextPost } from "./types.ts";

/** Two priorities within this relative difference are a tie. */
export { TIE_TOLERANCE } from "../../policy.ts";

import { TIE_TOLERANCE } from "../../policy.ts";

/** The tie-break rule every method uses, as stated in results. */
export const TIE_BREAK_RULE: Bilingual = {
  zh: `优先值相同（相对差不超过 ${TIE_TOLERANCE}）时，权重大者优先；权重也相同时，按名称的 Unicode 码位顺序靠前者优先`,
  en: `equal priorities (relative difference <= ${TIE_TOLERANCE}) go first to the larger weight, then to the name first in Unicode code-point order`,
};

/**
 * Whether two priorities tie: equal, or within TIE_TOLERANCE of the larger in size. Infinity ties
 * only with Infinity.
 * @throws never
 * @example
 * tiesWith(51000, 51000 * (1 + 1e-13)) // true
 * tiesWith(Infinity, 1e300)             // false
 */
export function tiesWith(a: number, b: number): boolean {
  if (a === b) return true;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return false;
  return Math.abs(a - b) <= TIE_TOLERANCE * Math.max(Math.abs(a), Math.abs(b));
}

/** Compares two strings by Unicode code points (not UTF-16 code units). * @throws never
 * @example
 * compareCodePoints("B", "Ä") < 0 // true: U+0042 before U+00C4
 */
export function compareCodePoints(a: string, b: string): number {
  const left = Array.from(a);
  const right = Array.from(b);
  const n = Math.min(left.length, right.length);
  for (let i = 0; i < n; i++) {
    const x = left[i]!.codePointAt(0)!;
    const y = right[i]!.codePointAt(0)!;
    if (x !== y) return x - y;
  }
  return left.length - right.length;
}

/** Negative when `a` goes first under the tie-break rule: larger weight, then name in code-point order. * @throws never
 * @example
 * tieBreakOrder({ weight: 5, name: "B" }, { weight: 3, name: "A" }) < 0 // true: larger weight first
 */
export function tieBreakOrder(
  a: { readonly weight: number; readonly name: string },
  b: { readonly weight: number; readonly name: string },
): number {
  if (a.weight !== b.weight) return b.weight - a.weight;
  return compareCodePoints(a.name, b.name);
}

/** A post in a ranked sequence, for tie grouping. */
export interface RankedPost {
  readonly unit: string;
  readonly priority: number;
}

/** The default test of a tie between two posts: `tiesWith` on their priorities. * @throws never
 * @example
 * samePriority({ unit: "A", priority: 15 }, { unit: "B", priority: 15 }) // true
 */
export function samePriority(a: RankedPost, b: RankedPost): boolean {
  return tiesWith(a.priority, b.priority);
}

/**
 * Groups the tied posts of a priority list. `inside` is the list of posts handed out (in order);
 * `outside` the candidates for the next post, best first (their tie-break order). A group is a run of
 * posts whose priorities tie with the run's first (by `same`); it is decisive when it continues into
 * `outside`. Ranks count from 1 at inside[0]. A non-decisive run at infinite priority (every unit's
 * first post under Adams, Dean or Huntington-Hill) is left out: those posts all go out anyway.
 * @throws never
 * @example
 * findTies([{ unit: "A", priority: 15 }], [{ unit: "B", priority: 15 }])
 * // [{ units: ["A", "B"], atRank: 1, priority: 15, decisive: true, awarded: ["A"] }]
 */
export function findTies<T extends RankedPost>(
  inside: readonly T[],
  outside: readonly T[],
  same: (a: T, b: T) => boolean = samePriority,
): ApportionTie[] {
  const ties: ApportionTie[] = [];
  let start = 0;
  while (start < inside.length) {
    const head = inside[start]!;
    let end = start + 1;
    while (end < inside.length && same(inside[end]!, head)) end++;
    const awarded = inside.slice(start, end).map((post) => post.unit);
    const isLast = end === inside.length;
    const beyond = isLast ? outside.filter((post) => same(post, head)).map((post) => post.unit) : [];
    // First posts at infinite priority (Adams, Dean, Huntington-Hill) always tie; only a decisive one is news.
    const news = beyond.length > 0 || Number.isFinite(head.priority);
    if (news && awarded.length + beyond.length > 1) {
      const inside = new Set(awarded);
      ties.push({
        units: [...awarded, ...beyond.filter((unit) => !inside.has(unit))],
        atRank: start + 1,
        priority: head.priority,
        decisive: beyond.length > 0,
        awarded: Array.from(new Set(awarded)),
      });
    }
    start = end;
  }
  return ties;
}

/** A unit competing for the next post: its place in the input, name, weight and priority. */
export interface PostCandidate extends RankedPost {
  readonly index: number;
  readonly name: string;
  readonly weight: number;
}

/**
 * Regroups candidates already sorted by priority so that runs of tied priorities (by `same`) are ordered by
 * `compare` (the tie-break rule), not by float noise. Returns a new array.
 * @throws never
 */
export function regroupTies<T extends PostCandidate>(
  sorted: readonly T[],
  same: (a: T, b: T) => boolean,
  compare: (a: T, b: T) => number,
): T[] {
  const ordered: T[] = [];
  let start = 0;
  while (start < sorted.length) {
    let end = start + 1;
    while (end < sorted.length && same(sorted[end]!, sorted[start]!)) end++;
    for (const unit of sorted.slice(start, end).sort(compare)) ordered.push(unit);
    start = end;
  }
  return ordered;
}

/**
 * Who gets the next post from candidates ordered best first, with the runner-up and the margin
 * (0 when the two tie by `same`, Infinity without a runner-up); null without candidates.
 * @throws never
 */
export function nextPostOf<T extends PostCandidate>(
  candidates: readonly T[],
  held: readonly number[],
  same: (a: T, b: T) => boolean,
): NextPost | null {
  const first = candidates[0];
  if (!first) return null;
  const second = candidates[1];
  const runnerUp = second
    ? { unit: second.name, post: held[second.index]! + 1, priority: second.priority }
    : null;
  let margin = Number.POSITIVE_INFINITY;
  if (second) margin = same(first, second) ? 0 : first.priority - second.priority;
  return { unit: first.name, post: held[first.index]! + 1, priority: first.priority, runnerUp, margin };
}
