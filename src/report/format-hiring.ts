/**
 * The hiring plan and the lending table (a run's `HiringSection`) as a terminal table, JSON, CSV or Markdown, the
 * `hiring` command's outputs and the page's tables.
 */
import type { HiringLine } from "../allocation/hiring-plan.ts";
import type { LendingLine } from "../explain/lending.ts";
import type { HiringSection } from "../run/hiring-section.ts";
import type { Bilingual, Lang } from "../types.ts";
import { CATEGORY_LABELS } from "../words/category-labels.ts";
import { fixed } from "../words/fixed.ts";
import { hiringReasonText, HIRING_LABELS as L } from "../words/hiring-labels.ts";
import { POST_TYPE_LABELS } from "../words/post-type-labels.ts";
import { SUMMARY_LABELS } from "../words/summary-labels.ts";
import { t } from "../words/t.ts";
import { csvFile, mdLine, mdTable, type Provenance, provenanceLines } from "./analysis-format.ts";
import { csvNumber, csvText } from "./csv-text.ts";
import { safeJson } from "./safe-json.ts";
import { textTable } from "./text-table.ts";

/** What the outputs name: the scenario and its data file (with `Provenance`: version and content hash). */
export interface HiringContext {
  readonly name: Bilingual;
  readonly source: string;
  readonly data: string;
}

const pct = (share: number | null): string => (share === null ? "—" : `${fixed(share * 100, 1)}%`);
const names = (section: HiringSection, ids: readonly string[]): string => {
  const byId = new Map(
    section.lending.status === "checked" ? section.lending.lines.map((l) => [l.id, l.name]) : [],
  );
  for (const l of section.plan?.lines ?? []) byId.set(l.id, l.name);
  return ids.map((id) => byId.get(id) ?? id).join(", ");
};

/** A township's years to the target at this pace, in words. */
export function yearsText(line: HiringLine, lang: Lang): string {
  const y = line.yearsToTarget;
  return y.kind === "reached"
    ? t(L.reached, lang)
    : y.kind === "never"
      ? t(L.never, lang)
      : t(L.yearsN, lang, { n: y.years });
}

/**
 * The lines above the tables: title, scenario, data, provenance, then `hiringNotes`.
 * @example hiringPreamble(section, context, provenance, "en")[0] // "Hiring plan — Baseline"
 */
export function hiringPreamble(
  section: HiringSection,
  context: HiringContext,
  provenance: Provenance,
  lang: Lang,
): string[] {
  const colon = lang === "zh" ? "：" : ": ";
  return [
    `${t(L.title, lang)} — ${t(context.name, lang)}`,
    `${t(SUMMARY_LABELS.source, lang)}${colon}${context.source}`,
    `${t(SUMMARY_LABELS.data, lang)}${colon}${context.data}`,
    ...provenanceLines(provenance, lang),
    ...hiringNotes(section, lang),
  ];
}

/**
 * What the plan says in words: which posts are counted, the totals and the objective, the pace, any tie and any
 * township left out (or why there is no plan).
 * @example hiringNotes(section, "en")[1] // "hiring quota 50: 50 placed, 0 left unplaced (vacancies in all 112); …"
 */
export function hiringNotes(section: HiringSection, lang: Lang): string[] {
  const lines: string[] = [];
  const basis = section.postsBasis;
  lines.push(
    basis.kind === "allocated"
      ? t(L.postsAllocated, lang, { type: t(POST_TYPE_LABELS[basis.postType], lang) })
      : basis.kind === "plan"
        ? t(L.postsPlan, lang)
        : t(L.postsToday, lang, { why: t(basis.why === "leader" ? L.whyLeader : L.whyNoAllocation, lang) }),
  );
  const plan = section.plan;
  if (plan === null) lines.push(t(L.notPlanned, lang, { why: t(section.notPlanned!, lang) }));
  else {
    lines.push(
      t(L.summary, lang, {
        quota: plan.quota,
        placed: plan.placed,
        unplaced: plan.unplaced,
        vacancies: plan.vacancies,
        target: pct(plan.targetUsage),
        before: plan.belowTargetBefore,
        after: plan.belowTargetAfter,
      }),
      t(L.objective, lang, {
        shortfall: fixed(plan.objective.shortfall, 4),
        fill: fixed(plan.objective.fill, 4),
      }),
      t(L.paceNote, lang),
    );
    if (plan.tie !== null)
      lines.push(
        t(L.tieNote, lang, {
          given: names(section, plan.tie.given),
          notGiven: names(section, plan.tie.notGiven),
        }),
      );
  }
  if (section.leftOut.staff.length > 0)
    lines.push(
      t(L.notInPlan, lang, { what: t(L.staffWord, lang), names: names(section, section.leftOut.staff) }),
    );
  if (section.leftOut.institution.length > 0)
    lines.push(
      t(L.notInPlan, lang, {
        what: t(L.institutionWord, lang),
        names: names(section, section.leftOut.institution),
      }),
    );
  return lines;
}

