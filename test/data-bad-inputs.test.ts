import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { readCountyTable } from "../src/data/read-county-table.ts";
import { InputError, type InputProblem } from "../src/types.ts";

const BAD = fileURLToPath(new URL("./fixtures/data/bad/", import.meta.url));

/** Reads a fixture and returns the problems of the InputError it must throw. */
async function problemsOf(
  name: string,
  bytes?: Uint8Array,
  sheet?: string,
): Promise<readonly InputProblem[]> {
  const data = bytes ?? new Uint8Array(await readFile(BAD + name));
  const error = await readCountyTable(data, { file: name, ...(sheet !== undefined ? { sheet } : {}) }).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InputError);
  return (error as InputError).problems;
}

interface BadCase {
  readonly file: string;
  readonly code: string;
  readonly row?: number;
  readonly column?: string;
  readonly found?: string;
  /** Words each message must hold: what was expected (and, where it matters, what was found). */
  readonly zh: readonly string[];
  readonly en: readonly string[];
}

// Expected values: each row was read off the fixture by hand (row 1 = header line).
const CASES: readonly BadCase[] = [
  {
    file: "wrong-types.csv", // row 3 "T02,芦溪镇,中心镇,abc,…": population is "abc"
    code: "not-a-number",
    row: 3,
    column: "人口",
    found: "abc",
    zh: ["应为正整数", "“abc”"],
    en: ["expected a whole number > 0", '"abc"'],
  },
  {
    file: "missing-column.csv", // header lacks any admin-posts column
    code: "missing-column",
    row: 1,
    column: "adminPosts",
    zh: ["缺少必填列", "现有行政编制", "行政编制"],
    en: ["missing required column", "Current admin posts", "行政编制", "adminPosts"],
  },
  {
    file: "unknown-category.csv", // row 3 category "城关镇"
    code: "unknown-category",
    row: 3,
    column: "乡镇类别",
    found: "城关镇",
    zh: ["“城关镇”", "县政府驻地镇", "中心镇", "重点镇", "特色镇", "一般乡镇"],
    en: [
      '"城关镇"',
      '"county seat"',
      '"central town"',
      '"key town"',
      '"characteristic town"',
      '"general township"',
    ],
  },
  {
    file: "duplicate-id.csv", // T02 on rows 3 and 4
    code: "duplicate-id",
    row: 4,
    column: "编号",
    found: "T02",
    zh: ["“T02”", "第3行", "第4行", "唯一"],
    en: ['"T02"', "rows 3 and 4", "expected each ID once"],
  },
  {
    file: "negative-population.csv", // row 3 population -56200
    code: "negative",
    row: 3,
    column: "人口",
    found: "-56200",
    zh: ["应为正整数，实为“-56200”"],
    en: ['expected a whole number > 0, found "-56200"'],
  },
  {
    file: "zero-population.csv", // row 3 population 0
    code: "not-positive",
    row: 3,
    column: "人口",
    found: "0",
    zh: ["应为正整数，实为“0”"],
    en: ['expected a whole number > 0, found "0"'],
  },
  {
    file: "empty.csv", // 0 bytes
    code: "empty-file",
    zh: ["文件为空", "表头"],
    en: ["empty", "expected a header row"],
  },
  {
    file: "header-only.csv",
    code: "no-rows",
    row: 2,
    zh: ["只有表头", "应至少有一行乡镇数据"],
    en: ["no rows", "expected at least one township row"],
  },
  {
    file: "duplicate-header.csv", // 常住人口 (column 7) means the same as 人口 (column 4)
    code: "duplicate-header",
    row: 1,
    column: "常住人口",
    found: "常住人口",
    zh: ["“常住人口”", "第7列", "“人口”", "第4列", "只出现一次"],
    en: ['"常住人口"', "column 7", '"人口"', "column 4", "expected each column once"],
  },
  {
    file: "non-integer-posts.csv", // row 4 admin posts 22.5
    code: "not-an-integer",
    row: 4,
    column: "行政编制",
    found: "22.5",
    zh: ["应为非负整数，实为“22.5”"],
    en: ['expected a whole number >= 0, found "22.5"'],
  },
  {
    file: "two-county-seats.csv", // rows 2 (城厢镇, 县政府驻地镇) and 4 (青岗镇, 驻地镇)
    code: "multiple-county-seats",
    row: 4,
    column: "乡镇类别",
    found: "驻地镇",
    zh: ["第2行“城厢镇”", "第4行“青岗镇”", "应只有一个"],
    en: ['rows 2 ("城厢镇") and 4 ("青岗镇")', "expected exactly one county-seat town"],
  },
  {
    file: "empty-required-cell.csv", // row 3 name empty
    code: "empty-cell",
    row: 3,
    column: "乡镇名称",
    found: "",
    zh: ["必填列“乡镇名称”为空", "应填写乡镇名称"],
    en: ['required column "Name" is empty', "expected a name"],
  },
  {
    file: "extra-cell.csv", // row 3 has a 7th cell "多余" under a 6-column header
    code: "extra-cell",
    row: 3,
    column: "#7",
    found: "多余",
    zh: ["第7列没有表头", "“多余”", "应只写在有表头的列中"],
    en: ["column 7 has no header", '"多余"', "expected data only under a header"],
  },
  {
    file: "unterminated-quote.csv", // row 3 opens a quote before 芦溪镇 and never closes it
    code: "unterminated-quote",
    row: 3,
    zh: ["第3行", "没有结束引号", "应以另一个英文双引号"],
    en: ["line 3", "no closing quote", "expected another double quote"],
  },
  {
    file: "unreadable.xlsx", // CSV text saved under an .xlsx name: no ZIP signature, found before exceljs runs
    code: "not-a-workbook",
    zh: ["不是 .xlsx 工作簿", "不是 ZIP 格式", "应为 Excel 2007"],
    en: ["not an .xlsx workbook", "not a ZIP archive", "expected an .xlsx workbook"],
  },
  {
    file: "old-format.xls",
    code: "unknown-format",
    found: "xls",
    zh: ["“.xls”", "应为 .csv、.xlsx 或 .json", "另存为 .xlsx"],
    en: ['".xls"', "expected .csv, .xlsx or .json", "save the workbook as .xlsx"],
  },
  {
    file: "invalid.json", // cut off inside the second object
    code: "invalid-json",
    zh: ["JSON 格式错误", "应为乡镇对象数组"],
    en: ["invalid JSON", "expected an array of township objects"],
  },
];

