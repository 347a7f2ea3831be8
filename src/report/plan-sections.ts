/**
 * The sections of a plan's report that the single-type renderers already know how to tabulate: the hiring plan
 * (R7), the lending table (R8), each post type's transition path (R12) and the offices check (R10/R11), built once
 * as language-neutral blocks (title, notes, tables of text cells) that Markdown, terminal text, the print HTML and
 * the workbook all lay out. The cells come from `hiringTable`, `lendingTable`, `transitionTables` and
 * `officesTable`: no second copy of their logic.
 */
import { officeChecks } from "../explain/office-checks.ts";
import { officeReport } from "../explain/office-report.ts";
import type { PlanResult } from "../run/plan-result.ts";
import type { Lang, Scenario } from "../types.ts";
import { HIRING_LABELS } from "../words/hiring-labels.ts";
import { OFFICE_LABELS } from "../words/office-check-messages.ts";
import { POST_TYPE_LABELS } from "../words/post-type-labels.ts";
import { t } from "../words/t.ts";
import { TRANSITION_LABELS } from "../words/transition-labels.ts";
import { mdTable } from "./analysis-format.ts";
import {
  HIRING_ALIGN,
  hiringNotes,
  hiringTable,
  LENDING_ALIGN,
  lendingLines,
  lendingTable,
} from "./format-hiring.ts";
import { OFFICES_ALIGN, type OfficesView, officeCheckStatus, officesTable } from "./format-offices.ts";
import { transitionAligns, transitionNotes, transitionTables } from "./format-transition.ts";
import { markdownText } from "./markdown-text.ts";
import { textTable } from "./text-table.ts";

/** One table of a section: headers, rows of text cells, each column's alignment. */
export interface SectionTable {
  readonly headers: readonly string[];
  readonly rows: readonly (readonly string[])[];
  readonly align: readonly ("left" | "right")[];
}

/** One section of a plan's report, in one language. */
export interface PlanSection {
  /** Stable key: "hiring", "lending", "transition-admin" …, "offices" (for anchors and sheet order). */
  readonly key: string;
  readonly title: string;
  /** Sentences above the tables. */
  readonly notes: readonly string[];
  readonly tables: readonly SectionTable[];
}

/**
 * The offices view of a plan (R10/R11 as `quota-planner offices` shows it), from the scenario of its first type
 * (every type shares the county table and the offices table); null when the scenario names no offices table and the
 * county table has no office counts.
 */
export function planOfficesView(source: string, scenario: Scenario): OfficesView | null {
  const report = officeReport(scenario);
  if (report.countFrom === "none" && report.table === undefined) return null;
  return { scenario: source, report, checks: officeChecks(scenario, report) };
}

/**
 * The hiring, lending, transition and offices sections of a plan in `lang`, in that order; a section the plan has no
 * data for is left out (no hiring block, no transition block, no offices view).
 * @example planSections(plan, null, "en").map((s) => s.key) // ["hiring", "lending", "transition-admin", …]
 */
export function planSections(plan: PlanResult, offices: OfficesView | null, lang: Lang): PlanSection[] {
  const sections: PlanSection[] = [];
  const hiring = plan.scenario.postTypes.map((p) => plan.types[p]?.hiring).find((h) => h !== undefined);
  if (hiring !== undefined) {
    const tables: SectionTable[] = [];
    if (hiring.plan !== null) tables.push({ ...hiringTable(hiring, lang), align: HIRING_ALIGN });
    sections.push({
      key: "hiring",
      title: t(HIRING_LABELS.title, lang),
      notes: hiringNotes(hiring, lang),
      tables,
    });
    sections.push({
      key: "lending",
      title: t(HIRING_LABELS.lendingTitle, lang),
      notes: lendingLines(hiring, lang),
      tables:
        hiring.lending.status === "checked" ? [{ ...lendingTable(hiring, lang), align: LENDING_ALIGN }] : [],
    });
  }
  for (const postType of plan.scenario.postTypes) {
    const path = plan.types[postType]?.transition;
    if (path === undefined) continue;
    const tables = transitionTables(path, lang);
    const align = transitionAligns(path);
    sections.push({
      key: `transition-${postType}`,
      title: `${t(TRANSITION_LABELS.title, lang)} · ${t(POST_TYPE_LABELS[postType], lang)}`,
      notes: transitionNotes(path, lang),
      tables: [
        { ...tables.years, align: align.years },
        { ...tables.townships, align: align.townships },
      ],
    });
  }
  if (offices !== null) {
    const table = officesTable(offices, lang);
    const colon = lang === "zh" ? "：" : ": ";
    sections.push({
      key: "offices",
      title: t(OFFICE_LABELS.title, lang),
      notes: offices.checks.map(
        (check) => `${check.rule} ${officeCheckStatus(check, lang)}${colon}${t(check.message, lang)}`,
      ),
      tables: [{ headers: table.heads, rows: table.rows, align: OFFICES_ALIGN }],
    });
  }
  return sections;
}

/** Sections as Markdown: a `##` heading each, the notes as a list, the tables. */
export function sectionsToMarkdown(sections: readonly PlanSection[]): string[] {
  const out: string[] = [];
  for (const section of sections) {
    out.push(`## ${markdownText(section.title)}`, "", ...section.notes.map((n) => `- ${markdownText(n)}`));
    for (const table of section.tables) out.push("", ...mdTable(table.headers, table.rows, table.align));
    out.push("");
  }
  return out;
}

/** Sections as terminal text: the title with a colon, the notes, the tables. */
export function sectionsToText(sections: readonly PlanSection[], lang: Lang): string[] {
  const out: string[] = [];
  for (const section of sections) {
    out.push(`${section.title}${lang === "zh" ? "：" : ":"}`, ...section.notes.map((n) => `  ${n}`));
    for (const table of section.tables) out.push("", textTable(table.headers, table.rows, table.align));
    out.push("");
  }
  return out;
}
