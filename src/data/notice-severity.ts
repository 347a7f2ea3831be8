/** How much a notice of `CountyData.notices` asks of the planner. */
export type NoticeSeverity = "warning" | "info";

/** Notice codes that change or drop what the planner wrote, or may hide a mistake: a planner should look. */
const WARNINGS = new Set([
  "unmatched-header",
  "wan-unit-converted",
  "look-alike-id",
  "look-alike-name",
  "duplicate-name",
  "invisible-character",
  "unit-converted",
  "unit-not-converted",
  "hidden-sheet-read",
]);

/**
 * Whether a notice is a warning (a header not recognised, numbers converted from 万: look at it) or information (a
 * title, units or totals row skipped, two header rows joined, a hidden sheet skipped: the reader did what the sheet
 * meant).
 * @throws never
 * @example
 * noticeSeverity("unmatched-header")  // "warning"
 * noticeSeverity("title-row-skipped") // "info"
 */
export function noticeSeverity(code: string): NoticeSeverity {
  return WARNINGS.has(code) ? "warning" : "info";
}
