import { InputError, type InputProblem, type Scenario } from "../types.ts";
import { PROVINCE_PROBLEMS } from "../words/province-labels.ts";
import type { ScenarioFile } from "./scenario-schema.ts";

/** The counties of a table in the order they first appear; empty for a county's own table (no county column). */
export function countiesOf(townships: readonly { readonly county?: string }[]): string[] {
  const seen = new Set<string>();
  const order: string[] = [];
  for (const township of townships) {
    if (township.county === undefined || seen.has(township.county)) continue;
    seen.add(township.county);
    order.push(township.county);
  }
  return order;
}

/** A county-totals table as read (`readCountyTotals`), with the file it came from. */
export interface CountyTotalsTable {
  readonly source: string;
  readonly rows: readonly { readonly county: string; readonly total: number; readonly row?: number }[];
}

/**
 * Resolves a scenario's `counties` block against its data: each county's total given (the file's table or inline) or
 * split by index (the default for a table with a county column). With totals given, the scenario's total becomes
 * their sum (a `total` written must equal it; `transferDown` and a reserve count are refused: they have no county).
 * A table without a county column and no `counties` block is returned unchanged.
 * @throws {InputError} every problem at once: counties without a total, totals for counties the table lacks, a
 * `counties` block without a county column, the refused keys.
 * @example resolveCounties(scenario, { ...file, counties: { totals: { 甲县: 520, 乙县: 480 } } }).total // { kind: "total", value: 1000 }
 */
export function resolveCounties(scenario: Scenario, file: ScenarioFile, table?: CountyTotalsTable): Scenario {
  const counties = countiesOf(scenario.data.townships);
  const block = file.counties;
  const problems: InputProblem[] = [];
  if (counties.length === 0) {
    if (block === undefined) return scenario;
    throw new InputError([
      {
        code: "counties-without-column",
        file: scenario.source,
        path: "counties",
        message: PROVINCE_PROBLEMS.noCountyColumn,
      },
    ]);
  }
  if (block === undefined || "split" in block)
    return { ...scenario, counties: { kind: "split", by: "index" } };

  const source = "file" in block ? (table?.source ?? block.file) : scenario.source;
  const rows =
    "file" in block
      ? (table?.rows ?? [])
      : Object.entries(block.totals).map(([county, total]) => ({ county, total }));
  const inData = new Set(counties);
  const given = new Map(rows.map((r) => [r.county, r]));
  for (const county of counties)
    if (!given.has(county))
      problems.push({
        code: "county-total-missing",
        file: source,
        ...("file" in block ? {} : { path: "counties.totals" }),
        found: county,
        message: PROVINCE_PROBLEMS.missingTotal(county),
      });
  for (const row of rows)
    if (!inData.has(row.county))
      problems.push({
        code: "unknown-county",
        file: source,
        ...("row" in row && row.row !== undefined
          ? { row: row.row }
          : { path: `counties.totals.${row.county}` }),
        found: row.county,
        message: PROVINCE_PROBLEMS.unknownCounty(row.county),
      });
  const sum = rows.reduce((s, r) => s + r.total, 0);
  if (file.transferDown !== undefined)
    problems.push({
      code: "transfer-with-county-totals",
      file: scenario.source,
      path: "transferDown",
      message: PROVINCE_PROBLEMS.transferWithTotals,
    });
  if (file.total !== undefined && file.total !== sum)
    problems.push({
      code: "total-not-county-sum",
      file: scenario.source,
      path: "total",
      found: String(file.total),
      message: PROVINCE_PROBLEMS.totalMismatch(file.total, sum),
    });
  if (scenario.reserve.kind === "count")
    problems.push({
      code: "reserve-count-with-county-totals",
      file: scenario.source,
      path: "reserve.count",
      message: PROVINCE_PROBLEMS.reserveCountWithTotals,
    });
  if (problems.length > 0) throw new InputError(problems);
  return {
    ...scenario,
    total: { kind: "total", value: sum },
    counties: {
      kind: "given",
      source,
      // in the data's order, so the run and its reports follow the table
      totals: counties.map((county) => ({ county, total: given.get(county)!.total })),
    },
  };
}
