/**
 * A transition path (`transitionPath`, R12) as a terminal table, JSON, CSV or Markdown: the settings, the year table
 * with each year's check, the township table (today, each year, target, arrival or the limit that stops it), and
 * when there is no path, why and the smallest changes.
 */
import type { TownshipPath, TransitionPath } from "../allocation/transition-path.ts";
import type { PlanTypeTransition } from "../run/plan-transitions.ts";
import { PLAN_POST_TYPES } from "../scenario/plan-post-types.ts";
import type { Bilingual, Lang, PostType } from "../types.ts";
import { fixed } from "../words/fixed.ts";
import { POST_TYPE_LABELS } from "../words/post-type-labels.ts";
import { t } from "../words/t.ts";
import { TRANSITION_LABELS as L, TRANSITION_STOP_LABELS } from "../words/transition-labels.ts";
import { csvFile, mdLine, mdTable, type Provenance, provenanceLines } from "./analysis-format.ts";
import { csvText } from "./csv-text.ts";
import { safeJson } from "./safe-json.ts";
import { textTable } from "./text-table.ts";

/** The scenario a path belongs to, for its heading. */
export interface TransitionSource {
  readonly name: Bilingual;
  readonly source: string;
}

/**
 * Where a township stands at the end: the year it reaches its target, "already there", or the limit that stops it.
 * @example arrivalText(row, "en") // "year 3"
 */
export function arrivalText(row: TownshipPath, lang: Lang): string {
  if (row.arrives === 0) return t(L.already, lang);
  if (row.arrives !== null) return t(L.arrivesIn, lang, { y: row.arrives });
  if (row.stoppedBy === null) return "—";
  return `${t(L.notArriving, lang)}${lang === "zh" ? "：" : ": "}${t(TRANSITION_STOP_LABELS[row.stoppedBy], lang)}`;
}

function settingsLines(path: TransitionPath, lang: Lang): string[] {
  const sep = lang === "zh" ? "：" : ": ";
  return [
    `${t(L.years, lang)}${sep}${path.years}`,
    `${t(L.maxChangePerYear, lang)}${sep}${path.maxChangePerYear ?? t(L.noLimit, lang)}`,
    ...(path.maxChangeShare !== null
      ? [`${t(L.maxChangeShare, lang)}${sep}${fixed(path.maxChangeShare * 100)}%`]
      : []),
    `${t(L.noCuts, lang)}${sep}${t(path.noCuts ? L.yes : L.no, lang)}`,
    `${t(L.totalsRule, lang)}${sep}${t(path.totalsRule, lang)}`,
    `${t(L.objective, lang)}${sep}${t(path.objective, lang)}`,
    `${t(L.status, lang)}${sep}${t(path.status === "feasible" ? L.feasible : L.infeasible, lang)}`,
  ];
}

function yearTable(path: TransitionPath, lang: Lang): { headers: string[]; rows: string[][] } {
  const cell = (x: number | null) => (x === null ? "—" : String(x));
  return {
    headers: [
      t(L.yearHeader, lang),
      t(L.yearTotal, lang),
      t(L.allocated, lang),
      t(L.gained, lang),
      t(L.cut, lang),
      t(L.check, lang),
    ],
    rows: path.yearTotals.map((y) => [
      t(L.year, lang, { y: y.year }),
      String(y.total),
      cell(y.allocated),
      cell(y.gained),
      cell(y.cut),
      y.allocated === null ? "—" : y.allocated === y.total ? "✓" : "✗",
    ]),
  };
}

function townshipHeads(path: TransitionPath, lang: Lang): string[] {
  return [
    t(L.id, lang),
    t(L.township, lang),
    t(L.today, lang),
    ...path.yearTotals.map((y) => t(L.year, lang, { y: y.year })),
    t(L.target, lang),
    t(L.limit, lang),
    t(L.arrives, lang),
  ];
}

function townshipRows(path: TransitionPath, lang: Lang): string[][] {
  return path.townships.map((row) => [
    row.id,
    row.name,
    String(row.today),
    ...path.yearTotals.map((_, y) => (row.path[y] === undefined ? "—" : String(row.path[y]))),
    String(row.target),
    row.limit === null ? t(L.noLimit, lang) : String(row.limit),
    arrivalText(row, lang),
  ]);
}

/**
 * What a path says in words beside its tables: the settings (years, limits, totals rule, objective, status) and,
 * when there is no path, the conflicts and the smallest changes.
 * @example transitionNotes(path, "en")[0] // "Years: 3"
 */
export function transitionNotes(path: TransitionPath, lang: Lang): string[] {
  return [...settingsLines(path, lang), ...problemLines(path, lang).map((l) => l.trim())];
}

/** The alignment of `transitionTables`' two tables (numbers right), as the terminal and Markdown show them. */
export function transitionAligns(path: TransitionPath): {
  readonly years: readonly ("left" | "right")[];
  readonly townships: readonly ("left" | "right")[];
} {
  return {
    years: ["left", "right", "right", "right", "right", "left"],
    townships: [
      "left",
      "left",
      "right",
      ...path.yearTotals.map(() => "right" as const),
      "right",
      "right",
      "left",
    ],
  };
}

