import { readFile } from "node:fs/promises";
import { dirname, isAbsolute, normalize, relative, resolve } from "node:path";
import { decodeTableText } from "../data/decode-table-text.ts";
import { readCountyTable } from "../data/read-county-table.ts";
import type { IdentityFiles } from "../report/result-identity.ts";
import { loadPlanSources, type WeightedPlan } from "../run/load-plan.ts";
import {
  loadScenarioSources,
  type ScenarioSources,
  type SourceFile,
  scenarioFileNames,
} from "../run/load-scenario.ts";
import type { WeightedScenario } from "../run/weigh-scenario.ts";
import { parseModel } from "../scenario/resolve-model.ts";
import { isPlanFile } from "../scenario/resolve-plan.ts";
import { parseScenarioFile } from "../scenario/resolve-scenario.ts";
import { type CountyData, InputError, type StaffingModel } from "../types.ts";

/** A path as shown in messages and outputs: relative to cwd, with forward slashes, so results do not depend on the machine. */
export function displayPath(path: string, cwd: string): string {
  const absolute = isAbsolute(path) ? path : resolve(cwd, path);
  const shown = relative(cwd, absolute) || ".";
  return normalize(shown).split("\\").join("/");
}

/**
 * Reads a file, turning "not found" into an InputProblem instead of a crash.
 * @throws {InputError} when the file cannot be read.
 */
export async function readInputFile(path: string, shown: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError([
      {
        code: code === "ENOENT" ? "file-not-found" : "file-unreadable",
        file: shown,
        message:
          code === "ENOENT"
            ? { zh: "找不到该文件，请检查路径", en: "file not found: check the path" }
            : { zh: `无法读取该文件（${code ?? "?"}）`, en: `cannot read the file (${code ?? "?"})` },
      },
    ]);
  }
}

/** Reads and validates a county table from disk. @throws {InputError} */
export async function loadCountyData(path: string, cwd: string, sheet?: string): Promise<CountyData> {
  const shown = displayPath(path, cwd);
  const bytes = await readInputFile(resolve(cwd, path), shown);
  return readCountyTable(bytes, { file: shown, ...(sheet !== undefined ? { sheet } : {}) });
}

/** Reads and resolves a staffing model from disk. @throws {InputError} */
export async function loadModel(path: string, cwd: string): Promise<StaffingModel> {
  const shown = displayPath(path, cwd);
  const bytes = await readInputFile(resolve(cwd, path), shown);
  return parseModel(decodeTableText(bytes, shown).text, shown);
}

/**
 * Loads a scenario file and everything it names (data and model, relative to the scenario file) through the one
 * loader the pages use too (`loadScenarioSources`): every problem of every file is reported together.
 * @throws {InputError} with every problem found.
 */
export async function loadScenario(path: string, cwd: string): Promise<WeightedScenario> {
  return (await loadScenarioWithFiles(path, cwd)).scenario;
}

/**
 * `loadScenario`, with the files as read (for `resultIdentity`: the data's bytes, the scenario's and model's text).
 * @throws {InputError} with every problem found.
 */
export async function loadScenarioWithFiles(
  path: string,
  cwd: string,
): Promise<{ readonly scenario: WeightedScenario; readonly files: IdentityFiles }> {
  const { value, files } = await loadWithFiles(path, cwd, loadScenarioSources);
  return { scenario: value, files };
}

/**
 * A scenario file with one or several post types (`postTypes`) and everything it names, loaded as a plan
 * (`loadPlanSources`), with the files as read.
 * @throws {InputError} with every problem found.
 */
export async function loadPlanWithFiles(
  path: string,
  cwd: string,
): Promise<{ readonly plan: WeightedPlan; readonly files: IdentityFiles; readonly isPlan: boolean }> {
  let isPlan = false;
  const { value, files } = await loadWithFiles(path, cwd, async (sources) => {
    const plan = await loadPlanSources(sources);
    isPlan =
      "text" in sources.scenario &&
      isPlanFile(parseScenarioFile(sources.scenario.text, sources.scenario.name));
    return plan;
  });
  return { plan: value, files, isPlan };
}

/** Reads a scenario file and what it names, relative to it, and hands them to a loader. */
async function loadWithFiles<T>(
  path: string,
  cwd: string,
  load: (sources: ScenarioSources) => Promise<T>,
): Promise<{ readonly value: T; readonly files: IdentityFiles }> {
  const shown = displayPath(path, cwd);
  // UTF-8 or GB18030 (a YAML saved by an old Notepad); a mixed file is refused with its line (`decodeTableText`)
  const text = decodeTableText(await readInputFile(resolve(cwd, path), shown), shown).text;
  const names = scenarioFileNames(text);
  const base = dirname(resolve(cwd, path));
  const [data, model, offices, powers, counties] = await Promise.all([
    names.data === undefined ? undefined : readSource(resolve(base, names.data), cwd, (bytes) => ({ bytes })),
    names.model === undefined
      ? undefined
      : readSource(resolve(base, names.model), cwd, (bytes, name) => ({
          text: decodeTableText(bytes, name).text,
        })),
    names.offices === undefined
      ? undefined
      : readSource(resolve(base, names.offices), cwd, (bytes) => ({ bytes })),
    names.powers === undefined
      ? undefined
      : readSource(resolve(base, names.powers), cwd, (bytes, name) => ({
          text: decodeTableText(bytes, name).text,
        })),
    names.counties === undefined
      ? undefined
      : readSource(resolve(base, names.counties), cwd, (bytes) => ({ bytes })),
  ]);
  const value = await load({
    scenario: { name: shown, text },
    ...(data !== undefined ? { data } : {}),
    ...(model !== undefined ? { model } : {}),
    ...(offices !== undefined ? { offices } : {}),
    ...(powers !== undefined ? { powers } : {}),
    ...(counties !== undefined ? { counties } : {}),
  });
  // the loaders throw when a file is missing or unreadable, so both were read here
  if (data === undefined || "problems" in data || model === undefined || "problems" in model) {
    throw new Error("loadScenarioWithFiles: a solved scenario without its files");
  }
  // the county-totals file is read when the scenario names one (and loading succeeded, so it was read)
  const countiesFile = counties !== undefined && !("problems" in counties) ? { counties } : {};
  // The offices table and the power lists (when named) are in the hash too: the duties workload moves the numbers.
  const extra = [offices, powers].flatMap((f) =>
    f === undefined || "problems" in f
      ? []
      : [{ name: f.name, bytes: "bytes" in f ? f.bytes : new TextEncoder().encode(f.text) }],
  );
  return {
    value,
    files: { data, scenario: { text }, model, ...countiesFile, ...(extra.length > 0 ? { extra } : {}) },
  };
}

async function readSource<T>(
  path: string,
  cwd: string,
  wrap: (bytes: Uint8Array, name: string) => T,
): Promise<SourceFile<T & { readonly name: string }>> {
  const name = displayPath(path, cwd);
  try {
    return { name, ...wrap(await readInputFile(path, name), name) };
  } catch (error) {
    if (error instanceof InputError) return { name, problems: error.problems };
    throw error;
  }
}
