import { isMap, isScalar, parseDocument } from "yaml";
import { readCountyTable } from "../data/read-county-table.ts";
import { type CountyTotalRow, readCountyTotals } from "../data/read-county-totals.ts";
import { readOfficeTable } from "../data/read-office-table.ts";
import { parsePowerLists } from "../scenario/power-lists.ts";
import { resolveCounties } from "../scenario/resolve-counties.ts";
import { parseModel } from "../scenario/resolve-model.ts";
import { parseScenarioFile, resolveScenario } from "../scenario/resolve-scenario.ts";
import type { ScenarioFile } from "../scenario/scenario-schema.ts";
import {
  type CountyData,
  type DutyWorkload,
  InputError,
  type InputProblem,
  type OfficeTable,
  type StaffingModel,
} from "../types.ts";
import { dataWithDutyWorkload } from "../weighting/data-with-duty-workload.ts";
import { dutyWorkload } from "../weighting/duty-workload.ts";
import { DUTY_MESSAGES } from "../words/duty-messages.ts";
import { type WeightedScenario, weighScenario } from "./weigh-scenario.ts";

/** A file as read by the caller: its bytes, or the problems met reading it (not found, unreadable). */
export type SourceFile<T> = T | { readonly name: string; readonly problems: readonly InputProblem[] };

/**
 * The files of one scenario, already in memory: read from disk by the CLI, bundled with or picked on a page.
 * `data` and `model` may be absent when the scenario file could not be read far enough to name them.
 */
export interface ScenarioSources {
  readonly scenario:
    | { readonly name: string; readonly text: string }
    | { readonly name: string; readonly file: ScenarioFile };
  readonly data?: SourceFile<{ readonly name: string; readonly bytes: Uint8Array }>;
  readonly model?: SourceFile<{ readonly name: string; readonly text: string }>;
  /** The offices table the scenario names (`offices:`, R10/R11); needed when it names one. */
  readonly offices?: SourceFile<{ readonly name: string; readonly bytes: Uint8Array }>;
  /** The power lists the scenario names (`powers:`, R13); needed when it names them. */
  readonly powers?: SourceFile<{ readonly name: string; readonly text: string }>;
  /** The county-totals table a province scenario names (`counties: { file: … }`); absent otherwise. */
  readonly counties?: SourceFile<{ readonly name: string; readonly bytes: Uint8Array }>;
}

/** Sources with every file read: what the pages hold (bundled files or the planner's own). */
export interface InMemorySources extends ScenarioSources {
  readonly data: { readonly name: string; readonly bytes: Uint8Array };
  readonly model: { readonly name: string; readonly text: string };
}

/**
 * The one scenario loader of the CLI and the pages: parses the scenario, the county table (with the scenario's
 * `sheet` and `columns` mapping) and the model, collects
 * every problem of every file in that order (scenario, data, model), then resolves the scenario against the data and
 * model and derives its weights. The same files give the same problem list wherever they are loaded.
 * @throws {InputError} with every problem found.
 * @example await loadScenarioSources({ scenario: { name: "baseline.yaml", text }, data: { name: "townships.csv", bytes }, model: { name: "standard.yaml", text: modelText } })
 */
export async function loadScenarioSources(sources: ScenarioSources): Promise<WeightedScenario> {
  const { file, countyTotals, ...inputs } = await loadScenarioParts(sources);
  const resolved = resolveScenario(file, { source: sources.scenario.name, ...inputs });
  return weighScenario(resolveCounties(resolved, file, countyTotals));
}

/**
 * The parts of a scenario, each read and checked: the scenario file parsed, the county table (with the scenario's
 * `sheet` and `columns` mapping) and the model; every problem of every file in that order (scenario, data, model).
 * Shared by `loadScenarioSources` and `loadPlanSources`.
 * @throws {InputError} with every problem found.
 */
export async function loadScenarioParts(sources: ScenarioSources): Promise<{
  readonly file: ScenarioFile;
  readonly data: CountyData;
  readonly model: StaffingModel;
  /** The county-totals table a province scenario names, read. */
  readonly countyTotals?: { readonly source: string; readonly rows: readonly CountyTotalRow[] };
  /** The offices table the scenario names (R10/R11), read. */
  readonly offices?: OfficeTable;
  /** The duties workload of the power lists the scenario names (R13), already a column of `data`. */
  readonly duties?: DutyWorkload;
}> {
  const problems: InputProblem[] = [];
  const file = attempt(problems, () =>
    "file" in sources.scenario
      ? sources.scenario.file
      : parseScenarioFile(sources.scenario.text, sources.scenario.name),
  );
  // A scenario that failed its schema still names its sheet and column mapping, so the data's own problems are found.
  const lenient = "text" in sources.scenario ? scenarioFileNames(sources.scenario.text) : {};
  const sheet = file?.sheet ?? lenient.sheet;
  const columns = file !== undefined ? file.columns : lenient.columns;
  let data: CountyData | undefined;
  if (sources.data !== undefined) {
    const source = sources.data;
    if ("problems" in source) for (const p of source.problems) problems.push(p);
    else
      data = await attemptAsync(problems, () =>
        readCountyTable(source.bytes, {
          file: source.name,
          ...(sheet ? { sheet } : {}),
          ...(columns !== undefined ? { columns } : {}),
        }),
      );
  }
  let model: StaffingModel | undefined;
  if (sources.model !== undefined) {
    const source = sources.model;
    if ("problems" in source) for (const p of source.problems) problems.push(p);
    else model = attempt(problems, () => parseModel(source.text, source.name));
  }
  let countyTotals: { source: string; rows: CountyTotalRow[] } | undefined;
  if (sources.counties !== undefined) {
    const source = sources.counties;
    if ("problems" in source) for (const p of source.problems) problems.push(p);
    else {
      const rows = await attemptAsync(problems, () => readCountyTotals(source.bytes, source.name));
      if (rows !== undefined) countyTotals = { source: source.name, rows };
    }
  }
  if (problems.length > 0) throw new InputError(problems);
  if (file === undefined || data === undefined || model === undefined) {
    throw new Error("loadScenarioSources: a scenario needs its data and model sources");
  }
  const extra = await officesAndDuties(file, sources, data, sources.scenario.name);
  return {
    file,
    data: extra.duties === undefined ? data : dataWithDutyWorkload(data, extra.duties),
    model,
    ...(countyTotals !== undefined ? { countyTotals } : {}),
    ...extra,
  };
}