function problemLines(path: TransitionPath, lang: Lang): string[] {
  if (path.status === "feasible") return [];
  return [
    t(L.conflicts, lang),
    ...path.conflicts.map((c) => `  ${t(c.message, lang)}`),
    ...(path.remedies.length > 0
      ? [t(L.remedies, lang), ...path.remedies.map((m) => `  ${t(m.message, lang)}`)]
      : []),
  ];
}

/**
 * The two tables of a path as text cells, the same the terminal and Markdown show (for the pages): the years (total,
 * allocated, gained, cut, check) and the townships (today, each year, target, limit, arrival or the limit that stops it).
 * @example transitionTables(path, "en").townships.headers[0] // "ID"
 */
export function transitionTables(
  path: TransitionPath,
  lang: Lang,
): {
  readonly years: { headers: string[]; rows: string[][] };
  readonly townships: { headers: string[]; rows: string[][] };
} {
  return {
    years: yearTable(path, lang),
    townships: { headers: townshipHeads(path, lang), rows: townshipRows(path, lang) },
  };
}

/** The year table's and the township table's alignment (the township table: one column per year). */
const YEAR_ALIGN = ["left", "right", "right", "right", "right", "left"] as const;
const townshipAlign = (heads: readonly string[]) => [
  "left" as const,
  "left" as const,
  ...heads.slice(2, -2).map(() => "right" as const),
  "right" as const,
  "left" as const,
];

function heading(source: TransitionSource, lang: Lang): string {
  return lang === "zh"
    ? `${t(L.title, lang)}：${t(source.name, lang)}（${source.source}）`
    : `${t(L.title, lang)}: ${t(source.name, lang)} (${source.source})`;
}

/** The path as terminal tables. */
export function transitionToText(
  path: TransitionPath,
  source: TransitionSource,
  provenance: Provenance,
  lang: Lang,
): string {
  const out = [heading(source, lang), ...provenanceLines(provenance, lang), ...pathTextLines(path, lang)];
  return `${out.join("\n")}\n`;
}

/** One path's settings, year table, township table and problems as terminal lines. */
function pathTextLines(path: TransitionPath, lang: Lang): string[] {
  const years = yearTable(path, lang);
  const heads = townshipHeads(path, lang);
  return [
    ...settingsLines(path, lang),
    "",
    textTable(years.headers, years.rows, YEAR_ALIGN),
    "",
    textTable(heads, townshipRows(path, lang), townshipAlign(heads)),
    ...problemLines(path, lang),
  ];
}

/** One path's year and township tables as Markdown, then its problems under a heading of `level`. */
function pathMarkdownTables(path: TransitionPath, lang: Lang, level: "##" | "###"): string[] {
  const years = yearTable(path, lang);
  const heads = townshipHeads(path, lang);
  const out = [
    "",
    ...mdTable(years.headers, years.rows, YEAR_ALIGN),
    "",
    ...mdTable(heads, townshipRows(path, lang), townshipAlign(heads)),
  ];
  const problems = problemLines(path, lang);
  if (problems.length > 0)
    out.push(
      "",
      ...problems.map((l) => (l.startsWith("  ") ? `- ${mdLine(l.trim())}` : `${level} ${mdLine(l)}`)),
    );
  return out;
}

/** The path as JSON: the provenance, the scenario, then everything `transitionPath` gives. */
export function transitionToJson(
  path: TransitionPath,
  source: TransitionSource,
  provenance: Provenance,
): string {
  return safeJson({ provenance, scenario: source, transition: path });
}

/** The path as CSV (UTF-8 with BOM): one row per township, posts each year, numbers as numbers. */
export function transitionToCsv(path: TransitionPath, lang: Lang): string {
  const heads = [...townshipHeads(path, lang), t(L.shortBy, lang)];
  const rows = path.townships.map((row, j) => {
    const cells = townshipRows(path, lang)[j]!;
    return [
      csvText(row.id),
      csvText(row.name),
      String(row.today),
      ...path.yearTotals.map((_, y) => (row.path[y] === undefined ? "" : String(row.path[y]))),
      String(row.target),
      row.limit === null ? "" : String(row.limit),
      csvText(cells[cells.length - 1]!),
      String(row.shortBy),
    ];
  });
  return csvFile([heads.map(csvText), ...rows]);
}

/** The path as Markdown: heading, provenance and settings, the year table, the township table, the diagnosis. */
export function transitionToMarkdown(
  path: TransitionPath,
  source: TransitionSource,
  provenance: Provenance,
  lang: Lang,
): string {
  const out = [
    `# ${mdLine(heading(source, lang))}`,
    "",
    ...[...provenanceLines(provenance, lang), ...settingsLines(path, lang)].map((l) => `- ${mdLine(l)}`),
    ...pathMarkdownTables(path, lang, "##"),
  ];
  return `${out.join("\n")}\n`;
}

