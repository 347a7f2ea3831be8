import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseScenarioFile } from "../src/scenario/resolve-scenario.ts";
import { scenarioToYaml } from "../src/scenario/scenario-yaml.ts";

describe("scenarioToYaml(file)", () => {
  it("round-trips every shipped scenario: parse(write(parse(text))) equals parse(text)", () => {
    for (const name of ["baseline", "population-first", "development-first"]) {
      const parsed = parseScenarioFile(readFileSync(`scenarios/demo-county/${name}.yaml`, "utf8"), name);
      const written = scenarioToYaml(parsed);
      expect(written.startsWith("# yaml-language-server: $schema=../../schemas/scenario.schema.json\n")).toBe(
        true,
      );
      expect(parseScenarioFile(written, "written.yaml")).toEqual(parsed);
    }
  });

  it("keeps weights exactly (shortest round-trip numbers), e.g. 0.1 + 0.2", () => {
    const parsed = parseScenarioFile("name: x\ndata: d.csv\nmodel: m.yaml\ntotal: 10\n", "x.yaml");
    const file = { ...parsed, overrides: { factorWeights: { population: 0.1 + 0.2 } } };
    expect(parseScenarioFile(scenarioToYaml(file), "y.yaml").overrides?.factorWeights?.population).toBe(
      0.1 + 0.2,
    );
  });
});

describe("scenarioToYaml with an AHP matrix", () => {
  it("writes each matrix row on one line and round-trips it", () => {
    const parsed = parseScenarioFile("name: x\ndata: d.csv\nmodel: m.yaml\ntotal: 10\n", "x.yaml");
    const matrix = [
      [1, "1/3", 2],
      [3, 1, 5],
      ["1/2", "1/5", 1],
    ];
    const file = {
      ...parsed,
      overrides: {
        weighting: {
          method: "ahp" as const,
          randomIndex: "saaty" as const,
          ahp: { factors: { experts: [{ name: "本页", matrix }] } },
        },
      },
    };
    const text = scenarioToYaml(file);
    expect(text).toContain("- [ 1, 1/3, 2 ]");
    expect(parseScenarioFile(text, "y.yaml").overrides?.weighting?.ahp?.factors.experts[0]?.matrix).toEqual(
      matrix,
    );
  });
});
