import type { InputProblem } from "../types.ts";
import { type ColumnSpec, TOWNSHIP_COLUMNS } from "./columns.ts";
import { foldHeader, matchColumn } from "./match-column.ts";
import { problem } from "./problems.ts";

/** What a header stands for: a known column, a column the planner asked to drop, or nothing known. */
export type HeaderMeaning = ColumnSpec | "ignore" | undefined;

/**
 * A header matcher that honours a planner's column mapping (header as written → canonical key, or "ignore") before
 * the built-in headers: a mapped header is matched first (headers compared as `matchColumn` folds them), any other
 * header by `matchColumn`. A mapping to a key that names no known column is a problem (code "unknown-mapped-column").
 * Internal to src/data.
 *
 * @param mapping the `columns` option of `readCountyTable`
 * @param file the table's file name, for problems
 * @returns the matcher and the problems of the mapping itself
 * @throws never
 * @example
 * headerMatcher({ 借调借出: "staffLentOut" }, "t.csv").match("借调借出")?.key // "staffLentOut"
 */
export function headerMatcher(
  mapping: Readonly<Record<string, string>> | undefined,
  file: string,
): { readonly match: (header: string) => HeaderMeaning; readonly problems: readonly InputProblem[] } {
  const mapped = new Map<string, ColumnSpec | "ignore">();
  const problems: InputProblem[] = [];
  for (const [header, key] of Object.entries(mapping ?? {})) {
    if (key === "ignore") {
      mapped.set(foldHeader(header), "ignore");
      continue;
    }
    const spec = TOWNSHIP_COLUMNS.find((s) => s.key === key);
    if (spec === undefined) {
      problems.push(
        problem(
          "unknown-mapped-column",
          { file, column: header },
          {
            zh: `列对应关系把“${header}”对应到一个未知的列：应为已知列之一（${TOWNSHIP_COLUMNS.map((s) => s.label.zh).join("、")}）或“ignore”（忽略该列）`,
            en: `the column mapping maps "${header}" to "${key}", which is no known column: expected one of ${TOWNSHIP_COLUMNS.map((s) => s.key).join(", ")} or "ignore"`,
          },
          key,
        ),
      );
      continue;
    }
    mapped.set(foldHeader(header), spec);
  }
  return {
    match: (header) => (mapped.size > 0 ? mapped.get(foldHeader(header)) : undefined) ?? matchColumn(header),
    problems,
  };
}
