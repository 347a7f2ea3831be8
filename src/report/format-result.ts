import type { ScenarioResult } from "../run/result.ts";
import type { Lang } from "../types.ts";
import { BACKEND_LABELS } from "../words/backend-labels.ts";
import { CATEGORY_LABELS } from "../words/category-labels.ts";
import { checkRuleLabel } from "../words/check-rule-label.ts";
import { STORY_LABELS } from "../words/county-story.ts";
import { factorLabel } from "../words/factor-label.ts";
import { fixed } from "../words/fixed.ts";
import {
  OBJECTIVE_GUARANTEES,
  OBJECTIVE_HEADING,
  OBJECTIVE_LABELS,
  OBJECTIVE_VALUE_LABELS,
} from "../words/objective-labels.ts";
import { POST_TYPE_LABELS } from "../words/post-type-labels.ts";
import { provenOptimalLabel } from "../words/proven-optimal-label.ts";
import { REASON_LABELS } from "../words/reason-labels.ts";
import { RESULT_COLUMNS } from "../words/result-columns.ts";
import { signedInt } from "../words/signed-int.ts";
import { SOLVER_STATUS_LABELS } from "../words/solver-status-labels.ts";
import { SUMMARY_LABELS } from "../words/summary-labels.ts";
import { t } from "../words/t.ts";
import { csvNumber, csvText } from "./csv-text.ts";
import { markdownHeading } from "./markdown-heading.ts";
import { markdownCode, markdownText } from "./markdown-text.ts";
import { nextPostText } from "./next-post.ts";
import type { ResultIdentity } from "./result-identity.ts";
import { safeJson } from "./safe-json.ts";
import { terminalCell, terminalText } from "./strip-controls.ts";
import { textTable } from "./text-table.ts";

/**
 * The result as stable JSON (two-space indent, trailing newline; C1 and bidirectional controls escaped, `safeJson`).
 * Key order is the construction order, so the same scenario gives the same bytes.
 */
export function resultToJson(result: ScenarioResult): string {
  return safeJson(result);
}

/**
 * The allocation table as CSV, UTF-8 with a byte-order mark so Excel opens the Chinese correctly, CRLF line ends.
 * Headers and category names in the chosen language; reasons joined by "；" (zh) or "; " (en). Text cells are
 * written by `csvText` (a cell that would start a formula gets a leading `'`, control characters removed); the
 * numbers (today, index, target, new, change) are written as numbers.
 */
export function resultToCsv(result: ScenarioResult, lang: Lang): string {
  const c = RESULT_COLUMNS;
  const headers = [
    c.id,
    c.name,
    c.category,
    c.current,
    c.index,
    c.target,
    c.allocated,
    c.change,
    c.binding,
    c.reasons,
  ];
  const lines = [headers.map((h) => csvText(t(h, lang)))];
  for (const row of result.townships) {
    lines.push([
      csvText(row.id),
      csvText(row.name),
      csvText(t(CATEGORY_LABELS[row.category], lang)),
      csvNumber(row.current),
      csvNumber(row.index, (n) => fixed(n, 4)),
      csvNumber(row.target, (n) => fixed(n, 2)),
      csvNumber(row.allocated),
      csvNumber(row.change),
      csvText(row.binding ? t(REASON_LABELS[row.binding], lang) : ""),
      csvText(row.reasons.map((r) => t(r.message, lang)).join(lang === "zh" ? "；" : "; ")),
    ]);
  }
  return `\uFEFF${lines.map((l) => l.join(",")).join("\r\n")}\r\n`;
}

/** Rows of the terminal/Markdown table. */
function tableRows(result: ScenarioResult, lang: Lang): string[][] {
  return result.townships.map((row) => [
    row.id,
    row.name,
    t(CATEGORY_LABELS[row.category], lang),
    String(row.current),
    fixed(row.target, 2),
    String(row.allocated),
    signedInt(row.change),
    row.binding ? t(REASON_LABELS[row.binding], lang) : "",
  ]);
}

const TABLE_HEADERS = [
  RESULT_COLUMNS.id,
  RESULT_COLUMNS.name,
  RESULT_COLUMNS.category,
  RESULT_COLUMNS.current,
  RESULT_COLUMNS.target,
  RESULT_COLUMNS.allocated,
  RESULT_COLUMNS.change,
  RESULT_COLUMNS.binding,
];
const TABLE_ALIGN = ["left", "left", "left", "right", "right", "right", "right", "left"] as const;

