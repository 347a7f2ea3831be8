import type { ComplianceTable } from "../explain/compliance.ts";
import type { PlanResult } from "../run/plan-result.ts";
import type { Lang, PostType } from "../types.ts";
import { CATEGORY_LABELS } from "../words/category-labels.ts";
import { checkRuleLabel } from "../words/check-rule-label.ts";
import { COMPLIANCE_LABELS } from "../words/compliance-words.ts";
import { PLAN_LABELS } from "../words/plan-labels.ts";
import { POST_TYPE_LABELS } from "../words/post-type-labels.ts";
import { REASON_LABELS } from "../words/reason-labels.ts";
import { RESULT_COLUMNS } from "../words/result-columns.ts";
import { signedInt } from "../words/signed-int.ts";
import { t } from "../words/t.ts";
import { csvNumber, csvText } from "./csv-text.ts";
import { resultToMarkdown, resultToText } from "./format-result.ts";
import { markdownHeading } from "./markdown-heading.ts";
import { markdownCode, markdownText } from "./markdown-text.ts";
import { type PlanSection, sectionsToMarkdown, sectionsToText } from "./plan-sections.ts";
import type { ResultIdentity } from "./result-identity.ts";
import { safeJson } from "./safe-json.ts";
import { terminalCell, terminalText } from "./strip-controls.ts";
import { textTable } from "./text-table.ts";

const STATUS_MARK = { passed: "✓", failed: "✗", "not-checked": "–" } as const;

/** The columns each post type has in the plan's CSV and workbook: today, basic, reserve, new, change, main reason. */
export const PLAN_TYPE_COLUMNS = [
  PLAN_LABELS.current,
  PLAN_LABELS.basic,
  PLAN_LABELS.reservePosts,
  PLAN_LABELS.newTotal,
  PLAN_LABELS.change,
  PLAN_LABELS.mainReason,
] as const;

/** The plan as stable JSON (the whole `PlanResult`, and the compliance table when given). */
export function planToJson(plan: PlanResult, compliance?: ComplianceTable): string {
  return safeJson(compliance === undefined ? plan : { ...plan, compliance });
}

/**
 * One row per township with each post type's numbers: today, basic, reserve, new, change and the main reason;
 * UTF-8 with a byte-order mark and CRLF as `resultToCsv`, text cells made inert by `csvText`.
 */
export function planToCsv(plan: PlanResult, lang: Lang): string {
  const headers = [
    t(RESULT_COLUMNS.id, lang),
    t(RESULT_COLUMNS.name, lang),
    t(RESULT_COLUMNS.category, lang),
  ];
  for (const postType of plan.scenario.postTypes) {
    const type = t(POST_TYPE_LABELS[postType], lang);
    for (const label of PLAN_TYPE_COLUMNS) headers.push(`${type}·${t(label, lang)}`);
  }
  const lines = [headers.map(csvText)];
  for (const row of plan.townships) {
    const cells = [csvText(row.id), csvText(row.name), csvText(t(CATEGORY_LABELS[row.category], lang))];
    for (const postType of plan.scenario.postTypes) {
      const posts = row.posts[postType];
      if (posts === undefined) cells.push("", "", "", "", "", "");
      else
        cells.push(
          csvNumber(posts.current),
          csvNumber(posts.basic),
          csvNumber(posts.reserve),
          csvNumber(posts.total),
          csvNumber(posts.change),
          csvText(t(posts.mainReason, lang)),
        );
    }
    lines.push(cells);
  }
  return `\uFEFF${lines.map((l) => l.join(",")).join("\r\n")}\r\n`;
}

/** The compliance table's rows as cells: rule, title, status, the messages, the townships concerned. */
export function complianceRows(compliance: ComplianceTable, lang: Lang): string[][] {
  const sep = lang === "zh" ? "；" : "; ";
  return compliance.rows.map((row) => [
    t(checkRuleLabel(row.rule), lang),
    t(row.title, lang),
    `${STATUS_MARK[row.status]} ${t(COMPLIANCE_LABELS[row.status], lang)}`,
    row.checks.map((c) => t(c.message, lang)).join(sep),
    row.checks
      .flatMap((c) => c.townships.map((tw) => `${tw.name} ${tw.value}/${tw.limit}`))
      .join(lang === "zh" ? "、" : ", "),
  ]);
}

const COMPLIANCE_HEADERS = [
  COMPLIANCE_LABELS.rule,
  COMPLIANCE_LABELS.title,
  COMPLIANCE_LABELS.status,
  COMPLIANCE_LABELS.detail,
  COMPLIANCE_LABELS.townships,
];

