import { readCountyTable } from "../data/read-county-table.ts";
import type { Scenario } from "../types.ts";
import { parseModel } from "./resolve-model.ts";
import { parseScenarioFile, resolveScenario } from "./resolve-scenario.ts";
import type { ScenarioFile } from "./scenario-schema.ts";

/** The files of one scenario, already in memory (bundled with a page, or picked by the user). */
export interface ScenarioSources {
  readonly scenario:
    | { readonly name: string; readonly text: string }
    | { readonly name: string; readonly file: ScenarioFile };
  readonly data: { readonly name: string; readonly bytes: Uint8Array };
  readonly model: { readonly name: string; readonly text: string };
}

/**
 * Parses and resolves a scenario from in-memory files (browser-safe: no paths, no fetch).
 * @throws {InputError} with every problem in the scenario, data and model.
 * @example await scenarioFromSources({ scenario: { name: "baseline.yaml", text }, data: { name: "townships.csv", bytes }, model: { name: "standard.yaml", text: modelText } })
 */
export async function scenarioFromSources(sources: ScenarioSources): Promise<Scenario> {
  const file =
    "file" in sources.scenario
      ? sources.scenario.file
      : parseScenarioFile(sources.scenario.text, sources.scenario.name);
  const data = await readCountyTable(sources.data.bytes, {
    file: sources.data.name,
    ...(file.sheet ? { sheet: file.sheet } : {}),
  });
  const model = parseModel(sources.model.text, sources.model.name);
  return resolveScenario(file, { source: sources.scenario.name, data, model });
}
