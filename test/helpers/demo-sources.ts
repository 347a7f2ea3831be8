import { readFileSync } from "node:fs";
import { loadPlanSources, type WeightedPlan } from "../../src/run/load-plan.ts";
import type { InMemorySources } from "../../src/run/load-scenario.ts";
import type { PlanResult } from "../../src/run/plan-result.ts";
import { runPlan } from "../../src/run/run-plan.ts";

/**
 * A demo-county scenario's files read into memory as the pages hold them, named as the CLI shows them from the
 * repository root; `csv` replaces the county table (named `bad.csv`).
 */
export function demoSources(key: string, csv?: string): InMemorySources {
  const scenario = `scenarios/demo-county/${key}.yaml`;
  const data = "scenarios/demo-county/townships.csv";
  return {
    scenario: { name: scenario, text: readFileSync(scenario, "utf8") },
    data:
      csv === undefined
        ? { name: data, bytes: new Uint8Array(readFileSync(data)) }
        : { name: "bad.csv", bytes: new TextEncoder().encode(csv) },
    model: { name: "models/standard.yaml", text: readFileSync("models/standard.yaml", "utf8") },
  };
}

/** A county table whose row 2 has the category "城关镇", not one of the five (docs/data.md). */
export const BAD_CATEGORY_CSV = "编号,乡镇名称,乡镇类别,人口,幅员面积,行政编制\nT1,甲镇,城关镇,100,1,20\n";

/**
 * The demo whole-policy plan's files in memory with its offices table, the scenario's text replaced by `text`
 * (default the file as shipped), loaded and run as the pages run it.
 */
export async function runWholePolicy(
  text = readFileSync("scenarios/demo-county/whole-policy.yaml", "utf8"),
): Promise<{ plan: WeightedPlan; result: PlanResult }> {
  const plan = await loadPlanSources({
    ...demoSources("whole-policy"),
    scenario: { name: "scenarios/demo-county/whole-policy.yaml", text },
    offices: {
      name: "scenarios/demo-county/offices.csv",
      bytes: new Uint8Array(readFileSync("scenarios/demo-county/offices.csv")),
    },
  });
  return { plan, result: await runPlan(plan) };
}
