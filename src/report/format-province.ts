import type { CountyRun, ProvinceResult } from "../run/province-result.ts";
import type { Bilingual, Lang } from "../types.ts";
import { CATEGORY_LABELS } from "../words/category-labels.ts";
import { fixed } from "../words/fixed.ts";
import { POST_TYPE_LABELS } from "../words/post-type-labels.ts";
import { countiesSolvedLine, PROVINCE_LABELS } from "../words/province-labels.ts";
import { REASON_LABELS } from "../words/reason-labels.ts";
import { RESULT_COLUMNS } from "../words/result-columns.ts";
import { signedInt } from "../words/signed-int.ts";
import { t } from "../words/t.ts";
import { csvText } from "./csv-text.ts";
import { resultToCsv, resultToMarkdown, resultToText } from "./format-result.ts";
import { markdownHeading } from "./markdown-heading.ts";
import { markdownCode, markdownText } from "./markdown-text.ts";
import type { ResultIdentity } from "./result-identity.ts";
import { safeJson } from "./safe-json.ts";
import { terminalCell, terminalText } from "./strip-controls.ts";
import { textTable } from "./text-table.ts";

/**
 * A province result restricted to one county (`solve --county`): the province's totals and rules, that county's run.
 * Undefined when the province has no such county.
 * @example provinceCounty(province, "县0002")?.counties.length // 1
 */
export function provinceCounty(result: ProvinceResult, county: string): ProvinceResult | undefined {
  const run = result.counties.find((c) => c.county === county);
  return run === undefined
    ? undefined
    : { ...result, counties: [run], only: { county, ...provinceCounts(result) } };
}

/** The counts of a province's counties: how many, their townships, how many solved and infeasible. */
function provinceCounts(result: ProvinceResult) {
  const infeasible = result.counties.filter((c) => c.result.solver.status === "infeasible").length;
  return {
    counties: result.counties.length,
    townships: result.counties.reduce((s, c) => s + c.townships, 0),
    solved: result.counties.length - infeasible,
    infeasible,
  };
}

/** The state of one county's run in words. */
function countyStatus(run: CountyRun, lang: Lang): string {
  const status = run.result.solver.status;
  if (status === "optimal" || status === "feasible") return t(PROVINCE_LABELS.solved, lang);
  return t(status === "infeasible" ? PROVINCE_LABELS.infeasible : PROVINCE_LABELS.noSolution, lang);
}

/** The county's checks in a word: all passed, or how many failed (checks not run are not counted). */
function countyChecks(run: CountyRun, lang: Lang): string {
  if (run.result.checks.length === 0) return "–";
  const failed = run.result.checks.filter((c) => c.status !== "not-checked" && !c.ok).length;
  return failed === 0
    ? `✓ ${t(PROVINCE_LABELS.allChecksPassed, lang)}`
    : `✗ ${t(PROVINCE_LABELS.checksFailed, lang, { n: failed })}`;
}

const SUMMARY_HEADERS = [
  PROVINCE_LABELS.county,
  PROVINCE_LABELS.townships,
  PROVINCE_LABELS.current,
  PROVINCE_LABELS.total,
  PROVINCE_LABELS.allocated,
  PROVINCE_LABELS.status,
  PROVINCE_LABELS.checks,
];
const SUMMARY_ALIGN = ["left", "right", "right", "right", "right", "left", "left"] as const;

/**
 * The county summary's header and rows, one a county: county, townships, today, its total, allocated (– without a
 * solution), status, checks — the cells of `solve`'s county table (and the overview's).
 * @example provinceSummaryTable(province, "en").headers // ["County", "Townships", "Today", "County total", "New", "Status", "Checks"]
 */
export function provinceSummaryTable(
  result: ProvinceResult,
  lang: Lang,
): { readonly headers: string[]; readonly rows: string[][] } {
  return { headers: SUMMARY_HEADERS.map((h) => t(h, lang)), rows: summaryRows(result, lang) };
}

