/** The category suggestion (`suggestCategories`, R1) as a terminal table, JSON, CSV or Markdown. */
import type { CategorySuggestion, CategorySuggestions } from "../explain/suggest-category.ts";
import type { Lang, PostType } from "../types.ts";
import { CATEGORY_LABELS } from "../words/category-labels.ts";
import { CATEGORY_SUGGESTION_LABELS as L } from "../words/category-suggestion-labels.ts";
import { POST_TYPE_LABELS } from "../words/post-type-labels.ts";
import { t } from "../words/t.ts";
import { csvFile, mdLine, mdTable, type Provenance, provenanceLines } from "./analysis-format.ts";
import { csvText } from "./csv-text.ts";
import { safeJson } from "./safe-json.ts";
import { textTable } from "./text-table.ts";

/**
 * Which post type's weighted index the composite is, for a file with several post types (`planCategorySuggestions`);
 * absent for a single-type file, whose outputs say nothing more.
 */
export interface CategoriesOptions {
  readonly postType?: PostType;
}

/** The line naming the index, when a post type is given. */
function indexLines(options: CategoriesOptions, lang: Lang): string[] {
  return options.postType === undefined
    ? []
    : [t(L.indexOf, lang, { type: t(POST_TYPE_LABELS[options.postType], lang) })];
}

const HEADS = [L.id, L.name, L.composite, L.declared, L.suggested, L.agrees, L.why] as const;
const ALIGN = ["left", "left", "right", "left", "left", "left", "left"] as const;

function cells(row: CategorySuggestion, lang: Lang): string[] {
  return [
    row.id,
    row.name,
    row.composite.toFixed(4),
    t(CATEGORY_LABELS[row.declared], lang),
    t(CATEGORY_LABELS[row.suggested], lang),
    t(row.agrees ? L.yes : L.no, lang),
    t(row.reason, lang),
  ];
}

/**
 * The suggestion table as text cells, heads first, for a page to lay out.
 * @example categoriesTable(suggestCategories(townships), "en").heads[4] // "Suggested"
 */
export function categoriesTable(
  suggestions: CategorySuggestions,
  lang: Lang,
): { heads: string[]; rows: string[][] } {
  return { heads: HEADS.map((h) => t(h, lang)), rows: suggestions.townships.map((row) => cells(row, lang)) };
}

/** How many townships' suggestion differs from the declared category, in words. */
export function categoriesSummary(suggestions: CategorySuggestions, lang: Lang): string {
  return summary(suggestions, lang);
}

function summary(suggestions: CategorySuggestions, lang: Lang): string {
  return t(L.differ, lang, { n: suggestions.townships.filter((s) => !s.agrees).length });
}

/** The terminal table: title, provenance, the index (a plan's), the rule, how many differ, the townships. */
export function categoriesToText(
  suggestions: CategorySuggestions,
  provenance: Provenance,
  lang: Lang,
  options: CategoriesOptions = {},
): string {
  const table = textTable(
    HEADS.map((h) => t(h, lang)),
    suggestions.townships.map((row) => cells(row, lang)),
    ALIGN,
  );
  return `${[t(L.title, lang), ...provenanceLines(provenance, lang), "", ...indexLines(options, lang), t(suggestions.rule, lang), summary(suggestions, lang), "", table].join("\n")}\n`;
}

/** JSON: provenance, the index's post type (a plan's), the rule, each township's suggestion (categories by key). */
export function categoriesToJson(
  suggestions: CategorySuggestions,
  provenance: Provenance,
  options: CategoriesOptions = {},
): string {
  return safeJson({
    provenance,
    ...(options.postType !== undefined ? { index: { postType: options.postType } } : {}),
    ...suggestions,
  });
}

/** CSV: the township table only (UTF-8 BOM, CRLF). */
export function categoriesToCsv(suggestions: CategorySuggestions, lang: Lang): string {
  return csvFile([
    HEADS.map((h) => csvText(t(h, lang))),
    ...suggestions.townships.map((row) => cells(row, lang).map(csvText)),
  ]);
}

/** Markdown: title, provenance, the index (a plan's), the rule, the table. */
export function categoriesToMarkdown(
  suggestions: CategorySuggestions,
  provenance: Provenance,
  lang: Lang,
  options: CategoriesOptions = {},
): string {
  return `${[
    `# ${mdLine(t(L.title, lang))}`,
    "",
    ...provenanceLines(provenance, lang).map(mdLine),
    "",
    ...indexLines(options, lang).flatMap((l) => [mdLine(l), ""]),
    mdLine(t(suggestions.rule, lang)),
    "",
    mdLine(summary(suggestions, lang)),
    "",
    ...mdTable(
      HEADS.map((h) => t(h, lang)),
      suggestions.townships.map((row) => cells(row, lang)),
      ALIGN,
    ),
  ].join("\n")}\n`;
}
