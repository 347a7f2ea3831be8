/**
 * Who would get the next post under a classical apportionment method, in words for the weights lab
 * (townships by name). Pure: runs in Node tests.
 */
import { APPORTION_METHOD_LABELS, type Bilingual, type ScenarioResult } from "../index.ts";
import { defineStrings, t } from "./i18n.ts";

const S = defineStrings({
  lead: {
    zh: "按{method}，下一个名额（第 {n} 名）将给{name}（其第 {post} 名）",
    en: "Under {method}, the next post (no. {n}) would go to {name} (its post no. {post})",
  },
  ahead: {
    zh: "，领先{runner}（其第 {runnerPost} 名）：优先值 {p} 对 {q}，高 {pct}。",
    en: ", ahead of {runner} (its post no. {runnerPost}): priority {p} against {q}, {pct} higher.",
  },
  aheadRemainder: {
    zh: "，领先{runner}（其第 {runnerPost} 名）：余数 {p} 对 {q} 名，多 {margin} 名。",
    en: ", ahead of {runner} (its post no. {runnerPost}): remainder {p} against {q} posts, {margin} more.",
  },
  tie: {
    zh: "，与{runner}并列（优先值同为 {p}），按平局规则给前者：{rule}。",
    en: ", tied with {runner} (both at priority {p}); the tie-break rule gives it to the former: {rule}.",
  },
  first: {
    zh: "：该乡镇尚无编制，此方法先给每个乡镇 1 名。",
    en: ": it has no post yet, and this method gives every township one first.",
  },
  alone: {
    zh: "；其他乡镇均已达到上限。",
    en: "; every other township is at its maximum.",
  },
  none: {
    zh: "按{method}，所有乡镇均已达到上限，无法再分配名额。",
    en: "Under {method}, every township is at its maximum: no further post can be placed.",
  },
});

/** Six significant digits, as a plain decimal. */
function significant(value: number): string {
  return String(Number(value.toPrecision(6)));
}

/**
 * The next post of a result placed by a classical method, in both languages: which township would get
 * post total + 1 (and which of its own posts that is), the runner-up, and the margin — for divisor methods
 * the two priority values and how much higher the winner's is (relative to the runner-up's); for Hamilton
 * the two remainders in posts. Ties and infinite priorities (a township without a post) are said as such.
 * `null` for the LP (no priority list) or a result without an allocation.
 * @throws never
 * @example nextPostText(websterResult)?.zh // "按韦伯斯特法（圣拉古法），下一个名额（第 512 名）将给芦溪镇（其第 31 名），领先…"
 */
export function nextPostText(result: ScenarioResult): Bilingual | null {
  const apportionment = result.apportionment;
  if (apportionment === undefined || result.townships.length === 0) return null;
  const names = new Map(result.townships.map((tw) => [tw.id, tw.name]));
  const name = (id: string) => names.get(id) ?? id;
  const method = APPORTION_METHOD_LABELS[apportionment.method];
  const next = apportionment.nextPost;
  const say = (lang: "zh" | "en"): string => {
    const m = method[lang];
    if (next === null) return t(S.none, lang, { method: m });
    const lead = t(S.lead, lang, {
      method: m,
      n: result.totals.toAllocate + 1,
      name: name(next.unit),
      post: next.post,
    });
    if (next.priority === Number.POSITIVE_INFINITY && next.margin !== 0) return lead + t(S.first, lang);
    const runner = next.runnerUp;
    if (runner === null) return lead + t(S.alone, lang);
    if (next.margin === 0) {
      return (
        lead +
        t(S.tie, lang, {
          runner: name(runner.unit),
          p: significant(next.priority),
          rule: apportionment.tieBreak[lang],
        })
      );
    }
    const common = { runner: name(runner.unit), runnerPost: runner.post };
    if (apportionment.method === "hamilton") {
      return (
        lead +
        t(S.aheadRemainder, lang, {
          ...common,
          p: next.priority.toFixed(3),
          q: runner.priority.toFixed(3),
          margin: next.margin.toFixed(3),
        })
      );
    }
    return (
      lead +
      t(S.ahead, lang, {
        ...common,
        p: significant(next.priority),
        q: significant(runner.priority),
        pct: `${((100 * next.margin) / runner.priority).toFixed(2)}%`,
      })
    );
  };
  return { zh: say("zh"), en: say("en") };
}
