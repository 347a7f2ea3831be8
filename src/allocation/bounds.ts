import { currentPosts } from "../scenario/current-posts.ts";
import type { BandSpec, CategoryRule, PostType, Township } from "../types.ts";
import type { BoundParts } from "./problem.ts";

/** A township's bounds, whole posts, with where each comes from. */
export interface TownshipBounds {
  /** The larger of the category floor and the band's lower end, at least 0. */
  readonly lower: number;
  /** The smaller of the category cap and the band's upper end, or Infinity. */
  readonly upper: number;
  readonly lowerParts: BoundParts;
  readonly upperParts: BoundParts;
}

/**
 * Bounds of one township: the category floor (R3) and cap, and the stability band around today's posts (a cut or
 * gain in posts, or a share of today's posts rounded inward: the lower end up, the upper end down).
 * @example townshipBounds(township, rule, "admin", { maxCut: 2 }) // today 18, floor 15: lower 16 (band), upper Infinity
 */
export function townshipBounds(
  township: Township,
  rule: CategoryRule,
  postType: PostType,
  band: BandSpec | undefined,
): TownshipBounds {
  const today = currentPosts(postType, township);
  const floor = rule.floor[postType];
  const cap = rule.cap[postType];
  let bandLower: number | undefined;
  let bandUpper: number | undefined;
  if (band !== undefined) {
    const cut = minDefined([
      band.maxCut,
      band.maxCutShare !== undefined ? Math.floor(today * band.maxCutShare + 1e-9) : undefined,
    ]);
    const gain = minDefined([
      band.maxGain,
      band.maxGainShare !== undefined ? Math.floor(today * band.maxGainShare + 1e-9) : undefined,
    ]);
    if (cut !== undefined) bandLower = Math.max(0, today - cut);
    if (gain !== undefined) bandUpper = today + gain;
  }
  return {
    lower: Math.max(0, floor ?? 0, bandLower ?? 0),
    upper: Math.min(cap ?? Number.POSITIVE_INFINITY, bandUpper ?? Number.POSITIVE_INFINITY),
    lowerParts: {
      ...(floor !== undefined ? { rule: floor } : {}),
      ...(bandLower !== undefined ? { band: bandLower } : {}),
    },
    upperParts: {
      ...(cap !== undefined ? { rule: cap } : {}),
      ...(bandUpper !== undefined ? { band: bandUpper } : {}),
    },
  };
}

/**
 * Which part of a bound holds it, decided once for the diagnosis and the reasons: the band when the band's end is
 * the bound and stricter than the category rule (or there is no rule), the category rule (floor or cap) otherwise —
 * so when floor = band = bound, it is the floor (the policy's number), not the band.
 * @example boundSource({ rule: 15, band: 15 }, 15) // "rule"
 */
export function boundSource(parts: BoundParts, bound: number): "rule" | "band" | "none" {
  if (parts.rule !== undefined && parts.rule === bound) return "rule";
  if (parts.band !== undefined && parts.band === bound) return "band";
  return "none";
}

function minDefined(values: readonly (number | undefined)[]): number | undefined {
  const defined = values.filter((v): v is number => v !== undefined);
  return defined.length > 0 ? Math.min(...defined) : undefined;
}
