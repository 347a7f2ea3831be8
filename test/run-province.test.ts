import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readCountyTable } from "../src/data/read-county-table.ts";
import { readCountyTotals } from "../src/data/read-county-totals.ts";
import { provinceCounty, provinceToCsv, provinceToMarkdown } from "../src/report/format-province.ts";
import { resultToCsv } from "../src/report/format-result.ts";
import { loadScenarioSources } from "../src/run/load-scenario.ts";
import { isProvinceScenario, runProvince } from "../src/run/run-province.ts";
import { runScenario } from "../src/run/run-scenario.ts";
import { InputError } from "../src/types.ts";
import { benchCountyTable } from "./bench/instances.ts";
import { runCli } from "./helpers/run-cli.ts";

const encoder = new TextEncoder();
const MODEL = { name: "models/standard.yaml", text: await readFile("models/standard.yaml", "utf8") };
/** Three counties of 30 townships (县0001 … 县0003), seeded. */
const TABLE = benchCountyTable(90, 11, { counties: true });

function province(scenarioText: string, table = TABLE) {
  return loadScenarioSources({
    scenario: { name: "province.yaml", text: `name: 省\ndata: p.csv\nmodel: m.yaml\n${scenarioText}` },
    data: { name: "p.csv", bytes: encoder.encode(table) },
    model: MODEL,
  });
}

/** The rows of one county as a county's own table (the county column dropped). */
function countyTable(county: string): string {
  const lines = TABLE.trimEnd().split("\n");
  const header = lines[0]!.split(",");
  const at = header.indexOf("所属县");
  const drop = (line: string) =>
    line
      .split(",")
      .filter((_, k) => k !== at)
      .join(",");
  return `${[
    drop(lines[0]!),
    ...lines
      .slice(1)
      .filter((l) => l.split(",")[at] === county)
      .map(drop),
  ].join("\n")}\n`;
}

async function problemsOf(run: Promise<unknown>) {
  try {
    await run;
  } catch (error) {
    if (error instanceof InputError) return error.problems;
    throw error;
  }
  throw new Error("expected an InputError");
}

describe("runProvince(scenario) with each county's total given", () => {
  it("each county's run is the county's own scenario with that total, to the byte (its index, bounds, reasons, checks)", async () => {
    const scenario = await province(
      "counties: { totals: { 县0001: 900, 县0002: 880, 县0003: 960 } }\nband: { maxCut: 2, maxGain: 8 }\n",
    );
    expect(isProvinceScenario(scenario)).toBe(true);
    const result = await runProvince(scenario);
    expect(result.counties.map((c) => [c.county, c.total, c.townships])).toEqual([
      ["县0001", 900, 30],
      ["县0002", 880, 30],
      ["县0003", 960, 30],
    ]);
    // the scenario's total is the sum of the counties' (given as written)
    expect(result.totals.total).toBe(2740);
    for (const run of result.counties) {
      const own = await loadScenarioSources({
        scenario: {
          name: "province.yaml",
          text: `name: 省\ndata: p.csv\nmodel: m.yaml\ntotal: ${run.total}\nband: { maxCut: 2, maxGain: 8 }\n`,
        },
        data: { name: "p.csv", bytes: encoder.encode(countyTable(run.county)) },
        model: MODEL,
      });
      const alone = await runScenario(own);
      expect(JSON.stringify(run.result)).toBe(JSON.stringify(alone));
    }
    expect(result.status).toBe("solved");
    expect(result.totals.allocated).toBe(2740);
  });

  it("an infeasible county comes back with its diagnosis while the others are solved", async () => {
    // 30 townships with a floor of 15 need at least 450 posts: 县0002 is given 400
    const scenario = await province("counties: { totals: { 县0001: 900, 县0002: 400, 县0003: 960 } }\n");
    const result = await runProvince(scenario);
    expect(result.status).toBe("infeasible");
    const [first, second, third] = result.counties;
    expect(first!.result.solver.status).toBe("optimal");
    expect(third!.result.solver.status).toBe("optimal");
    expect(second!.result.solver.status).toBe("infeasible");
    expect(second!.result.conflicts.map((c) => c.kind)).toContain("total-below-current");
    expect(second!.result.townships).toEqual([]);
    expect(result.totals.allocated).toBe(900 + 960);
  });

  it("reads the totals from a county-totals file named by the scenario", async () => {
    const scenario = await loadScenarioSources({
      scenario: {
        name: "province.yaml",
        text: "name: 省\ndata: p.csv\nmodel: m.yaml\ncounties: { file: t.csv }\n",
      },
      data: { name: "p.csv", bytes: encoder.encode(TABLE) },
      model: MODEL,
      counties: {
        name: "t.csv",
        bytes: encoder.encode("区县,编制总量\n县0003,860\n县0001,900\n县0002,880\n"),
      },
    });
    expect(scenario.counties).toEqual({
      kind: "given",
      source: "t.csv",
      // in the data's order
      totals: [
        { county: "县0001", total: 900 },
        { county: "县0002", total: 880 },
        { county: "县0003", total: 860 },
      ],
    });
  });

  it("every problem at once: a county without a total, a total for a county the table lacks, transferDown, a reserve count, a total that is not their sum", async () => {
    const problems = await problemsOf(
      province(
        "counties: { totals: { 县0001: 900, 县0002: 880, 县9999: 10 } }\ntotal: 5\ntransferDown: 3\nreserve: { count: 4 }\n",
      ),
    );
    expect(problems.map((p) => [p.code, p.path ?? "", p.found ?? ""])).toEqual([
      ["county-total-missing", "counties.totals", "县0003"],
      ["unknown-county", "counties.totals.县9999", "县9999"],
      ["transfer-with-county-totals", "transferDown", ""],
      ["total-not-county-sum", "total", "5"],
      ["reserve-count-with-county-totals", "reserve.count", ""],
    ]);
    for (const p of problems) expect(p.message.zh).not.toMatch(/counties|transferDown|reserve/);
  });

  it("a counties block on a table without a county column is refused, naming the key", async () => {
    const problems = await problemsOf(province("counties: { totals: { 甲县: 5 } }\n", countyTable("县0001")));
    expect(problems.map((p) => [p.code, p.path])).toEqual([["counties-without-column", "counties"]]);
  });
});