/** Lines summarising totals, solver and checks (or the conflicts), shared by the text and Markdown reports. */
function summaryLines(result: ScenarioResult, lang: Lang): string[] {
  const zh = lang === "zh";
  const totals = result.totals;
  const solver = result.solver;
  const lines = [
    zh
      ? `${t(POST_TYPE_LABELS[result.scenario.postType], lang)}：${t(totals.totalRule, lang)}；${t(totals.reserveRule, lang)}；可分配 ${totals.toAllocate} 名`
      : `${t(POST_TYPE_LABELS[result.scenario.postType], lang)}: ${t(totals.totalRule, lang)}; ${t(totals.reserveRule, lang)}; to allocate ${totals.toAllocate}`,
    solverLine(result, lang),
  ];
  if (solver.objectiveName !== undefined)
    lines.push(
      zh
        ? `${OBJECTIVE_HEADING.zh}：${OBJECTIVE_LABELS[solver.objectiveName].zh}；${OBJECTIVE_GUARANTEES[solver.objectiveName].zh}`
        : `${OBJECTIVE_HEADING.en}: ${OBJECTIVE_LABELS[solver.objectiveName].en}; ${OBJECTIVE_GUARANTEES[solver.objectiveName].en}`,
    );
  for (const conflict of result.conflicts)
    lines.push(`${zh ? "冲突" : "conflict"}: ${t(conflict.message, lang)}`);
  if (result.remedies !== undefined && result.remedies.length > 0) {
    lines.push(`${t(SUMMARY_LABELS.remedies, lang)}${zh ? "：" : ":"}`);
    for (const remedy of result.remedies) lines.push(`  → ${t(remedy.message, lang)}`);
  }
  if (solver.message !== undefined) lines.push(t(solver.message, lang));
  if ((solver.status === "timedOut" || solver.status === "error") && !zh)
    lines.push(`detail: ${solver.detail}`);
  for (const check of result.checks) {
    const names = check.townships.map((tw) => `${tw.name} ${tw.value}/${tw.limit}`).join(zh ? "、" : ", ");
    if (check.status === "not-checked") {
      lines.push(`– ${t(check.message, lang)}`);
      continue;
    }
    lines.push(
      `${check.ok ? "✓" : "✗"} ${t(checkRuleLabel(check.rule), lang)}: ${t(check.message, lang)}${names ? ` (${names})` : ""}`,
    );
  }
  for (const tie of result.ties) lines.push(tieLine(result, tie, lang));
  return lines;
}

/**
 * One tie in words, with the rule that settled it: table order for the LP, the method's stated rule (larger weight,
 * then name) for an apportionment method.
 */
export function tieLine(result: ScenarioResult, tie: ScenarioResult["ties"][number], lang: Lang): string {
  const rule = result.apportionment
    ? t(result.apportionment.tieBreak, lang)
    : lang === "zh"
      ? "按表中顺序"
      : "by table order";
  return lang === "zh"
    ? `并列：${tie.taken} 与 ${tie.left} 对最后一个名额的要求相同，给了 ${tie.taken}（${rule}）`
    : `tie: ${tie.taken} and ${tie.left} had equal claims on the last post; given to ${tie.taken} (${rule})`;
}

/** How the posts were placed: the solver and its status, or the apportionment method and the next post. */
function solverLine(result: ScenarioResult, lang: Lang): string {
  const zh = lang === "zh";
  const solver = result.solver;
  const valueLabel = t(OBJECTIVE_VALUE_LABELS[solver.objectiveName ?? "least-absolute-deviation"], lang);
  const deviation =
    solver.objective !== undefined
      ? zh
        ? `，${valueLabel} ${fixed(solver.objective, 4)}`
        : `, ${valueLabel} ${fixed(solver.objective, 4)}`
      : "";
  const apportionment = result.apportionment;
  if (apportionment !== undefined) {
    const next = nextPostText(result, { method: false });
    const nextText = next === null ? "" : `${zh ? "；" : "; "}${t(next, lang)}`;
    return zh
      ? `分配方法：${t(apportionment.label, lang)}${deviation}${nextText}`
      : `method: ${t(apportionment.label, lang)}${deviation}${nextText}`;
  }
  const backend = t(BACKEND_LABELS[solver.backend], lang);
  const status = t(SOLVER_STATUS_LABELS[solver.status], lang);
  const proof = t(provenOptimalLabel(solver.provenOptimal), lang);
  return zh
    ? `求解：${backend}，状态 ${status}，${proof}${deviation}`
    : `solver: ${backend}, status ${status}, ${proof}${deviation}`;
}

