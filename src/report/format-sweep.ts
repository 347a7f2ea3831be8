import type { SweepResult } from "../simulate/sweep-totals.ts";
import type { Lang, Scenario } from "../types.ts";
import { textTable } from "./text-table.ts";

/**
 * A sweep as a terminal table: one row per township, one column per county total (at most 40 columns shown; a
 * longer sweep shows every fifth total), then the Alabama-paradox flags in words.
 */
export function sweepToText(sweep: SweepResult, scenario: Scenario, lang: Lang): string {
  const zh = lang === "zh";
  const every = sweep.steps.length > 40 ? 5 : 1;
  const shown = sweep.steps.filter((_, k) => k % every === 0 || k === sweep.steps.length - 1);
  const headers = [zh ? "乡镇" : "Township", ...shown.map((s) => String(s.total))];
  const rows = sweep.townships.map((township, j) => [
    township.name,
    ...shown.map((s) => (s.posts.length > 0 ? String(s.posts[j]) : "—")),
  ]);
  rows.push([zh ? "（可分配）" : "(to allocate)", ...shown.map((s) => String(s.toAllocate))]);
  const lines = [
    zh
      ? `${scenario.name.zh}：县域总量 ${sweep.steps[0]?.total}..${sweep.steps.at(-1)?.total}`
      : `${scenario.name.en}: county total ${sweep.steps[0]?.total}..${sweep.steps.at(-1)?.total}`,
    "",
    textTable(headers, rows, ["left", ...shown.map(() => "right" as const)]),
    "",
  ];
  const unsolved = sweep.steps.filter((s) => s.posts.length === 0);
  if (unsolved.length > 0) {
    lines.push(
      zh
        ? `无解的总量：${unsolved.map((s) => `${s.total}（${s.status}）`).join("、")}`
        : `totals without an allocation: ${unsolved.map((s) => `${s.total} (${s.status})`).join(", ")}`,
    );
  }
  if (sweep.flags.length === 0) {
    lines.push(
      zh
        ? "✓ 总量增加时没有乡镇减少编制（无阿拉巴马悖论）"
        : "✓ no township loses a post as the total rises (no Alabama paradox)",
    );
  } else {
    lines.push(
      zh ? `✗ 阿拉巴马悖论 ${sweep.flags.length} 处：` : `✗ Alabama paradox, ${sweep.flags.length} case(s):`,
    );
    for (const f of sweep.flags) {
      lines.push(
        zh
          ? `  ${f.name}：总量 ${f.fromTotal} → ${f.toTotal} 时编制 ${f.before} → ${f.after}`
          : `  ${f.name}: ${f.before} → ${f.after} posts as the total goes ${f.fromTotal} → ${f.toTotal}`,
      );
    }
  }
  return `${lines.join("\n")}\n`;
}

/**
 * A sweep as JSON: every step and every Alabama-paradox case, as `sweepTotals` returns them.
 * @example JSON.parse(sweepToJson(await sweepTotals(scenario, 521, 560))).steps.length  // 40
 */
export function sweepToJson(sweep: SweepResult): string {
  return `${JSON.stringify(sweep, null, 2)}\n`;
}
