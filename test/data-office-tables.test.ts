// Tables as county offices keep them (issue 8 item 1): the demo county re-shaped by test/helpers/office-county.ts —
// title and 填报单位 rows, a blank row, a two-row header with a merged group cell, a units row, office wording, 万
// units, a 合计 row, a hidden sheet first (XLSX) and one header the reader cannot match ("借调借出").
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { findHeaderRow, joinHeaderRows } from "../src/data/find-header-row.ts";
import { matchColumn } from "../src/data/match-column.ts";
import { parseCountyRows } from "../src/data/parse-county-rows.ts";
import { readCountyTable } from "../src/data/read-county-table.ts";
import { formatNotices } from "../src/report/format-notices.ts";
import { loadScenarioSources } from "../src/run/load-scenario.ts";
import { runScenario } from "../src/run/run-scenario.ts";
import { type CountyData, InputError, type Township } from "../src/types.ts";
import { officeCsvText, officeXlsxBytes } from "./helpers/office-county.ts";

const CSV_FIXTURE = "test/fixtures/data/office/office-county.gb18030.csv";
const csvBytes = () => new Uint8Array(readFileSync(CSV_FIXTURE));
const utf8 = (text: string) => new TextEncoder().encode(text);
const MAPPING = { 借调借出: "staffLentOut" } as const;

async function demo(): Promise<CountyData> {
  return readCountyTable(new Uint8Array(readFileSync("scenarios/demo-county/townships.csv")), {
    file: "townships.csv",
  });
}

/** Townships without their row numbers (the office copy has its rows lower down). */
const withoutRows = (townships: readonly Township[]) => townships.map(({ row: _row, ...t }) => t);

/** A township as read without the mapping: 借出人员 kept under the office's header "借调借出", not as staffLentOut. */
function unmapped(t: Township): Omit<Township, "row"> {
  const { row: _row, staffLentOut, values, ...rest } = t;
  const { staffLentOut: lent, ...others } = values;
  return { ...rest, values: { ...others, 借调借出: staffLentOut ?? lent ?? values["借调借出"]! } };
}

