/**
 * A comparison of scenarios (`compareScenarios`) as a terminal table, JSON, CSV or Markdown (biggest movers first).
 */
import type { ScenarioComparison } from "../simulate/compare-scenarios.ts";
import type { Lang } from "../types.ts";
import { COMPARE_LABELS } from "../words/analysis-labels.ts";
import { CATEGORY_LABELS } from "../words/category-labels.ts";
import { RESULT_COLUMNS } from "../words/result-columns.ts";
import { signedInt } from "../words/signed-int.ts";
import { SOLVER_STATUS_LABELS } from "../words/solver-status-labels.ts";
import { t } from "../words/t.ts";
import { csvFile, mdLine, mdTable, type Provenance, provenanceLines } from "./analysis-format.ts";
import { csvText } from "./csv-text.ts";
import { safeJson } from "./safe-json.ts";
import { textTable } from "./text-table.ts";

const L = COMPARE_LABELS;
const cell = (x: number | null): string => (x === null ? "—" : String(x));
const signed = (x: number | null): string => (x === null ? "—" : signedInt(x));

/** Column heads: the scenarios by number ("方案1" …) and their differences against the first. */
function heads(comparison: ScenarioComparison, lang: Lang): { posts: string[]; diffs: string[] } {
  const names = comparison.scenarios.map((_, k) => t(L.scenarioNo, lang, { n: k + 1 }));
  return {
    posts: names,
    diffs: names.slice(1).map((n) => `${t(L.difference, lang)} ${n}`),
  };
}

function preamble(comparison: ScenarioComparison, provenance: Provenance, lang: Lang): string[] {
  const lines = comparison.scenarios.map((s, k) =>
    lang === "zh"
      ? `${t(L.scenarioNo, lang, { n: k + 1 })}：${t(s.name, lang)}（${s.source}）`
      : `${t(L.scenarioNo, lang, { n: k + 1 })}: ${t(s.name, lang)} (${s.source})`,
  );
  for (const s of comparison.scenarios) {
    if (s.allocated === null) {
      lines.push(
        t(L.noSolution, lang, { name: t(s.name, lang), status: t(SOLVER_STATUS_LABELS[s.status], lang) }),
      );
    }
  }
  lines.push(t(L.reference, lang, { name: t(comparison.scenarios[0]!.name, lang) }));
  return [...lines, ...provenanceLines(provenance, lang)];
}

function settingsTable(comparison: ScenarioComparison, lang: Lang): { headers: string[]; rows: string[][] } {
  const differing = comparison.settings.filter((s) => s.differs);
  return {
    headers: [t(L.setting, lang), ...heads(comparison, lang).posts],
    rows: differing.map((s) => [t(s.label, lang), ...s.values.map((v) => t(v, lang))]),
  };
}

function townshipRows(
  comparison: ScenarioComparison,
  lang: Lang,
  townships = comparison.townships,
): string[][] {
  return townships.map((tw) => [
    tw.id,
    tw.name,
    t(CATEGORY_LABELS[tw.category], lang),
    String(tw.current),
    ...tw.posts.map(cell),
    ...tw.differences.slice(1).map(signed),
  ]);
}

function townshipHeads(comparison: ScenarioComparison, lang: Lang): string[] {
  const h = heads(comparison, lang);
  return [
    t(RESULT_COLUMNS.id, lang),
    t(RESULT_COLUMNS.name, lang),
    t(RESULT_COLUMNS.category, lang),
    t(RESULT_COLUMNS.current, lang),
    ...h.posts,
    ...h.diffs,
  ];
}

function categoryTable(comparison: ScenarioComparison, lang: Lang): { headers: string[]; rows: string[][] } {
  const h = heads(comparison, lang);
  return {
    headers: [t(RESULT_COLUMNS.category, lang), ...h.posts, ...h.diffs],
    rows: comparison.categories.map((c) => [
      t(CATEGORY_LABELS[c.category], lang),
      ...c.posts.map(cell),
      ...c.differences.slice(1).map(signed),
    ]),
  };
}

function missingLines(comparison: ScenarioComparison, lang: Lang): string[] {
  return comparison.missing.map((m) =>
    t(L.missingIn, lang, {
      name: m.name,
      id: m.id,
      files: m.missingIn.map((k) => comparison.scenarios[k]!.source).join(lang === "zh" ? "、" : ", "),
    }),
  );
}