/** The lending totals in words, or why lending is not checked. */
export function lendingLines(section: HiringSection, lang: Lang): string[] {
  const lending = section.lending;
  if (lending.status === "not-checked")
    return [
      t(L.lendingNotChecked, lang, {
        why: t(lending.why === "no-column" ? L.noLentColumn : L.lentColumnEmpty, lang),
      }),
    ];
  const lines = [
    t(L.lendingSummary, lang, {
      lent: lending.totalLent,
      posts: lending.totalPosts,
      share: pct(lending.share),
      over: lending.over,
      max: pct(lending.maxShare),
      callBack: lending.totalCallBack,
    }),
    t(L.lendingPosts, lang),
  ];
  if (lending.missing.length > 0)
    lines.push(t(L.lendingMissing, lang, { names: lending.missing.map((m) => m.name).join(", ") }));
  return lines;
}

/** The plan's columns, shared by its table and its CSV (which then adds the lending's columns). */
const PLAN_COLUMNS = [
  L.id,
  L.name,
  L.category,
  L.weight,
  L.posts,
  L.staff,
  L.vacancies,
  L.usageBefore,
  L.need,
  L.recruits,
  L.usageAfter,
  L.years,
] as const;

/**
 * The plan's table: one row per township in table order.
 * @example hiringTable(section, "en").headers[0] // "ID"
 */
export function hiringTable(section: HiringSection, lang: Lang): { headers: string[]; rows: string[][] } {
  const headers = [...PLAN_COLUMNS, L.reasons].map((h) => t(h, lang));
  const rows = (section.plan?.lines ?? []).map((l) => [
    l.id,
    l.name,
    t(CATEGORY_LABELS[l.category], lang),
    fixed(l.weight),
    String(l.posts),
    String(l.staff),
    String(l.vacancies),
    pct(l.usageBefore),
    String(l.need),
    String(l.recruits),
    pct(l.usageAfter),
    yearsText(l, lang),
    l.reasons.map((r) => t(hiringReasonText(r), lang)).join(lang === "zh" ? "；" : "; "),
  ]);
  return { headers, rows };
}

/** The alignment of `hiringTable`'s columns (numbers right). */
export const HIRING_ALIGN = [
  "left",
  "left",
  "left",
  "right",
  "right",
  "right",
  "right",
  "right",
  "right",
  "right",
  "right",
  "left",
  "left",
] as const;

/**
 * The lending table: the townships over 5 % (all townships with `all`), then the county's total.
 * @example lendingTable(section, "en").rows.at(-1)?.[1] // "County"
 */
export function lendingTable(
  section: HiringSection,
  lang: Lang,
  all = false,
): { headers: string[]; rows: string[][] } {
  const headers = [L.id, L.name, L.category, L.posts, L.lent, L.lentShare, L.allowed, L.callBack].map((h) =>
    t(h, lang),
  );
  const lending = section.lending;
  if (lending.status === "not-checked") return { headers, rows: [] };
  const row = (l: LendingLine) => [
    l.id,
    l.institutionMissing ? `${l.name} (${t(L.institutionMissing, lang)})` : l.name,
    t(CATEGORY_LABELS[l.category], lang),
    String(l.posts),
    String(l.lent),
    pct(l.share),
    String(l.allowed),
    String(l.callBack),
  ];
  const rows = lending.lines.filter((l) => all || l.over).map(row);
  rows.push([
    "",
    t(L.county, lang),
    "",
    String(lending.totalPosts),
    String(lending.totalLent),
    pct(lending.share),
    "",
    String(lending.totalCallBack),
  ]);
  return { headers, rows };
}

/** The alignment of `lendingTable`'s columns (numbers right). */
export const LENDING_ALIGN = ["left", "left", "left", "right", "right", "right", "right", "right"] as const;

