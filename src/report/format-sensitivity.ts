/**
 * The sensitivity to the weights (`weightSensitivity`) as a terminal table, JSON, CSV (the sweeps, long form) or
 * Markdown (critical changes, the tornado summary, every sweep).
 */
import type { CriticalChange, SensitivityResult } from "../simulate/weight-sensitivity.ts";
import type { Bilingual, Lang } from "../types.ts";
import { SENSITIVITY_LABELS } from "../words/analysis-labels.ts";
import { fixed } from "../words/fixed.ts";
import { RESULT_COLUMNS } from "../words/result-columns.ts";
import { signedFixed } from "../words/signed-fixed.ts";
import { signedInt } from "../words/signed-int.ts";
import { SOLVER_STATUS_LABELS } from "../words/solver-status-labels.ts";
import { t } from "../words/t.ts";
import { csvFile, mdLine, mdTable, type Provenance, provenanceLines } from "./analysis-format.ts";
import { csvText } from "./csv-text.ts";
import { safeJson } from "./safe-json.ts";
import { textTable } from "./text-table.ts";

const L = SENSITIVITY_LABELS;
const sep = (lang: Lang): string => (lang === "zh" ? "、" : ", ");

/** Digits shown for a weight or judgement: as many as the grid has (1e-6 → 6). */
function digitsOf(result: SensitivityResult): number {
  return Math.max(0, Math.min(12, Math.round(-Math.log10(result.method.resolution))));
}

/** Digits of one critical change: 12 when it was computed exactly from the breakpoints. */
const changeDigits = (change: CriticalChange, digits: number): number =>
  change.method === "exact" ? EXACT_DIGITS : digits;
const EXACT_DIGITS = 12;

function changeCell(change: CriticalChange | null, digits: number, lang: Lang): string {
  if (change === null) return t(L.none, lang);
  const value = t(L.atValue, lang, {
    value: fixed(change.value, changeDigits(change, digits)),
    delta: signedFixed(change.delta, changeDigits(change, digits)),
  });
  return change.cr === undefined ? value : `${value} ${t(L.crThere, lang, { cr: fixed(change.cr, 3) })}`;
}

function movesCell(change: CriticalChange | null, lang: Lang): string {
  if (change === null) return "";
  if (change.status !== "optimal" && change.status !== "feasible")
    return t(SOLVER_STATUS_LABELS[change.status], lang);
  return change.townships.map((m) => `${m.name} ${m.from}→${m.to ?? "—"}`).join(sep(lang));
}

function header(result: SensitivityResult, name: Bilingual, provenance: Provenance, lang: Lang): string[] {
  const digits = digitsOf(result);
  const lines = [
    `${t(L.title, lang)}: ${t(name, lang)}`,
    ...provenanceLines(provenance, lang),
    t(L.sweepRange, lang, { range: fixed(result.method.range, 4), steps: result.method.steps }),
    t(L.method, lang, {
      scan: fixed(result.method.scanStep, digits),
      resolution: fixed(result.method.resolution, digits),
    }),
  ];
  if (result.base.status !== "optimal" && result.base.status !== "feasible")
    lines.push(t(L.noSolution, lang, { status: t(SOLVER_STATUS_LABELS[result.base.status], lang) }));
  return lines;
}

function summaryLines(result: SensitivityResult, lang: Lang): string[] {
  const digits = digitsOf(result);
  const lines: string[] = [];
  const w = result.mostCriticalWeight;
  if (w === null) lines.push(t(L.noCriticalWeight, lang));
  else {
    const label = result.weights.find((x) => x.factor === w.factor)!.label;
    lines.push(
      t(L.mostCriticalWeight, lang, {
        name: t(label, lang),
        delta: signedFixed(w.change.delta, changeDigits(w.change, digits)),
      }),
    );
  }
  const j = result.mostCriticalJudgement;
  if (j !== null) {
    const judgement = result.judgements[j.index]!;
    lines.push(
      t(L.mostCriticalJudgement, lang, {
        matrix: t(judgement.matrix, lang),
        row: t(judgement.rowLabel, lang),
        column: t(judgement.columnLabel, lang),
        from: fixed(judgement.judgement.value, 4),
        to: fixed(j.change.value, 4),
      }),
    );
  }
  return lines;
}

