/**
 * The offices of each township and the R10/R11 checks (`officeReport`, `officeChecks`) as a terminal table, JSON, CSV
 * or Markdown.
 */
import type { OfficeReport, TownshipOffices } from "../explain/office-report.ts";
import type { PolicyCheck } from "../explain/policy-checks.ts";
import type { Lang } from "../types.ts";
import { CATEGORY_LABELS } from "../words/category-labels.ts";
import { OFFICE_LABELS as L, RETAINED_AGENCY_LABELS } from "../words/office-check-messages.ts";
import { t } from "../words/t.ts";
import { csvFile, mdLine, mdTable, type Provenance, provenanceLines } from "./analysis-format.ts";
import { csvText } from "./csv-text.ts";
import { safeJson } from "./safe-json.ts";
import { textTable } from "./text-table.ts";

/** What the offices command shows: the report and its two checks. */
export interface OfficesView {
  readonly scenario: string;
  readonly report: OfficeReport;
  readonly checks: readonly PolicyCheck[];
}

const HEADS = [
  L.id,
  L.name,
  L.category,
  L.offices,
  L.cap,
  L.over,
  L.missing,
  L.retained,
  L.adjusted,
  L.otherStationed,
  L.stationedStaff,
  L.counted,
] as const;
/** The alignment of `officesTable`'s columns (numbers right). */
export const OFFICES_ALIGN = [
  "left",
  "left",
  "left",
  "right",
  "right",
  "right",
  "left",
  "left",
  "left",
  "left",
  "right",
  "left",
] as const;

function cells(row: TownshipOffices, lang: Lang): string[] {
  const sep = lang === "zh" ? "、" : ", ";
  const num = (x: number | null) => (x === null ? t(L.unknown, lang) : String(x));
  const list = (xs: readonly string[] | null) =>
    xs === null ? t(L.unknown, lang) : xs.length === 0 ? t(L.none, lang) : xs.join(sep);
  return [
    row.id,
    row.name,
    t(CATEGORY_LABELS[row.category], lang),
    num(row.officeCount),
    num(row.cap),
    num(row.over),
    list(row.missingUniform),
    list(row.retained === null ? null : row.retained.map((k) => t(RETAINED_AGENCY_LABELS[k]!, lang))),
    list(row.adjusted),
    list(row.otherStationed),
    num(row.stationedStaff),
    list(row.countedStationed),
  ];
}

/**
 * The township table of the offices view as text cells, heads first, for a page to lay out.
 * @example officesTable(view, "zh").heads[6] // "缺少的统一设置机构"
 */
export function officesTable(view: OfficesView, lang: Lang): { heads: string[]; rows: string[][] } {
  return { heads: HEADS.map((h) => t(h, lang)), rows: view.report.townships.map((row) => cells(row, lang)) };
}

/** A check's status in words: 通过 / 未通过 / 未检查. */
export function officeCheckStatus(check: PolicyCheck, lang: Lang): string {
  return statusWord(check, lang);
}

const statusWord = (check: PolicyCheck, lang: Lang) =>
  t(check.status === "passed" ? L.passed : check.status === "failed" ? L.failed : L.notChecked, lang);

/** The terminal table: title, provenance, one line per check, then the townships. */
export function officesToText(view: OfficesView, provenance: Provenance, lang: Lang): string {
  const lines = [t(L.title, lang), ...provenanceLines(provenance, lang), ""];
  for (const check of view.checks)
    lines.push(`${check.rule} ${statusWord(check, lang)}: ${t(check.message, lang)}`);
  lines.push("");
  lines.push(
    textTable(
      HEADS.map((h) => t(h, lang)),
      view.report.townships.map((row) => cells(row, lang)),
      OFFICES_ALIGN,
    ),
  );
  return `${lines.join("\n")}\n`;
}

/** JSON: provenance, the checks, the report (categories and agencies by key). */
export function officesToJson(view: OfficesView, provenance: Provenance): string {
  return safeJson({ provenance, scenario: view.scenario, checks: view.checks, ...view.report });
}

/** CSV: the township table only (UTF-8 BOM, CRLF), no provenance: the JSON and Markdown carry it. */
export function officesToCsv(view: OfficesView, lang: Lang): string {
  return csvFile([
    HEADS.map((h) => csvText(t(h, lang))),
    ...view.report.townships.map((row) => cells(row, lang).map(csvText)),
  ]);
}

/** Markdown: title, provenance, the checks as a list, the township table. */
export function officesToMarkdown(view: OfficesView, provenance: Provenance, lang: Lang): string {
  const lines = [`# ${mdLine(t(L.title, lang))}`, "", ...provenanceLines(provenance, lang).map(mdLine), ""];
  for (const check of view.checks)
    lines.push(`- **${check.rule}** ${statusWord(check, lang)}: ${mdLine(t(check.message, lang))}`);
  lines.push("");
  lines.push(
    ...mdTable(
      HEADS.map((h) => t(h, lang)),
      view.report.townships.map((row) => cells(row, lang)),
      OFFICES_ALIGN,
    ),
  );
  return `${lines.join("\n")}\n`;
}
