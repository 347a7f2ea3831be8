// Issue 10: a province run as the one result the pages read (`provinceAsResult`): every county's townships exactly as
// its own run gives them, the province's totals, the checks over the counties, every county's conflicts named.
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { loadScenarioSources } from "../src/run/load-scenario.ts";
import { provinceAsResult } from "../src/run/province-as-result.ts";
import { runProvince } from "../src/run/run-province.ts";
import { solveSources } from "../src/run/solve-sources.ts";
import { benchCountyTable } from "./bench/instances.ts";

const encoder = new TextEncoder();
const MODEL = { name: "models/standard.yaml", text: await readFile("models/standard.yaml", "utf8") };
/** Three counties of 30 townships (县0001 … 县0003), seeded. */
const TABLE = benchCountyTable(90, 11, { counties: true });

const sources = (scenarioText: string) => ({
  scenario: { name: "province.yaml", text: `name: 省\ndata: p.csv\nmodel: m.yaml\n${scenarioText}` },
  data: { name: "p.csv", bytes: encoder.encode(TABLE) },
  model: MODEL,
});

describe("provinceAsResult(province)", () => {
  it("the townships of every county in the table's order, as each county's run gave them; the province's totals", async () => {
    const province = await runProvince(await loadScenarioSources(sources("transferDown: 50\n")));
    const result = provinceAsResult(province);
    expect(JSON.stringify(result.townships)).toBe(
      JSON.stringify(province.counties.flatMap((c) => c.result.townships)),
    );
    expect(result.townships.map((t) => t.id)).toEqual(
      Array.from({ length: 90 }, (_, k) => `T${String(k + 1).padStart(5, "0")}`),
    );
    const { countyRule: _, ...totals } = province.totals;
    expect(result.totals).toEqual(totals);
    // the exact sum over the province: Σ allocated = the posts to allocate (2,510 today + 50)
    expect(result.townships.reduce((s, t) => s + t.allocated, 0)).toBe(result.totals.toAllocate);
    expect(result.solver.status).toBe("optimal");
    expect(result.solver.objective).toBeCloseTo(
      province.counties.reduce((s, c) => s + c.result.solver.objective!, 0),
      9,
    );
    expect(result.checks.map((c) => [c.rule, c.status])).toEqual(
      province.counties[0]!.result.checks.map((c) => [c.rule, c.status]),
    );
    expect(result.checks.find((c) => c.rule === "sum")?.message.en).toBe(
      "passed in every county (3 counties)",
    );
  });

  it("an infeasible county: its conflicts named by county, only the other counties' townships", async () => {
    const province = await runProvince(
      await loadScenarioSources(sources("counties: { totals: { 县0001: 900, 县0002: 400, 县0003: 960 } }\n")),
    );
    const result = provinceAsResult(province);
    expect(result.solver.status).toBe("infeasible");
    expect(result.townships.length).toBe(60);
    expect(result.conflicts.length).toBeGreaterThan(0);
    for (const conflict of result.conflicts) {
      expect(conflict.message.zh.startsWith("县0002：")).toBe(true);
      expect(conflict.message.en.startsWith("县0002: ")).toBe(true);
    }
    expect(result.conflicts.map((c) => c.kind)).toEqual(
      province.counties[1]!.result.conflicts.map((c) => c.kind),
    );
    // a check says which county it could not check (no allocation there)
    expect(result.checks.find((c) => c.rule === "sum")?.message.en).toBe(
      "passed in every county checked (2 counties); not checked in 1 without an allocation: 县0002",
    );
  });

  it("solveSources on a province's files gives the province and it as one result (the pages' worker)", async () => {
    const outcome = await solveSources(sources("transferDown: 50\n"));
    expect(outcome.status).toBe("solved");
    if (outcome.status !== "solved") return;
    const province = await runProvince(await loadScenarioSources(sources("transferDown: 50\n")));
    expect(JSON.stringify(outcome.province)).toBe(JSON.stringify(province));
    expect(JSON.stringify(outcome.result)).toBe(JSON.stringify(provinceAsResult(province)));
    // a county's own table has no province
    const demo = await solveSources({
      scenario: { name: "b.yaml", text: "name: b\ndata: townships.csv\nmodel: m.yaml\ntransferDown: 10\n" },
      data: { name: "townships.csv", bytes: await readFile("scenarios/demo-county/townships.csv") },
      model: MODEL,
    });
    expect(demo.status).toBe("solved");
    expect(demo.status === "solved" ? demo.province : null).toBeUndefined();
  });
});
