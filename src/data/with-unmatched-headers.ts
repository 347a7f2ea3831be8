import type { InputProblem } from "../types.ts";

/**
 * The problems of a table that cannot be read, with the headers it did not recognise beside them when a required
 * column is missing: a required column under a header the reader does not know ("镇名称" for 乡镇名称) is then
 * reported as missing *and* as an unmatched header with the closest known column (`suggestion`), so a mapping step
 * can offer it and read the table again with `columns:`. Otherwise the problems as they are.
 * @example withUnmatchedHeaders([missingName], [unmatched("镇名称", "name")]).map((p) => p.code) // ["missing-column", "unmatched-header"]
 */
export function withUnmatchedHeaders(
  problems: readonly InputProblem[],
  notices: readonly InputProblem[],
): InputProblem[] {
  if (!problems.some((p) => p.code === "missing-column")) return [...problems];
  return [...problems, ...notices.filter((n) => n.code === "unmatched-header")];
}
