import { TOWNSHIP_COLUMNS } from "../data/columns.ts";
import { matchColumn } from "../data/match-column.ts";
import {
  type Bilingual,
  type CountyData,
  type Direction,
  InputError,
  type InputProblem,
  type StaffingModel,
} from "../types.ts";
import type { DirectionMap, IndicatorTable } from "./indicator-table.ts";

/** One indicator read from a county table for objective weights. */
export interface CountyIndicator {
  /** Name in the weights table: the model's indicator id, or the column as the caller named it. */
  readonly name: string;
  /** Display name: the model's label, else the known column's label, else the header as written. */
  readonly label: Bilingual;
  /** Key of the column in `Township.values` (canonical key or header as written). */
  readonly column: string;
  /** From the model's indicator on that column; benefit when the model has none. */
  readonly direction: Direction;
}

/**
 * The indicators to weigh in a county table: every indicator of the model (in model order), or, when
 * `columns` are named, those columns (headers as written or canonical keys), each with the direction of
 * the model's indicator on that column.
 *
 * @param model the staffing standard that supplies indicators and directions
 * @param data the county table
 * @param columns columns named by the caller (e.g. `--indicators 人口,面积`); default the model's indicators
 * @param file where `columns` came from, for messages (default the table)
 * @returns the indicators, in model order or in the order named
 * @throws {InputError} naming each indicator or column the table does not have as a numeric column
 * @example
 * countyIndicators(standard, demo).map((i) => i.name)  // ["locationScore", "gdp", "fiscalRevenue", "keyProjects", "population", "area"]
 * countyIndicators(standard, demo, ["人口（人）"])[0]   // { name: "人口（人）", label: { zh: "常住人口", en: "Population" }, column: "population", direction: "benefit" }
 */
export function countyIndicators(
  model: StaffingModel,
  data: CountyData,
  columns?: readonly string[],
): CountyIndicator[] {
  const modelIndicators = model.factors.flatMap((factor) => factor.indicators);
  const available = new Set(data.columns);
  const problems: InputProblem[] = [];
  const wanted: CountyIndicator[] =
    columns === undefined
      ? modelIndicators.map((i) => ({ name: i.id, label: i.label, column: i.column, direction: i.direction }))
      : columns.map((name) => {
          const spec = matchColumn(name);
          const column = spec !== undefined && available.has(spec.key) ? spec.key : name;
          const fromModel = modelIndicators.find((i) => i.column === column);
          const label = fromModel?.label ?? spec?.label ?? { zh: name, en: name };
          return { name, label, column, direction: fromModel?.direction ?? "benefit" };
        });
  for (const indicator of wanted) {
    if (available.has(indicator.column)) continue;
    const header = TOWNSHIP_COLUMNS.find((c) => c.key === indicator.column)?.label ?? indicator.label;
    problems.push({
      code: "indicator-column-missing",
      file: data.source,
      column: indicator.name,
      message: {
        zh: `数据表中没有“${header.zh}”数值列（指标“${indicator.label.zh}”）：现有数值列 ${data.columns.map(columnLabelZh).join("、")}`,
        en: `the table has no numeric column "${header.en}" (indicator "${indicator.label.en}"): its numeric columns are ${data.columns.join(", ")}`,
      },
    });
  }
  if (problems.length > 0) throw new InputError(problems);
  return wanted;
}

/**
 * The alternatives × indicators table of a county for `entropyWeights` / `criticWeights`: one row per
 * township (named by its name), one column per indicator (raw values), and the indicators' directions.
 *
 * @param data the county table
 * @param indicators from `countyIndicators`
 * @returns the table and the direction of each indicator by name
 * @throws never (columns are checked by `countyIndicators`; a missing value reads as NaN, which the methods refuse)
 * @example
 * entropyWeights(countyIndicatorTable(demo, countyIndicators(standard, demo)).table, { normalise: "minmax" }).weights
 * // [0.0359, 0.2154, 0.2525, 0.1301, 0.2181, 0.1480] (locationScore, gdp, fiscalRevenue, keyProjects, population, area)
 */
export function countyIndicatorTable(
  data: CountyData,
  indicators: readonly CountyIndicator[],
): { readonly table: IndicatorTable; readonly directions: DirectionMap } {
  return {
    table: {
      names: data.townships.map((t) => t.name),
      indicators: indicators.map((i) => i.name),
      values: data.townships.map((t) => indicators.map((i) => t.values[i.column] ?? Number.NaN)),
    },
    directions: Object.fromEntries(indicators.map((i) => [i.name, i.direction])),
  };
}

/** A numeric column as a Chinese reader knows it: the known column's label, else the header as written. */
function columnLabelZh(key: string): string {
  return TOWNSHIP_COLUMNS.find((c) => c.key === key)?.label.zh ?? key;
}

/**
 * The cost indicators a caller lists for a county table (e.g. `--cost 距县城距离`), each named by the
 * indicator's name, its display name in either language, or its column (header as written or canonical key).
 *
 * @param indicators from `countyIndicators`
 * @param cost the names as listed
 * @param file the table's file, for messages
 * @returns `{ name: "cost" }` for each, by the indicator's name in the weights table
 * @throws {InputError} naming each listed name that matches no indicator, with the display names there are
 * @example
 * countyCostDirections(countyIndicators(standard, demo, ["人口", "距县城距离"]), ["距县城距离"], "t.csv")  // { 距县城距离: "cost" }
 */
export function countyCostDirections(
  indicators: readonly CountyIndicator[],
  cost: readonly string[],
  file: string,
): Record<string, "cost"> {
  const problems: InputProblem[] = [];
  const directions: Record<string, "cost"> = {};
  for (const name of cost) {
    const key = matchColumn(name)?.key;
    const found = indicators.find(
      (i) => [i.name, i.label.zh, i.label.en, i.column].includes(name) || i.column === key,
    );
    if (found !== undefined) directions[found.name] = "cost";
    else
      problems.push({
        code: "unknown-indicator",
        file,
        column: name,
        found: name,
        message: {
          zh: `--cost 列出的“${name}”不是参与赋权的指标：应为 ${indicators.map((i) => i.label.zh).join("、")} 之一`,
          en: `--cost names "${name}", which is not an indicator being weighed: expected one of ${indicators.map((i) => i.label.en).join(", ")}`,
        },
      });
  }
  if (problems.length > 0) throw new InputError(problems);
  return directions;
}
