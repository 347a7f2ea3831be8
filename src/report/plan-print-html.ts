/**
 * A plan's printed pack as one self-contained HTML file (A4, the pages' print look, no request beyond the file):
 * a cover with the identity block and the compliance table, the combined table, the reserve, the sections
 * (`planSections`: hiring, lending, transition, offices), then one page per township with its post types (today →
 * new, change, binding constraint, the reasons of each type). Every page starts with a compact identity line (county,
 * scenario, files, hash), so a page torn out of the pack still says what it shows. Browser-safe (a string).
 */
import type { ComplianceTable } from "../explain/compliance.ts";
import type { PlanResult } from "../run/plan-result.ts";
import type { Lang } from "../types.ts";
import { CATEGORY_LABELS } from "../words/category-labels.ts";
import { COMPLIANCE_LABELS } from "../words/compliance-words.ts";
import { IDENTITY_LABELS } from "../words/identity-labels.ts";
import { PLAN_LABELS } from "../words/plan-labels.ts";
import { PLAN_PRINT_LABELS as P } from "../words/plan-print-labels.ts";
import { POST_TYPE_LABELS } from "../words/post-type-labels.ts";
import { REASON_LABELS } from "../words/reason-labels.ts";
import { signedInt } from "../words/signed-int.ts";
import { t } from "../words/t.ts";
import {
  combinedHeaders,
  combinedRows,
  complianceHeaders,
  complianceRows,
  reserveLines,
} from "./format-plan.ts";
import type { PlanSection, SectionTable } from "./plan-sections.ts";
import { identityFilesText, identityRows, type ResultIdentity } from "./result-identity.ts";
import { stripControls } from "./strip-controls.ts";

