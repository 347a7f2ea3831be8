import { noticeSeverity } from "../data/notice-severity.ts";
import { formatProblem, type InputProblem, type Lang } from "../types.ts";

/**
 * The notices of a county table (what the reader skipped, joined, converted or did not recognise) as lines for a
 * terminal, in both languages as the problem printer writes problems, the chosen language first: ⚠ for a warning,
 * ℹ for information. Empty for no notices.
 * @throws never
 * @example
 * formatNotices([{ code: "title-row-skipped", file: "t.csv", row: 1, message: { zh: "第1行看起来是标题，已跳过", en: "row 1 looks like a title; skipped" } }], "zh")
 * // "ℹ 说明：t.csv，第1行: 第1行看起来是标题，已跳过\nℹ note: t.csv, row 1: row 1 looks like a title; skipped\n"
 */
export function formatNotices(notices: readonly InputProblem[], lang: Lang): string {
  const lines = notices.flatMap((notice) => {
    const warning = noticeSeverity(notice.code) === "warning";
    const zh = `${warning ? "⚠ 警告" : "ℹ 说明"}：${formatProblem(notice, "zh")}`;
    const en = `${warning ? "⚠ warning" : "ℹ note"}: ${formatProblem(notice, "en")}`;
    return lang === "zh" ? [zh, en] : [en, zh];
  });
  return lines.length === 0 ? "" : `${lines.join("\n")}\n`;
}
