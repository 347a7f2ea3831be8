/**
 * The Alabama-paradox sentences: one case (a township loses a post as the county total rises), and the
 * headline over a sweep's cases. Said once, in both languages, for the sweep page and `quota-planner sweep`.
 */
import type { Bilingual } from "../types.ts";

/** One Alabama-paradox case: plain values, the township by name. */
export interface ParadoxCase {
  /** The township's name, e.g. "凤凰乡". */
  readonly name: string;
  /** The county total before and after the rise, e.g. 538 and 539. */
  readonly fromTotal: number;
  readonly toTotal: number;
  /** The township's posts at those totals, e.g. 16 and 15. */
  readonly before: number;
  readonly after: number;
}

/**
 * One Alabama-paradox case in words.
 * @throws never
 * @example paradoxSentence({ name: "凤凰乡", fromTotal: 538, toTotal: 539, before: 16, after: 15 }).zh
 * // "凤凰乡：县域总量由 538 增至 539 名时，编制由 16 名减为 15 名"
 */
export function paradoxSentence(c: ParadoxCase): Bilingual {
  return {
    zh: `${c.name}：县域总量由 ${c.fromTotal} 增至 ${c.toTotal} 名时，编制由 ${c.before} 名减为 ${c.after} 名`,
    en: `${c.name}: ${c.before} → ${c.after} posts as the county total rises from ${c.fromTotal} to ${c.toTotal}`,
  };
}

/** What the headline over a sweep's paradox cases says. */
export interface ParadoxHeadlineFacts {
  /** The allocation method's name, e.g. { zh: "韦伯斯特法（圣拉古法）", en: "Webster (Sainte-Laguë)" }. */
  readonly method: Bilingual;
  /** The first and last county total of the sweep, posts. */
  readonly from: number;
  readonly to: number;
  /** How many paradox cases the sweep found (0 = none). */
  readonly cases: number;
}

/**
 * The headline over a sweep's paradox list: "✓ … no Alabama paradox", or "✗ … n case(s):" (the cases
 * follow it, one `paradoxSentence` each).
 * @throws never
 * @example paradoxHeadline({ method: { zh: "韦伯斯特法（圣拉古法）", en: "Webster (Sainte-Laguë)" }, from: 511, to: 571, cases: 0 }).en
 * // "✓ Webster (Sainte-Laguë): for county totals 511–571, no township loses a post as the total rises (no Alabama paradox)."
 */
export function paradoxHeadline(facts: ParadoxHeadlineFacts): Bilingual {
  const { method, from, to, cases } = facts;
  return cases === 0
    ? {
        zh: `✓ ${method.zh}：县域总量 ${from}–${to} 名之间，没有乡镇在总量增加时减少编制（无阿拉巴马悖论）。`,
        en: `✓ ${method.en}: for county totals ${from}–${to}, no township loses a post as the total rises (no Alabama paradox).`,
      }
    : {
        zh: `✗ ${method.zh}：县域总量 ${from}–${to} 名之间有 ${cases} 处阿拉巴马悖论（总量增加，某乡镇编制反而减少）：`,
        en: `✗ ${method.en}: for county totals ${from}–${to}, ${cases} Alabama-paradox case(s) (the total rises, a township loses a post):`,
      };
}
