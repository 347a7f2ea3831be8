import { readFileSync } from "node:fs";
import { loadScenarioSources } from "../../src/run/load-scenario.ts";
import type { WeightedScenario } from "../../src/run/weigh-scenario.ts";

/**
 * A demo-county scenario written in the test (its YAML text, named `name`), with the demo county table (or `csv`)
 * and models/standard.yaml (or `modelText`), loaded through the one loader.
 */
export function scenarioVariant(
  yaml: string,
  options: {
    readonly name?: string;
    readonly csv?: string;
    readonly modelText?: string;
    readonly model?: string;
  } = {},
): Promise<WeightedScenario> {
  const model = options.model ?? "models/standard.yaml";
  return loadScenarioSources({
    scenario: { name: options.name ?? "variant.yaml", text: yaml },
    data:
      options.csv === undefined
        ? {
            name: "scenarios/demo-county/townships.csv",
            bytes: new Uint8Array(readFileSync("scenarios/demo-county/townships.csv")),
          }
        : { name: "variant.csv", bytes: new TextEncoder().encode(options.csv) },
    model: { name: model, text: options.modelText ?? readFileSync(model, "utf8") },
  });
}

/** The demo county table as text, without the rows of the given township IDs. */
export function demoCsvWithout(...ids: readonly string[]): string {
  const lines = readFileSync("scenarios/demo-county/townships.csv", "utf8").split(/\r?\n/);
  return lines.filter((line) => !ids.some((id) => line.startsWith(`${id},`))).join("\n");
}