/** Text made safe for HTML content and attribute values (control characters removed). */
export function htmlText(value: string): string {
  return stripControls(value)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/** The one line that opens every printed page and the PDF's footer: county · scenario · files · hash. */
export function printIdentityLine(identity: ResultIdentity, lang: Lang): string {
  const colon = lang === "zh" ? "：" : ": ";
  return [
    t(identity.county, lang),
    t(identity.scenario, lang),
    `${t(IDENTITY_LABELS.files, lang)}${colon}${identityFilesText(identity, lang)}`,
    `${t(IDENTITY_LABELS.hash, lang)}${colon}${identity.hash}`,
    `quota-planner ${identity.version}`,
  ].join(" · ");
}

/** The print style: the pages' look (notebooks/style.css: fonts, ink, lines) reduced to what a printed pack needs. */
const PRINT_CSS = `
:root {
  --font-sans: "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Hiragino Sans GB",
    "Microsoft YaHei", "WenQuanYi Micro Hei", system-ui, sans-serif;
  --ink: #1f2933; --muted: #52606d; --line: #d9e2ec; --accent: #2563eb; --accent-soft: #dbeafe;
  --warn: #b45309; --error: #b91c1c;
  font-family: var(--font-sans); color: var(--ink); font-size: 9.5pt; line-height: 1.4;
}
@page { size: A4; margin: 12mm 10mm 14mm; }
body { margin: 0; }
.page { break-after: page; }
.page:last-child { break-after: auto; }
h1 { font-size: 17pt; margin: 0 0 3mm; }
h2 { font-size: 12pt; margin: 5mm 0 2mm; border-bottom: 0.5pt solid var(--line); padding-bottom: 1mm; }
h3 { font-size: 10.5pt; margin: 3mm 0 1mm; }
.running { font-size: 7pt; color: var(--muted); border-bottom: 0.5pt solid var(--line); padding-bottom: 1mm;
  margin-bottom: 3mm; }
.identity { border: 1px solid var(--line); border-radius: 6px; padding: 2mm 3mm; margin: 2mm 0 4mm; }
.identity dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.5mm 4mm; margin: 0; }
.identity dt { font-weight: 700; } .identity dd { margin: 0; }
table { border-collapse: collapse; width: 100%; margin: 2mm 0 3mm; font-size: 7.5pt; }
table.wide { font-size: 6.5pt; }
th, td { border: 0.5pt solid var(--line); padding: 0.6mm 1.2mm; vertical-align: top; text-align: left; }
th { background: var(--accent-soft); font-weight: 700; }
th.num { text-align: right; }
td.num { text-align: right; white-space: nowrap; }
td.short { white-space: nowrap; }
tr { break-inside: avoid; }
thead { display: table-header-group; }
ul { margin: 1mm 0 2mm; padding-left: 5mm; } li { margin: 0.3mm 0; }
.failed { color: var(--error); } .muted { color: var(--muted); }
.township h1 { font-size: 14pt; }
.township table { font-size: 9pt; }
.township td.reasons { font-size: 8pt; }
`;

function tableHtml(table: SectionTable, wide = false): string {
  // a column of short cells (ids, names, categories, numbers) never wraps; the headers and long texts do
  const short = table.headers.map((_, i) => table.rows.every((row) => [...(row[i] ?? "")].length <= 12));
  const cls = (i: number) => (table.align[i] === "right" ? ' class="num"' : short[i] ? ' class="short"' : "");
  const head = table.headers
    .map((h, i) => `<th${table.align[i] === "right" ? ' class="num"' : ""}>${htmlText(h)}</th>`)
    .join("");
  const body = table.rows
    .map((row) => `<tr>${row.map((cell, i) => `<td${cls(i)}>${htmlText(cell)}</td>`).join("")}</tr>`)
    .join("\n");
  return `<table${wide ? ' class="wide"' : ""}><thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody></table>`;
}

function listHtml(lines: readonly string[]): string {
  return lines.length === 0 ? "" : `<ul>${lines.map((l) => `<li>${htmlText(l)}</li>`).join("")}</ul>`;
}

/** What `planToPrintHtml` lays out. */
export interface PlanPrintInput {
  readonly plan: PlanResult;
  readonly compliance: ComplianceTable;
  readonly identity: ResultIdentity;
  /** `planSections(plan, offices, lang)`, in the same language. */
  readonly sections: readonly PlanSection[];
  readonly lang: Lang;
}

/**
 * The printed pack of a plan as a self-contained HTML document (style inline, no script, no link): cover (title,
 * identity block, compliance table), combined table and reserve, the sections, one page per township.
 * @example planToPrintHtml({ plan, compliance, identity, sections, lang: "zh" }).startsWith("<!doctype html>") // true
 */
export function planToPrintHtml(input: PlanPrintInput): string {
  const { plan, compliance, identity, sections, lang } = input;
  const running = `<div class="running">${htmlText(printIdentityLine(identity, lang))}</div>`;
  const pages: string[] = [];
  const identityBlock = `<div class="identity"><dl>${identityRows(identity, lang)
    .map(([label, value]) => `<dt>${htmlText(label)}</dt><dd>${htmlText(value)}</dd>`)
    .join("")}</dl></div>`;
  const complianceTable: SectionTable = {
    headers: complianceHeaders(lang),
    rows: complianceRows(compliance, lang),
    align: ["left", "left", "left", "left", "left"],
  };
  pages.push(
    `<section class="page cover">${running}<h1>${htmlText(t(plan.scenario.name, lang))} — ${htmlText(t(P.packTitle, lang))}</h1>
${identityBlock}
<h2>${htmlText(t(COMPLIANCE_LABELS.heading, lang))}</h2>
${tableHtml(complianceTable)}</section>`,
  );
  const headers = combinedHeaders(plan, lang, "binding");
  const combined: SectionTable = {
    headers,
    rows: combinedRows(plan, lang, "binding"),
    align: headers.map((_, i) => (i >= 3 && (i - 3) % 4 < 3 ? "right" : "left")),
  };
  const reserve = reserveLines(plan, lang);
  const reserveHtml: string[] = [];
  for (const line of reserve)
    if (!line.startsWith("  ")) reserveHtml.push(`<h3>${htmlText(line)}</h3>`);
    else reserveHtml.push(`<p class="muted">${htmlText(line.trim())}</p>`);
  pages.push(
    `<section class="page">${running}<h2>${htmlText(t(PLAN_LABELS.combined, lang))}</h2>
${tableHtml(combined, true)}
<h2>${htmlText(t(PLAN_LABELS.reserve, lang))}</h2>
${reserveHtml.join("\n")}</section>`,
  );
  for (const section of sections)
    pages.push(
      `<section class="page" id="${htmlText(section.key)}">${running}<h2>${htmlText(section.title)}</h2>
${listHtml(section.notes)}
${section.tables.map((table) => tableHtml(table, table.headers.length > 9)).join("\n")}</section>`,
    );
  for (const row of plan.townships) {
    const rows = plan.scenario.postTypes.map((postType) => {
      const posts = row.posts[postType];
      const type = htmlText(t(POST_TYPE_LABELS[postType], lang));
      if (posts === undefined)
        return `<tr><td>${type}</td><td colspan="5">${htmlText(t(P.noAllocation, lang))}</td></tr>`;
      const own = plan.types[postType]?.townships.find((tw) => tw.id === row.id);
      const reserveReasons =
        plan.reserves[postType]?.townships.find((tw) => tw.id === row.id)?.reasons.map((r) => t(r, lang)) ??
        [];
      const reasons = [...(own?.reasons ?? []).map((r) => t(r.message, lang)), ...reserveReasons];
      return `<tr><td>${type}</td><td class="num">${posts.current}</td><td class="num">${htmlText(
        posts.reserve > 0 ? `${posts.total} (${posts.basic}+${posts.reserve})` : String(posts.total),
      )}</td><td class="num">${htmlText(signedInt(posts.change))}</td><td>${htmlText(
        t(REASON_LABELS[posts.binding], lang),
      )}</td><td class="reasons">${listHtml(reasons.length > 0 ? reasons : [t(posts.mainReason, lang)])}</td></tr>`;
    });
    const title = t(P.township, lang, {
      name: row.name,
      id: row.id,
      category: t(CATEGORY_LABELS[row.category], lang),
    });
    const head = [P.postType, P.today, P.newPosts, P.change, P.binding, P.reasons]
      .map((h, i) => `<th${i >= 1 && i <= 3 ? ' class="num"' : ""}>${htmlText(t(h, lang))}</th>`)
      .join("");
    pages.push(
      `<section class="page township" data-township="${htmlText(row.id)}">${running}<h1>${htmlText(title)}</h1>
<table><thead><tr>${head}</tr></thead><tbody>
${rows.join("\n")}
</tbody></table></section>`,
    );
  }
  const title = `${t(plan.scenario.name, lang)} — ${t(P.packTitle, lang)}`;
  return `<!doctype html>
<html lang="${lang === "zh" ? "zh-CN" : "en"}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${htmlText(title)}</title>
<style>${PRINT_CSS}</style>
</head>
<body>
${pages.join("\n")}
</body>
</html>
`;
}