/**
 * The result as a terminal table with a summary underneath. User text is printed without control characters
 * or escape sequences (cells by `textTable`, every line by `terminalText`).
 */
export function resultToText(result: ScenarioResult, lang: Lang): string {
  const lines = [terminalCell(`${t(result.scenario.name, lang)} (${result.scenario.source})`), ""];
  if (result.townships.length > 0) {
    lines.push(
      textTable(
        TABLE_HEADERS.map((h) => t(h, lang)),
        tableRows(result, lang),
        TABLE_ALIGN,
      ),
      "",
    );
  }
  lines.push(...summaryLines(result, lang).map(terminalCell));
  // The county story (a block of its own).
  if (result.story !== null)
    lines.push(
      "",
      `${t(STORY_LABELS.heading, lang)}:`,
      ...result.story.sentences.map((s) => `  ${terminalCell(t(s, lang))}`),
    );
  return terminalText(`${lines.join("\n")}\n`);
}

/**
 * A Markdown report: scenario, totals, table, checks and each township's reasons; with `identity`, a header block
 * under the title naming the county, parameters, data file, content hash and toolkit version. Every text that
 * may carry user text (names, ids, file names, sentences naming townships) is written by `markdownText` or
 * `markdownCode`: table syntax and HTML escaped, control characters removed.
 */
export function resultToMarkdown(result: ScenarioResult, lang: Lang, identity?: ResultIdentity): string {
  const zh = lang === "zh";
  const md = (text: string) => markdownText(text);
  const out: string[] = markdownHeading(result.scenario.name, lang, identity);
  out.push(
    zh
      ? `方案文件 ${markdownCode(result.scenario.source)}，数据 ${markdownCode(result.scenario.data)}，标准 ${markdownCode(result.scenario.model)}。`
      : `Scenario ${markdownCode(result.scenario.source)}, data ${markdownCode(result.scenario.data)}, standard ${markdownCode(result.scenario.model)}.`,
    "",
  );
  for (const line of summaryLines(result, lang)) out.push(`- ${md(line)}`);
  out.push("");
  const factorName = (id: string) => t(factorLabel(result.scenario, id), lang);
  if (result.townships.length > 0) {
    const headers = TABLE_HEADERS.map((h) => t(h, lang));
    out.push(`| ${headers.join(" | ")} |`);
    out.push(`|${TABLE_ALIGN.map((a) => (a === "right" ? " ---: " : " --- ")).join("|")}|`);
    for (const row of tableRows(result, lang))
      out.push(`| ${row.map((cell) => markdownText(cell, { breaks: "br" })).join(" | ")} |`);
    // The county story (a block of its own).
    if (result.story !== null)
      out.push(
        "",
        `## ${t(STORY_LABELS.heading, lang)}`,
        "",
        ...result.story.sentences.map((s) => `- ${md(t(s, lang))}`),
      );
    out.push("", zh ? "## 各乡镇理由" : "## Reasons by township", "");
    for (const row of result.townships) {
      out.push(
        zh
          ? `### ${md(row.name)}（${md(row.id)}，${t(CATEGORY_LABELS[row.category], lang)}）：${row.current} → ${row.allocated}`
          : `### ${md(row.name)} (${md(row.id)}, ${t(CATEGORY_LABELS[row.category], lang)}): ${row.current} → ${row.allocated}`,
        "",
      );
      const parts = Object.entries(row.factorParts)
        .map(([factor, value]) => `${md(factorName(factor))} ${fixed(value, 4)}`)
        .join(zh ? "、" : ", ");
      out.push(
        zh
          ? `- 指数 ${fixed(row.index, 4)}（${parts}），份额 ${fixed(row.share * 100, 2)}%，比例目标 ${fixed(row.target, 2)} 名`
          : `- index ${fixed(row.index, 4)} (${parts}), share ${fixed(row.share * 100, 2)}%, proportional target ${fixed(row.target, 2)}`,
      );
      for (const reason of row.reasons) out.push(`- ${md(t(reason.message, lang))}`);
      out.push("");
    }
  }
  return `${out.join("\n").trimEnd()}\n`;
}