/** The comparison as terminal tables: settings that differ, every township, the categories, missing townships. */
export function comparisonToText(comparison: ScenarioComparison, provenance: Provenance, lang: Lang): string {
  const n = comparison.scenarios.length;
  const right = (k: number) => Array.from({ length: k }, () => "right" as const);
  const settings = settingsTable(comparison, lang);
  const categories = categoryTable(comparison, lang);
  const out = [t(L.title, lang), ...preamble(comparison, provenance, lang), "", t(L.settings, lang)];
  out.push(
    settings.rows.length === 0
      ? t(L.noSettingDiffers, lang)
      : textTable(settings.headers, settings.rows, [
          "left",
          ...settings.headers.slice(1).map(() => "left" as const),
        ]),
  );
  out.push("", t(L.allocations, lang));
  out.push(
    textTable(townshipHeads(comparison, lang), townshipRows(comparison, lang), [
      "left",
      "left",
      "left",
      ...right(1 + n + n - 1),
    ]),
  );
  if (comparison.townships.every((tw) => tw.largest === 0)) out.push(t(L.noDifference, lang));
  out.push(
    "",
    t(L.categories, lang),
    textTable(categories.headers, categories.rows, ["left", ...right(2 * n - 1)]),
  );
  const missing = missingLines(comparison, lang);
  if (missing.length > 0) out.push("", t(L.missing, lang), ...missing);
  return `${out.join("\n")}\n`;
}

/** The comparison as JSON: the provenance, then everything `compareScenarios` gives. */
export function comparisonToJson(comparison: ScenarioComparison, provenance: Provenance): string {
  return safeJson({ provenance, ...comparison });
}

/** The comparison as CSV (UTF-8 with BOM): one row per township, posts per scenario and differences. */
export function comparisonToCsv(comparison: ScenarioComparison, lang: Lang): string {
  const rows = comparison.townships.map((tw) => [
    csvText(tw.id),
    csvText(tw.name),
    csvText(t(CATEGORY_LABELS[tw.category], lang)),
    String(tw.current),
    ...tw.posts.map((x) => (x === null ? "" : String(x))),
    ...tw.differences.slice(1).map((x) => (x === null ? "" : String(x))),
  ]);
  return csvFile([townshipHeads(comparison, lang).map(csvText), ...rows]);
}

/** The comparison as Markdown: provenance, the settings that differ, the biggest movers first, categories, missing. */
export function comparisonToMarkdown(
  comparison: ScenarioComparison,
  provenance: Provenance,
  lang: Lang,
): string {
  const n = comparison.scenarios.length;
  const right = (k: number) => Array.from({ length: k }, () => "right" as const);
  const out = [
    `# ${t(L.title, lang)}`,
    "",
    ...preamble(comparison, provenance, lang).map((l) => `- ${mdLine(l)}`),
    "",
  ];
  const settings = settingsTable(comparison, lang);
  out.push(`## ${t(L.settings, lang)}`, "");
  if (settings.rows.length === 0) out.push(t(L.noSettingDiffers, lang));
  else
    out.push(
      ...mdTable(
        settings.headers,
        settings.rows,
        settings.headers.map(() => "left" as const),
      ),
    );
  const movers = [...comparison.townships].sort((a, b) => b.largest - a.largest);
  out.push("", `## ${t(L.movers, lang)}`, "");
  if (comparison.townships.every((tw) => tw.largest === 0)) out.push(t(L.noDifference, lang), "");
  out.push(
    ...mdTable(
      [...townshipHeads(comparison, lang), t(L.largest, lang)],
      townshipRows(comparison, lang, movers).map((row, k) => [...row, String(movers[k]!.largest)]),
      ["left", "left", "left", ...right(1 + n + n - 1 + 1)],
    ),
  );
  const categories = categoryTable(comparison, lang);
  out.push(
    "",
    `## ${t(L.categories, lang)}`,
    "",
    ...mdTable(categories.headers, categories.rows, ["left", ...right(2 * n - 1)]),
  );
  const missing = missingLines(comparison, lang);
  if (missing.length > 0)
    out.push("", `## ${t(L.missing, lang)}`, "", ...missing.map((m) => `- ${mdLine(m)}`));
  return `${out.join("\n")}\n`;
}

/** A table as the pages show it: header cells and rows of text. */
export interface TextTable {
  readonly headers: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

/**
 * The comparison's tables in one language, as the compare page shows them: the settings that differ, the townships
 * (biggest movers first), the categories, and the sentences above them (scenarios, missing townships).
 * @example comparisonTables(compareScenarios([baseline, populationFirst]), "zh").settings.headers // ["设置", "方案1", "方案2"]
 */
export function comparisonTables(
  comparison: ScenarioComparison,
  lang: Lang,
): {
  readonly lines: readonly string[];
  readonly settings: TextTable;
  readonly townships: TextTable;
  readonly categories: TextTable;
  readonly missing: readonly string[];
  readonly same: boolean;
} {
  const movers = [...comparison.townships].sort((a, b) => b.largest - a.largest);
  return {
    lines: preamble(comparison, { version: "", files: [] }, lang),
    settings: settingsTable(comparison, lang),
    townships: { headers: townshipHeads(comparison, lang), rows: townshipRows(comparison, lang, movers) },
    categories: categoryTable(comparison, lang),
    missing: missingLines(comparison, lang),
    same: comparison.townships.every((tw) => tw.largest === 0),
  };
}
