import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { describe, expect, it, vi } from "vitest";
import { loadScenarioWithFiles } from "../src/cli/load-scenario.ts";
import { identityRows, resultIdentity } from "../src/report/result-identity.ts";
import { resultToXlsx } from "../src/report/result-xlsx.ts";
import { loadScenarioSources } from "../src/run/load-scenario.ts";
import type { ScenarioResult } from "../src/run/result.ts";
import { runScenario } from "../src/run/run-scenario.ts";
import { RESULT_COLUMNS } from "../src/words/result-columns.ts";
import { XLSX_SHEET_NAMES } from "../src/words/xlsx-sheet-names.ts";

async function solve(scenarioPath: string): Promise<ScenarioResult> {
  const scenario = await loadScenarioSources({
    scenario: { name: scenarioPath, text: readFileSync(scenarioPath, "utf8") },
    data: {
      name: "scenarios/demo-county/townships.csv",
      bytes: new Uint8Array(readFileSync("scenarios/demo-county/townships.csv")),
    },
    model: { name: "models/standard.yaml", text: readFileSync("models/standard.yaml", "utf8") },
  });
  return runScenario(scenario);
}

async function open(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

/** The sheet's rows as arrays of plain cell values (exceljs rows are 1-based with an empty slot 0). */
function rowsOf(sheet: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    rows.push((row.values as unknown[]).slice(1));
  });
  return rows;
}