// ---- A plan's paths (several post types in one file): one section per type, the single-type pieces reused. ----

/** A post type's section without a path: its title, then why (the type has no allocation) and its conflicts. */
function typeSection(entry: PlanTypeTransition, lang: Lang): { title: string; lines: string[] } {
  const title = t(POST_TYPE_LABELS[entry.postType], lang);
  if (entry.path !== null) return { title, lines: [] };
  return { title, lines: [t(L.typeNoTarget, lang), ...entry.conflicts.map((c) => `  ${t(c, lang)}`)] };
}

/**
 * A plan's paths as terminal tables: the heading and provenance, then one section per post type (its name, its
 * settings, year table and township table as `transitionToText` prints them, or why it has no path).
 */
export function planTransitionToText(
  paths: readonly PlanTypeTransition[],
  source: TransitionSource,
  provenance: Provenance,
  lang: Lang,
): string {
  const out = [heading(source, lang), ...provenanceLines(provenance, lang)];
  for (const entry of paths) {
    const { title, lines } = typeSection(entry, lang);
    out.push("", `== ${title} ==`);
    const path = entry.path;
    if (path === null) {
      out.push(...lines);
      continue;
    }
    out.push(...pathTextLines(path, lang));
  }
  return `${out.join("\n")}\n`;
}

/**
 * A plan's paths as JSON: the provenance, the scenario, `transition` keyed by post type (everything
 * `transitionPath` gives, or null for a type without an allocation), and `noAllocation` with those types' solver
 * status and conflicts.
 */
export function planTransitionToJson(
  paths: readonly PlanTypeTransition[],
  source: TransitionSource,
  provenance: Provenance,
): string {
  const missing = paths.filter((p) => p.path === null);
  return safeJson({
    provenance,
    scenario: source,
    transition: Object.fromEntries(paths.map((p) => [p.postType, p.path])),
    ...(missing.length > 0
      ? {
          noAllocation: Object.fromEntries(
            missing.map((p) => [p.postType, { status: p.status, conflicts: p.conflicts }]),
          ),
        }
      : {}),
  });
}

/**
 * A plan's paths as one CSV (UTF-8 with BOM): the post type first, then the columns of `transitionToCsv`, one row per
 * post type and township, sorted by type (admin, institution, leader) then township id; a type without a path has no
 * rows. Years up to the longest path; a shorter one leaves its later years empty.
 */
export function planTransitionToCsv(paths: readonly PlanTypeTransition[], lang: Lang): string {
  const withPath = paths.filter((p): p is PlanTypeTransition & { path: TransitionPath } => p.path !== null);
  const longest = withPath.reduce<TransitionPath | undefined>(
    (best, p) => (best === undefined || p.path.yearTotals.length > best.yearTotals.length ? p.path : best),
    undefined,
  );
  const years = longest?.yearTotals.length ?? 0;
  const heads = [
    t(L.postType, lang),
    t(L.id, lang),
    t(L.township, lang),
    t(L.today, lang),
    ...Array.from({ length: years }, (_, y) => t(L.year, lang, { y: y + 1 })),
    t(L.target, lang),
    t(L.limit, lang),
    t(L.arrives, lang),
    t(L.shortBy, lang),
  ];
  const order = (p: PostType) => PLAN_POST_TYPES.indexOf(p);
  const rows = [...withPath]
    .sort((a, b) => order(a.postType) - order(b.postType))
    .flatMap(({ postType, path }) =>
      [...path.townships]
        .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
        .map((row) => [
          csvText(t(POST_TYPE_LABELS[postType], lang)),
          csvText(row.id),
          csvText(row.name),
          String(row.today),
          ...Array.from({ length: years }, (_, y) => (row.path[y] === undefined ? "" : String(row.path[y]))),
          String(row.target),
          row.limit === null ? "" : String(row.limit),
          csvText(arrivalText(row, lang)),
          String(row.shortBy),
        ]),
    );
  return csvFile([heads.map(csvText), ...rows]);
}

/**
 * A plan's paths as Markdown: the heading and provenance, then one `##` section per post type (settings, the year
 * table, the township table and the diagnosis as `transitionToMarkdown` gives them, or why it has no path).
 */
export function planTransitionToMarkdown(
  paths: readonly PlanTypeTransition[],
  source: TransitionSource,
  provenance: Provenance,
  lang: Lang,
): string {
  const out = [
    `# ${mdLine(heading(source, lang))}`,
    "",
    ...provenanceLines(provenance, lang).map((l) => `- ${mdLine(l)}`),
  ];
  for (const entry of paths) {
    const { title, lines } = typeSection(entry, lang);
    out.push("", `## ${mdLine(title)}`, "");
    const path = entry.path;
    if (path === null) {
      out.push(...lines.map((l) => `- ${mdLine(l.trim())}`));
      continue;
    }
    out.push(
      ...settingsLines(path, lang).map((l) => `- ${mdLine(l)}`),
      ...pathMarkdownTables(path, lang, "###"),
    );
  }
  return `${out.join("\n")}\n`;
}
