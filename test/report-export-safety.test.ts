import { readFileSync } from "node:fs";
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { loadScenarioWithFiles } from "../src/cli/load-scenario.ts";
import { parseCsv } from "../src/data/parse-csv.ts";
import { csvText } from "../src/report/csv-text.ts";
import { resultToCsv, resultToJson, resultToMarkdown, resultToText } from "../src/report/format-result.ts";
import { markdownCode, markdownText } from "../src/report/markdown-text.ts";
import { neutraliseFormula } from "../src/report/neutralise-formula.ts";
import { resultIdentity } from "../src/report/result-identity.ts";
import { resultToXlsx } from "../src/report/result-xlsx.ts";
import { safeJson } from "../src/report/safe-json.ts";
import { stripControls, terminalCell, terminalText } from "../src/report/strip-controls.ts";
import { textTable } from "../src/report/text-table.ts";
import type { ScenarioResult } from "../src/run/result.ts";
import { runScenario } from "../src/run/run-scenario.ts";
import { runCli } from "./helpers/run-cli.ts";

/*
 * A county whose names and ids a spreadsheet, a Markdown viewer or a terminal would act on
 * (test/fixtures/hostile/townships.csv: the demo county with T01–T08 renamed; issue 9). The formula payloads
 * are OWASP's CSV-injection examples (https://owasp.org/www-community/attacks/CSV_Injection).
 */
const HOSTILE = "test/fixtures/hostile/hostile.yaml";
const FORMULA_NAMES = [
  '=HYPERLINK("http://evil.example","x")',
  "+cmd|' /C calc'!A0",
  "-2+3",
  "@SUM(A1)",
  "＝1+1",
];
/** OWASP's rule: a text cell starting with one of these (after blanks a reader trims) is read as a formula. */
const LIVE = /^[\s\u3000]*[=+\-@＝＋－＠]|^[\t\r]/;

async function hostile(): Promise<{
  result: ScenarioResult;
  identity: Awaited<ReturnType<typeof resultIdentity>>;
}> {
  const { scenario, files } = await loadScenarioWithFiles(HOSTILE, process.cwd());
  const result = await runScenario(scenario);
  return { result, identity: await resultIdentity(scenario, result, files) };
}

/** The result with township names replaced (names the data reader may refuse: control characters). */
function renamed(result: ScenarioResult, names: readonly string[]): ScenarioResult {
  return {
    ...result,
    townships: result.townships.map((row, i) => (i < names.length ? { ...row, name: names[i]! } : row)),
  };
}

describe("neutraliseFormula(text)", () => {
  it("prefixes a single quote to text starting with = + - @, their full-width forms, a tab or a CR", () => {
    for (const text of [
      ...FORMULA_NAMES,
      "=1+2",
      "\t=1+1",
      "\r=1+1",
      "\tabc",
      " =1+1",
      "\u3000@x",
      "－1",
      "＠a",
      "＋1",
    ])
      expect(neutraliseFormula(text)).toBe(`'${text}`);
  });
  it("leaves other text unchanged, including a quote or a formula character later in the text", () => {
    for (const text of ["城厢镇", "T01", "a=1", "1-2", "'=1", "", " ", "（+3）"])
      expect(neutraliseFormula(text)).toBe(text);
  });
});

