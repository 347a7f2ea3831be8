/**
 * Public types of the apportionment methods: how a whole number of posts is divided among units in
 * proportion to their weights, by a method with a published pedigree (Hamilton, Jefferson/D'Hondt,
 * Webster/Sainte-Laguë, Adams, Dean, Huntington-Hill). Defaults are stated on each field.
 */
import type { Bilingual } from "../../types.ts";

/** The divisor methods, named after the people who proposed them for the US House. */
export type DivisorMethod = "jefferson" | "webster" | "adams" | "dean" | "huntington-hill";

/** Every apportionment method. Jefferson is D'Hondt; Webster is Sainte-Laguë (same results). */
export type ApportionMethod = "hamilton" | DivisorMethod;

/**
 * How Hamilton's method honours minimums and maximums.
 * - `requota` (default, ours): the exact shares are recomputed among the units that no bound holds,
 *   on the posts those bounds leave (`boundedQuota`); lower quotas of those shares, then largest remainders.
 * - `fixed-quota`: the exact shares are computed once on the whole total; each lower quota is raised to
 *   the unit's minimum or cut to its maximum; the posts left go by largest remainder among the units no
 *   bound moved. This is how the US House applied Hamilton's method with its one-seat minimum
 *   (1850–1900); it reproduces the Alabama paradox of 1880.
 */
export type HamiltonBounds = "requota" | "fixed-quota";

/** One unit to receive posts, e.g. a township and its demand index. */
export interface ApportionUnit {
  /** Unique name, e.g. "芦溪镇". Names are compared exactly (case and spaces matter). */
  readonly name: string;
  /** Proportional weight, finite and >= 0, e.g. a population or demand index. Units: any, shared by all units. */
  readonly weight: number;
  /** Fewest posts this unit may get, a whole number >= 0. Default 0. */
  readonly min?: number;
  /** Most posts this unit may get, a whole number >= min, or Infinity. Default Infinity. */
  readonly max?: number;
}

/** Options of `apportion` and friends. */
export interface ApportionOptions {
  /** Hamilton's rule for bounds. Default "requota". Ignored by divisor methods. */
  readonly hamiltonBounds?: HamiltonBounds;
}

/**
 * Which step of the method placed a unit's last post:
 * - `priority`: the post handed out at `rank` in the priority list (divisor methods);
 * - `divisor`: a divisor method's post handed out before the listed end of a truncated list (`listTruncated`);
 * - `largest-remainder`: the `rank`-th post handed out by largest remainder (Hamilton);
 * - `lower-quota`: the lower quota, the whole part of the unit's share (Hamilton);
 * - `minimum` / `maximum`: the unit's own bound fixed its number;
 * - `none`: the unit has no post.
 */
export type LastPost =
  | { readonly step: "priority"; readonly rank: number }
  /** A divisor method's post before the listed end of a truncated priority list (placed by the divisor). */
  | { readonly step: "divisor" }
  | { readonly step: "largest-remainder"; readonly rank: number }
  | { readonly step: "lower-quota" }
  | { readonly step: "minimum" }
  | { readonly step: "maximum" }
  | { readonly step: "none" };

/** What one unit received and why. */
export interface UnitApportionment {
  readonly name: string;
  readonly weight: number;
  /** Exact proportional share, posts, fractional: total × weight / Σ weight. */
  readonly quota: number;
  /**
   * Exact share once bounds are honoured, posts, fractional: `min` or `max` for a unit a bound holds,
   * else the posts left by the bounded units shared in proportion to weight. Equals `quota` when no bound binds.
   */
  readonly boundedQuota: number;
  /** Minimum posts, whole number (0 when none was given). */
  readonly min: number;
  /** Maximum posts, whole number or Infinity (when none was given). */
  readonly max: number;
  /** Posts allocated, a whole number. */
  readonly allocated: number;
  readonly lastPost: LastPost;
}

