import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countyTableToCsv } from "../src/data/county-table-to-csv.ts";
import { decodeText } from "../src/data/decode-text.ts";
import { type Cell, parseCountyRows } from "../src/data/parse-county-rows.ts";
import { readCountyTable } from "../src/data/read-county-table.ts";
import { type CountyData, InputError } from "../src/types.ts";

const GOOD = fileURLToPath(new URL("./fixtures/data/good/", import.meta.url));
const fixture = async (name: string) => new Uint8Array(await readFile(GOOD + name));
const utf8 = (text: string) => new TextEncoder().encode(text);
/** The data without where it came from (source, and the file named in each notice). */
const withoutSource = ({ source: _source, notices, ...rest }: CountyData) => ({
  ...rest,
  notices: notices.map(({ file: _file, ...notice }) => notice),
});

/** The same three townships as rows, to write in every format. */
const HEADERS = [
  "编号",
  "乡镇名称",
  "乡镇类别",
  "人口（人）",
  "幅员面积（平方公里）",
  "行政编制",
  "森林覆盖率（%）",
];
const ROWS: Cell[][] = [
  ["T01", "城厢镇", "县政府驻地镇", 238600, 118.4, 45, 31.5],
  ["T02", "芦溪镇", "中心镇", 56200, 142.7, 28, 48.2],
  ["T24", "雪山乡", "一般乡镇", 5400, 683.5, 15, 81.3],
];