function summaryRows(result: ProvinceResult, lang: Lang): string[][] {
  return result.counties.map((run) => [
    run.county,
    String(run.townships),
    String(run.result.totals.current),
    String(run.total),
    run.result.totals.allocated === null ? "–" : String(run.result.totals.allocated),
    countyStatus(run, lang),
    countyChecks(run, lang),
  ]);
}

const TOWNSHIP_HEADERS = [
  PROVINCE_LABELS.county,
  RESULT_COLUMNS.id,
  RESULT_COLUMNS.name,
  RESULT_COLUMNS.category,
  RESULT_COLUMNS.current,
  RESULT_COLUMNS.target,
  RESULT_COLUMNS.allocated,
  RESULT_COLUMNS.change,
  RESULT_COLUMNS.binding,
];
const TOWNSHIP_ALIGN = ["left", "left", "left", "left", "right", "right", "right", "right", "left"] as const;

function townshipRows(result: ProvinceResult, lang: Lang): string[][] {
  const rows: string[][] = [];
  for (const run of result.counties)
    for (const row of run.result.townships)
      rows.push([
        run.county,
        row.id,
        row.name,
        t(CATEGORY_LABELS[row.category], lang),
        String(row.current),
        fixed(row.target, 2),
        String(row.allocated),
        signedInt(row.change),
        row.binding ? t(REASON_LABELS[row.binding], lang) : "",
      ]);
  return rows;
}

/** The province's lines: totals with their rules, how the counties got theirs, the counts, province conflicts. */
function provinceLines(result: ProvinceResult, lang: Lang): string[] {
  const zh = lang === "zh";
  const totals = result.totals;
  const lines = [
    zh
      ? `${t(POST_TYPE_LABELS[result.scenario.postType], lang)}：${t(totals.totalRule, lang)}；${t(totals.reserveRule, lang)}；各县可分配 ${totals.toAllocate} 名，已核定 ${totals.allocated ?? "–"} 名`
      : `${t(POST_TYPE_LABELS[result.scenario.postType], lang)}: ${t(totals.totalRule, lang)}; ${t(totals.reserveRule, lang)}; the counties allocate ${totals.toAllocate}, ${totals.allocated ?? "–"} allocated`,
    t(totals.countyRule, lang),
    t(countiesSolvedLine(result.only ?? provinceCounts(result)), lang),
  ];
  if (result.only !== undefined)
    lines.push(t(PROVINCE_LABELS.onlyCounty, lang, { county: result.only.county }));
  for (const conflict of result.conflicts)
    lines.push(`${zh ? "冲突" : "conflict"}: ${t(conflict.message, lang)}`);
  return lines;
}

/**
 * A province result as a terminal table: the province's totals and rules, a summary line per county (townships,
 * today, its total, allocated, status, checks), each infeasible county's diagnosis, then the township table with its
 * county column. With one county (`provinceCounty`), that county's whole report (`resultToText`) after the summary.
 */
export function provinceToText(result: ProvinceResult, lang: Lang): string {
  const lines = [terminalCell(`${t(result.scenario.name, lang)} (${result.scenario.source})`), ""];
  lines.push(...provinceLines(result, lang).map(terminalCell), "");
  lines.push(`${t(PROVINCE_LABELS.summaryHeading, lang)}:`);
  lines.push(
    textTable(
      SUMMARY_HEADERS.map((h) => t(h, lang)),
      summaryRows(result, lang),
      SUMMARY_ALIGN,
    ),
    "",
  );
  for (const run of result.counties) {
    if (run.result.conflicts.length === 0) continue;
    for (const conflict of run.result.conflicts)
      lines.push(
        terminalCell(`${run.county} ${lang === "zh" ? "冲突" : "conflict"}: ${t(conflict.message, lang)}`),
      );
  }
  if (result.counties.length === 1) {
    const run = result.counties[0]!;
    if (run.split !== undefined) lines.push(terminalCell(t(run.split.reason, lang)), "");
    lines.push(resultToText(run.result, lang).trimEnd());
    return terminalText(`${lines.join("\n")}\n`);
  }
  const rows = townshipRows(result, lang);
  if (rows.length > 0) {
    lines.push(
      `${t(PROVINCE_LABELS.townshipHeading, lang)}:`,
      textTable(
        TOWNSHIP_HEADERS.map((h) => t(h, lang)),
        rows,
        TOWNSHIP_ALIGN,
      ),
    );
  }
  return terminalText(`${lines.join("\n")}\n`);
}

