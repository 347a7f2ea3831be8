import { readFile } from "node:fs/promises";
import { dirname, isAbsolute, normalize, relative, resolve } from "node:path";
import { readCountyTable } from "../data/read-county-table.ts";
import { parseModel } from "../scenario/resolve-model.ts";
import { parseScenarioFile, resolveScenario } from "../scenario/resolve-scenario.ts";
import {
  type CountyData,
  InputError,
  type InputProblem,
  type Scenario,
  type StaffingModel,
} from "../types.ts";

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
  return parseModel(new TextDecoder().decode(bytes), shown);
}

/**
 * Loads a scenario file and everything it names (data and model, relative to the scenario file), then resolves it.
 * Problems in the data and the model are reported together.
 * @throws {InputError} with every problem found.
 */
export async function loadScenario(path: string, cwd: string): Promise<Scenario> {
  const shown = displayPath(path, cwd);
  const bytes = await readInputFile(resolve(cwd, path), shown);
  const file = parseScenarioFile(new TextDecoder().decode(bytes), shown);
  const base = dirname(resolve(cwd, path));
  const problems: InputProblem[] = [];
  const [data, model] = await Promise.all([
    loadCountyData(resolve(base, file.data), cwd, file.sheet).catch((error) => collect(error, problems)),
    loadModel(resolve(base, file.model), cwd).catch((error) => collect(error, problems)),
  ]);
  if (data === undefined || model === undefined) throw new InputError(problems);
  return resolveScenario(file, { source: shown, data, model });
}

function collect(error: unknown, problems: InputProblem[]): undefined {
  if (error instanceof InputError) {
    problems.push(...error.problems);
    return undefined;
  }
  throw error;
}
