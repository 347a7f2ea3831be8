import { TIE_TOLERANCE } from "../policy.ts";
import type { ReserveAssign } from "../scenario/scenario-schema.ts";
import { type Bilingual, CATEGORIES, type Category } from "../types.ts";
import {
  keptAtCountyReason,
  namedReserveReason,
  RESERVE_RULE_LABELS,
  type ReserveRuleName,
  reservePostReason,
} from "../words/reserve-words.ts";
import { compareCodePoints } from "./apportion/ties.ts";

/** A township as the reserve's assignment sees it: its basic posts and its share of the whole total. */
export interface ReserveTownship {
  readonly id: string;
  readonly name: string;
  readonly category: Category;
  /** Share of the total to allocate (index × coefficient, normalised; sums to 1). */
  readonly share: number;
  /** Basic posts allocated. */
  readonly allocated: number;
  /** Upper bound of the township's posts, or null for none. */
  readonly upper: number | null;
}

/** Where the flexible reserve went (R6): per township (data order) and what stayed at county level. */
export interface ReserveAssignment {
  readonly rule: ReserveRuleName;
  readonly ruleText: Bilingual;
  /** The reserve (posts). */
  readonly reserve: number;
  /** Posts assigned to townships; reserve − assigned stay at county level. */
  readonly assigned: number;
  readonly keptAtCounty: number;
  readonly keptReason: Bilingual;
  /** Every township in data order: reserve posts assigned (0 or more) and one reason per assignment. */
  readonly townships: readonly {
    readonly id: string;
    readonly posts: number;
    readonly reasons: readonly Bilingual[];
  }[];
}

/**
 * Assigns a flexible reserve of `reserve` posts by `rule` (default: kept at county level). `total` is the county
 * total including the reserve: a township's due is share × total. Exact and deterministic: each post in turn to the
 * township furthest below its due (within the highest-priority category still below for `by-category-priority`),
 * never past its upper bound; ties within 1e-12 go to the larger share, then the smaller id (code points). Named
 * townships get their posts as written (the caller has checked that they exist and fit in the reserve).
 * @throws {RangeError} when named posts exceed the reserve or name an unknown township (a caller's mistake).
 * @example assignReserve({ rule: "furthest-below-target" }, 1, 10, [{ id: "a", name: "A", category: "general", share: 0.6, allocated: 5, upper: null }, { id: "b", name: "B", category: "general", share: 0.4, allocated: 4, upper: null }]).townships.map((t) => t.posts) // [1, 0]: A is due 6, holds 5
 */
export function assignReserve(
  rule: ReserveAssign | undefined,
  reserve: number,
  total: number,
  townships: readonly ReserveTownship[],
): ReserveAssignment {
  const name: ReserveRuleName = rule?.rule ?? "county";
  const posts = townships.map(() => 0);
  const reasons: Bilingual[][] = townships.map(() => []);
  let full = false;
  if (rule?.rule === "named") {
    const at = new Map(townships.map((t, j) => [t.id, j]));
    for (const { id, posts: n, task } of rule.townships) {
      const j = at.get(id);
      if (j === undefined) throw new RangeError(`assignReserve: unknown township ${id}`);
      posts[j]! += n;
      reasons[j]!.push(namedReserveReason(n, task));
    }
    if (posts.reduce((s, x) => s + x, 0) > reserve)
      throw new RangeError("assignReserve: named posts exceed the reserve");
  } else if (rule?.rule === "furthest-below-target" || rule?.rule === "by-category-priority") {
    const byCategory = rule.rule === "by-category-priority";
    const gap = (j: number) => townships[j]!.share * total - (townships[j]!.allocated + posts[j]!);
    const room = (j: number) => {
      const upper = townships[j]!.upper;
      return upper === null || townships[j]!.allocated + posts[j]! < upper;
    };
    const better = (a: number, b: number): boolean => {
      const d = gap(a) - gap(b);
      const scale = Math.max(1, Math.abs(gap(a)), Math.abs(gap(b)));
      if (Math.abs(d) > TIE_TOLERANCE * scale) return d > 0;
      const s = townships[a]!.share - townships[b]!.share;
      if (Math.abs(s) > TIE_TOLERANCE) return s > 0;
      return compareCodePoints(townships[a]!.id, townships[b]!.id) < 0;
    };
    const furthest = (candidates: readonly number[]): number | undefined =>
      candidates.reduce<number | undefined>(
        (best, j) => (best === undefined || better(j, best) ? j : best),
        undefined,
      );
    for (let k = 1; k <= reserve; k++) {
      const open = townships.map((_, j) => j).filter(room);
      let chosen: number | undefined;
      let viaCategory = false;
      if (byCategory) {
        for (const category of CATEGORIES) {
          const below = open.filter((j) => townships[j]!.category === category && gap(j) > TIE_TOLERANCE);
          if (below.length > 0) {
            chosen = furthest(below);
            viaCategory = true;
            break;
          }
        }
      }
      chosen ??= furthest(open);
      if (chosen === undefined) {
        full = true;
        break;
      }
      const t = townships[chosen]!;
      reasons[chosen]!.push(
        reservePostReason({
          k,
          share: t.share,
          total,
          held: t.allocated + posts[chosen]!,
          category: t.category,
          byCategory: viaCategory,
        }),
      );
      posts[chosen]! += 1;
    }
  }
  const assigned = posts.reduce((s, x) => s + x, 0);
  const keptAtCounty = reserve - assigned;
  return {
    rule: name,
    ruleText: RESERVE_RULE_LABELS[name],
    reserve,
    assigned,
    keptAtCounty,
    keptReason: keptAtCountyReason(keptAtCounty, name, full),
    townships: townships.map((t, j) => ({ id: t.id, posts: posts[j]!, reasons: reasons[j]! })),
  };
}