describe("office-shaped county tables", () => {
  it("the committed GB18030 fixture is the helper's text, encoded (regenerate with iconv -t GB18030 if the helper changes)", () => {
    expect(new TextDecoder("gb18030").decode(csvBytes())).toBe(officeCsvText());
  });

  for (const [format, file, bytes] of [
    ["GB18030 CSV", "office-county.csv", async () => csvBytes()],
    ["XLSX", "office-county.xlsx", officeXlsxBytes],
  ] as const) {
    it(`${format}: imports without errors, with the mapping to the demo county's townships exactly`, async () => {
      const data = await readCountyTable(await bytes(), { file, columns: MAPPING });
      const golden = await demo();
      expect(data.townships).toHaveLength(25);
      expect(withoutRows(data.townships)).toEqual(withoutRows(golden.townships));
      expect([...data.columns].sort()).toEqual([...golden.columns].sort());
      // rows stay the sheet's own: the header is rows 4–5, the units row 6, the first township row 7
      expect(data.townships[0]!.row).toBe(7);
      expect(data.notices.map((n) => n.code)).not.toContain("unmatched-header");
    });

    it(`${format}: says what it skipped, joined and converted, each on the sheet's own row`, async () => {
      const data = await readCountyTable(await bytes(), { file });
      const codes = data.notices.map((n) => [n.code, n.row]);
      expect(codes).toContainEqual(["title-row-skipped", 1]);
      expect(codes).toContainEqual(["title-row-skipped", 2]);
      expect(codes).toContainEqual(["two-row-header", 4]);
      expect(codes).toContainEqual(["units-row-skipped", 6]);
      expect(codes).toContainEqual(["totals-row-skipped", 32]);
      expect(codes).toContainEqual(["wan-unit-converted", 7]);
      expect(codes).toContainEqual(["note-row-skipped", 33]);
      expect(codes).toContainEqual(["note-row-skipped", 34]);
      expect(data.notices.find((n) => n.code === "title-row-skipped")!.message.zh).toBe(
        "“XX县乡镇基础数据表”在表头之上，看起来是标题，已跳过",
      );
      expect(data.notices.find((n) => n.code === "totals-row-skipped")!.message.zh).toBe(
        "“合计”是合计行，已跳过，不计为乡镇",
      );
      if (format === "XLSX") {
        expect(data.notices[0]).toMatchObject({ code: "hidden-sheet-skipped" });
        expect(data.notices[0]!.message.zh).toContain("“填表说明”");
      }
      // no internal key in Chinese: headers as written, labels
      for (const notice of data.notices) expect(notice.message.zh).not.toMatch(/staffLentOut|[a-z][A-Z]/);
    });

    it(`${format}: the unmatched header "借调借出" warns, is kept as an extra indicator column, and suggests 借出人员`, async () => {
      const data = await readCountyTable(await bytes(), { file });
      const unmatched = data.notices.filter((n) => n.code === "unmatched-header");
      expect(unmatched).toEqual([
        {
          code: "unmatched-header",
          file,
          row: 4,
          column: "借调借出",
          found: "借调借出",
          suggestion: "staffLentOut",
          message: {
            zh: "不是已知列：已作为附加指标列保留（模型可按此表头引用它）。是否指“借出人员”？",
            en: 'not one of the known columns: kept as an extra indicator column (a model can use it under this header). Did you mean "Staff lent out"?',
          },
        },
      ]);
      const golden = await demo();
      expect(data.townships.map(unmapped)).toEqual(golden.townships.map(unmapped));
      expect(data.columns).toContain("借调借出");
      expect(data.columns).not.toContain("staffLentOut");
    });
  }

  it("the demo scenario on the office copy allocates exactly as the golden; R8 is 'not checked' without the mapping", async () => {
    const golden = JSON.parse(readFileSync("scenarios/demo-county/golden/baseline.json", "utf8"));
    for (const [name, bytes] of [
      ["office-county.csv", csvBytes()],
      ["office-county.xlsx", await officeXlsxBytes()],
    ] as const) {
      const scenario = await loadScenarioSources({
        scenario: {
          name: "baseline.yaml",
          text: readFileSync("scenarios/demo-county/baseline.yaml", "utf8"),
        },
        data: { name, bytes },
        model: { name: "standard.yaml", text: readFileSync("models/standard.yaml", "utf8") },
      });
      const result = await runScenario(scenario);
      expect(result.townships.map((t) => [t.id, t.allocated])).toEqual(
        golden.townships.map((t: { id: string; allocated: number }) => [t.id, t.allocated]),
      );
      const r8 = result.checks.find((c) => c.rule === "R8");
      expect(r8).toMatchObject({ ok: true, status: "not-checked", townships: [] });
      expect(r8!.message.zh).toBe("R8：未检查——数据表没有借出人员列");
    }
  });

  it("formatNotices prints warnings with ⚠ and information with ℹ, both languages, the chosen one first", async () => {
    const data = await readCountyTable(csvBytes(), { file: "office-county.csv" });
    const text = formatNotices(data.notices, "zh");
    const lines = text.trim().split("\n");
    expect(lines).toHaveLength(2 * data.notices.length);
    expect(lines[0]).toBe(
      "ℹ 说明：office-county.csv，第1行: “XX县乡镇基础数据表”在表头之上，看起来是标题，已跳过",
    );
    expect(lines).toContain(
      "⚠ 警告：office-county.csv，第4行，列“借调借出”: 不是已知列：已作为附加指标列保留（模型可按此表头引用它）。是否指“借出人员”？",
    );
    expect(formatNotices([], "zh")).toBe("");
  });
});