/**
 * The province's township table as one CSV (UTF-8 BOM, CRLF): the county column first, then the columns of
 * `resultToCsv`, written by it county by county (same cells, same neutralising of formulas).
 */
export function provinceToCsv(result: ProvinceResult, lang: Lang): string {
  const c = RESULT_COLUMNS;
  const columns: readonly Bilingual[] = [
    PROVINCE_LABELS.county,
    c.id,
    c.name,
    c.category,
    c.current,
    c.index,
  ];
  const headers = [...columns, c.target, c.allocated, c.change, c.binding, c.reasons].map((h) =>
    csvText(t(h, lang)),
  );
  const out = [`\uFEFF${headers.join(",")}\r\n`];
  for (const run of result.counties) {
    if (run.result.townships.length === 0) continue;
    const text = resultToCsv(run.result, lang);
    // the county's rows: its header line and the BOM dropped, each row prefixed with the county
    const body = text.slice(text.indexOf("\r\n") + 2);
    const county = `${csvText(run.county)},`;
    let start = 0;
    while (start < body.length) {
      const end = body.indexOf("\r\n", start) + 2;
      out.push(county, body.slice(start, end));
      start = end;
    }
  }
  return out.join("");
}

/** The province result as stable JSON (`safeJson`): totals, conflicts and each county's whole run. */
export function provinceToJson(result: ProvinceResult): string {
  return safeJson(result);
}

/**
 * A Markdown report of the province: title and identity block, the province's totals and rules, the county summary
 * table, then each county's own report (`resultToMarkdown`, its headings one level down): checks, table, story and
 * each township's reasons.
 */
export function provinceToMarkdown(result: ProvinceResult, lang: Lang, identity?: ResultIdentity): string {
  const zh = lang === "zh";
  const md = (text: string) => markdownText(text);
  const out: string[] = markdownHeading(result.scenario.name, lang, identity);
  out.push(
    zh
      ? `方案文件 ${markdownCode(result.scenario.source)}，数据 ${markdownCode(result.scenario.data)}，标准 ${markdownCode(result.scenario.model)}。`
      : `Scenario ${markdownCode(result.scenario.source)}, data ${markdownCode(result.scenario.data)}, standard ${markdownCode(result.scenario.model)}.`,
    "",
  );
  for (const line of provinceLines(result, lang)) out.push(`- ${md(line)}`);
  out.push("", `## ${t(PROVINCE_LABELS.summaryHeading, lang)}`, "");
  out.push(`| ${SUMMARY_HEADERS.map((h) => t(h, lang)).join(" | ")} |`);
  out.push(`|${SUMMARY_ALIGN.map((a) => (a === "right" ? " ---: " : " --- ")).join("|")}|`);
  for (const row of summaryRows(result, lang))
    out.push(`| ${row.map((cell) => markdownText(cell, { breaks: "br" })).join(" | ")} |`);
  for (const run of result.counties) {
    out.push("");
    const county = resultToMarkdown(run.result, lang).trimEnd().split("\n");
    // the county's title names the county; its headings go one level down
    county[0] = `## ${md(run.county)}`;
    for (let k = 1; k < county.length; k++) if (county[k]!.startsWith("#")) county[k] = `#${county[k]}`;
    if (run.split !== undefined) county.splice(1, 0, "", `- ${md(t(run.split.reason, lang))}`);
    out.push(...county);
  }
  return `${out.join("\n").trimEnd()}\n`;
}
