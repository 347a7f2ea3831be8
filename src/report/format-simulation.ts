/**
 * A Monte Carlo (`monteCarlo`) as a terminal table, JSON, CSV or Markdown: per township P5, median, P95, how
 * often it gains or loses against today and against the scenario, and its rank's stability.
 */
import type { MonteCarloResult } from "../simulate/monte-carlo.ts";
import type { Bilingual, Lang } from "../types.ts";
import { SIMULATION_LABELS } from "../words/analysis-labels.ts";
import { CATEGORY_LABELS } from "../words/category-labels.ts";
import { fixed } from "../words/fixed.ts";
import { RESULT_COLUMNS } from "../words/result-columns.ts";
import { SOLVER_STATUS_LABELS, type SolverStatus } from "../words/solver-status-labels.ts";
import { t } from "../words/t.ts";
import { csvFile, mdLine, mdTable, type Provenance, provenanceLines } from "./analysis-format.ts";
import { csvText } from "./csv-text.ts";
import { safeJson } from "./safe-json.ts";
import { textTable } from "./text-table.ts";

const L = SIMULATION_LABELS;
const pct = (share: number): string => `${fixed(share * 100, 1)}%`;

function header(result: MonteCarloResult, name: Bilingual, provenance: Provenance, lang: Lang): string[] {
  // The seed is said once, in the sentence on how the runs were drawn (which the page shows too), not again as a
  // provenance line; the JSON keeps it in its provenance.
  const { version, files } = provenance;
  const lines = [`${t(L.title, lang)}: ${t(name, lang)}`, ...provenanceLines({ version, files }, lang)];
  lines.push(
    result.perturb === "weights"
      ? t(L.drawsWeights, lang, {
          runs: result.runs,
          seed: result.seed,
          concentration: result.concentration === "infinity" ? "∞" : String(result.concentration),
        })
      : t(L.drawsJudgements, lang, {
          runs: result.runs,
          seed: result.seed,
          steps: String(result.judgementSteps),
        }),
  );
  for (const e of result.indicatorErrors)
    lines.push(t(L.indicatorError, lang, { name: e.label[lang], sigma: e.relative }));
  const unsolved = Object.entries(result.unsolved);
  if (unsolved.length > 0) {
    lines.push(
      t(L.unsolved, lang, {
        n: result.runs - result.solved,
        statuses: unsolved
          .map(([status, n]) => `${t(SOLVER_STATUS_LABELS[status as SolverStatus], lang)} ${n}`)
          .join(lang === "zh" ? "、" : ", "),
      }),
    );
  }
  if (result.perturb === "judgements") lines.push(t(L.inconsistent, lang, { n: result.inconsistentDraws }));
  lines.push(t(L.percentiles, lang));
  if (result.townships.length === 0) lines.push(t(L.noSolution, lang));
  return lines;
}

function heads(lang: Lang): string[] {
  return [
    t(RESULT_COLUMNS.id, lang),
    t(RESULT_COLUMNS.name, lang),
    t(RESULT_COLUMNS.category, lang),
    t(RESULT_COLUMNS.current, lang),
    t(L.scenario, lang),
    t(L.p5, lang),
    t(L.median, lang),
    t(L.p95, lang),
    t(L.mean, lang),
    t(L.gainToday, lang),
    t(L.loseToday, lang),
    t(L.gainScenario, lang),
    t(L.loseScenario, lang),
    t(L.rank, lang),
    t(L.rankRange, lang),
    t(L.sameRank, lang),
  ];
}

function rows(result: MonteCarloResult, lang: Lang): string[][] {
  return result.townships.map((tw) => [
    tw.id,
    tw.name,
    t(CATEGORY_LABELS[tw.category], lang),
    String(tw.current),
    tw.scenario === null ? "—" : String(tw.scenario),
    String(tw.p5),
    String(tw.median),
    String(tw.p95),
    fixed(tw.mean, 2),
    pct(tw.gainToday),
    pct(tw.loseToday),
    pct(tw.gainScenario),
    pct(tw.loseScenario),
    tw.rank === null ? "—" : String(tw.rank),
    `${tw.rankP5}–${tw.rankP95}`,
    pct(tw.sameRank),
  ]);
}

const ALIGN = ["left", "left", "left", ...Array.from({ length: 13 }, () => "right" as const)] as const;

/** The Monte Carlo as a terminal table with its method and provenance above. */
export function simulationToText(
  result: MonteCarloResult,
  name: Bilingual,
  provenance: Provenance,
  lang: Lang,
): string {
  const out = [...header(result, name, provenance, lang), ""];
  if (result.townships.length > 0) out.push(textTable(heads(lang), rows(result, lang), ALIGN));
  return `${out.join("\n")}\n`;
}

/** The Monte Carlo as JSON: the provenance (with the seed), the scenario's name, then everything `monteCarlo` gives. */
export function simulationToJson(result: MonteCarloResult, name: Bilingual, provenance: Provenance): string {
  return safeJson({ provenance, scenario: name, ...result });
}

/** The Monte Carlo as CSV (UTF-8 with BOM): one row per township, shares as fractions of 1. */
export function simulationToCsv(result: MonteCarloResult, lang: Lang): string {
  const lines = result.townships.map((tw) => [
    csvText(tw.id),
    csvText(tw.name),
    csvText(t(CATEGORY_LABELS[tw.category], lang)),
    String(tw.current),
    tw.scenario === null ? "" : String(tw.scenario),
    String(tw.p5),
    String(tw.median),
    String(tw.p95),
    String(tw.mean),
    String(tw.gainToday),
    String(tw.loseToday),
    String(tw.gainScenario),
    String(tw.loseScenario),
    tw.rank === null ? "" : String(tw.rank),
    `${tw.rankP5}-${tw.rankP95}`,
    String(tw.sameRank),
  ]);
  return csvFile([heads(lang).map(csvText), ...lines]);
}

/** The Monte Carlo as Markdown: method and provenance as a list, then the table. */
export function simulationToMarkdown(
  result: MonteCarloResult,
  name: Bilingual,
  provenance: Provenance,
  lang: Lang,
): string {
  const [title, ...rest] = header(result, name, provenance, lang);
  const out = [`# ${mdLine(title!)}`, "", ...rest.map((l) => `- ${mdLine(l)}`), ""];
  if (result.townships.length > 0) out.push(...mdTable(heads(lang), rows(result, lang), ALIGN));
  return `${out.join("\n")}\n`;
}

/**
 * The Monte Carlo in one language, as the sensitivity page shows it: the sentences saying how it was drawn, and
 * the table (empty rows when no run has an allocation).
 * @example simulationTable(result, "en").headers[5] // "P5"
 */
export function simulationTable(
  result: MonteCarloResult,
  lang: Lang,
): {
  readonly lines: readonly string[];
  readonly headers: readonly string[];
  readonly rows: readonly (readonly string[])[];
} {
  const [, ...lines] = header(result, { zh: "", en: "" }, { version: "", files: [] }, lang);
  return { lines, headers: heads(lang), rows: rows(result, lang) };
}
