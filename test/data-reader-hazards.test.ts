// What the readers accept but must say (issue 9 item 2, issue 8's reader limits): look-alike IDs and names, repeated
// names, invisible characters, units beyond 万人, 序号 beside an ID column, a three-row header; notices that do not
// repeat the row or column their location names; and tables of 200,000 rows read in time linear in rows (the time is
// printed, never asserted). Fixtures: test/fixtures/data/hazards/ (README there); expected values read off them by hand.
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { noticeSeverity } from "../src/data/notice-severity.ts";
import { readCountyTable } from "../src/data/read-county-table.ts";
import { type CountyData, formatProblem } from "../src/types.ts";
import { normaliseScores } from "../src/weighting/normalise.ts";
import { officeCsvText, officeXlsxBytes } from "./helpers/office-county.ts";
import { runCli } from "./helpers/run-cli.ts";

const HAZARDS = "test/fixtures/data/hazards/";

async function read(name: string): Promise<CountyData> {
  return readCountyTable(new Uint8Array(readFileSync(HAZARDS + name)), { file: name });
}

describe("look-alike IDs and names: warnings naming both rows", () => {
  // look-alikes.csv: row 2 T01 城厢镇, row 3 t01, row 4 Ｔ０１ 石桥镇, row 5 T01 + U+200B, row 6 T05 城厢镇 (the name of
  // row 2 again), row 7 石桥 + U+200B + 镇 (looks like row 4's name)
  it("T01 / t01 / Ｔ０１ / T01+U+200B are each a warning naming row 2; the repeated name and the look-alike name too", async () => {
    const data = await read("look-alikes.csv");
    expect(data.townships.map((t) => t.id)).toEqual(["T01", "t01", "Ｔ０１", "T01\u200b", "T05", "T06"]);
    const lookAlikes = data.notices.filter((n) => n.code !== "invisible-character");
    expect(lookAlikes.map((n) => [n.code, n.row, n.column])).toEqual([
      ["look-alike-id", 3, "编号"],
      ["look-alike-id", 4, "编号"],
      ["look-alike-id", 5, "编号"],
      ["duplicate-name", 6, "乡镇名称"],
      ["look-alike-name", 7, "乡镇名称"],
    ]);
    expect(lookAlikes[0]!.message.zh).toBe(
      "编号“t01”与第2行的“T01”看起来相同，实际不同（大小写、全角半角或不可见字符不同）：两行将被当作不同的乡镇；若是同一乡镇，请删去一行，否则请把编号改得易于区分",
    );
    expect(lookAlikes[2]!.message.en).toContain('the ID "T01⟨U+200B⟩" looks like "T01" of row 2');
    expect(lookAlikes[3]!.message.zh).toContain("乡镇名称“城厢镇”与第2行重复（编号“T01”和“T05”）");
    expect(lookAlikes[4]!.message.en).toContain('the name "石桥⟨U+200B⟩镇" looks like "石桥镇" of row 4');
    const invisible = data.notices.filter((n) => n.code === "invisible-character");
    expect(invisible.map((n) => [n.row, n.column])).toEqual([
      [5, "编号"],
      [7, "乡镇名称"],
    ]);
    expect(invisible[0]!.message.zh).toContain("单元格含有不可见字符 U+200B（“T01⟨U+200B⟩”）");
    for (const notice of data.notices) expect(noticeSeverity(notice.code)).toBe("warning");
  });

  it("validate prints them as warnings in both languages with file, row and column, and exits 0", async () => {
    const run = await runCli(["validate", `${HAZARDS}look-alikes.csv`]);
    expect(run.code).toBe(0);
    const output = run.stdout + run.stderr;
    expect(output).toContain(
      `⚠ 警告：${HAZARDS}look-alikes.csv，第4行，列“编号”: 编号“Ｔ０１”与第2行的“T01”看起来相同`,
    );
    expect(output).toContain(
      `⚠ warning: ${HAZARDS}look-alikes.csv, row 6, column "乡镇名称": the name "城厢镇" repeats row 2 (IDs "T01" and "T05")`,
    );
  });
});