describe("readCountyTable(bad file) throws one InputError naming the place, the finding and the expectation", () => {
  for (const c of CASES) {
    it(`${c.file}: ${c.code}${c.row !== undefined ? ` at row ${c.row}` : ""}${c.column !== undefined ? `, column ${c.column}` : ""}`, async () => {
      const problems = await problemsOf(c.file);
      expect(problems).toHaveLength(1);
      const p = problems[0]!;
      expect(p.code).toBe(c.code);
      expect(p.file).toBe(c.file);
      expect(p.row).toBe(c.row);
      expect(p.column).toBe(c.column);
      expect(p.found).toBe(c.found);
      expect(p.message.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(p.message.en).not.toBe(p.message.zh);
      for (const word of c.zh) expect(p.message.zh).toContain(word);
      for (const word of c.en) expect(p.message.en).toContain(word);
    });
  }

  it("three-problems.csv reports all three problems, in row order, with the message given in the brief for -3", async () => {
    // Rows read off the fixture: 3 population "N/A", 4 category "城关镇", 5 admin posts "-3".
    const problems = await problemsOf("three-problems.csv");
    expect(problems.map((p) => [p.code, p.row, p.column, p.found])).toEqual([
      ["not-a-number", 3, "人口", "N/A"],
      ["unknown-category", 4, "乡镇类别", "城关镇"],
      ["negative", 5, "行政编制", "-3"],
    ]);
    expect(problems[2]!.message).toEqual({
      zh: "应为非负整数，实为“-3”",
      en: 'expected a whole number >= 0, found "-3"',
    });
  });

  it("not-objects.json reports the non-object element and the bad cell of a later element together", async () => {
    // Element 2 (row 3) is the number 42; element 3 (row 4) has population "many".
    const problems = await problemsOf("not-objects.json");
    expect(problems.map((p) => [p.code, p.row, p.path, p.column, p.found])).toEqual([
      ["not-an-object", 3, "[1]", undefined, "42"],
      ["not-a-number", 4, "[2]", "population", "many"],
    ]);
    expect(problems[0]!.message.zh).toContain("应为形如");
    expect(problems[0]!.message.en).toContain("expected a township object");
  });

  it("an XLSX sheet name the workbook lacks is an unknown-sheet problem listing the sheets", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("说明");
    workbook.addWorksheet("乡镇");
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const problems = await problemsOf("county.xlsx", bytes, "Sheet1");
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: "unknown-sheet", file: "county.xlsx", found: "Sheet1" });
    expect(problems[0]!.message.zh).toBe("找不到工作表“Sheet1”：应为以下之一：说明、乡镇");
    expect(problems[0]!.message.en).toBe('no sheet named "Sheet1": expected one of "说明", "乡镇"');
  });

  it("the InputError message lists every problem, one line each, with file and row", async () => {
    const error = await readCountyTable(new Uint8Array(await readFile(BAD + "three-problems.csv")), {
      file: "three-problems.csv",
    }).catch((e: unknown) => e as InputError);
    expect((error as InputError).message.split("\n")).toHaveLength(3);
    expect((error as InputError).message).toContain(
      'three-problems.csv, row 5, column "行政编制": expected a whole number >= 0',
    );
  });
});