/**
 * The terminal text: preamble, plan table, lending lines and table.
 * @example hiringToText(section, context, provenance, "zh").split("\n")[0] // "用编进人计划 — 基准方案"
 */
export function hiringToText(
  section: HiringSection,
  context: HiringContext,
  provenance: Provenance,
  lang: Lang,
): string {
  const out = [...hiringPreamble(section, context, provenance, lang), ""];
  if (section.plan !== null) {
    const table = hiringTable(section, lang);
    out.push(textTable(table.headers, table.rows, HIRING_ALIGN), "");
  }
  out.push(t(L.lendingTitle, lang), ...lendingLines(section, lang));
  if (section.lending.status === "checked") {
    const table = lendingTable(section, lang);
    out.push("", textTable(table.headers, table.rows, LENDING_ALIGN));
  }
  return `${out.join("\n")}\n`;
}

/**
 * JSON: the provenance, the scenario and data named, and the section as the run gives it.
 * @example JSON.parse(hiringToJson(section, context, provenance)).plan.placed // 50 on the demo baseline
 */
export function hiringToJson(section: HiringSection, context: HiringContext, provenance: Provenance): string {
  return safeJson({ provenance, scenario: context, ...section });
}

/**
 * CSV (data only, UTF-8 BOM): one row per township, the plan's and the lending's columns side by side; empty cells
 * where a township has no figure.
 * @example hiringToCsv(section, "en").split("\r\n")[0] // "\uFEFFID,Township,Category,Weight,…"
 */
export function hiringToCsv(section: HiringSection, lang: Lang): string {
  const headers = [...PLAN_COLUMNS, L.lent, L.lentShare, L.allowed, L.callBack].map((h) =>
    csvText(t(h, lang)),
  );
  const plan = new Map((section.plan?.lines ?? []).map((l) => [l.id, l]));
  const lending = new Map(
    section.lending.status === "checked" ? section.lending.lines.map((l) => [l.id, l]) : [],
  );
  const ids = [...new Set([...plan.keys(), ...lending.keys()])];
  const share = (x: number | null) =>
    x === null ? "" : csvNumber(x, (n) => String(Math.round(n * 1e6) / 1e6));
  const rows = ids.map((id) => {
    const p = plan.get(id);
    const l = lending.get(id);
    const first = p ?? l!;
    return [
      csvText(id),
      csvText(first.name),
      csvText(t(CATEGORY_LABELS[first.category], lang)),
      p ? csvNumber(p.weight) : "",
      p ? csvNumber(p.posts) : "",
      p ? csvNumber(p.staff) : "",
      p ? csvNumber(p.vacancies) : "",
      p ? share(p.usageBefore) : "",
      p ? csvNumber(p.need) : "",
      p ? csvNumber(p.recruits) : "",
      p ? share(p.usageAfter) : "",
      p ? csvText(yearsText(p, lang)) : "",
      l ? csvNumber(l.lent) : "",
      l ? share(l.share) : "",
      l ? csvNumber(l.allowed) : "",
      l ? csvNumber(l.callBack) : "",
    ];
  });
  return csvFile([headers, ...rows]);
}

/**
 * Markdown: the preamble as a list under the title, the plan table, the lending section.
 * @example hiringToMarkdown(section, context, provenance, "en").split("\n")[0] // "# Hiring plan — Baseline"
 */
export function hiringToMarkdown(
  section: HiringSection,
  context: HiringContext,
  provenance: Provenance,
  lang: Lang,
): string {
  const [title, ...rest] = hiringPreamble(section, context, provenance, lang);
  const out = [`# ${mdLine(title!)}`, "", ...rest.map((l) => `- ${mdLine(l)}`), ""];
  if (section.plan !== null) {
    const table = hiringTable(section, lang);
    out.push(...mdTable(table.headers, table.rows, HIRING_ALIGN), "");
  }
  out.push(
    `## ${mdLine(t(L.lendingTitle, lang))}`,
    "",
    ...lendingLines(section, lang).map((l) => `- ${mdLine(l)}`),
  );
  if (section.lending.status === "checked") {
    const table = lendingTable(section, lang);
    out.push("", ...mdTable(table.headers, table.rows, LENDING_ALIGN));
  }
  return `${out.join("\n")}\n`;
}