describe("issue 8's reader limits", () => {
  it("units beyond 万人 convert where unambiguous, with a warning saying how; a unit that cannot convert is a warning naming the column", async () => {
    // units.csv: units row (千人)(公顷)(亿元)(名)(%); row 3 T01 238.6 千人, 11840 公顷, 151.2 亿元
    const data = await read("units.csv");
    // 238.6 千人 = 238 600 人; 11 840 公顷 = 118.4 km² (1 公顷 = 0.01 km²); 151.2 亿元 = 1 512 000 万元
    expect(data.townships.map((t) => [t.population, t.areaKm2, t.gdp])).toEqual([
      [238600, 118.4, 1512000],
      [56200, 142.7, 486000],
    ]);
    expect(data.townships.map((t) => t.keyProjects)).toEqual([12, 8]); // "%": read as written
    const codes = data.notices.map((n) => [n.code, n.column]);
    expect(codes).toContainEqual(["unit-converted", "人口"]);
    expect(codes).toContainEqual(["unit-converted", "幅员面积"]);
    expect(codes).toContainEqual(["unit-converted", "地区生产总值"]);
    expect(codes).toContainEqual(["unit-not-converted", "重点产业项目数"]);
    const gdp = data.notices.find((n) => n.column === "地区生产总值")!;
    expect(gdp.message.zh).toBe(
      "单位为“亿元”，已换算为“万元”（× 10000，如“151.2” → 1512000），共 2 个单元格",
    );
    const percent = data.notices.find((n) => n.code === "unit-not-converted")!;
    expect(percent.message.en).toBe(
      'the unit "%" is not the column\'s unit (projects) and cannot be converted: the values are read as written; check the column or give it in projects',
    );
    expect(noticeSeverity("unit-not-converted")).toBe("warning");
  });

  it("序号 next to 乡镇代码 is a row number, ignored with a notice, not a repeated ID column", async () => {
    const data = await read("row-number.csv");
    expect(data.townships.map((t) => t.id)).toEqual(["T01", "T02"]);
    expect(data.notices.map((n) => [n.code, n.row, n.column])).toEqual([
      ["row-number-column-ignored", 1, "序号"],
    ]);
    expect(data.notices[0]!.message.zh).toBe("是行号（序号）列，已忽略：编号取自列“乡镇代码”");
  });

  it("序号 alone is still the ID column", async () => {
    const csv = "序号,镇名,镇类别,常住人口,幅员面积,行政编制\n1,城厢镇,县政府驻地镇,238600,118.4,45\n";
    const data = await readCountyTable(new TextEncoder().encode(csv), { file: "t.csv" });
    expect(data.townships.map((t) => t.id)).toEqual(["1"]);
    expect(data.notices).toEqual([]);
  });

  it("a header of three rows (group cells on two levels, saved to CSV) is joined, with a notice", async () => {
    // rows 2–4: 基本情况 over 人口 | 幅员面积; 编制情况 over 现有编制 over 行政编制 | 事业编制; 领导职数 on row 3
    const data = await read("three-row-header.csv");
    expect(
      data.townships.map((t) => [t.id, t.population, t.adminPosts, t.institutionPosts, t.leaderPosts]),
    ).toEqual([
      ["T01", 238600, 45, 72, 18],
      ["T02", 56200, 28, 44, 14],
    ]);
    const three = data.notices.find((n) => n.code === "three-row-header")!;
    expect(three.row).toBe(2);
    expect(three.message.zh).toBe(
      "与第3、4行是三行表头，已合并为一行（如“基本情况 人口”、“基本情况 幅员面积”、“编制情况 现有编制 行政编制”）",
    );
  });

  it("a header of three rows merged in an XLSX (cells of a merge repeat its value) is joined the same way", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("乡镇");
    sheet.addRow(["编号", "乡镇名称", "乡镇类别", "基本情况", "", "编制情况", "", ""]);
    sheet.addRow(["", "", "", "人口", "幅员面积", "现有编制", "", "领导职数"]);
    sheet.addRow(["", "", "", "", "", "行政编制", "事业编制", ""]);
    sheet.addRow(["T01", "城厢镇", "县政府驻地镇", 238600, 118.4, 45, 72, 18]);
    for (const range of ["A1:A3", "B1:B3", "C1:C3", "D1:E1", "F1:H1", "D2:D3", "E2:E3", "F2:G2", "H2:H3"])
      sheet.mergeCells(range);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const data = await readCountyTable(bytes, { file: "t.xlsx" });
    expect(
      data.townships.map((t) => [
        t.id,
        t.population,
        t.areaKm2,
        t.adminPosts,
        t.institutionPosts,
        t.leaderPosts,
      ]),
    ).toEqual([["T01", 238600, 118.4, 45, 72, 18]]);
    expect(data.notices.map((n) => [n.code, n.row])).toContainEqual(["three-row-header", 1]);
  });

  it("a workbook whose every sheet is hidden is read from its first sheet with a warning saying so", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("乡镇", { state: "hidden" });
    sheet.addRow(["编号", "乡镇名称", "乡镇类别", "人口", "幅员面积", "行政编制"]);
    sheet.addRow(["T01", "城厢镇", "县政府驻地镇", 238600, 118.4, 45]);
    workbook.addWorksheet("说明", { state: "veryHidden" }).addRow(["本表说明"]);
    const data = await readCountyTable(new Uint8Array(await workbook.xlsx.writeBuffer()), { file: "t.xlsx" });
    expect(data.townships.map((t) => t.id)).toEqual(["T01"]);
    expect(data.notices.map((n) => [n.code, n.found])).toEqual([["hidden-sheet-read", "乡镇"]]);
    expect(data.notices[0]!.message.zh).toBe(
      "工作簿的所有工作表都是隐藏的：读取的是第一个工作表“乡镇”，请确认它是乡镇数据表",
    );
    expect(noticeSeverity("hidden-sheet-read")).toBe("warning");
  });

  it("no notice repeats the row or column its location already names (office CSV and XLSX, every fixture here)", async () => {
    const tables = [
      await readCountyTable(new TextEncoder().encode(officeCsvText()), { file: "office.csv" }),
      await readCountyTable(await officeXlsxBytes(), { file: "office.xlsx" }),
      ...(await Promise.all(
        ["units.csv", "row-number.csv", "three-row-header.csv", "look-alikes.csv"].map(read),
      )),
    ];
    let seen = 0;
    for (const data of tables) {
      for (const notice of data.notices) {
        seen++;
        const line = formatProblem(notice, "zh");
        const sentence = line.slice(line.indexOf(": ") + 2);
        if (notice.row !== undefined) expect(sentence, line).not.toMatch(new RegExp(`^第${notice.row}行`));
        if (notice.row !== undefined) expect(sentence, line).not.toContain(`第${notice.row}行（`);
        if (notice.column !== undefined)
          expect(sentence, line).not.toMatch(new RegExp(`^列“${notice.column}”`));
        const en = formatProblem(notice, "en");
        const enSentence = en.slice(en.indexOf(": ") + 2);
        if (notice.row !== undefined)
          expect(enSentence, en).not.toMatch(new RegExp(`^rows? ${notice.row}\\b`));
      }
    }
    expect(seen).toBeGreaterThan(15);
  });
});