/**
 * The offices table and the duties workload a scenario names (keys `offices`, `powers`), read against its county
 * table; every problem of both files together.
 * @throws {InputError} with every problem, also when a file the scenario names was not given.
 */
async function officesAndDuties(
  file: ScenarioFile,
  sources: ScenarioSources,
  data: CountyData,
  scenarioName: string,
): Promise<{ offices?: OfficeTable; duties?: DutyWorkload }> {
  const problems: InputProblem[] = [];
  const notGiven = (key: "offices" | "powers", named: string): InputProblem => ({
    code: "file-not-given",
    file: scenarioName,
    path: key,
    found: named,
    message: DUTY_MESSAGES.fileNotGiven(named),
  });
  let offices: OfficeTable | undefined;
  if (file.offices !== undefined) {
    const source = sources.offices;
    if (source === undefined) problems.push(notGiven("offices", file.offices));
    else if ("problems" in source) problems.push(...source.problems);
    else
      offices = await attemptAsync(problems, () =>
        readOfficeTable(source.bytes, { file: source.name, county: data.source, townships: data.townships }),
      );
  }
  let duties: DutyWorkload | undefined;
  if (file.powers !== undefined) {
    const source = sources.powers;
    if (source === undefined) problems.push(notGiven("powers", file.powers));
    else if ("problems" in source) problems.push(...source.problems);
    else
      duties = attempt(problems, () =>
        dutyWorkload(parsePowerLists(source.text, source.name), data, source.name),
      );
  }
  if (problems.length > 0) throw new InputError(problems);
  return { ...(offices !== undefined ? { offices } : {}), ...(duties !== undefined ? { duties } : {}) };
}

/**
 * The `data`, `model` and `sheet` a scenario file names, and its `columns` mapping when that is a map of texts, read
 * leniently (no schema check, aliases not expanded, the part of the file before a syntax error still read), so that a
 * loader can read the files and report their problems together with the scenario's own. Absent when the text does
 * not say.
 * @example scenarioFileNames("data: townships.csv\nmodel: ../../models/standard.yaml\n") // { data: "townships.csv", model: "../../models/standard.yaml" }
 */
export function scenarioFileNames(text: string): {
  data?: string;
  model?: string;
  sheet?: string;
  offices?: string;
  powers?: string;
  columns?: Record<string, string>;
  counties?: string;
} {
  let doc: ReturnType<typeof parseDocument>;
  try {
    doc = parseDocument(text, { uniqueKeys: false });
  } catch {
    return {};
  }
  if (!isMap(doc.contents)) return {};
  const names: {
    data?: string;
    model?: string;
    sheet?: string;
    offices?: string;
    powers?: string;
    columns?: Record<string, string>;
    counties?: string;
  } = {};
  for (const key of ["data", "model", "sheet", "offices", "powers"] as const) {
    const value: unknown = doc.get(key);
    if (typeof value === "string") names[key] = value;
  }
  const counties: unknown = doc.getIn(["counties", "file"]);
  if (typeof counties === "string") names.counties = counties;
  const columns: unknown = doc.get("columns");
  if (isMap(columns)) {
    const mapping: Record<string, string> = {};
    for (const pair of columns.items) {
      const header = isScalar(pair.key) ? pair.key.value : undefined;
      const key = isScalar(pair.value) ? pair.value.value : undefined;
      if (typeof header === "string" && typeof key === "string") mapping[header] = key;
    }
    if (Object.keys(mapping).length > 0) names.columns = mapping;
  }
  return names;
}

function attempt<T>(problems: InputProblem[], run: () => T): T | undefined {
  try {
    return run();
  } catch (error) {
    if (error instanceof InputError) {
      for (const p of error.problems) problems.push(p);
      return undefined;
    }
    throw error;
  }
}

async function attemptAsync<T>(problems: InputProblem[], run: () => Promise<T>): Promise<T | undefined> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof InputError) {
      for (const p of error.problems) problems.push(p);
      return undefined;
    }
    throw error;
  }
}
