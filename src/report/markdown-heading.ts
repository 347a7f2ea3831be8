import type { Bilingual, Lang } from "../types.ts";
import { t } from "../words/t.ts";
import { markdownText } from "./markdown-text.ts";
import { identityRows, type ResultIdentity } from "./result-identity.ts";

/**
 * The opening lines of every Markdown report (a scenario's, a province's, a plan's): the title, then, with
 * `identity`, the block quote naming county, parameters, data file, content hash and toolkit version, each line
 * ending in two spaces (a Markdown line break) but the last; user text escaped by `markdownText`.
 */
export function markdownHeading(name: Bilingual, lang: Lang, identity?: ResultIdentity): string[] {
  const md = (text: string) => markdownText(text);
  const out: string[] = [`# ${md(t(name, lang))}`, ""];
  if (identity !== undefined) {
    for (const [label, value] of identityRows(identity, lang))
      out.push(`> **${md(label)}**${lang === "zh" ? "：" : ": "}${md(value)}  `);
    out[out.length - 1] = out[out.length - 1]!.trimEnd();
    out.push("");
  }
  return out;
}
