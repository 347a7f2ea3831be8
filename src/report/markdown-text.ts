import { stripControls } from "./strip-controls.ts";

/**
 * Text written into Markdown as plain text: control characters removed (`stripControls`), `&`, `<` and `>`
 * written as HTML entities (no tag or script survives), the characters of Markdown syntax (`\`, `` ` ``, `*`,
 * `_`, `[`, `]`, `|`, `~`) escaped with a backslash, so a cell keeps its table and a name cannot become a link,
 * the `:` of `://` and the dot of `www.` escaped so GFM makes no autolink, and line breaks written as a space
 * (headings, list items) or as `<br>` (`{ breaks: "br" }`, table cells).
 * @example markdownText("a|b<script>") // "a\\|b&lt;script&gt;"
 * @example markdownText("x\ny", { breaks: "br" }) // "x<br>y"
 */
export function markdownText(text: string, options: { readonly breaks?: "space" | "br" } = {}): string {
  const escaped = stripControls(text)
    .replace(/[&<>]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : "&gt;"))
    .replace(/[\\`*_[\]|~]/g, "\\$&")
    // GFM's extended autolinks: "http://…" and "www.…" in plain text would become links
    .replace(/:\/\//g, "\\://")
    .replace(/\b(www)\./gi, "$1\\.");
  return escaped.replace(/\r\n|[\r\n\u2028\u2029]/g, options.breaks === "br" ? "<br>" : " ");
}

/**
 * Text as a Markdown code span: control characters and line breaks removed, and a fence of backticks one longer
 * than the longest run inside, so the span cannot be closed early.
 * @example markdownCode("a`b") // "`` a`b ``"
 * @example markdownCode("townships.csv") // "`townships.csv`"
 */
export function markdownCode(text: string): string {
  const clean = stripControls(text).replace(/[\r\n\u2028\u2029]+/g, " ");
  const longest = Math.max(0, ...(clean.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  const pad = longest > 0 || clean.startsWith(" ") ? " " : "";
  return `${fence}${pad}${clean}${pad}${fence}`;
}