function weightTable(result: SensitivityResult, lang: Lang): { headers: string[]; rows: string[][] } {
  const digits = digitsOf(result);
  return {
    headers: [
      t(L.factor, lang),
      t(L.weight, lang),
      t(L.up, lang),
      t(L.moves, lang),
      t(L.down, lang),
      t(L.moves, lang),
    ],
    rows: result.weights.map((w) => [
      t(w.label, lang),
      fixed(w.value, digits),
      changeCell(w.up, digits, lang),
      movesCell(w.up, lang),
      changeCell(w.down, digits, lang),
      movesCell(w.down, lang),
    ]),
  };
}

function judgementTable(result: SensitivityResult, lang: Lang): { headers: string[]; rows: string[][] } {
  return {
    headers: [
      t(L.matrix, lang),
      t(L.judgement, lang),
      t(L.value, lang),
      t(L.up, lang),
      t(L.moves, lang),
      t(L.down, lang),
      t(L.moves, lang),
    ],
    rows: result.judgements.map((j) => [
      t(j.matrix, lang),
      `${t(j.rowLabel, lang)} / ${t(j.columnLabel, lang)}`,
      fixed(j.judgement.value, 4),
      changeCell(j.up, 4, lang),
      movesCell(j.up, lang),
      changeCell(j.down, 4, lang),
      movesCell(j.down, lang),
    ]),
  };
}

/** The tornado summary: a row per township, a column per weight (the weights ordered by swing, largest first). */
function tornadoTable(result: SensitivityResult, lang: Lang): { headers: string[]; rows: string[][] } {
  const order = [...result.weights].sort((a, b) => b.swing - a.swing);
  const range = (least: number, most: number): string =>
    least === 0 && most === 0 ? "0" : `${signedInt(least)}..${signedInt(most)}`;
  const rows = result.base.townships.map((tw, j) => [
    tw.name,
    String(tw.allocated),
    ...order.map((w) => range(w.tornado[j]!.least, w.tornado[j]!.most)),
  ]);
  rows.push([t(L.swing, lang), "", ...order.map((w) => String(w.swing))]);
  return {
    headers: [
      t(RESULT_COLUMNS.name, lang),
      t(RESULT_COLUMNS.allocated, lang),
      ...order.map((w) => t(w.label, lang)),
    ],
    rows,
  };
}

/** The sensitivity as terminal tables: critical changes of the weights and judgements, then the tornado summary. */
export function sensitivityToText(
  result: SensitivityResult,
  name: Bilingual,
  provenance: Provenance,
  lang: Lang,
): string {
  const out = [
    ...header(result, name, provenance, lang),
    "",
    ...summaryLines(result, lang),
    "",
    t(L.weights, lang),
  ];
  const weights = weightTable(result, lang);
  out.push(textTable(weights.headers, weights.rows, ["left", "right", "left", "left", "left", "left"]));
  if (result.judgements.length > 0) {
    const judgements = judgementTable(result, lang);
    out.push("", t(L.judgements, lang));
    out.push(
      textTable(judgements.headers, judgements.rows, [
        "left",
        "left",
        "right",
        "left",
        "left",
        "left",
        "left",
      ]),
    );
  }
  const tornado = tornadoTable(result, lang);
  out.push("", t(L.tornado, lang));
  out.push(
    textTable(tornado.headers, tornado.rows, [
      "left",
      ...tornado.headers.slice(1).map(() => "right" as const),
    ]),
  );
  return `${out.join("\n")}\n`;
}

/** The sensitivity as JSON: the provenance, the scenario's name, then everything `weightSensitivity` gives. */
export function sensitivityToJson(
  result: SensitivityResult,
  name: Bilingual,
  provenance: Provenance,
): string {
  return safeJson({ provenance, scenario: name, ...result });
}