/** The compliance table's headers, matching `complianceRows`. */
export function complianceHeaders(lang: Lang): string[] {
  return COMPLIANCE_HEADERS.map((h) => t(h, lang));
}

/** The compliance table as terminal text: one block per rule (the messages are long), then the verdict. */
export function complianceToText(compliance: ComplianceTable, lang: Lang): string {
  const lines = [`${t(COMPLIANCE_LABELS.heading, lang)}:`];
  for (const row of compliance.rows) {
    lines.push(
      `${STATUS_MARK[row.status]} ${t(COMPLIANCE_LABELS[row.status], lang)}  ${t(checkRuleLabel(row.rule), lang)}  ${t(row.title, lang)}`,
    );
    for (const check of row.checks) {
      lines.push(`    ${t(check.message, lang)}`);
      const names = check.townships
        .map((tw) => `${tw.name} ${tw.value}/${tw.limit}`)
        .join(lang === "zh" ? "、" : ", ");
      if (names !== "")
        lines.push(`      ${t(COMPLIANCE_LABELS.townships, lang)}${lang === "zh" ? "：" : ": "}${names}`);
    }
  }
  return terminalText(`${lines.map(terminalCell).join("\n")}\n`);
}

/**
 * The combined table's rows as cells (id, name, category, then per post type: today, new — "total (basic+reserve)"
 * when reserve posts were assigned —, change and the binding constraint or the main reason), as `solve` prints them.
 */
export function combinedRows(plan: PlanResult, lang: Lang, reasons: "binding" | "main"): string[][] {
  return plan.townships.map((row) => {
    const cells = [row.id, row.name, t(CATEGORY_LABELS[row.category], lang)];
    for (const postType of plan.scenario.postTypes) {
      const posts = row.posts[postType];
      if (posts === undefined) cells.push("—", "—", "—", "");
      else
        cells.push(
          String(posts.current),
          posts.reserve > 0 ? `${posts.total} (${posts.basic}+${posts.reserve})` : String(posts.total),
          signedInt(posts.change),
          reasons === "binding" ? t(REASON_LABELS[posts.binding], lang) : t(posts.mainReason, lang),
        );
    }
    return cells;
  });
}

/** The combined table's headers, matching `combinedRows`. */
export function combinedHeaders(plan: PlanResult, lang: Lang, reasons: "binding" | "main"): string[] {
  const headers = [
    t(RESULT_COLUMNS.id, lang),
    t(RESULT_COLUMNS.name, lang),
    t(RESULT_COLUMNS.category, lang),
  ];
  for (const postType of plan.scenario.postTypes) {
    const type = t(POST_TYPE_LABELS[postType], lang);
    headers.push(
      `${type}·${t(PLAN_LABELS.current, lang)}`,
      `${type}·${t(PLAN_LABELS.newTotal, lang)}`,
      t(PLAN_LABELS.change, lang),
      t(reasons === "binding" ? RESULT_COLUMNS.binding : PLAN_LABELS.mainReason, lang),
    );
  }
  return headers;
}

/**
 * Each post type's reserve: the rule, the figures, and every assigned post with its reason (indented two spaces
 * under its type's line).
 */
export function reserveLines(plan: PlanResult, lang: Lang): string[] {
  const zh = lang === "zh";
  const lines: string[] = [];
  const names = new Map(plan.townships.map((tw) => [tw.id, tw.name]));
  for (const postType of plan.scenario.postTypes) {
    const reserve = plan.reserves[postType];
    if (reserve === undefined) continue;
    lines.push(
      zh
        ? `${t(POST_TYPE_LABELS[postType], lang)}：机动编制 ${reserve.reserve} 名，${t(PLAN_LABELS.assigned, lang)} ${reserve.assigned} 名，${t(PLAN_LABELS.kept, lang)} ${reserve.keptAtCounty} 名；${t(PLAN_LABELS.rule, lang)}：${t(reserve.ruleText, lang)}`
        : `${t(POST_TYPE_LABELS[postType], lang)}: reserve ${reserve.reserve}, ${t(PLAN_LABELS.assigned, lang).toLowerCase()} ${reserve.assigned}, ${t(PLAN_LABELS.kept, lang).toLowerCase()} ${reserve.keptAtCounty}; ${t(PLAN_LABELS.rule, lang).toLowerCase()}: ${t(reserve.ruleText, lang)}`,
    );
    for (const tw of reserve.townships)
      for (const reason of tw.reasons) lines.push(`  ${names.get(tw.id) ?? tw.id}: ${t(reason, lang)}`);
    if (reserve.keptAtCounty > 0 || reserve.reserve === 0) lines.push(`  ${t(reserve.keptReason, lang)}`);
  }
  return lines;
}