describe("csvText(text)", () => {
  it("neutralises, then quotes a cell with a quote, comma or line break (RFC 4180)", () => {
    expect(csvText('=HYPERLINK("http://evil.example","x")')).toBe(
      '"\'=HYPERLINK(""http://evil.example"",""x"")"',
    );
    expect(csvText("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvText("a\nb")).toBe('"a\nb"');
    // a locale that splits on ";" or tab keeps the quoted cell whole, so "=1+1" never starts a cell
    expect(csvText("x;=1+1")).toBe('"x;=1+1"');
    expect(csvText("x\t=1+1")).toBe('"x\t=1+1"');
    expect(csvText("a\u001B[31mb")).toBe("ab");
  });
});

describe("resultToCsv(result, lang) on a county with hostile names", () => {
  it("writes no text cell that a spreadsheet would read as a formula, and every name comes back behind one quote", async () => {
    const { result } = await hostile();
    for (const lang of ["zh", "en"] as const) {
      const records = parseCsv(resultToCsv(result, lang));
      const [header, ...rows] = records.map((r) => r.cells);
      expect(header).toHaveLength(10);
      for (const cells of rows) {
        expect(cells).toHaveLength(10);
        // text columns: id, name, category, binding, reasons (the others are numbers)
        for (const c of [0, 1, 2, 8, 9]) expect(cells[c], cells[c]).not.toMatch(LIVE);
        for (const c of [3, 4, 5, 6, 7]) expect(Number.isFinite(Number(cells[c])), cells[c]).toBe(true);
      }
      const byId = new Map(rows.map((cells) => [cells[0], cells]));
      for (const [i, name] of FORMULA_NAMES.entries()) {
        const row = result.townships.find((t) => t.name === name)!;
        expect(rows[result.townships.indexOf(row)]![1], `row ${i}`).toBe(`'${name}`);
      }
      // the id =1+2 is text with a quote; the row is found under it
      expect(byId.get("'=1+2")?.[1]).toBe("芦溪镇二");
    }
  });

  it("keeps the numbers as numbers: a change of −3 is the cell -3, not text", async () => {
    const { result } = await hostile();
    const rows = parseCsv(resultToCsv(result, "zh"))
      .slice(1)
      .map((r) => r.cells);
    for (const [i, row] of result.townships.entries()) {
      expect(rows[i]![3]).toBe(String(row.current));
      expect(rows[i]![6]).toBe(String(row.allocated));
      expect(rows[i]![7]).toBe(String(row.change));
      expect(Number(rows[i]![7])).toBe(row.change);
    }
    // the demo county's band lets several townships lose 2 posts: their change is written -2
    expect(rows.some((cells) => cells[7] === "-2")).toBe(true);
  });
});

describe("resultToXlsx(result, lang) on a county with hostile names", () => {
  it("writes names and ids as string cells behind one quote, no formula cell anywhere, numbers as number cells", async () => {
    const { result, identity } = await hostile();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await resultToXlsx(result, "zh", { identity })) as unknown as ArrayBuffer);
    let cells = 0;
    workbook.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          cells++;
          expect(cell.type, `${sheet.name}!${cell.address}`).not.toBe(ExcelJS.ValueType.Formula);
          expect(cell.formula, `${sheet.name}!${cell.address}`).toBeUndefined();
          if (cell.type === ExcelJS.ValueType.String) expect(cell.value as string).not.toMatch(LIVE);
        }),
      ),
    );
    expect(cells).toBeGreaterThan(250);
    const table = workbook.worksheets[0]!;
    for (const name of FORMULA_NAMES) {
      const i = result.townships.findIndex((t) => t.name === name);
      const cell = table.getRow(i + 2).getCell(2);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.value).toBe(`'${name}`);
    }
    const i = result.townships.findIndex((t) => t.id === "=1+2");
    expect(table.getRow(i + 2).getCell(1).value).toBe("'=1+2");
    // today, new and change stay numbers (the change of a cut township is a negative number)
    const cut = result.townships.findIndex((t) => t.change < 0);
    expect(table.getRow(cut + 2).getCell(8).type).toBe(ExcelJS.ValueType.Number);
    expect(table.getRow(cut + 2).getCell(8).value).toBe(result.townships[cut]!.change);
    expect(table.getRow(cut + 2).getCell(4).value).toBe(result.townships[cut]!.current);
    // the scenario's name "=恶意方案|<b>" on the summary sheet is neutralised too
    const summaryValues: unknown[] = [];
    workbook.worksheets[1]!.eachRow((row) => row.eachCell((cell) => summaryValues.push(cell.value)));
    expect(summaryValues).toContain("'=恶意方案|<b>");
  });
});

