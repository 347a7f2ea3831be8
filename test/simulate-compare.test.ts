import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadScenario } from "../src/cli/load-scenario.ts";
import { comparisonToCsv, comparisonToMarkdown, comparisonToText } from "../src/report/format-compare.ts";
import { runScenario } from "../src/run/run-scenario.ts";
import type { WeightedScenario } from "../src/run/weigh-scenario.ts";
import { compareScenarios } from "../src/simulate/compare-scenarios.ts";
import { demoCsvWithout, scenarioVariant } from "./helpers/scenario-variant.ts";

const cwd = process.cwd();
const provenance = { version: "0.1.0", files: [] };
const runOf = async (scenario: WeightedScenario) => ({ scenario, result: await runScenario(scenario) });
const golden = (key: string): number[] =>
  JSON.parse(readFileSync(`scenarios/demo-county/golden/${key}.json`, "utf8")).townships.map(
    (t: { allocated: number }) => t.allocated,
  );

describe("compareScenarios(runs)", () => {
  it("a scenario compared with itself shows no difference: every township, category and setting the same", async () => {
    for (const key of ["baseline", "development-first", "expert-weights"]) {
      const run = await runOf(await loadScenario(`scenarios/demo-county/${key}.yaml`, cwd));
      const comparison = compareScenarios([run, run]);
      expect(comparison.townships).toHaveLength(25);
      expect(comparison.townships.every((t) => t.largest === 0 && t.differences[1] === 0)).toBe(true);
      expect(comparison.categories.every((c) => c.differences[1] === 0)).toBe(true);
      expect(comparison.settings.filter((s) => s.differs)).toEqual([]);
      expect(comparison.missing).toEqual([]);
      expect(comparisonToText(comparison, provenance, "zh")).toContain("各方案的设置完全相同。");
      expect(comparisonToText(comparison, provenance, "en")).toContain(
        "Every township has the same posts in every scenario.",
      );
    }
  });

  it("baseline against population-first: the goldens' posts side by side, their differences, and only the weights differ", async () => {
    const baseline = await runOf(await loadScenario("scenarios/demo-county/baseline.yaml", cwd));
    const population = await runOf(await loadScenario("scenarios/demo-county/population-first.yaml", cwd));
    const comparison = compareScenarios([baseline, population]);
    const [a, b] = [golden("baseline"), golden("population-first")];
    expect(comparison.townships.map((t) => t.posts)).toEqual(a.map((x, j) => [x, b[j]]));
    expect(comparison.townships.map((t) => t.differences[1])).toEqual(a.map((x, j) => b[j]! - x));
    // 城厢镇 T01: 46 in golden/baseline.json, 50 in golden/population-first.json
    expect(comparison.townships[0]).toMatchObject({ id: "T01", posts: [46, 50], largest: 4 });
    // population-first.yaml overrides the five factor weights only: the factor weights and the global indicator
    // weights of the factors whose weight changed differ (area stays 0.20), nothing else
    expect(comparison.settings.filter((s) => s.differs).map((s) => s.key)).toEqual([
      "factorWeight:location",
      "factorWeight:economy",
      "factorWeight:projects",
      "factorWeight:population",
      "indicatorWeight:locationScore",
      "indicatorWeight:gdp",
      "indicatorWeight:fiscalRevenue",
      "indicatorWeight:keyProjects",
      "indicatorWeight:population",
    ]);
    const population55 = comparison.settings.find((s) => s.key === "factorWeight:population")!;
    expect(population55.values.map((v) => v.en)).toEqual(["0.35", "0.55"]);
    // per category: the sums of the goldens' posts by category; the county total is the same (511 both)
    const sum = (xs: readonly (number | null)[]) => xs.reduce<number>((s, x) => s + (x ?? 0), 0);
    expect(sum(comparison.categories.map((c) => c.differences[1]!))).toBe(0);
    expect(comparison.categories.find((c) => c.category === "countySeat")!.posts).toEqual([46, 50]);
    // the Markdown lists the biggest mover first: 城厢镇 with +4
    const md = comparisonToMarkdown(comparison, provenance, "en");
    const table = md.slice(md.indexOf("## Biggest movers first"));
    expect(table.split("\n").find((line) => line.startsWith("| T"))).toContain("| T01 | 城厢镇 |");
  });

  it("settings read from the resolved scenarios: method, total, reserve, band, floors, caps, coefficients, ordering, post type", async () => {
    const base = await runOf(await loadScenario("scenarios/demo-county/baseline.yaml", cwd));
    const other = await runOf(
      await scenarioVariant(
        [
          "name: { zh: 变体, en: Variant }",
          "data: townships.csv",
          "model: ../../models/standard.yaml",
          "postType: institution",
          "total: 880",
          "reserve: { count: 4 }",
          "band: { maxCut: 3 }",
          "method: webster",
          "overrides:",
          "  categoryCoefficients: { central: 1.25 }",
          "  floors: { general: 12 }",
          "  caps: { countySeat: 90 }",
          "",
        ].join("\n"),
      ),
    );
    const comparison = compareScenarios([base, other]);
    const differs = Object.fromEntries(
      comparison.settings.filter((s) => s.differs).map((s) => [s.key, s.values.map((v) => v.en)]),
    );
    expect(differs).toMatchObject({
      postType: ["Administrative posts", "Public-institution posts"],
      method: ["Linear programme (least deviation from the targets)", "Webster (Sainte-Laguë)"],
      // baseline: 511 today + 10 transferred down = 521, reserve ⌊2 % × 521⌋ = 10
      total: ["521", "880"],
      reserve: ["10", "4"],
      band: ["cut at most 2, gain at most 12", "cut at most 3"],
      "coefficient:central": ["1.2", "1.25"],
      "cap:countySeat": ["none", "90"],
    });
    expect(differs["floor:general"]?.[1]).toBe("12");
    expect(differs.ordering).toBeUndefined();
    // institution posts: the variant allocates 880 − 4 = 876
    expect(comparison.scenarios[1]!.allocated).toBe(876);
  });

  it("townships missing in one file are reported and left out of the differences", async () => {
    const base = await runOf(await loadScenario("scenarios/demo-county/baseline.yaml", cwd));
    const yaml = readFileSync("scenarios/demo-county/baseline.yaml", "utf8");
    const fewer = await runOf(
      await scenarioVariant(yaml, { name: "fewer.yaml", csv: demoCsvWithout("T24", "T25") }),
    );
    const comparison = compareScenarios([base, fewer]);
    expect(comparison.missing).toEqual([
      { id: "T24", name: "雪山乡", missingIn: [1] },
      { id: "T25", name: "岩峰乡", missingIn: [1] },
    ]);
    const t24 = comparison.townships.find((t) => t.id === "T24")!;
    expect(t24.posts[1]).toBeNull();
    expect(t24.differences[1]).toBeNull();
    expect(comparison.settings.find((s) => s.key === "data")!.differs).toBe(true);
    expect(comparisonToText(comparison, provenance, "zh")).toContain("雪山乡（T24）不在：fewer.yaml");
    // CSV: an empty cell where the township is missing
    const row = comparisonToCsv(comparison, "en")
      .split("\r\n")
      .find((l) => l.startsWith("T24,"))!;
    expect(row).toBe("T24,雪山乡,General township,15,15,,");
  });

  it("a scenario without an allocation is compared and marked; its posts are null", async () => {
    const base = await runOf(await loadScenario("scenarios/demo-county/baseline.yaml", cwd));
    // every township held at today's posts (band 0/0) while 30 more posts are to be shared: infeasible
    const yaml = readFileSync("scenarios/demo-county/baseline.yaml", "utf8")
      .replace("band: { maxCut: 2, maxGain: 12 }", "band: { maxCut: 0, maxGain: 0 }")
      .replace("transferDown: 10", "transferDown: 30");
    const stuck = await runOf(await scenarioVariant(yaml, { name: "stuck.yaml" }));
    expect(stuck.result.solver.status).toBe("infeasible");
    const comparison = compareScenarios([base, stuck]);
    expect(comparison.townships.every((t) => t.posts[1] === null && t.differences[1] === null)).toBe(true);
    expect(comparisonToText(comparison, provenance, "en")).toContain("no allocation (infeasible)");
    // the infeasible scenario first: today's posts still come from its county table (T01: 45 in townships.csv)
    const reversed = compareScenarios([stuck, base]);
    expect(reversed.townships[0]).toMatchObject({
      id: "T01",
      current: 45,
      posts: [null, 46],
      differences: [null, null],
    });
  });

  it("throws a RangeError for fewer than two runs", async () => {
    const run = await runOf(await loadScenario("scenarios/demo-county/baseline.yaml", cwd));
    expect(() => compareScenarios([run])).toThrow(RangeError);
  });
});

