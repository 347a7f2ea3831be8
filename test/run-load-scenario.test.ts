import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadScenario } from "../src/cli/load-scenario.ts";
import { loadScenarioSources, scenarioFileNames } from "../src/run/load-scenario.ts";
import { solveSources } from "../src/run/solve-sources.ts";
import { formatProblem, InputError, type InputProblem } from "../src/types.ts";
import { runCli } from "./helpers/run-cli.ts";

const SCENARIO = "test/fixtures/run/broken-everywhere.yaml";
const DATA = "test/fixtures/data/bad/three-problems.csv";
const MODEL = "test/fixtures/run/broken-model.yaml";

/** The three files as a page holds them: in memory, named as the CLI shows them. */
function inMemory() {
  return {
    scenario: { name: SCENARIO, text: readFileSync(SCENARIO, "utf8") },
    data: { name: DATA, bytes: new Uint8Array(readFileSync(DATA)) },
    model: { name: MODEL, text: readFileSync(MODEL, "utf8") },
  };
}

async function cliProblems(): Promise<readonly InputProblem[]> {
  try {
    await loadScenario(SCENARIO, process.cwd());
  } catch (error) {
    if (error instanceof InputError) return error.problems;
    throw error;
  }
  throw new Error("expected the broken scenario to be refused");
}

describe("loadScenarioSources(sources): the one loader of the CLI and the pages", () => {
  it("reports the problems of the scenario, its data and its model together, in that order", async () => {
    const problems = await cliProblems();
    // By hand from the three fixtures: total 520.5 and maxCut "two" (scenario); 人口 "N/A", 城关镇, −3 (data,
    // see test/fixtures/data/README.md); normalise "minimax" (model).
    expect(problems.map((p) => [p.file, p.code])).toEqual([
      [SCENARIO, expect.stringMatching(/^schema-/)],
      [SCENARIO, expect.stringMatching(/^schema-/)],
      [DATA, "not-a-number"],
      [DATA, "unknown-category"],
      [DATA, "negative"],
      [MODEL, expect.stringMatching(/^schema-/)],
    ]);
  });

  it("the pages' solve (solveSources) lists exactly the CLI's problems for the same broken files", async () => {
    const page = await solveSources(inMemory());
    expect(page.status).toBe("problems");
    const cli = await cliProblems();
    const lines = (list: readonly InputProblem[]) =>
      list.flatMap((p) => [formatProblem(p, "zh"), formatProblem(p, "en")]);
    expect(page.status === "problems" && lines(page.problems)).toEqual(lines(cli));
  });

  it("`quota-planner validate` prints the same six problems and exits 2", async () => {
    const { code, stderr } = await runCli(["validate", SCENARIO]);
    expect(code).toBe(2);
    expect(stderr).toContain("共 6 处");
    for (const problem of await cliProblems()) expect(stderr).toContain(formatProblem(problem, "zh"));
  });

  it("a data or model file that cannot be read is one more problem, not a stop", async () => {
    const sources = {
      ...inMemory(),
      data: {
        name: "missing.csv",
        problems: [
          { code: "file-not-found", file: "missing.csv", message: { zh: "找不到", en: "not found" } },
        ],
      },
    };
    await expect(loadScenarioSources(sources)).rejects.toSatisfy(
      (error: unknown) =>
        error instanceof InputError &&
        error.problems.map((p) => p.file).join(" ") === `${SCENARIO} ${SCENARIO} missing.csv ${MODEL}`,
    );
  });
});

describe("scenarioFileNames(text)", () => {
  it("reads data, model and sheet without the schema, so a scenario with bad keys still names its files", () => {
    expect(scenarioFileNames("data: a.xlsx\nmodel: m.yaml\nsheet: 乡镇\ntotal: 1.5\ncolour: blue\n")).toEqual(
      {
        data: "a.xlsx",
        model: "m.yaml",
        sheet: "乡镇",
      },
    );
  });

  it("gives nothing for text that is not YAML or names no files", () => {
    expect(scenarioFileNames("data: [unclosed")).toEqual({});
    expect(scenarioFileNames("- a\n- b\n")).toEqual({});
    expect(scenarioFileNames("data: 3\n")).toEqual({});
  });
});

describe("loadScenarioSources(sources) with a scenario's column mapping (`columns:`)", () => {
  const csv = readFileSync("scenarios/demo-county/townships.csv", "utf8");
  // the demo table with two headers as an office might write them: 常住人口数 (population, not an accepted
  // header) and 借调借出人数 (staff lent out), and a notes column of numbers that is no indicator
  const officeCsv = csv
    .replace("人口（人）", "常住人口数")
    .replace("借出人员", "借调借出人数")
    .replace(/\n/, ",备注编号\n")
    .replace(/(\n[^\n]+)/g, "$1,7");
  const BASELINE = readFileSync("scenarios/demo-county/baseline.yaml", "utf8");
  const sources = (scenarioText: string, dataCsv: string) => ({
    scenario: { name: "scenarios/demo-county/office.yaml", text: scenarioText },
    data: { name: "scenarios/demo-county/office.csv", bytes: new TextEncoder().encode(dataCsv) },
    model: { name: "models/standard.yaml", text: readFileSync("models/standard.yaml", "utf8") },
  });

  it("passes columns to readCountyTable: the mapped table gives the demo county's own townships and values", async () => {
    const mapped = `${BASELINE}columns:\n  常住人口数: population\n  借调借出人数: staffLentOut\n  备注编号: ignore\n`;
    const scenario = await loadScenarioSources(sources(mapped, officeCsv));
    const demo = await loadScenarioSources(sources(BASELINE, csv));
    expect(scenario.data.townships.map((t) => [t.population, t.staffLentOut])).toEqual(
      demo.data.townships.map((t) => [t.population, t.staffLentOut]),
    );
    expect(scenario.data.columns).toEqual(demo.data.columns);
    expect(scenario.data.columns).not.toContain("备注编号");
  });

  it("without the mapping the standard model misses its population column", async () => {
    await expect(loadScenarioSources(sources(BASELINE, officeCsv))).rejects.toThrow(InputError);
  });
});