describe("resultToMarkdown(result, lang) on a county with hostile names", () => {
  it("keeps every table row at 8 cells, writes no HTML tag and no link, and escapes the heading", async () => {
    const { result, identity } = await hostile();
    const withBreak = renamed(result, ["=HYPERLINK", "a|b\nc", "x\r\ny<img src=x onerror=alert(1)>"]);
    const md = resultToMarkdown(withBreak, "zh", identity);
    const tableLines = md.split("\n").filter((l) => l.startsWith("| "));
    expect(tableLines).toHaveLength(result.townships.length + 2); // header, rule, one row per township
    for (const line of tableLines) {
      // cells are split on pipes not escaped by a backslash (GFM), with "\\" itself escaped
      const cells = line.replace(/\\./g, "").split("|").slice(1, -1);
      expect(cells, line).toHaveLength(8);
    }
    expect(md).not.toMatch(/<(script|img|b)\b/i);
    expect(md).toContain("a\\|b<br>c");
    expect(md).toContain("a\\|b&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(md).toContain("\\[x\\](javascript:alert(1))");
    expect(md).toContain("### a\\|b c（T02，");
    expect(md.split("\n")[0]).toBe("# =恶意方案\\|&lt;b&gt;");
  });

  it("markdownText and markdownCode: backslash, backtick and line breaks cannot break out", () => {
    expect(markdownText("a\\|b")).toBe("a\\\\\\|b");
    expect(markdownText("*x* _y_ ~z~ `c`")).toBe("\\*x\\* \\_y\\_ \\~z\\~ \\`c\\`");
    expect(markdownText("x\u2028y")).toBe("x y");
    // GFM's extended autolinks (https://github.github.com/gfm/#autolinks-extension-) start at "www." or "://"
    expect(markdownText('=HYPERLINK("http://evil.example","x")')).toBe(
      '=HYPERLINK("http\\://evil.example","x")',
    );
    expect(markdownText("see www.evil.example")).toBe("see www\\.evil.example");
    expect(markdownCode("a``b")).toBe("``` a``b ```");
    expect(markdownCode("dir/file.csv")).toBe("`dir/file.csv`");
  });
});

describe("terminal output strips control characters and escape sequences from user text", () => {
  const ESC_NAMES = [
    "\u001B[31m红\u001B[0m镇", // SGR colour
    "\u001B]8;;http://evil.example\u001B\\点我\u001B]8;;\u001B\\", // OSC 8 hyperlink
    "乡\u0007\u0008\u202E镇", // BEL, backspace, right-to-left override
    "\u009B2J清屏", // 8-bit CSI
    "a\rFAKE", // CR overwriting the line
  ];
  /** Any C0 control but LF, DEL, C1, bidi controls. */
  const CONTROL = /(?!\n)[\p{Cc}\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;

  it("resultToText prints none, and the table's columns stay aligned", async () => {
    const { result } = await hostile();
    for (const lang of ["zh", "en"] as const) {
      const text = resultToText(renamed(result, ESC_NAMES), lang);
      expect(text).not.toMatch(CONTROL);
      expect(text).toContain("红镇");
      expect(text).toContain("点我");
      expect(text).toContain("a FAKE");
    }
  });

  it("stripControls removes SGR, OSC (BEL- or ST-ended), 8-bit CSI, C0/C1 and bidi controls; keeps text, tab, LF, CR", () => {
    expect(stripControls("A\u001B[1;31mB\u001B[0m")).toBe("AB");
    expect(stripControls("x\u001B]0;title\u0007y")).toBe("xy");
    expect(stripControls("x\u001B]8;;http://e\u001B\\link\u001B]8;;\u001B\\y")).toBe("xlinky");
    expect(stripControls("\u009B31mq\u0085r\u0000s")).toBe("qrs");
    expect(stripControls("a\u202Eb\u2066c\u2069\u200Fd")).toBe("abcd");
    expect(stripControls("a\u001Bcb")).toBe("ab");
    expect(stripControls("a\tb\r\nc")).toBe("a\tb\r\nc");
    expect(terminalText("ok\rFAKE\r\n")).toBe("okFAKE\r\n");
    expect(terminalCell("a\tb\r\nc")).toBe("a b c");
  });

  it("textTable aligns cells by their width after stripping", () => {
    // "\u001B[31m红\u001B[0m" is 2 columns wide once stripped (one CJK character)
    expect(
      textTable(
        ["名", "n"],
        [
          ["\u001B[31m红\u001B[0m", "1"],
          ["ab", "22"],
        ],
        ["left", "right"],
      ),
    ).toBe("名   n\n--  --\n红   1\nab  22");
  });

  it("JSON escapes C1 and bidi controls (the same value when parsed) and JSON.stringify escapes ESC", async () => {
    const { result } = await hostile();
    const json = resultToJson(renamed(result, ESC_NAMES));
    expect(json).not.toMatch(CONTROL);
    expect(JSON.parse(json).townships[0].name).toBe(ESC_NAMES[0]);
    expect(JSON.parse(json).townships[3].name).toBe(ESC_NAMES[3]);
    expect(safeJson({ a: "\u202E" })).toBe('{\n  "a": "\\u202e"\n}\n');
  });
});

it("the fixture keeps the hostile names (the data reader does not trim them away)", () => {
  const text = readFileSync("test/fixtures/hostile/townships.csv", "utf8");
  for (const name of ["-2+3", "@SUM(A1)", "＝1+1"]) expect(text).toContain(`,${name},`);
});

it("stripControls: an unended OSC string loses its introducer only, not the text after it, however many there are", () => {
  expect(stripControls("a\u001B]0;title\nnext line")).toBe("a0;title\nnext line");
  expect(stripControls("\u009Dx\u009Dy")).toBe("xy");
  const many = "\u001B]".repeat(50_000) + "tail";
  expect(stripControls(many)).toBe("tail");
});

describe("quota-planner solve on the hostile county: stdout and --out carry the same safe bytes", () => {
  it("--format csv prints the neutralised CSV; --out writes it, the Markdown and the JSON without live content", async () => {
    const { result, identity } = await hostile();
    const printed = await runCli(["solve", HOSTILE, "--format", "csv"]);
    expect(printed.code).toBe(0);
    expect(printed.stdout).toBe(resultToCsv(result, "zh"));
    const dir = await mkdtemp(join(tmpdir(), "qp-hostile-"));
    const { code } = await runCli(["solve", HOSTILE, "--out", dir]);
    expect(code).toBe(0);
    const csv = await readFile(join(dir, "hostile.csv"), "utf8");
    expect(csv).toBe(resultToCsv(result, "zh"));
    for (const cells of parseCsv(csv)
      .slice(1)
      .map((r) => r.cells))
      for (const c of [0, 1, 2, 8, 9]) expect(cells[c]).not.toMatch(LIVE);
    const md = await readFile(join(dir, "hostile.md"), "utf8");
    expect(md).toBe(resultToMarkdown(result, "zh", identity));
    expect(md).not.toMatch(/<script/i);
    expect(JSON.parse(await readFile(join(dir, "hostile.json"), "utf8")).townships[0].name).toBe(
      FORMULA_NAMES[0],
    );
  });
});