describe("runProvince(scenario) splitting the province's total (counties: { split: index }, the default)", () => {
  it("the counties' totals sum exactly to the province's posts to allocate, each at least its townships' lower bounds and today's posts", async () => {
    const scenario = await province(
      "transferDown: 120\nreserve: { share: 0.01 }\nband: { maxCut: 2, maxGain: 8 }\n",
    );
    expect(scenario.counties).toEqual({ kind: "split", by: "index" });
    const result = await runProvince(scenario);
    // today's posts of the three counties and the 1 % reserve, from the table: Σ current + 120, less ⌊1 % of it⌋
    const current = result.counties.reduce((s, c) => s + c.result.totals.current, 0);
    expect(result.totals.current).toBe(current);
    expect(result.totals.toAllocate).toBe(current + 120 - Math.floor((current + 120) * 0.01));
    expect(result.counties.reduce((s, c) => s + c.total, 0)).toBe(result.totals.toAllocate);
    for (const run of result.counties) {
      expect(run.total).toBeGreaterThanOrEqual(run.split!.lower);
      expect(run.split!.lower).toBeGreaterThanOrEqual(run.result.totals.current);
      // each county holds no reserve of its own: the province's is held above them
      expect(run.result.totals.reserve).toBe(0);
      expect(run.result.totals.allocated).toBe(run.total);
    }
    expect(result.status).toBe("solved");
  });

  it("the split follows the index when no bound binds: a county whose townships are twice as large gets about twice the posts", async () => {
    // two counties of identical townships, the second's counts doubled: its index (÷ max, share) is larger
    const lines = TABLE.trimEnd().split("\n").slice(0, 31);
    const second = lines.slice(1).map((l) => l.replaceAll("县0001", "县0002").replace(/^T0/, "U0"));
    const scenario = await province(
      "total: 3000\nband: { maxGain: 1000 }\n",
      `${[...lines, ...second].join("\n")}\n`,
    );
    const result = await runProvince(scenario);
    const [a, b] = result.counties;
    // identical counties, identical index sums: the targets are 1500 each and the exact split gives 1500 each
    expect(a!.split!.target).toBeCloseTo(1500, 9);
    expect([a!.total, b!.total]).toEqual([1500, 1500]);
  });

  it("a split the counties cannot take is a result with the conflict, not an exception", async () => {
    const scenario = await province("total: 100\n");
    const result = await runProvince(scenario);
    expect(result.status).toBe("infeasible");
    expect(result.counties).toEqual([]);
    expect(result.conflicts.map((c) => c.kind)).toContain("total-below-current");
  });

  it("the same files give the same bytes", async () => {
    const a = await runProvince(await province("transferDown: 50\n"));
    const b = await runProvince(await province("transferDown: 50\n"));
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });
});

