import { resolve } from "node:path";
import { parse as parseYaml } from "yaml";
import { decodeTableText } from "../data/decode-table-text.ts";
import type { StaffingModel } from "../types.ts";
import { displayPath, loadModel, loadScenario, readInputFile } from "./load-scenario.ts";

/** A model file has `factors`; anything else is read as a scenario (whose parser reports syntax errors). */
export function looksLikeModel(text: string): boolean {
  try {
    const value: unknown = parseYaml(text);
    return typeof value === "object" && value !== null && "factors" in value;
  } catch {
    return false;
  }
}

/** The text of a file on the command line. @throws {InputError} when it cannot be read */
export async function readText(file: string, cwd: string): Promise<string> {
  const shown = displayPath(file, cwd);
  return decodeTableText(await readInputFile(resolve(cwd, file), shown), shown).text;
}

/** The model of a model file, or of the scenario a file is. @throws {InputError} when it does not load */
export async function modelOf(file: string, cwd: string): Promise<StaffingModel> {
  if (looksLikeModel(await readText(file, cwd))) return loadModel(file, cwd);
  return (await loadScenario(file, cwd)).model;
}
