import { describe, expect, it } from "vitest";
import { looksLikeCountyCsv } from "../src/data/looks-like-county-csv.ts";
import { parseUnitsCsv } from "../src/data/units-csv.ts";
import { parseIndicatorCsv, parseWeightsCsv, readPairwiseCsv } from "../src/data/weights-csv.ts";
import { InputError, type InputProblem } from "../src/types.ts";
import { parsePairwiseCsv } from "../src/weighting/pairwise-csv.ts";

/** The problems a reader throws (it must throw an InputError). */
function problemsOf(read: () => unknown): readonly InputProblem[] {
  try {
    read();
  } catch (error) {
    if (error instanceof InputError) return error.problems;
    throw error;
  }
  throw new Error("expected an InputError");
}

const at = (p: InputProblem) => ({ file: p.file, row: p.row, column: p.column });

describe("parseIndicatorCsv(text, { file })", () => {
  it("reads names, indicators and numbers (thousands separators, full-width digits)", () => {
    expect(parseIndicatorCsv('乡镇,人口,面积\n甲镇,"1,200",３０\n乙镇,800,45\n', { file: "t.csv" })).toEqual({
      names: ["甲镇", "乙镇"],
      indicators: ["人口", "面积"],
      values: [
        [1200, 30],
        [800, 45],
      ],
    });
  });

  it("names file, row and column of every bad cell, in one pass and both languages", () => {
    const problems = problemsOf(() =>
      parseIndicatorCsv("乡镇,人口,面积\n甲镇,N/A,30\n乙镇,800,\n甲镇,1,2\n", { file: "t.csv" }),
    );
    expect(problems.map(at)).toEqual([
      { file: "t.csv", row: 2, column: "人口" },
      { file: "t.csv", row: 3, column: "面积" },
      { file: "t.csv", row: 4, column: undefined },
    ]);
    expect(problems[0]!.message.zh).toBe("“甲镇”的“人口”为“N/A”：应为数字");
    expect(problems[0]!.message.en).toBe('"人口" of "甲镇" is "N/A": expected a number');
    expect(problems[1]!.message.en).toBe('"面积" of "乙镇" is empty: expected a number');
    expect(problems[2]!.message.en).toBe('name "甲镇" appears twice: one row per alternative');
  });
});

describe("parseWeightsCsv(text, { file })", () => {
  it("skips a header row and keeps file order", () => {
    expect(parseWeightsCsv("indicator,weight\ngdp,0.6\narea,0.4\n")).toEqual({
      names: ["gdp", "area"],
      weights: [0.6, 0.4],
    });
  });

  it("names the row and the weight column of a bad weight", () => {
    const [p] = problemsOf(() => parseWeightsCsv("indicator,weight\ngdp,lots\n", { file: "w.csv" }));
    expect(at(p!)).toEqual({ file: "w.csv", row: 2, column: "weight" });
    expect(p!.message.zh).toBe("“gdp”的权重为“lots”：应为非负数");
  });
});

describe("readPairwiseCsv(text, { file }) / parsePairwiseCsv", () => {
  it("readPairwiseCsv reads the shape and the row of each matrix row; parsePairwiseCsv also checks the judgements", () => {
    expect(readPairwiseCsv("\n,a,b\na,1,3\nb,,1\n")).toEqual({
      names: ["a", "b"],
      matrix: [
        ["1", "3"],
        ["", "1"],
      ],
      rows: [3, 4],
    });
    const [p] = problemsOf(() => parsePairwiseCsv(",a,b\na,1,x\nb,,1\n", { file: "m.csv" }));
    expect(at(p!)).toEqual({ file: "m.csv", row: 2, column: "b" });
  });

  it("names the row of a row out of order and of a missing row", () => {
    const problems = problemsOf(() => readPairwiseCsv(",a,b,c\nb,1,1,1\na,1,1,1\n", { file: "m.csv" }));
    expect(problems.map((p) => [p.row, p.code])).toEqual([
      [1, "matrix-shape"],
      [2, "row-name-mismatch"],
      [3, "row-name-mismatch"],
    ]);
    expect(problems[1]!.message.en).toContain('judgement row 1 is for "b", expected "a"');
  });
});

describe("parseUnitsCsv(text, options)", () => {
  it("reads units, weights from the named column and bounds from min/max cells or the options", () => {
    expect(
      parseUnitsCsv("unit,x,pop,max\nA,9,100,\nB,9,50,3\n", {
        file: "u.csv",
        weightColumn: "POP",
        min: 1,
        max: 5,
      }),
    ).toEqual([
      { name: "A", weight: 100, min: 1, max: 5 },
      { name: "B", weight: 50, min: 1, max: 3 },
    ]);
  });

  it("names file, row and column of every problem, in one pass", () => {
    const problems = problemsOf(() =>
      parseUnitsCsv("unit,weight,min,max\nA,1,1,2\nA,2,,\nB,lots,,\nC,1,x,\nD,1,5,3\n,1,,\n", {
        file: "u.csv",
      }),
    );
    expect(problems.map((p) => [p.code, p.row, p.column])).toEqual([
      ["duplicate-name", 3, "unit"],
      ["not-a-number", 4, "weight"],
      ["not-a-whole-number", 5, "min"],
      ["bounds-cross", 6, "min"],
      ["missing-name", 7, "unit"],
    ]);
    expect(problems[1]!.message).toEqual({
      zh: "权重应为非负数，实为“lots”",
      en: 'expected a weight >= 0, found "lots"',
    });
  });

  it("names the missing weight column with the headers there are, and refuses all-zero weights", () => {
    const [missing] = problemsOf(() =>
      parseUnitsCsv("state,population\nA,1\n", { file: "u.csv", weightColumn: "pop" }),
    );
    expect(at(missing!)).toEqual({ file: "u.csv", row: 1, column: "pop" });
    expect(missing!.message.zh).toBe("找不到权重列“pop”：表头为 state、population（第一列是单位名称）");
    const [zero] = problemsOf(() => parseUnitsCsv("unit,w\nA,0\nB,0\n", { file: "u.csv" }));
    expect(zero!.code).toBe("all-weights-zero");
    expect(zero!.column).toBe("w");
  });
});

describe("looksLikeCountyCsv(text)", () => {
  it("is true for a table with id, name and category headers, false for a plain indicator table", () => {
    expect(looksLikeCountyCsv("\uFEFF编号,乡镇名称,乡镇类别,人口（人）\nT01,城厢镇,县政府驻地镇,1\n")).toBe(
      true,
    );
    expect(looksLikeCountyCsv("id,name,category,population\n")).toBe(true);
    expect(looksLikeCountyCsv("乡镇,人口,面积,地区生产总值\n甲镇,1,2,3\n")).toBe(false);
  });
});