describe("reading a province table", () => {
  it("one county seat per county; two in one county are refused with both rows", async () => {
    const data = await readCountyTable(encoder.encode(TABLE), { file: "p.csv" });
    expect(data.townships.filter((t) => t.category === "countySeat").map((t) => t.county)).toEqual([
      "县0001",
      "县0002",
      "县0003",
    ]);
    const twoSeats = TABLE.replace(/\nT00002,([^,]*),中心镇/, "\nT00002,$1,县政府驻地镇");
    const problems = await problemsOf(readCountyTable(encoder.encode(twoSeats), { file: "p.csv" }));
    expect(problems.map((p) => [p.code, p.row])).toEqual([["multiple-county-seats", 3]]);
    // the message names the county in both languages (rows 2 and 3 are both 县0001's)
    expect(problems[0]!.message.zh).toMatch(/^县0001的县政府驻地镇只能有一个，第2行“[^”]+”和第3行/);
    expect(problems[0]!.message.en).toMatch(
      /both marked as the county seat of 县0001: expected exactly one county-seat town per county$/,
    );
  });

  it("the same township name in two counties is no notice; twice in one county it is", async () => {
    const header = "编号,乡镇名称,乡镇类别,所属县,人口,幅员面积,行政编制";
    const two = `${header}\nA1,城关镇,县政府驻地镇,甲县,100,10,20\nB1,城关镇,县政府驻地镇,乙县,100,10,20\n`;
    expect((await readCountyTable(encoder.encode(two), { file: "p.csv" })).notices).toEqual([]);
    const same = `${header}\nA1,城关镇,县政府驻地镇,甲县,100,10,20\nA2,城关镇,一般乡镇,甲县,100,10,20\n`;
    const notices = (await readCountyTable(encoder.encode(same), { file: "p.csv" })).notices;
    expect(notices.map((n) => [n.code, n.row])).toEqual([["duplicate-name", 3]]);
  });

  it("readCountyTotals: every problem of a county-totals file with its row and column", async () => {
    expect(await readCountyTotals(encoder.encode("县,总量\n甲县,520\n\n乙县,0\n"), "t.csv")).toEqual([
      { county: "甲县", total: 520, row: 2 },
      { county: "乙县", total: 0, row: 4 },
    ]);
    let problems: readonly { code: string; row?: number; column?: string }[] = [];
    try {
      await readCountyTotals(encoder.encode("县,总量\n甲县,5.5\n,3\n甲县,4\n甲县,7\n"), "t.csv");
    } catch (error) {
      problems = (error as InputError).problems;
    }
    expect(problems.map((p) => [p.code, p.row, p.column])).toEqual([
      ["not-an-integer", 2, "总量"],
      ["empty-cell", 3, "县"],
      ["duplicate-county", 5, "县"],
    ]);
    await expect(readCountyTotals(encoder.encode("名称,数\n甲县,5\n"), "t.csv")).rejects.toThrow(InputError);
  });
});

