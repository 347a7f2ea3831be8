/**
 * The demo county (scenarios/demo-county/townships.csv) re-shaped as a county office keeps its table, so that tests
 * can check the office copy reads to the same townships: a title row and a 填报单位 row on top, a blank row, a
 * two-row header ("编制数" over "行政编制 | 事业编制"), a units row, office wording (乡镇代码, 镇名, 镇类别, 常住人口,
 * 重点项目(个), 在编在岗人数, 内设机构数), one header the reader cannot match ("借调借出", for 借出人员), thousands
 * separators, populations written in 万, a 合计 row, a note and a signature line at the bottom.
 */
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";

/** The demo table's rows (header first) as text cells. */
export function demoRows(): string[][] {
  return readFileSync("scenarios/demo-county/townships.csv", "utf8")
    .trim()
    .split(/\r?\n/)
    .map((line) => line.split(","));
}

/** The office headers, column by column as the demo writes them: upper header row, lower header row. */
const UPPER = [
  "乡镇代码",
  "镇名",
  "镇类别",
  "常住人口",
  "面积",
  "地区生产总值",
  "一般公共预算收入",
  "距县城距离",
  "区位得分",
  "重点项目(个)",
  "编制数",
  "",
  "科级领导职数",
  "在编在岗人数",
  "借调借出",
  "内设机构数",
];
const LOWER = ["", "", "", "", "", "", "", "", "", "", "行政编制", "事业编制", "", "", "", ""];
const UNITS = [
  "",
  "",
  "",
  "（人）",
  "（平方公里）",
  "（万元）",
  "（万元）",
  "（公里）",
  "",
  "",
  "（名）",
  "（名）",
  "（名）",
  "（人）",
  "（人）",
  "（个）",
];
const TITLE = "XX县乡镇基础数据表";
const FILLED_BY = "填报单位：XX县委编办（盖章）    数据截至：2024年12月31日";
const NOTE = "注：人口为第七次全国人口普查常住人口，编制数为2024年底核定数。";
const SIGNED = "填表人：张三    审核人：李四    联系电话：0000-1234567";

/** A count of persons written in 万, exactly: 238600 → "23.86万", 5400 → "0.54万". */
export function inWan(persons: string): string {
  const digits = persons.padStart(5, "0");
  const whole = digits.slice(0, -4).replace(/^0+(?=\d)/, "");
  const fraction = digits.slice(-4).replace(/0+$/, "");
  return `${whole}${fraction === "" ? "" : `.${fraction}`}万`;
}

/** 1512000 → "1,512,000". */
function withThousands(text: string): string {
  return /^\d+$/.test(text) ? text.replace(/\B(?=(\d{3})+$)/g, ",") : text;
}

/** Column sums of the numeric columns (3…15), as a 合计 row writes them. */
function totals(rows: readonly string[][]): string[] {
  return UPPER.map((_, c) => {
    if (c < 3) return c === 1 ? "合计" : "";
    const sum = rows.reduce((s, row) => s + Number(row[c]), 0);
    return String(Math.round(sum * 100) / 100);
  });
}

const csvCell = (text: string) => (/[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/** The office copy as CSV text (CRLF lines, as Excel saves): encode it as GB18030 for the fixture. */
export function officeCsvText(): string {
  const [, ...rows] = demoRows();
  const width = UPPER.length;
  const pad = (cells: string[]) => [...cells, ...Array<string>(width - cells.length).fill("")];
  const lines: string[][] = [
    pad([TITLE]),
    pad([FILLED_BY]),
    pad([]),
    UPPER,
    LOWER,
    UNITS,
    ...rows.map((row) =>
      row.map((cell, c) => (c === 3 ? inWan(cell) : c === 5 || c === 6 ? withThousands(cell) : cell)),
    ),
    totals(rows),
    pad([NOTE]),
    pad([SIGNED]),
  ];
  return `${lines.map((cells) => cells.map(csvCell).join(",")).join("\r\n")}\r\n`;
}

/**
 * The office copy as an XLSX workbook: a hidden sheet "填表说明" first, then "乡镇数据" with the title merged across
 * the table, the two-row header with "编制数" merged over its two columns and the other headers merged over both
 * rows, a units row that gives the population in 万人 (numbers 23.86 …), numbers as numbers, and a 合计 row of SUM
 * formulas with their saved results. Deterministic (fixed dates).
 */
export async function officeXlsxBytes(): Promise<Uint8Array> {
  const [, ...rows] = demoRows();
  const workbook = new ExcelJS.Workbook();
  workbook.created = new Date(Date.UTC(2024, 11, 31));
  workbook.modified = workbook.created;
  const notes = workbook.addWorksheet("填表说明");
  notes.addRow(["请按本表格式填写，人口以万人为单位。"]);
  notes.state = "hidden";
  const sheet = workbook.addWorksheet("乡镇数据");
  sheet.addRow([TITLE]);
  sheet.addRow([FILLED_BY]);
  sheet.addRow([]);
  sheet.addRow(UPPER.map((h, c) => (h === "" && c === 11 ? null : h)));
  sheet.addRow(LOWER.map((h) => (h === "" ? null : h)));
  sheet.addRow(UNITS.map((u, c) => (c === 3 ? "（万人）" : u === "" ? null : u)));
  const first = 7;
  for (const row of rows) {
    sheet.addRow(
      row.map((cell, c) => {
        if (c < 3) return cell;
        if (c === 3) return Number(inWan(cell).replace("万", ""));
        return Number(cell);
      }),
    );
  }
  const last = first + rows.length - 1;
  const sums = totals(rows);
  sheet.addRow(
    UPPER.map((_, c) => {
      if (c < 3) return sums[c] === "" ? null : sums[c]!;
      const letter = String.fromCharCode(65 + c);
      const result = c === 3 ? rows.reduce((s, row) => s + Number(row[3]), 0) / 10000 : Number(sums[c]);
      return {
        formula: `SUM(${letter}${first}:${letter}${last})`,
        result: Math.round(result * 10000) / 10000,
      };
    }),
  );
  sheet.addRow([NOTE]);
  sheet.addRow([SIGNED]);
  sheet.mergeCells(`A${last + 2}:P${last + 2}`);
  sheet.mergeCells(`A${last + 3}:P${last + 3}`);
  sheet.mergeCells("A1:P1");
  sheet.mergeCells("A2:P2");
  sheet.mergeCells("K4:L4");
  for (let c = 0; c < UPPER.length; c++) {
    if (c === 10 || c === 11) continue;
    const letter = String.fromCharCode(65 + c);
    sheet.mergeCells(`${letter}4:${letter}5`);
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
