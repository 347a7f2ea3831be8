import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import type { Relaxation } from "../src/allocation/relaxations.ts";
import { loadScenarioSources } from "../src/run/load-scenario.ts";
import { runScenario } from "../src/run/run-scenario.ts";
import { parseScenarioFile } from "../src/scenario/resolve-scenario.ts";
import type { ScenarioFile } from "../src/scenario/scenario-schema.ts";

const INFEASIBLE = [
  "test/fixtures/scenarios/ordering-too-tight.yaml",
  "test/fixtures/scenarios/floors-above-total.yaml",
  "test/fixtures/scenarios/contradictory-bands.yaml",
  "test/fixtures/scenarios/total-below-current.yaml",
];

/** Solves a scenario file (parsed, maybe changed) with the data and model it names. */
async function solve(path: string, file: ScenarioFile, options: { remedies?: boolean } = {}) {
  const base = dirname(path);
  const scenario = await loadScenarioSources({
    scenario: { name: path, file },
    data: { name: file.data, bytes: new Uint8Array(readFileSync(resolve(base, file.data))) },
    model: { name: file.model, text: readFileSync(resolve(base, file.model), "utf8") },
  });
  return runScenario(scenario, options);
}

/** The scenario file with one remedy's setting applied (key path as the remedy names it). */
function applySetting(file: ScenarioFile, setting: Relaxation["setting"], to: number): ScenarioFile {
  const [head, ...rest] = setting.path.split(".");
  if (head === "total" || head === "transferDown") return { ...file, [head]: to };
  if (head === "reserve") return { ...file, reserve: { count: to } };
  if (head === "band") return { ...file, band: { ...file.band, [rest[0]!]: to } };
  if (head === "overrides") {
    const [part, category] = rest as ["floors" | "caps", string];
    return {
      ...file,
      overrides: { ...file.overrides, [part]: { ...file.overrides?.[part], [category]: to } },
    };
  }
  throw new Error(`unknown setting ${setting.path}`);
}

describe("relaxations(scenario, index): the smallest single change that makes a scenario feasible", () => {
  for (const path of INFEASIBLE) {
    it(`${path}: every remedy, applied to the scenario file, solves; one step less does not`, async () => {
      const file = parseScenarioFile(readFileSync(path, "utf8"), path);
      const result = await solve(path, file);
      expect(result.solver.status).toBe("infeasible");
      const remedies = result.remedies ?? [];
      expect(remedies.length).toBeGreaterThan(0);
      for (const remedy of remedies) {
        const fixed = await solve(path, applySetting(file, remedy.setting, remedy.setting.to), {
          remedies: false,
        });
        expect(fixed.solver.status, remedy.message.en).toBe("optimal");
        const sign = remedy.setting.to > remedy.setting.from ? 1 : -1;
        const step = remedy.setting.path.endsWith("Share") ? 0.01 : 1;
        const almost = Math.round((remedy.setting.to - sign * step) * 100) / 100;
        const short = await solve(path, applySetting(file, remedy.setting, almost), { remedies: false });
        expect(short.solver.status, `${remedy.message.en}, one step less`).toBe("infeasible");
      }
    });
  }

  it("ordering-too-tight.yaml: the chain needs 512.44 posts of 511, the continuous chain needs 512.44 posts of 511 but whole posts fit only from 516 (HiGHS: 513–515 infeasible): 5 more posts, 5 less reserve, a general floor of 14 or a cut of 3", async () => {
    const path = "test/fixtures/scenarios/ordering-too-tight.yaml";
    const result = await solve(path, parseScenarioFile(readFileSync(path, "utf8"), path));
    expect(result.remedies?.map((r) => [r.setting.path, r.setting.from, r.setting.to])).toEqual([
      ["transferDown", 10, 15],
      ["reserve.count", 10, 5],
      ["overrides.floors.general", 15, 14],
      ["band.maxCut", 2, 3],
    ]);
  });

  it("a feasible scenario has no remedies", async () => {
    const path = "scenarios/demo-county/baseline.yaml";
    const result = await solve(path, parseScenarioFile(readFileSync(path, "utf8"), path));
    expect(result.solver.status).toBe("optimal");
    expect(result.remedies).toBeUndefined();
  });
});