describe("header detection does not 'fix' a genuine problem", () => {
  it("a header missing a required column still reports it on its own row 1, not on a row further down", async () => {
    const text = "编号,乡镇名称,乡镇类别,幅员面积,行政编制\nT01,城厢镇,县政府驻地镇,118.4,45\n";
    const error = await readCountyTable(utf8(text), { file: "t.csv" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).problems).toMatchObject([{ code: "missing-column", row: 1 }]);
  });

  it("with a title row on top, a missing column is reported on the header's row (2)", async () => {
    const text =
      "XX县乡镇基础数据表\n编号,乡镇名称,乡镇类别,幅员面积,行政编制\nT01,城厢镇,县政府驻地镇,118.4,45\n";
    const error = await readCountyTable(utf8(text), { file: "t.csv" }).catch((e: unknown) => e);
    expect((error as InputError).problems).toMatchObject([{ code: "missing-column", row: 2 }]);
  });

  it("a sheet whose rows name no known column keeps row 1 as the header (every required column missing on 第1行)", async () => {
    const error = await readCountyTable(utf8("甲,乙\n1,2\n"), { file: "t.csv" }).catch((e: unknown) => e);
    const problems = (error as InputError).problems;
    const missing = problems.filter((p) => p.code !== "unmatched-header");
    expect(missing.length).toBeGreaterThan(0);
    expect(missing.every((p) => p.code === "missing-column" && p.row === 1)).toBe(true);
    // beside them, the headers of row 1 it did not recognise, for a mapping step (withUnmatchedHeaders)
    expect(problems.filter((p) => p.code === "unmatched-header").map((p) => p.column)).toEqual(["甲", "乙"]);
  });
});

describe("column mapping (ReadCountyTableOptions.columns)", () => {
  const TEXT =
    "编号,乡镇名称,乡镇类别,人口,幅员面积,行政编制,借调借出,备注\nT01,城厢镇,县政府驻地镇,238600,118.4,45,3,县城\n";

  it("maps a header as written to a known column before the built-in headers", async () => {
    const data = await readCountyTable(utf8(TEXT), { file: "t.csv", columns: { 借调借出: "staffLentOut" } });
    expect(data.townships[0]!.staffLentOut).toBe(3);
    expect(data.notices.map((n) => n.column)).toEqual(["备注"]);
  });

  it('"ignore" drops a column without a warning', async () => {
    const data = await readCountyTable(utf8(TEXT), {
      file: "t.csv",
      columns: { 借调借出: "ignore", "备注 ": "ignore" },
    });
    expect(data.notices).toEqual([]);
    expect(data.columns).not.toContain("借调借出");
  });

  it("a mapping to a key that names no known column is a problem, never a silent fallback", async () => {
    const error = await readCountyTable(utf8(TEXT), { file: "t.csv", columns: { 借调借出: "lent" } }).catch(
      (e: unknown) => e,
    );
    expect((error as InputError).problems).toMatchObject([
      { code: "unknown-mapped-column", column: "借调借出" },
    ]);
    expect((error as InputError).problems[0]!.message.zh).not.toContain("staffLentOut");
  });

  it("a text column the reader cannot match is a warning too (ignored), without a suggestion when nothing is close", async () => {
    const data = await readCountyTable(utf8(TEXT), { file: "t.csv" });
    const remark = data.notices.find((n) => n.column === "备注")!;
    expect(remark).toMatchObject({ code: "unmatched-header" });
    expect(remark.suggestion).toBeUndefined();
    expect(remark.message.zh).toBe("未识别，已忽略");
  });
});