/** The sweeps as CSV (UTF-8 with BOM), long form: factor, weight, township id and name, posts. */
export function sensitivityToCsv(result: SensitivityResult, lang: Lang): string {
  const lines: string[][] = [
    [
      t(L.factor, lang),
      t(L.weight, lang),
      t(RESULT_COLUMNS.id, lang),
      t(RESULT_COLUMNS.name, lang),
      t(RESULT_COLUMNS.allocated, lang),
    ].map(csvText),
  ];
  for (const w of result.weights) {
    for (const point of w.sweep) {
      result.base.townships.forEach((tw, j) => {
        lines.push([
          csvText(t(w.label, lang)),
          String(point.value),
          csvText(tw.id),
          csvText(tw.name),
          point.posts.length > 0 ? String(point.posts[j]) : "",
        ]);
      });
    }
  }
  return csvFile(lines);
}

/** The sensitivity as Markdown: method, critical changes, the tornado summary and each sweep's table. */
export function sensitivityToMarkdown(
  result: SensitivityResult,
  name: Bilingual,
  provenance: Provenance,
  lang: Lang,
): string {
  const [title, ...rest] = header(result, name, provenance, lang);
  const out = [
    `# ${mdLine(title!)}`,
    "",
    ...rest.map((l) => `- ${mdLine(l)}`),
    "",
    ...summaryLines(result, lang).map(mdLine),
    "",
  ];
  const weights = weightTable(result, lang);
  out.push(
    `## ${t(L.weights, lang)}`,
    "",
    ...mdTable(weights.headers, weights.rows, ["left", "right", "left", "left", "left", "left"]),
  );
  if (result.judgements.length > 0) {
    const judgements = judgementTable(result, lang);
    out.push("", `## ${t(L.judgements, lang)}`, "");
    out.push(
      ...mdTable(judgements.headers, judgements.rows, [
        "left",
        "left",
        "right",
        "left",
        "left",
        "left",
        "left",
      ]),
    );
  }
  const tornado = tornadoTable(result, lang);
  out.push("", `## ${t(L.tornado, lang)}`, "");
  out.push(
    ...mdTable(tornado.headers, tornado.rows, [
      "left",
      ...tornado.headers.slice(1).map(() => "right" as const),
    ]),
  );
  for (const w of result.weights) {
    out.push("", `## ${mdLine(t(L.sweep, lang, { name: t(w.label, lang) }))}`, "");
    const heads = [t(RESULT_COLUMNS.name, lang), ...w.sweep.map((p) => fixed(p.value, 4))];
    const rows = result.base.townships.map((tw, j) => [
      tw.name,
      ...w.sweep.map((p) => (p.posts.length > 0 ? String(p.posts[j]) : "—")),
    ]);
    out.push(...mdTable(heads, rows, ["left", ...w.sweep.map(() => "right" as const)]));
  }
  return `${out.join("\n")}\n`;
}

/**
 * The sensitivity's tables in one language, as the sensitivity page shows them: how it was computed, the most
 * critical weight and judgement, the critical changes of the weights and judgements, and the tornado summary.
 * @example sensitivityTables(result, "zh").weights.headers[0] // "因素"
 */
export function sensitivityTables(
  result: SensitivityResult,
  lang: Lang,
): {
  readonly method: readonly string[];
  readonly summary: readonly string[];
  readonly weights: { readonly headers: readonly string[]; readonly rows: readonly (readonly string[])[] };
  readonly judgements: {
    readonly headers: readonly string[];
    readonly rows: readonly (readonly string[])[];
  } | null;
  readonly tornado: { readonly headers: readonly string[]; readonly rows: readonly (readonly string[])[] };
} {
  const [, ...method] = header(result, { zh: "", en: "" }, { version: "", files: [] }, lang);
  return {
    method,
    summary: summaryLines(result, lang),
    weights: weightTable(result, lang),
    judgements: result.judgements.length > 0 ? judgementTable(result, lang) : null,
    tornado: tornadoTable(result, lang),
  };
}