async function xlsxBytes(sheets: Record<string, Cell[][] | ExcelJS.CellValue[][]>): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = workbook.addWorksheet(name);
    for (const row of rows) sheet.addRow(row);
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe("readCountyTable(bytes, options)", () => {
  it("reads a GB18030 CSV with Chinese headers (Excel on Chinese Windows), keeping a numeric extra column", async () => {
    const bytes = await fixture("gb18030-chinese-headers.csv");
    expect(decodeText(bytes).encoding).toBe("gb18030");
    const data = await readCountyTable(bytes, { file: "gb18030-chinese-headers.csv" });
    // Values read off the fixture's source text (see test/fixtures/data/README.md).
    expect(data.columns).toEqual([
      "population",
      "areaKm2",
      "adminPosts",
      "institutionPosts",
      "森林覆盖率（%）",
    ]);
    expect(data.townships.map((t) => [t.id, t.name, t.category])).toEqual([
      ["T01", "城厢镇", "countySeat"],
      ["T02", "芦溪镇", "central"],
      ["T03", "青岗镇", "key"],
      ["T04", "古佛镇", "characteristic"],
      ["T05", "雪山乡", "general"],
    ]);
    expect(data.townships[1]).toEqual({
      row: 3,
      id: "T02",
      name: "芦溪镇",
      category: "central",
      population: 56200, // written "56,200"
      areaKm2: 142.7,
      adminPosts: 28,
      institutionPosts: 44,
      values: {
        population: 56200,
        areaKm2: 142.7,
        adminPosts: 28,
        institutionPosts: 44,
        "森林覆盖率（%）": 48.2,
      },
    });
  });

  it("reads the GB18030 file and its UTF-8 re-encoding to equal data (encoding does not matter)", async () => {
    const bytes = await fixture("gb18030-chinese-headers.csv");
    const asUtf8 = utf8(decodeText(bytes).text);
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...asUtf8]);
    const a = await readCountyTable(bytes, { file: "x.csv" });
    expect(await readCountyTable(asUtf8, { file: "x.csv" })).toEqual(a);
    expect(await readCountyTable(withBom, { file: "x.csv" })).toEqual(a);
  });

  it("reads a UTF-8 BOM CSV with English headers and English category names", async () => {
    const data = await readCountyTable(await fixture("utf8-bom-english-headers.csv"), { file: "bom.csv" });
    expect(data.columns).toEqual(["population", "areaKm2", "adminPosts", "keyProjects"]);
    expect(data.townships.map((t) => t.category)).toEqual([
      "countySeat",
      "central",
      "key",
      "characteristic",
      "general",
    ]);
    expect(data.townships[0]!.id).toBe("T01"); // no BOM left in the first header
    expect(data.townships[4]!.keyProjects).toBe(0);
  });

  it("reads an Excel 'Unicode text' file (UTF-16LE, tab-separated, .txt)", async () => {
    const data = await readCountyTable(await fixture("excel-unicode-text.txt"), {
      file: "excel-unicode-text.txt",
    });
    expect(data.townships.map((t) => [t.id, t.name, t.population, t.adminPosts])).toEqual([
      ["T01", "城厢镇", 238600, 45],
      ["T02", "芦溪镇", 56200, 28],
    ]);
  });

  it("reads a JSON file { townships: [...] }: keys are headers, null is an empty cell, text numbers are read", async () => {
    const data = await readCountyTable(await fixture("townships.json"), { file: "townships.json" });
    expect(data.columns).toEqual(["population", "areaKm2", "adminPosts", "gdp"]);
    expect(data.townships[2]).toEqual({
      row: 4, // third object: row 2 + 2
      id: "T05",
      name: "雪山乡",
      category: "general",
      population: 5400, // written "5,400"
      areaKm2: 683.5,
      adminPosts: 15,
      values: { population: 5400, areaKm2: 683.5, adminPosts: 15 },
    });
  });

  it("reads the same table written as CSV, XLSX, JSON array and JSON object to equal data (one code path)", async () => {
    const csv = utf8([HEADERS, ...ROWS].map((row) => row.join(",")).join("\r\n"));
    const xlsx = await xlsxBytes({ 乡镇: [HEADERS, ...ROWS] });
    const objects = ROWS.map((row) => Object.fromEntries(HEADERS.map((h, i) => [h, row[i]])));
    const fromCsv = await readCountyTable(csv, { file: "t.csv" });
    expect(fromCsv.townships).toHaveLength(3);
    expect(withoutSource(await readCountyTable(xlsx, { file: "t.xlsx" }))).toEqual(withoutSource(fromCsv));
    expect(withoutSource(await readCountyTable(utf8(JSON.stringify(objects)), { file: "t.json" }))).toEqual(
      withoutSource(fromCsv),
    );
    expect(
      withoutSource(await readCountyTable(utf8(JSON.stringify({ townships: objects })), { file: "t.json" })),
    ).toEqual(withoutSource(fromCsv));
  });

  it("reads the first XLSX sheet by default and the named sheet when asked", async () => {
    const bytes = await xlsxBytes({ "2024": [HEADERS, ...ROWS], "2025": [HEADERS, ROWS[0]!] });
    expect((await readCountyTable(bytes, { file: "c.xlsx" })).townships).toHaveLength(3);
    expect((await readCountyTable(bytes, { file: "c.xlsx", sheet: "2025" })).townships).toHaveLength(1);
  });

  it("reads XLSX rich text, formula results, hyperlinks and real row numbers below a blank first row", async () => {
    const bytes = await xlsxBytes({
      乡镇: [
        [],
        HEADERS.slice(0, 6),
        [
          { richText: [{ text: "T" }, { font: { bold: true }, text: "01" }] },
          { text: "城厢镇", hyperlink: "https://example.org" },
          "县政府驻地镇",
          { formula: "200000+38600", result: 238600 },
          118.4,
          45,
        ],
        [
          "T02",
          "芦溪镇",
          "中心镇",
          { formula: "D3/4" },
          { formula: "1/0", result: { error: "#DIV/0!" } },
          28,
        ],
      ],
    });
    const error = await readCountyTable(bytes, { file: "c.xlsx" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    // Sheet rows: 1 blank, 2 header, 3 城厢镇, 4 芦溪镇. A formula without a saved result shows as its text.
    expect((error as InputError).problems.map((p) => [p.code, p.row, p.column, p.found])).toEqual([
      ["not-a-number", 4, "人口（人）", "=D3/4"],
      ["not-a-number", 4, "幅员面积（平方公里）", "#DIV/0!"],
    ]);
    const fixed = await xlsxBytes({
      乡镇: [
        HEADERS.slice(0, 6),
        [
          { richText: [{ text: "T" }, { font: { bold: true }, text: "01" }] },
          { text: "城厢镇", hyperlink: "https://example.org" },
          "县政府驻地镇",
          { formula: "200000+38600", result: 238600 },
          118.4,
          45,
        ],
      ],
    });
    const data = await readCountyTable(fixed, { file: "c.xlsx" });
    expect(data.townships[0]).toMatchObject({ row: 2, id: "T01", name: "城厢镇", population: 238600 });
  });

  it("format overrides the file extension; sheet on a non-XLSX file is a caller mistake", async () => {
    const csv = utf8([HEADERS, ...ROWS].map((row) => row.join(",")).join("\n"));
    expect((await readCountyTable(csv, { file: "upload.bin", format: "csv" })).source).toBe("upload.bin");
    await expect(readCountyTable(csv, { file: "t.csv", sheet: "乡镇" })).rejects.toThrow(TypeError);
  });
});

