import { describe, expect, it } from "vitest";
import { TOWNSHIP_COLUMNS } from "../src/data/columns.ts";
import { decodeText } from "../src/data/decode-text.ts";
import { acceptedHeaders, matchColumn } from "../src/data/match-column.ts";
import { CATEGORY_ALIASES, parseCategory } from "../src/data/parse-category.ts";
import { parseNumber } from "../src/data/parse-number.ts";
import { CATEGORIES } from "../src/types.ts";

describe("decodeText(bytes)", () => {
  it("decodeText(bytes) strips a UTF-8 byte-order mark and says so", () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0xe4, 0xb8, 0xad]))).toEqual({
      text: "中", // U+4E2D is E4 B8 AD in UTF-8
      encoding: "utf-8-bom",
    });
  });

  it("decodeText(bytes) reads valid UTF-8 without a mark as UTF-8", () => {
    expect(decodeText(new TextEncoder().encode("编号,人口"))).toEqual({
      text: "编号,人口",
      encoding: "utf-8",
    });
  });

  it("decodeText(bytes) reads UTF-16 with a byte-order mark, either byte order", () => {
    // "编" is U+7F16: FF FE then 16 7F little-endian; FE FF then 7F 16 big-endian.
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x16, 0x7f, 0x41, 0x00]))).toEqual({
      text: "编A",
      encoding: "utf-16le",
    });
    expect(decodeText(new Uint8Array([0xfe, 0xff, 0x7f, 0x16, 0x00, 0x41]))).toEqual({
      text: "编A",
      encoding: "utf-16be",
    });
  });

  it("decodeText(bytes) falls back to GB18030 for bytes that are not UTF-8", () => {
    // GB2312 code table: 中 = D6D0, 文 = CEC4, 编 = B1E0, 号 = BAC5 (same bytes in GBK and GB18030).
    expect(decodeText(new Uint8Array([0xd6, 0xd0, 0xce, 0xc4, 0x2c, 0xb1, 0xe0, 0xba, 0xc5]))).toEqual({
      text: "中文,编号",
      encoding: "gb18030",
    });
  });

  it("decodeText(bytes) reads no bytes as empty UTF-8 text", () => {
    expect(decodeText(new Uint8Array())).toEqual({ text: "", encoding: "utf-8" });
  });
});

describe("parseNumber(text)", () => {
  it("parseNumber(text) reads plain, grouped, padded, exponent and full-width numbers", () => {
    expect(parseNumber("12345")).toBe(12345);
    expect(parseNumber("12,345")).toBe(12345);
    expect(parseNumber("1,234,567.5")).toBe(1234567.5);
    expect(parseNumber(" 12.5 ")).toBe(12.5);
    expect(parseNumber("1.2E+06")).toBe(1_200_000);
    expect(parseNumber("１２３４５")).toBe(12345);
    expect(parseNumber("１２，３４５．５")).toBe(12345.5);
    expect(parseNumber("－3")).toBe(-3);
    expect(parseNumber("−3")).toBe(-3); // U+2212 minus sign
    expect(parseNumber("-3")).toBe(-3);
    expect(parseNumber(".5")).toBe(0.5);
  });

  it("parseNumber(text) rejects text, blanks, units, percentages and misplaced separators", () => {
    for (const text of [
      "",
      "  ",
      "abc",
      "N/A",
      "-",
      "12%",
      "12人",
      "1,2",
      "12,34",
      "1,2345",
      "1e",
      "e5",
      ".",
      "Infinity",
      "1e999",
    ]) {
      expect(parseNumber(text), text).toBeUndefined();
    }
  });
});

describe("parseCategory(text)", () => {
  it("parseCategory(text) reads canonical keys, English names and Chinese names", () => {
    // The accepted names are those the brief lists for each category.
    const cases: [string, string][] = [
      ["countySeat", "countySeat"],
      ["county seat", "countySeat"],
      ["County Seat", "countySeat"],
      ["县政府驻地镇", "countySeat"],
      ["驻地镇", "countySeat"],
      ["县城驻地镇", "countySeat"],
      ["central", "central"],
      ["Central town", "central"],
      ["中心镇", "central"],
      ["key", "key"],
      ["KEY TOWN", "key"],
      ["重点镇", "key"],
      ["characteristic", "characteristic"],
      ["characteristic town", "characteristic"],
      ["特色镇", "characteristic"],
      ["general", "general"],
      ["general township", "general"],
      ["一般乡镇", "general"],
      ["一般镇", "general"],
      ["一般乡", "general"],
      [" 中心镇 ", "central"],
    ];
    for (const [text, category] of cases) expect(parseCategory(text), text).toBe(category);
  });

  it("parseCategory(text) gives undefined for names of no category", () => {
    for (const text of ["", "城关镇", "town", "中心", "seat"])
      expect(parseCategory(text), text).toBeUndefined();
  });

  it("CATEGORY_ALIASES covers every category and no name points to two categories", () => {
    expect(Object.keys(CATEGORY_ALIASES).sort()).toEqual([...CATEGORIES].sort());
    for (const category of CATEGORIES) {
      for (const name of CATEGORY_ALIASES[category]) expect(parseCategory(name), name).toBe(category);
    }
  });
});

describe("matchColumn(header)", () => {
  it("matchColumn(header) ignores case, spaces, brackets and units in brackets", () => {
    const cases: [string, string][] = [
      ["人口（人）", "population"],
      ["人口(人)", "population"],
      [" 人 口 ", "population"],
      ["Population", "population"],
      ["幅员面积（平方公里）", "areaKm2"],
      ["面积(km²)", "areaKm2"],
      ["Area [km2]", "areaKm2"],
      ["地区生产总值（万元）", "gdp"],
      ["ＧＤＰ（万元）", "gdp"], // full-width letters fold to ASCII (NFKC)
      ["Admin Posts", "adminPosts"],
      ["admin_posts", "adminPosts"],
      ["Current admin posts", "adminPosts"], // English label
      ["乡镇（街道）", "name"],
      ["距县城距离（公里）", "distanceKm"],
      ["重点产业项目数（个）", "keyProjects"],
    ];
    for (const [header, key] of cases) expect(matchColumn(header)?.key, header).toBe(key);
  });

  it("matchColumn(header) gives undefined for headers of no known column", () => {
    for (const header of ["备注", "森林覆盖率（%）", "", "人口密度"])
      expect(matchColumn(header), header).toBeUndefined();
  });

  it("every accepted header of every column matches that column and no other", () => {
    for (const spec of TOWNSHIP_COLUMNS) {
      for (const header of acceptedHeaders(spec)) expect(matchColumn(header)?.key, header).toBe(spec.key);
    }
  });

  it("acceptedHeaders(spec) starts with the key and labels and drops names equal after normalisation", () => {
    const population = TOWNSHIP_COLUMNS.find((spec) => spec.key === "population")!;
    // "Population" (label.en) equals "population" (key) after folding, so it is listed once.
    expect(acceptedHeaders(population)).toEqual([
      "population",
      "人口",
      "常住人口",
      "户籍人口",
      "人口数量",
      "人口（人）",
    ]);
  });
});