/** One post handed out after the minimums (divisor methods) or after the lower quotas (Hamilton). */
export interface PriorityEntry {
  /** 1-based position in the list. */
  readonly rank: number;
  readonly unit: string;
  /** Which post of that unit this is: 1 for its first post. */
  readonly post: number;
  /**
   * Divisor methods: weight / d(post − 1), Infinity for a first post when d(0) = 0 (Adams, Dean,
   * Huntington-Hill). Hamilton: the remainder share − posts already held, in posts.
   */
  readonly priority: number;
}

/** Who would get one more post (total + 1). */
export interface NextPost {
  readonly unit: string;
  /** Which post of that unit it would be. */
  readonly post: number;
  readonly priority: number;
  /** The best other unit, or null when no other unit can take a post. */
  readonly runnerUp: { readonly unit: string; readonly post: number; readonly priority: number } | null;
  /** priority − runnerUp.priority (0 for a tie, Infinity when only `unit` has an infinite priority). */
  readonly margin: number;
}

/**
 * Units whose priorities were equal (relative difference <= 1e-12) where the list had to put one first.
 * `decisive` ties straddle the total: some of the tied units got the post and some did not, so the
 * tie-break rule, not the weights, decided the allocation. Other ties only decide ranks in the list.
 * The first posts at infinite priority (Adams, Dean, Huntington-Hill: every unit with weight > 0 and no
 * post) always tie and are reported only when decisive (the total is too small to give each one a post).
 */
export interface ApportionTie {
  /** The tied units, in the order the tie-break rule ranks them. */
  readonly units: readonly string[];
  /** Rank in the priority list of the first of the tied posts. */
  readonly atRank: number;
  /** The shared priority (that of the first tied post). */
  readonly priority: number;
  readonly decisive: boolean;
  /** The tied units that got the post within the total (for Hamilton's `reductions`: that gave one up). */
  readonly awarded: readonly string[];
}

/**
 * The divisors λ that reproduce a divisor method's allocation: each unit gets the number of signposts
 * d(k) below weight / λ, held within its bounds. Any λ with low <= λ < high works.
 */
export interface DivisorRange {
  readonly low: number;
  readonly high: number;
  /** The roundest number in [low, high) (fewest significant digits), e.g. 33000; undefined if the range is empty. */
  readonly nice: number | undefined;
}

/** A successful apportionment. */
export interface ApportionOk {
  readonly status: "ok";
  readonly method: ApportionMethod;
  readonly total: number;
  /** One entry per unit, in input order. */
  readonly units: readonly UnitApportionment[];
  /** Posts handed out after the minimums (divisor methods) or lower quotas (Hamilton), in order. */
  readonly priorityList: readonly PriorityEntry[];
  /** Who would get post total + 1; null when every unit is at its maximum. */
  readonly nextPost: NextPost | null;
  readonly ties: readonly ApportionTie[];
  /** The tie-break rule the result used, stated for the reader. */
  readonly tieBreak: Bilingual;
  /**
   * Divisor methods beyond APPORTION_MAX_LISTED_POSTS posts: `priorityList` holds only the list's last posts, from
   * rank `firstRank`; the sentence says so.
   */
  readonly listTruncated?: { readonly firstRank: number; readonly message: Bilingual };
  /** Divisor methods only: the divisors that reproduce the allocation. */
  readonly divisor?: DivisorRange;
  /** Hamilton only: the bound rule used. */
  readonly hamiltonBounds?: HamiltonBounds;
  /**
   * Hamilton `fixed-quota` only: posts taken back, in order, when minimums raised the lower quotas above
   * the total. `post` is the post removed, `priority` the unit's share − posts held before removal.
   */
  readonly reductions?: readonly PriorityEntry[];
}

/** The bounds cannot be met: the minimums need more than the total, or the maximums allow less. */
export interface ApportionInfeasible {
  readonly status: "infeasible";
  readonly method: ApportionMethod;
  readonly total: number;
  /** Σ min over the units. */
  readonly minimumSum: number;
  /** Σ max over the units (Infinity when a unit has none). */
  readonly maximumSum: number;
  /** The numbers, e.g. en "minimums need 520, total is 500". */
  readonly diagnosis: Bilingual;
}

export type ApportionResult = ApportionOk | ApportionInfeasible;