describe("countyTableToCsv(data)", () => {
  it("countyTableToCsv(data) writes canonical headers in TOWNSHIP_COLUMNS order, then extra columns", async () => {
    const data = parseCountyRows(
      ["森林覆盖率（%）", "行政编制", "编号", "乡镇名称", "乡镇类别", "人口", "面积", "地区生产总值"],
      [
        [31.5, 45, "T01", "城厢镇", "县政府驻地镇", 238600, 118.4, 1512000],
        ["", 15, "T24", "雪山乡, 高山", "一般乡镇", 5400, 683.5, ""],
      ],
      "t.csv",
    );
    expect(countyTableToCsv(data)).toBe(
      "id,name,category,population,areaKm2,gdp,adminPosts,森林覆盖率（%）\n" +
        "T01,城厢镇,countySeat,238600,118.4,1512000,45,31.5\n" +
        'T24,"雪山乡, 高山",general,5400,683.5,,15,\n',
    );
    expect(countyTableToCsv(data, { bom: true }).startsWith("\uFEFFid,")).toBe(true);
  });

  it("readCountyTable(countyTableToCsv(data)) gives the data back for a table in canonical column order (seeded property)", async () => {
    const name = fc.string({ unit: fc.constantFrom("镇", "乡", "a", ",", '"', " ", "\n"), minLength: 1 });
    const category = fc.constantFrom("县政府驻地镇", "central", "重点镇", "特色镇", "一般乡");
    const row = fc.tuple(
      name,
      category,
      fc.integer({ min: 1, max: 300_000 }),
      fc.double({ min: 0.01, max: 1000, noNaN: true }),
      fc.integer({ min: 0, max: 60 }),
      fc.option(fc.double({ min: -10, max: 10, noNaN: true, noDefaultInfinity: true }), { nil: undefined }),
      fc.double({ min: -1e6, max: 1e6, noNaN: true }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 6 }), async (rows) => {
        const firstSeat = rows.findIndex((r) => r[1] === "县政府驻地镇");
        const cells: Cell[][] = rows.map(([n, c, pop, area, admin, score, extra], i) => [
          `T${i}`,
          n.trim() === "" ? "x" : n,
          c === "县政府驻地镇" && i !== firstSeat ? "一般乡" : c,
          pop,
          area,
          score ?? null,
          admin,
          extra,
        ]);
        const data = parseCountyRows(
          ["编号", "乡镇名称", "乡镇类别", "人口", "面积", "区位得分", "行政编制", "指标 X"],
          cells,
          "a.csv",
        );
        const back = await readCountyTable(utf8(countyTableToCsv(data)), { file: "a.csv" });
        // Notices (a repeated name) name the column by its header as written, which the canonical CSV renames.
        const codes = (d: typeof data) => ({ ...d, notices: d.notices.map((n) => `${n.code} ${n.row}`) });
        expect(codes(back)).toEqual(codes(data));
        // In another column order only `columns` changes order: the townships are the same.
        const order = [7, 6, 0, 1, 2, 3, 4, 5];
        const shuffled = parseCountyRows(
          order.map(
            (i) => ["编号", "乡镇名称", "乡镇类别", "人口", "面积", "区位得分", "行政编制", "指标 X"][i]!,
          ),
          cells.map((row) => order.map((i) => row[i]!)),
          "a.csv",
        );
        expect(shuffled.townships).toEqual(data.townships);
        expect(countyTableToCsv(shuffled)).toBe(countyTableToCsv(data));
      }),
      { seed: 7, numRuns: 100 },
    );
  });
});