describe("resultToXlsx(result, lang)", () => {
  it("writes the allocation table in Chinese with numbers as numbers, summing to the total to allocate", async () => {
    const result = await solve("scenarios/demo-county/baseline.yaml");
    const workbook = await open(await resultToXlsx(result, "zh"));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["分配结果", "总量与检查"]);
    const rows = rowsOf(workbook.worksheets[0]!);
    expect(rows[0]).toEqual(
      [
        "id",
        "name",
        "category",
        "current",
        "index",
        "target",
        "allocated",
        "change",
        "binding",
        "reasons",
      ].map((key) => RESULT_COLUMNS[key as keyof typeof RESULT_COLUMNS].zh),
    );
    expect(rows).toHaveLength(1 + 25);
    // golden/baseline.json and `quota-planner solve baseline.yaml`: T01 城厢镇 县政府驻地镇 45 → 46 (+1);
    // T17 梨树乡 16 → 15 held up by the floor (最低编制)
    expect(rows[1]!.slice(0, 4)).toEqual(["T01", "城厢镇", "县政府驻地镇", 45]);
    expect(rows[1]![6]).toBe(46);
    expect(rows[1]![7]).toBe(1);
    expect(rows[17]!.slice(0, 2)).toEqual(["T17", "梨树乡"]);
    expect(rows[17]![8]).toBe("最低编制");
    const target = rows[1]![5] as number;
    expect(target).toBe(result.townships[0]!.target); // full precision, shown with 2 decimals
    expect(rows.slice(1).reduce((s, r) => s + (r[6] as number), 0)).toBe(511);
  });

  it("writes totals with their rules and the policy checks, naming the townships that break R8", async () => {
    const result = await solve("scenarios/demo-county/baseline.yaml");
    const workbook = await open(await resultToXlsx(result, "zh"));
    const rows = rowsOf(workbook.worksheets[1]!);
    const byLabel = new Map(rows.map((r) => [r[0], r.slice(1)]));
    // baseline.yaml: 511 today + 10 transferred down = 521; reserve floor(2% × 521 = 10.42) = 10; 511 to allocate
    expect(byLabel.get("新总量")).toEqual([521, "现有 511 名 + 下沉 10 名 = 521 名"]);
    expect(byLabel.get("机动编制")).toEqual([10, "机动编制 = 2% × 521 = 10.42，向下取整为 10 名"]);
    expect(byLabel.get("可分配")).toEqual([511]);
    expect(byLabel.get("已分配")).toEqual([511]);
    const r8 = rows.find((r) => r[0] === "R8")!;
    // CLI output for baseline: ✗ R8 … (梨树乡 3/1.85、雪山乡 2/1.65): 5% of 37 and of 33 admin + institution posts
    expect(r8[1]).toBe("未通过");
    expect(r8[3]).toBe("梨树乡 3/1.85、雪山乡 2/1.65");
    expect(rows.find((r) => r[0] === "R3")![1]).toBe("通过");
  });

  it("writes the county story under its heading, one sentence a row (golden/baseline.zh.md)", async () => {
    const result = await solve("scenarios/demo-county/baseline.yaml");
    const rows = rowsOf((await open(await resultToXlsx(result, "zh"))).worksheets[1]!);
    const heading = rows.findIndex((r) => r[0] === "全县编制怎样分配");
    expect(heading).toBeGreaterThan(0);
    const sentences = result.story!.sentences.map((s) => s.zh);
    expect(rows.slice(heading + 1, heading + 1 + sentences.length).map((r) => r[2])).toEqual(sentences);
    expect(sentences[0]).toMatch(/^最低编制：5 个乡镇按最低编制 15 名/);
  });

  it("uses English headers, sheet names and category names with lang en", async () => {
    const result = await solve("scenarios/demo-county/baseline.yaml");
    const workbook = await open(await resultToXlsx(result, "en"));
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      XLSX_SHEET_NAMES.allocation.en,
      XLSX_SHEET_NAMES.summary.en,
    ]);
    const rows = rowsOf(workbook.worksheets[0]!);
    expect(rows[0]!.slice(0, 4)).toEqual(["ID", "Township", "Category", "Today"]);
    expect(rows[1]![2]).toBe("County seat");
    const summary = rowsOf(workbook.worksheets[1]!);
    expect(summary.find((r) => r[0] === "R8")![3]).toBe("梨树乡 3/1.85, 雪山乡 2/1.65");
  });

  it("lists the conflicts and leaves the table empty when the settings are infeasible", async () => {
    const result = await solve("test/fixtures/scenarios/ordering-too-tight.yaml");
    expect(result.solver.status).toBe("infeasible");
    const workbook = await open(await resultToXlsx(result, "zh"));
    expect(rowsOf(workbook.worksheets[0]!)).toHaveLength(1); // the header only
    const text = rowsOf(workbook.worksheets[1]!).flat().join("\n");
    // the fixture's notes and `quota-planner solve ordering-too-tight.yaml`: the ordering needs 512.44 posts
    expect(text).toContain("无可行解的原因");
    expect(text).toContain("在类别排序下，各类别至少需要 512.44 名，可分配总量为 511 名");
  });

  it("gives the same bytes for the same result, with every zip entry stamped with the given date", async () => {
    const result = await solve("scenarios/demo-county/population-first.yaml");
    // two different clocks (JSZip stamps entries with the clock; the writer must overwrite that)
    vi.useFakeTimers({ toFake: ["Date"] });
    let a: Uint8Array;
    let b: Uint8Array;
    try {
      vi.setSystemTime(new Date(Date.UTC(2024, 0, 2, 3, 4, 6)));
      a = await resultToXlsx(result, "zh");
      vi.setSystemTime(new Date(Date.UTC(2025, 5, 7, 8, 9, 10)));
      b = await resultToXlsx(result, "zh");
    } finally {
      vi.useRealTimers();
    }
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    expect([a[0], a[1]]).toEqual([0x50, 0x4b]); // "PK"
    // MS-DOS date of 2000-01-01: (2000 − 1980) << 9 | 1 << 5 | 1 = 10240 + 32 + 1 = 10273, time 0
    const view = new DataView(a.buffer, a.byteOffset, a.byteLength);
    expect(view.getUint32(0, true)).toBe(0x04034b50); // the first local file header
    expect(view.getUint16(10, true)).toBe(0);
    expect(view.getUint16(12, true)).toBe(10273);
    const other = await resultToXlsx(result, "zh", { date: new Date(Date.UTC(2026, 10, 25, 9, 30, 0)) });
    const otherView = new DataView(other.buffer, other.byteOffset, other.byteLength);
    // (2026 − 1980) << 9 | 11 << 5 | 25 = 23552 + 352 + 25 = 23929; 9 << 11 | 30 << 5 = 18432 + 960 = 19392
    expect(otherView.getUint16(12, true)).toBe(23929);
    expect(otherView.getUint16(10, true)).toBe(19392);
    const workbook = await open(other);
    expect(workbook.created.toISOString()).toBe("2026-11-25T09:30:00.000Z");
  });
});

describe("resultToXlsx(result, lang, { identity })", () => {
  it("writes the identity (county, scenario, parameters, data file, hash, version) first on the summary sheet", async () => {
    const { scenario, files } = await loadScenarioWithFiles(
      "scenarios/demo-county/baseline.yaml",
      process.cwd(),
    );
    const result = await runScenario(scenario);
    const identity = await resultIdentity(scenario, result, files);
    const workbook = await open(await resultToXlsx(result, "zh", { identity }));
    const rows = rowsOf(workbook.worksheets[1]!);
    expect(rows[0]).toEqual(["方案标识"]);
    expect(rows.slice(1, 7)).toEqual(
      identityRows(identity, "zh").map(([label, value]) => [label, "", value]),
    );
    expect(rows.slice(1, 7).map((r) => r[2])).toContain(identity.hash);
    expect(rows[7]).toEqual([]);
    expect(rows[8]).toEqual(["方案", "基准方案"]);
  });
});