describe("office details, one at a time", () => {
  it("joinHeaderRows: the lower cell alone when the upper repeats it (a vertical merge read from XLSX)", () => {
    expect(joinHeaderRows(["编号", "编制数", "编制数"], ["编号", "行政编制", "事业编制"])).toEqual([
      "编号",
      "编制数 行政编制",
      "编制数 事业编制",
    ]);
  });

  it('matchColumn("编制数 行政编制") is adminPosts: a joined header matches by its lower part', () => {
    expect(matchColumn("编制数 行政编制")?.key).toBe("adminPosts");
    expect(matchColumn("编制数 工勤编制")).toBeUndefined();
  });

  it("office aliases: 镇名, 乡镇名, 镇类别, 乡镇类型, 重点项目(个), 在编在岗人数, 在编人数, 借调借出人数, 借出人数, 常住人口(人), 户籍人口, 面积(平方公里), 地区生产总值(万元), 一般公共预算收入", () => {
    const keys = [
      "镇名",
      "乡镇名",
      "镇类别",
      "乡镇类型",
      "重点项目(个)",
      "在编在岗人数",
      "在编人数",
      "借调借出人数",
      "借出人数",
      "常住人口(人)",
      "户籍人口",
      "面积(平方公里)",
      "地区生产总值(万元)",
      "一般公共预算收入",
    ].map((h) => matchColumn(h)?.key);
    expect(keys).toEqual([
      "name",
      "name",
      "category",
      "category",
      "keyProjects",
      "staffInPost",
      "staffInPost",
      "staffLentOut",
      "staffLentOut",
      "population",
      "population",
      "areaKm2",
      "gdp",
      "fiscalRevenue",
    ]);
  });

  it("totals rows: 合计, 总计, 小计 and 全县 in the name or ID column are left out, each with a notice", () => {
    const headers = ["编号", "乡镇名称", "乡镇类别", "人口", "幅员面积", "行政编制"];
    const data = parseCountyRows(
      headers,
      [
        ["T01", "城厢镇", "县政府驻地镇", 1000, 10, 20],
        ["", "小计", "", 1000, 10, 20],
        ["总计", "", "", 1000, 10, 20],
        ["", "全县合计", "", 1000, 10, 20],
      ],
      "t.csv",
    );
    expect(data.townships.map((t) => t.id)).toEqual(["T01"]);
    expect(data.notices.map((n) => [n.code, n.row, n.found])).toEqual([
      ["totals-row-skipped", 3, "小计"],
      ["totals-row-skipped", 4, "总计"],
      ["totals-row-skipped", 5, "全县合计"],
    ]);
  });

  it("万: a count in persons written with 万 is converted (naming the cells); in a 万元 column it stays an error", () => {
    const headers = ["编号", "乡镇名称", "乡镇类别", "人口", "幅员面积", "行政编制", "地区生产总值（万元）"];
    const data = parseCountyRows(
      headers,
      [
        ["T01", "城厢镇", "县政府驻地镇", "23.86万", 10, 20, 5],
        ["T02", "芦溪镇", "中心镇", "５.６２万", 10, 20, 5],
      ],
      "t.csv",
    );
    expect(data.townships.map((t) => t.population)).toEqual([238600, 56200]);
    expect(data.notices).toMatchObject([{ code: "wan-unit-converted", row: 2, column: "人口" }]);
    expect(data.notices[0]!.message.zh).toBe(
      "“23.86万”、第3行“５.６２万”写有“万”，已按 1万 = 10000 换算（如“23.86万” → 238600）",
    );
    expect(() =>
      parseCountyRows(headers, [["T01", "城厢镇", "县政府驻地镇", 1000, 10, 20, "1.2万"]], "t.csv"),
    ).toThrow(InputError);
  });

  it("a units row that gives the population in 万人 multiplies the column by 10 000, with a notice", async () => {
    const text =
      "编号,乡镇名称,乡镇类别,人口,幅员面积,行政编制\n,,,（万人）,（平方公里）,（名）\nT01,城厢镇,县政府驻地镇,23.86,118.4,45\n";
    const data = await readCountyTable(utf8(text), { file: "t.csv" });
    expect(data.townships[0]!.population).toBe(238600);
    expect(data.notices.map((n) => n.code)).toEqual(["units-row-skipped", "wan-unit-converted"]);
  });

  it("findHeaderRow: blank rows and a title row on top, header found by the most known columns", () => {
    const found = findHeaderRow(
      [
        { row: 1, cells: [] },
        { row: 2, cells: ["XX县乡镇基础数据表", "", ""] },
        { row: 3, cells: ["编号", "镇名", "常住人口"] },
        { row: 4, cells: ["T01", "城厢镇", "1"] },
      ],
      "t.csv",
      matchColumn,
    );
    expect(found.headerRow).toBe(3);
    expect(found.headers).toEqual(["编号", "镇名", "常住人口"]);
    expect(found.rows.map((r) => r.row)).toEqual([4]);
    expect(found.notices.map((n) => [n.code, n.row])).toEqual([["title-row-skipped", 2]]);
  });
});