describe("compareScenarios(runs) for every post type", () => {
  it("each post type compared with itself shows no difference, and against admin posts names the post type", async () => {
    const yaml = readFileSync("scenarios/demo-county/baseline.yaml", "utf8");
    const admin = await runOf(await loadScenario("scenarios/demo-county/baseline.yaml", cwd));
    for (const postType of ["admin", "institution", "leader"] as const) {
      // leader posts have no floor of 15 in models/standard.yaml (the floors are for admin posts only)
      const run = await runOf(
        await scenarioVariant(yaml.replace("postType: admin", `postType: ${postType}`), {
          name: `${postType}.yaml`,
        }),
      );
      expect(run.result.townships.length, postType).toBe(25);
      const self = compareScenarios([run, run]);
      expect(self.townships.every((t) => t.largest === 0)).toBe(true);
      expect(self.settings.some((s) => s.differs)).toBe(false);
      const against = compareScenarios([admin, run]);
      expect(against.settings.find((s) => s.key === "postType")!.differs).toBe(postType !== "admin");
      // each scenario shares its own county total: today's posts of its type + 10, less its reserve
      expect(against.scenarios[1]!.allocated).toBe(run.result.totals.toAllocate);
    }
  });
});

describe("compare outputs of a hostile county table", () => {
  it("a township named like a formula with a pipe stays text in CSV, Markdown and JSON", async () => {
    const { comparisonToJson } = await import("../src/report/format-compare.ts");
    const csv = readFileSync("scenarios/demo-county/townships.csv", "utf8").replace(
      "T01,城厢镇,",
      "T01,=HYPERLINK(1)|x,",
    );
    const yaml = readFileSync("scenarios/demo-county/baseline.yaml", "utf8");
    const run = await runOf(await scenarioVariant(yaml, { csv }));
    const name = run.result.townships[0]!.name;
    expect(name).toBe("=HYPERLINK(1)|x");
    const comparison = compareScenarios([run, run]);
    // CSV: the formula neutralised with a leading apostrophe (csvText)
    const row = comparisonToCsv(comparison, "en")
      .split("\r\n")
      .find((l) => l.startsWith("T01,"))!;
    expect(row.startsWith("T01,'=HYPERLINK(1)|x")).toBe(true);
    // Markdown: the pipe escaped, so the row has as many cells as the header (markdownText)
    const lines = comparisonToMarkdown(comparison, provenance, "en").split("\n");
    const cells = (line: string) => line.split(/(?<!\\)\|/).length;
    const head = lines.find((l) => l.startsWith("| ID "))!;
    const line = lines.find((l) => l.startsWith("| T01 "))!;
    expect(line).toContain("=HYPERLINK(1)\\|x");
    expect(cells(line)).toBe(cells(head));
    // JSON keeps the name as it is, as a string (a control character would be refused when the table is read)
    expect(JSON.parse(comparisonToJson(comparison, provenance)).townships[0].name).toBe("=HYPERLINK(1)|x");
  });
});