describe("province reports", () => {
  it("provinceToCsv(result, lang): the county column, then each county's rows exactly as resultToCsv writes them", async () => {
    const result = await runProvince(await province("transferDown: 50\n"));
    const csv = provinceToCsv(result, "zh");
    const lines = csv.slice(1).split("\r\n");
    expect(lines[0]).toBe(
      `所属县,${resultToCsv(result.counties[0]!.result, "zh").slice(1).split("\r\n")[0]}`,
    );
    expect(lines.length - 2).toBe(90);
    const own = resultToCsv(result.counties[1]!.result, "en").slice(1).split("\r\n").slice(1, -1);
    const en = provinceToCsv(result, "en").slice(1).split("\r\n");
    expect(en.slice(31, 61)).toEqual(own.map((l) => `县0002,${l}`));
  });

  it("provinceToMarkdown: one section per county, its headings one level down, the split's reason under it", async () => {
    const result = await runProvince(await province("transferDown: 50\n"));
    const md = provinceToMarkdown(result, "en");
    expect(md.match(/^## 县000\d$/gm)).toEqual(["## 县0001", "## 县0002", "## 县0003"]);
    expect(md).toContain("### Reasons by township");
    expect(md).not.toMatch(/^# .*\n[\s\S]*^# /m);
    expect(md).toContain(`- 县0002: index share ${result.counties[1]!.split!.target.toFixed(2)} posts`);
  });

  it("provinceCounty(result, county): the one county, or undefined", async () => {
    const result = await runProvince(await province("transferDown: 50\n"));
    expect(provinceCounty(result, "县0002")?.counties.map((c) => c.county)).toEqual(["县0002"]);
    expect(provinceCounty(result, "县9")).toBeUndefined();
  });
});

describe("quota-planner solve on a province scenario", () => {
  async function folder() {
    const dir = await mkdtemp(join(tmpdir(), "qp-province-"));
    await writeFile(join(dir, "p.csv"), TABLE);
    await writeFile(
      join(dir, "p.yaml"),
      `name: { zh: 示例省, en: Example province }\ndata: p.csv\nmodel: ${join(process.cwd(), "models/standard.yaml")}\ntransferDown: 50\n`,
    );
    return dir;
  }

  it("prints the county summary and the township table with its county column; --out writes the whole province", async () => {
    const dir = await folder();
    const out = join(dir, "out");
    const { code, stdout } = await runCli(["solve", "p.yaml", "--lang", "en", "--out", "out"], dir);
    expect(code).toBe(0);
    expect(stdout).toContain("3 counties, 90 townships; 3 solved, 0 infeasible");
    expect(stdout).toMatch(/^County\s+Townships\s+Today\s+County total\s+New\s+Status\s+Checks$/m);
    expect(stdout).toMatch(/^County\s+ID\s+Township\s+Category/m);
    const json = JSON.parse(await readFile(join(out, "p.json"), "utf8"));
    expect(json.counties.map((c: { county: string }) => c.county)).toEqual(["县0001", "县0002", "县0003"]);
    expect((await readFile(join(out, "p.csv"), "utf8")).split("\r\n").length - 2).toBe(90);
  });

  it("--county prints that county's whole report; an unknown county and --county without a county column are usage errors (exit 2)", async () => {
    const dir = await folder();
    const one = await runCli(["solve", "p.yaml", "--county", "县0002", "--lang", "en"], dir);
    expect(one.code).toBe(0);
    // the counts are the province's (3 counties of 30 townships), the report says it shows one of them
    expect(one.stdout).toContain("3 counties, 90 townships; 3 solved, 0 infeasible");
    expect(one.stdout).toContain("This report shows 县0002 only");
    expect(one.stdout).toContain("T00031");
    expect(one.stdout).not.toContain("T00001");
    // the Markdown's identity names the county shown, as one of the table's three; --out keeps the whole province
    const md = await runCli(["solve", "p.yaml", "--county", "县0002", "--format", "md", "--out", "out"], dir);
    expect(md.stdout).toContain("> **县**：县0002（全表 3 个县之一）");
    expect(md.stdout).toContain("- 本报告只列出县0002；");
    expect(md.stdout.match(/^## 县000\d$/gm)).toEqual(["## 县0002"]);
    const whole = await readFile(join(dir, "out", "p.md"), "utf8");
    expect(whole).toContain("> **县**：3 个县：县0001、县0002、县0003");
    expect(whole).not.toContain("本报告只列出");
    const unknown = await runCli(["solve", "p.yaml", "--county", "县9"], dir);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("县0001, 县0002, 县0003");
    const county = await runCli(["solve", "scenarios/demo-county/baseline.yaml", "--county", "x"]);
    expect(county.code).toBe(2);
  });

  it("a file with several post types on a province's table is refused (exit 2), not run as one county", async () => {
    const dir = await folder();
    await writeFile(
      join(dir, "plan.yaml"),
      `name: 方案\ndata: p.csv\nmodel: ${join(process.cwd(), "models/standard.yaml")}\npostTypes:\n  admin: { transferDown: 5 }\n  institution: {}\n`,
    );
    for (const command of ["solve", "check"]) {
      const { code, stdout, stderr } = await runCli([command, "plan.yaml"], dir);
      expect(code).toBe(2);
      expect(stdout).toBe("");
      expect(stderr).toContain("plan.yaml");
      expect(stderr).toContain("数据表含“所属县”列（3 个县：县0001、县0002、县0003）");
      expect(stderr).toContain("a scenario with several post types runs on one county's table only");
    }
  });

  it("exit 1 when a county is infeasible, the others printed solved", async () => {
    const dir = await folder();
    await writeFile(
      join(dir, "q.yaml"),
      `name: q\ndata: p.csv\nmodel: ${join(process.cwd(), "models/standard.yaml")}\ncounties: { totals: { 县0001: 900, 县0002: 400, 县0003: 960 } }\n`,
    );
    const { code, stdout } = await runCli(["solve", "q.yaml", "--lang", "en"], dir);
    expect(code).toBe(1);
    expect(stdout).toContain("3 counties, 90 townships; 2 solved, 1 infeasible");
    expect(stdout).toMatch(/^县0002 conflict: /m);
  });
});
