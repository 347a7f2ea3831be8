import type { SweepResult } from "../simulate/sweep-totals.ts";
import type { Lang, Scenario } from "../types.ts";
import { RESULT_COLUMNS } from "../words/result-columns.ts";
import { SUMMARY_LABELS } from "../words/summary-labels.ts";
import { t } from "../words/t.ts";
import { safeJson } from "./safe-json.ts";
import { sweepSummary } from "./sweep-summary.ts";
import { textTable } from "./text-table.ts";

/**
 * A sweep as a terminal table: one row per township, one column per county total (at most 40 columns shown; a
 * longer sweep shows every fifth total), then the totals without an allocation and the Alabama-paradox cases in
 * words (`sweepSummary`).
 */
export function sweepToText(sweep: SweepResult, scenario: Scenario, lang: Lang): string {
  const zh = lang === "zh";
  const every = sweep.steps.length > 40 ? 5 : 1;
  const shown = sweep.steps.filter((_, k) => k % every === 0 || k === sweep.steps.length - 1);
  const headers = [t(RESULT_COLUMNS.name, lang), ...shown.map((s) => String(s.total))];
  const rows = sweep.townships.map((township, j) => [
    township.name,
    ...shown.map((s) => (s.posts.length > 0 ? String(s.posts[j]) : "—")),
  ]);
  rows.push([
    zh ? `（${SUMMARY_LABELS.toAllocate.zh}）` : `(${SUMMARY_LABELS.toAllocate.en.toLowerCase()})`,
    ...shown.map((s) => String(s.toAllocate)),
  ]);
  const lines = [
    zh
      ? `${scenario.name.zh}：县域总量 ${sweep.steps[0]?.total}..${sweep.steps.at(-1)?.total}`
      : `${scenario.name.en}: county total ${sweep.steps[0]?.total}..${sweep.steps.at(-1)?.total}`,
    "",
    textTable(headers, rows, ["left", ...shown.map(() => "right" as const)]),
    "",
  ];
  const summary = sweepSummary(sweep, scenario.method);
  if (summary.unsolved !== null) lines.push(summary.unsolved[lang]);
  lines.push(summary.headline[lang]);
  for (const sentence of summary.cases) lines.push(`  ${sentence[lang]}`);
  return `${lines.join("\n")}\n`;
}

/**
 * A sweep as JSON: every step and every Alabama-paradox case, as `sweepTotals` returns them.
 * @example JSON.parse(sweepToJson(await sweepTotals(scenario, 521, 560))).steps.length  // 40 (the totals 521–560)
 */
export function sweepToJson(sweep: SweepResult): string {
  return safeJson(sweep);
}
