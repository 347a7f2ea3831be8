import { readFileSync } from "node:fs";
import { isPlanFile } from "../../src/scenario/resolve-plan.ts";
import { parseScenarioFile } from "../../src/scenario/resolve-scenario.ts";

/** A scenario file on disk with several post types (`postTypes`) or a reserve assigned by rule: run by `runPlan`. */
export function isPlanPath(path: string): boolean {
  try {
    return isPlanFile(parseScenarioFile(readFileSync(path, "utf8"), path));
  } catch {
    return false; // a broken fixture is a single-type file's problem case
  }
}
