import { describe, expect, it } from "vitest";
import { parseCountyRows } from "../src/data/parse-county-rows.ts";
import { InputError, type InputProblem } from "../src/types.ts";

const HEADERS = ["编号", "乡镇名称", "乡镇类别", "人口（人）", "幅员面积（平方公里）", "行政编制"];

function problemsOf(run: () => unknown): readonly InputProblem[] {
  try {
    run();
  } catch (error) {
    if (error instanceof InputError) return error.problems;
    throw error;
  }
  throw new Error("expected an InputError");
}

describe("parseCountyRows(headers, rows, file)", () => {
  it("parseCountyRows builds townships with canonical fields and every numeric column in values", () => {
    const data = parseCountyRows(
      HEADERS,
      [
        ["T01", "城厢镇", "县政府驻地镇", "238,600", "118.4", "45"],
        ["T02", " 芦溪镇 ", "中心镇", 56200, 142.7, 28],
      ],
      "t.csv",
    );
    expect(data).toEqual({
      source: "t.csv",
      notices: [],
      columns: ["population", "areaKm2", "adminPosts"],
      townships: [
        {
          row: 2,
          id: "T01",
          name: "城厢镇",
          category: "countySeat",
          population: 238600,
          areaKm2: 118.4,
          adminPosts: 45,
          values: { population: 238600, areaKm2: 118.4, adminPosts: 45 },
        },
        {
          row: 3,
          id: "T02",
          name: "芦溪镇",
          category: "central",
          population: 56200,
          areaKm2: 142.7,
          adminPosts: 28,
          values: { population: 56200, areaKm2: 142.7, adminPosts: 28 },
        },
      ],
    });
  });

  it("parseCountyRows leaves an optional field undefined (not 0) when its column is absent or its cell empty", () => {
    const data = parseCountyRows(
      [...HEADERS, "地区生产总值"],
      [
        ["T01", "城厢镇", "县政府驻地镇", 238600, 118.4, 45, 1512000],
        ["T02", "芦溪镇", "中心镇", 56200, 142.7, 28, ""],
      ],
      "t.csv",
    );
    const [seat, luxi] = data.townships;
    expect(seat!.gdp).toBe(1512000);
    expect(luxi).not.toHaveProperty("gdp");
    expect(luxi!.values).not.toHaveProperty("gdp");
    expect(luxi).not.toHaveProperty("institutionPosts");
    expect(data.columns).toEqual(["population", "areaKm2", "adminPosts", "gdp"]);
  });

  it("parseCountyRows keeps unknown numeric columns under their header, ignores unknown text columns, in file order", () => {
    const data = parseCountyRows(
      ["编号", "森林覆盖率（%）", "乡镇名称", "乡镇类别", "备注", "人口", "面积", "行政编制", "耕地（亩）"],
      [
        ["T01", "31.5", "城厢镇", "驻地镇", "县城", 238600, 118.4, 45, "12,000"],
        ["T02", "", "芦溪镇", "中心镇", "", 56200, 142.7, 28, "-5"],
      ],
      "t.csv",
    );
    expect(data.columns).toEqual(["森林覆盖率（%）", "population", "areaKm2", "adminPosts", "耕地（亩）"]);
    expect(data.townships[0]!.values).toEqual({
      "森林覆盖率（%）": 31.5,
      population: 238600,
      areaKm2: 118.4,
      adminPosts: 45,
      "耕地（亩）": 12000,
    });
    // Extra columns carry no bounds; an empty cell leaves the key out.
    expect(data.townships[1]!.values).toEqual({
      population: 56200,
      areaKm2: 142.7,
      adminPosts: 28,
      "耕地（亩）": -5,
    });
    expect(data.townships[0]).not.toHaveProperty("备注");
  });

  it("parseCountyRows treats a column with any non-number text as a text column and ignores it", () => {
    const data = parseCountyRows(
      [...HEADERS, "等级"],
      [
        ["T01", "城厢镇", "县政府驻地镇", 238600, 118.4, 45, "1"],
        ["T02", "芦溪镇", "中心镇", 56200, 142.7, 28, "一级"],
      ],
      "t.csv",
    );
    expect(data.columns).not.toContain("等级");
    expect(data.townships[0]!.values).not.toHaveProperty("等级");
  });

  it("parseCountyRows accepts a negative location score but no negative distance", () => {
    const ok = parseCountyRows(
      [...HEADERS, "区位得分"],
      [["T01", "城厢镇", "县政府驻地镇", 1, 1, 1, "-1.5"]],
      "t.csv",
    );
    expect(ok.townships[0]!.locationScore).toBe(-1.5);
    const problems = problemsOf(() =>
      parseCountyRows(
        [...HEADERS, "距县城距离"],
        [["T01", "城厢镇", "县政府驻地镇", 1, 1, 1, "-2"]],
        "t.csv",
      ),
    );
    expect(problems.map((p) => [p.code, p.column])).toEqual([["negative", "距县城距离"]]);
    expect(problems[0]!.message).toEqual({
      zh: "应为非负数，实为“-2”",
      en: 'expected a number >= 0, found "-2"',
    });
  });

  it("parseCountyRows gives each township the row the reader numbered, skipping blank rows", () => {
    const data = parseCountyRows(
      HEADERS,
      [
        { row: 2, cells: ["T01", "城厢镇", "县政府驻地镇", 238600, 118.4, 45] },
        { row: 3, cells: [] },
        { row: 5, cells: ["T02", "芦溪镇", "中心镇", 56200, 142.7, 28] },
      ],
      "t.csv",
    );
    expect(data.townships.map((t) => [t.id, t.row])).toEqual([
      ["T01", 2],
      ["T02", 5],
    ]);
  });

  it("parseCountyRows skips blank rows and uses the row numbers the reader gives in problems", () => {
    const problems = problemsOf(() =>
      parseCountyRows(
        HEADERS,
        [
          { row: 2, cells: ["T01", "城厢镇", "县政府驻地镇", 238600, 118.4, 45] },
          { row: 3, cells: ["", " ", null, "", "", ""] },
          { row: 7, cells: ["T02", "芦溪镇", "中心镇", 56200, "abc", 28] },
        ],
        "t.csv",
      ),
    );
    expect(problems.map((p) => [p.code, p.row, p.column])).toEqual([
      ["not-a-number", 7, "幅员面积（平方公里）"],
    ]);
    expect(problems[0]!.message.zh).toBe("应为正数，实为“abc”");
  });

  it("parseCountyRows reports every problem of a row and of the header in one pass", () => {
    const problems = problemsOf(() =>
      parseCountyRows(
        ["编号", "乡镇名称", "乡镇类别", "人口", "常住人口", "幅员面积"],
        [
          ["T01", "", "县政府驻地镇", "-1", 5, "0"],
          ["T01", "芦溪镇", "县城驻地镇", 1, 1, 1],
        ],
        "t.csv",
      ),
    );
    // Header: 常住人口 repeats 人口; 行政编制 missing. Row 2: name empty, population -1, area 0.
    // Row 3: T01 repeats row 2 (and its other cells are not checked against row 2's county seat).
    expect(problems.map((p) => [p.code, p.row, p.column])).toEqual([
      ["duplicate-header", 1, "常住人口"],
      ["missing-column", 1, "adminPosts"],
      ["empty-cell", 2, "乡镇名称"],
      ["negative", 2, "人口"],
      ["not-positive", 2, "幅员面积"],
      ["duplicate-id", 3, "编号"],
      ["multiple-county-seats", 3, "乡镇类别"],
    ]);
  });

  it("parseCountyRows names both rows of a repeated ID and both county seats", () => {
    const problems = problemsOf(() =>
      parseCountyRows(
        HEADERS,
        [
          ["T01", "城厢镇", "县政府驻地镇", 1, 1, 1],
          ["T02", "芦溪镇", "中心镇", 1, 1, 1],
          ["T01", "青岗镇", "county seat", 1, 1, 1],
        ],
        "t.csv",
      ),
    );
    expect(problems.map((p) => p.code)).toEqual(["duplicate-id", "multiple-county-seats"]);
    expect(problems[0]!.message.en).toBe(
      'duplicate ID "T01": rows 2 and 4 both use it; expected each ID once',
    );
    expect(problems[1]!.message.zh).toContain("第2行“城厢镇”和第4行“青岗镇”");
  });

  it("parseCountyRows with an empty header and no rows reports an empty file", () => {
    expect(problemsOf(() => parseCountyRows([], [], "t.csv")).map((p) => p.code)).toEqual(["empty-file"]);
    expect(problemsOf(() => parseCountyRows(["", " "], [[""]], "t.csv")).map((p) => p.code)).toEqual([
      "empty-file",
    ]);
  });

  it("parseCountyRows with a header and only blank rows reports no rows, plus any header problem", () => {
    const problems = problemsOf(() => parseCountyRows(["编号", "乡镇名称"], [["", ""]], "t.csv"));
    expect(problems.map((p) => [p.code, p.column])).toEqual([
      ["missing-column", "category"],
      ["missing-column", "population"],
      ["missing-column", "areaKm2"],
      ["missing-column", "adminPosts"],
      ["no-rows", undefined],
    ]);
  });

  it("parseCountyRows lists the accepted headers of a missing column: Chinese ones in Chinese (no internal key), all in English", () => {
    const problems = problemsOf(() =>
      parseCountyRows(["编号", "名称", "类别", "面积", "行政编制"], [["T01", "x", "一般乡", 1, 15]], "t.csv"),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toEqual({
      zh: "缺少必填列“人口”：表头应含以下列名之一：人口、常住人口、户籍人口、人口数量、人口（人）",
      en: 'missing required column "Population": expected one of the headers population, 人口, 常住人口, 户籍人口, 人口数量, 人口（人）',
    });
  });

  it("parseCountyRows is deterministic and does not change its input", () => {
    const rows = [["T01", "城厢镇", "县政府驻地镇", "238,600", "118.4", "45"]];
    const copy = structuredClone(rows);
    const a = JSON.stringify(parseCountyRows(HEADERS, rows, "t.csv"));
    const b = JSON.stringify(parseCountyRows(HEADERS, rows, "t.csv"));
    expect(a).toBe(b);
    expect(rows).toEqual(copy);
  });
});