/**
 * The plan as terminal text: the combined table, the reserve, the compliance table, the `sections` (hiring, lending,
 * transition, offices: `planSections`), then each type's own table.
 */
export function planToText(
  plan: PlanResult,
  compliance: ComplianceTable,
  lang: Lang,
  sections: readonly PlanSection[] = [],
): string {
  const lines = [terminalCell(`${t(plan.scenario.name, lang)} (${plan.scenario.source})`), ""];
  lines.push(`${t(PLAN_LABELS.combined, lang)}:`);
  lines.push(
    textTable(combinedHeaders(plan, lang, "binding"), combinedRows(plan, lang, "binding"), [
      "left",
      "left",
      "left",
      ...plan.scenario.postTypes.flatMap(() => ["right", "right", "right", "left"] as const),
    ]),
    "",
    `${t(PLAN_LABELS.reserve, lang)}:`,
    ...reserveLines(plan, lang).map(terminalCell),
    "",
    complianceToText(compliance, lang).trimEnd(),
  );
  if (sections.length > 0) lines.push("", ...sectionsToText(sections, lang).slice(0, -1));
  for (const postType of plan.scenario.postTypes) {
    const result = plan.types[postType]!;
    lines.push("", `== ${t(POST_TYPE_LABELS[postType], lang)} ==`, resultToText(result, lang).trimEnd());
  }
  return terminalText(`${lines.join("\n")}\n`);
}

/** A Markdown table. */
function markdownTable(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  right: (i: number) => boolean,
): string[] {
  return [
    `| ${headers.map((h) => markdownText(h)).join(" | ")} |`,
    `|${headers.map((_, i) => (right(i) ? " ---: " : " --- ")).join("|")}|`,
    ...rows.map((row) => `| ${row.map((cell) => markdownText(cell, { breaks: "br" })).join(" | ")} |`),
  ];
}

/**
 * The plan as Markdown: the identity under the title, the compliance table, the combined table (numbers, changes,
 * main reasons), the reserve, the `sections` (hiring, lending, transition, offices: `planSections`), then each post
 * type's own report (`resultToMarkdown`, headings one level down).
 */
export function planToMarkdown(
  plan: PlanResult,
  compliance: ComplianceTable,
  lang: Lang,
  identity?: ResultIdentity,
  sections: readonly PlanSection[] = [],
): string {
  const md = (text: string) => markdownText(text);
  const out: string[] = markdownHeading(plan.scenario.name, lang, identity);
  out.push(
    t(PLAN_LABELS.files, lang)
      .replace("{scenario}", markdownCode(plan.scenario.source))
      .replace("{data}", markdownCode(plan.scenario.data))
      .replace("{model}", markdownCode(plan.scenario.model)),
    "",
    `## ${t(COMPLIANCE_LABELS.heading, lang)}`,
    "",
    ...markdownTable(
      COMPLIANCE_HEADERS.map((h) => t(h, lang)),
      complianceRows(compliance, lang),
      () => false,
    ),
    "",
    `## ${t(PLAN_LABELS.combined, lang)}`,
    "",
    ...markdownTable(
      combinedHeaders(plan, lang, "main"),
      combinedRows(plan, lang, "main"),
      (i) => i >= 3 && (i - 3) % 4 < 3,
    ),
    "",
    `## ${t(PLAN_LABELS.reserve, lang)}`,
    "",
    ...reserveLines(plan, lang).map((line) =>
      line.startsWith("  ") ? `  - ${md(line.trim())}` : `- ${md(line)}`,
    ),
  );
  if (sections.length > 0) out.push("", ...sectionsToMarkdown(sections).slice(0, -1));
  for (const postType of plan.scenario.postTypes) {
    const own = resultToMarkdown(plan.types[postType]!, lang).replace(/^(#+) /gm, "$1# ");
    out.push("", `## ${t(POST_TYPE_LABELS[postType], lang)}`, "", own.replace(/^## .*\n\n/, "").trimEnd());
  }
  return `${out.join("\n").trimEnd()}\n`;
}

/** The post types of a plan in words, e.g. "行政编制、事业编制、科级领导职数". */
export function planPostTypesText(postTypes: readonly PostType[], lang: Lang): string {
  return postTypes.map((p) => t(POST_TYPE_LABELS[p], lang)).join(lang === "zh" ? "、" : ", ");
}
