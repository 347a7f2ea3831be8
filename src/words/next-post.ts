/**
 * The next-post sentence: who would get one post more under a classical apportionment method. Said once,
 * in both languages, for the weights lab and the reports (`solve` text and Markdown).
 */
import type { Bilingual } from "../types.ts";

/** A township as the next-post sentence names it. */
export interface NextPostClaimant {
  /** The township's name, e.g. "芦溪镇". */
  readonly name: string;
  /** Which of its own posts the next one would be, e.g. 31. */
  readonly post: number;
  /** Its priority value (divisor methods) or remainder in posts (Hamilton); Infinity for a first post. */
  readonly priority: number;
}

/** What the next-post sentence says: plain values, townships by name. */
export interface NextPostFacts {
  /** The method's name, e.g. { zh: "韦伯斯特法（圣拉古法）", … }; null says the sentence without it (a clause after "；"). */
  readonly method: Bilingual | null;
  /** How the margin is measured: "priority" values of a divisor method, or the "remainder" in posts (Hamilton). */
  readonly measure: "priority" | "remainder";
  /** The county's number of the next post: the total allocated + 1, e.g. 512. */
  readonly postNumber: number;
  /** Who would get it, or null when every township is at its maximum. */
  readonly next: NextPostClaimant | null;
  /** The best other township, or null when no other can take a post. */
  readonly runnerUp: NextPostClaimant | null;
  /** next.priority − runnerUp.priority: 0 for a tie, Infinity when only `next` has an infinite priority. */
  readonly margin: number;
  /** The tie-break rule, said when the two tie. */
  readonly tieBreak: Bilingual;
}

/** Six significant digits, as a plain decimal. */
function significant(value: number): string {
  return String(Number(value.toPrecision(6)));
}

/** One language of the sentence. */
function say(facts: NextPostFacts, lang: "zh" | "en"): string {
  const zh = lang === "zh";
  const method = facts.method?.[lang];
  const { next, runnerUp } = facts;
  if (next === null) {
    if (method === undefined) {
      return zh
        ? "所有乡镇均已达到上限，无法再分配名额。"
        : "every township is at its maximum: no further post can be placed.";
    }
    return zh
      ? `按${method}，所有乡镇均已达到上限，无法再分配名额。`
      : `Under ${method}, every township is at its maximum: no further post can be placed.`;
  }
  const n = facts.postNumber;
  const lead = zh
    ? `${method === undefined ? "" : `按${method}，`}下一个名额（第 ${n} 名）将给${next.name}（其第 ${next.post} 名）`
    : `${method === undefined ? "the" : `Under ${method}, the`} next post (no. ${n}) would go to ${next.name} (its post no. ${next.post})`;
  if (next.priority === Number.POSITIVE_INFINITY && facts.margin !== 0) {
    return (
      lead +
      (zh
        ? "：该乡镇尚无编制，此方法先给每个乡镇 1 名。"
        : ": it has no post yet, and this method gives every township one first.")
    );
  }
  if (runnerUp === null)
    return lead + (zh ? "；其他乡镇均已达到上限。" : "; every other township is at its maximum.");
  if (facts.margin === 0) {
    const p = significant(next.priority);
    const rule = facts.tieBreak[lang];
    return (
      lead +
      (zh
        ? `，与${runnerUp.name}并列（优先值同为 ${p}），按平局规则给前者：${rule}。`
        : `, tied with ${runnerUp.name} (both at priority ${p}); the tie-break rule gives it to the former: ${rule}.`)
    );
  }
  const ahead = zh
    ? `，领先${runnerUp.name}（其第 ${runnerUp.post} 名）：`
    : `, ahead of ${runnerUp.name} (its post no. ${runnerUp.post}): `;
  if (facts.measure === "remainder") {
    const p = next.priority.toFixed(3);
    const q = runnerUp.priority.toFixed(3);
    const m = facts.margin.toFixed(3);
    return (
      lead +
      ahead +
      (zh ? `余数 ${p} 对 ${q} 名，多 ${m} 名。` : `remainder ${p} against ${q} posts, ${m} more.`)
    );
  }
  const p = significant(next.priority);
  const q = significant(runnerUp.priority);
  const pct = `${((100 * facts.margin) / runnerUp.priority).toFixed(2)}%`;
  return (
    lead + ahead + (zh ? `优先值 ${p} 对 ${q}，高 ${pct}。` : `priority ${p} against ${q}, ${pct} higher.`)
  );
}

/**
 * Who would get the next post, in both languages: the township and which of its own posts it would be,
 * the runner-up and the margin — for a divisor method the two priority values and how much higher the
 * winner's is (relative to the runner-up's), for Hamilton the two remainders in posts. A tie says the
 * tie-break rule; a first post (infinite priority) and a township alone below its maximum are said as
 * such. With `method: null` the sentence starts "下一个名额…" / "the next post…", to follow "分配方法：…；".
 * @throws never
 * @example
 * nextPostSentence({ method: { zh: "韦伯斯特法（圣拉古法）", en: "Webster (Sainte-Laguë)" }, measure: "priority",
 *   postNumber: 512, next: { name: "芦溪镇", post: 31, priority: 0.0250046 },
 *   runnerUp: { name: "太平镇", post: 23, priority: 0.0248682 }, margin: 0.0001364, tieBreak }).zh
 * // "按韦伯斯特法（圣拉古法），下一个名额（第 512 名）将给芦溪镇（其第 31 名），领先太平镇（其第 23 名）：优先值 0.0250046 对 0.0248682，高 0.55%。"
 */
export function nextPostSentence(facts: NextPostFacts): Bilingual {
  return { zh: say(facts, "zh"), en: say(facts, "en") };
}