describe("large tables: linear readers", () => {
  /** A county of n townships as CSV: T0 is the county seat, the rest general townships. */
  function county(n: number): string {
    const lines = ["编号,乡镇名称,乡镇类别,人口,幅员面积,行政编制"];
    for (let i = 0; i < n; i++)
      lines.push(
        `T${i},镇${i},${i === 0 ? "县政府驻地镇" : "一般乡"},${1000 + i},${10 + (i % 7)},${15 + (i % 5)}`,
      );
    return `${lines.join("\n")}\n`;
  }

  it("200,000 townships are read with every value, and 25,000 → 200,000 costs about 8× (printed, not asserted)", async () => {
    const times: number[] = [];
    for (const n of [25_000, 200_000]) {
      const bytes = new TextEncoder().encode(county(n));
      const started = performance.now();
      const data = await readCountyTable(bytes, { file: "big.csv" });
      times.push(performance.now() - started);
      expect(data.townships.length).toBe(n);
      // the last row, by construction: T{n-1}, population 1000 + n − 1, area 10 + (n − 1) mod 7, posts 15 + (n − 1) mod 5
      expect(data.townships[n - 1]).toMatchObject({
        id: `T${n - 1}`,
        population: 1000 + n - 1,
        areaKm2: 10 + ((n - 1) % 7),
        adminPosts: 15 + ((n - 1) % 5),
      });
      expect(data.notices).toEqual([]);
    }
    console.log(
      `readCountyTable: 25,000 rows ${times[0]!.toFixed(0)} ms, 200,000 rows ${times[1]!.toFixed(0)} ms (ratio ${(times[1]! / times[0]!).toFixed(1)}; linear is 8)`,
    );
  }, 120_000);

  it("200,000 townships in GB18030 are read too: the encoding checks are linear (time printed)", async () => {
    // a GBK encoder from the decoder: every two-byte GBK sequence decoded once, inverted
    const encoder = new Map<string, [number, number]>();
    const decoder = new TextDecoder("gb18030");
    for (let lead = 0x81; lead <= 0xfe; lead++)
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue;
        const char = decoder.decode(new Uint8Array([lead, trail]));
        if (char.length === 1 && char !== "\uFFFD" && !encoder.has(char)) encoder.set(char, [lead, trail]);
      }
    const text = county(200_000);
    const bytes = new Uint8Array(
      [...text].flatMap((c) => (c.charCodeAt(0) < 0x80 ? [c.charCodeAt(0)] : encoder.get(c)!)),
    );
    expect(decoder.decode(bytes)).toBe(text);
    const started = performance.now();
    const data = await readCountyTable(bytes, { file: "big-gbk.csv" });
    const elapsed = performance.now() - started;
    expect(data.townships.length).toBe(200_000);
    expect(data.townships[199_999]!.name).toBe("镇199999");
    console.log(`readCountyTable: 200,000 rows in GB18030 ${elapsed.toFixed(0)} ms`);
  }, 120_000);

  it("normaliseScores(200,000 values, minmax) gives (x − min)/(max − min) without a call-stack overflow", () => {
    const values = Array.from({ length: 200_000 }, (_, i) => i * 2 + 10); // min 10, max 400 008
    const scores = normaliseScores(values, { method: "minmax", direction: "benefit" });
    expect(scores[0]).toBe(0);
    expect(scores[199_999]).toBe(1);
    expect(scores[100_000]).toBeCloseTo((200_010 - 10) / (400_008 - 10), 12);
    const max = normaliseScores(values, { method: "max", direction: "cost" });
    expect(max[199_999]).toBeCloseTo(10 / 400_008, 15); // cost max: min / x
  });
});
