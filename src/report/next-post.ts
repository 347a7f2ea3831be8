/**
 * Who would get the next post of a result placed by a classical apportionment method, in words
 * (townships by name): the facts of `result.apportionment.nextPost` said by `nextPostSentence`.
 */
import type { ScenarioResult } from "../run/result.ts";
import type { Bilingual } from "../types.ts";
import { nextPostSentence } from "../words/next-post.ts";

/**
 * The next post of a result placed by a classical method, in both languages (see `nextPostSentence`):
 * post total + 1, the township and runner-up by name, the margin. `null` for the LP (no priority list) or
 * a result without an allocation. `{ method: false }` leaves the method's name out, for a line that
 * already names it ("分配方法：…；下一个名额…").
 * @throws never
 * @example
 * nextPostText(websterResult)?.zh // the demo baseline with method: webster
 * // "按韦伯斯特法（圣拉古法），下一个名额（第 512 名）将给古佛镇（其第 21 名），领先芦溪镇（其第 31 名）：优先值 0.0245172 对 0.0244324，高 0.35%。"
 */
export function nextPostText(
  result: ScenarioResult,
  options: { readonly method?: boolean } = {},
): Bilingual | null {
  const apportionment = result.apportionment;
  if (apportionment === undefined || result.townships.length === 0) return null;
  const names = new Map(result.townships.map((tw) => [tw.id, tw.name]));
  const name = (id: string) => names.get(id) ?? id;
  const next = apportionment.nextPost;
  return nextPostSentence({
    method: options.method === false ? null : apportionment.label,
    measure: apportionment.method === "hamilton" ? "remainder" : "priority",
    postNumber: result.totals.toAllocate + 1,
    next: next === null ? null : { name: name(next.unit), post: next.post, priority: next.priority },
    runnerUp:
      next?.runnerUp == null
        ? null
        : { name: name(next.runnerUp.unit), post: next.runnerUp.post, priority: next.runnerUp.priority },
    margin: next?.margin ?? 0,
    tieBreak: apportionment.tieBreak,
  });
}
