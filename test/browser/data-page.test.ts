// 数据 Data (notebooks/data.html) in Chromium: every bad table's problems with row and column (the same
// list the library gives in Node), a valid table tried with the standard, used on the other pages and
// dropped again, an XLSX workbook, and a valid table the standard cannot use.
import { readdir, readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { InputError, type InputProblem, readCountyTable } from "../../src/index.ts";
import { describeBrowser, expectClean, screenshot, waitForText } from "./harness.ts";
import { columnValues, useSite, waitForOverview } from "./site.ts";

const BAD = "test/fixtures/data/bad/";
const INPUT = "[data-slot=file-input] input[type=file]";

/** The problems the library reports for a file, in Node (the second method for the page's table). */
async function problemsOf(name: string, bytes: Uint8Array): Promise<readonly InputProblem[]> {
  try {
    await readCountyTable(bytes, { file: name });
  } catch (error) {
    if (error instanceof InputError) return error.problems;
    throw error;
  }
  throw new Error(`${name} was expected to have problems`);
}

/** The page's problems table as [row, column, found, message] per line (one file: named in the heading). */
function problemRows(page: Page, slot = "report"): Promise<string[][]> {
  return page
    .locator(`[data-slot=${slot}] [data-testid=problems] tbody tr`)
    .evaluateAll((rows) =>
      rows.map((row) => [...row.querySelectorAll("td")].map((td) => td.textContent ?? "")),
    );
}

/** The demo county without its last township (T25 岩峰乡, 17 posts), 城厢镇 renamed 新城镇. */
async function ownCounty(): Promise<Buffer> {
  const lines = (await readFile("scenarios/demo-county/townships.csv", "utf8")).trimEnd().split("\n");
  return Buffer.from(`${lines.slice(0, -1).join("\n").replace("城厢镇", "新城镇")}\n`, "utf8");
}

describeBrowser("data page notebooks/data.html", () => {
  const site = useSite();

  it("lists every problem of each bad table with its row, column and value, as the library finds them", async () => {
    const guarded = await site.open("data.html");
    const { page } = guarded;
    await waitForText(page, "[data-testid=data-in-use]", "数据：示例县（虚构数据，25 个乡镇）");
    const files = (await readdir(BAD)).sort();
    expect(files.length).toBeGreaterThanOrEqual(15);
    for (const name of files) {
      const bytes = await readFile(BAD + name);
      const expected = await problemsOf(name, new Uint8Array(bytes));
      await page.setInputFiles(INPUT, { name, mimeType: "application/octet-stream", buffer: bytes });
      // messages that quote a parser's own error (JSON.parse, the zip reader) differ between Node and
      // Chromium after the quote starts: those are compared up to it
      const quotes = (p: InputProblem) => p.code === "invalid-json" || p.code === "unreadable-xlsx";
      const shown = (rows: string[][]) =>
        rows.map((r, i) => {
          const p = expected[i];
          return p !== undefined && quotes(p) ? [...r.slice(0, 3), r[3]!.split("（")[0]!] : r;
        });
      await expect
        .poll(async () => shown(await problemRows(page)), { timeout: 10_000 })
        .toEqual(
          expected.map((p) => [
            p.row === undefined ? "–" : String(p.row),
            // in Chinese a column's place in words (列“人口” → 人口, 第7列), never a key with an array position
            p.place?.zh.replace(/^列“(.*)”$/, "$1") ??
              p.column ??
              (p.path?.match(/\[\d+\]/) ? undefined : p.path) ??
              "–",
            p.found === undefined || p.found === "" ? "–" : p.found,
            quotes(p) ? p.message.zh.split("（")[0]! : p.message.zh,
          ]),
        );
      expect(await page.locator("[data-slot=check] button.use-data").count(), name).toBe(0);
    }
    // three-problems.csv, read by hand (row 1 = header): row 3 population "N/A", row 4 category "城关镇",
    // row 5 admin posts "-3"
    const three = await readFile(`${BAD}three-problems.csv`);
    await page.setInputFiles(INPUT, { name: "three-problems.csv", mimeType: "text/csv", buffer: three });
    await expect
      .poll(async () => (await problemRows(page)).map((r) => r.slice(0, 3)))
      .toEqual([
        ["3", "人口", "N/A"],
        ["4", "乡镇类别", "城关镇"],
        ["5", "行政编制", "-3"],
      ]);
    expect(await page.textContent("[data-testid=problems] h3")).toBe("three-problems.csv：发现 3 处问题");
    await screenshot(page, "data-problems-zh");
    await page.click("button[data-lang=en]");
    await waitForText(page, "[data-testid=problems] h3", "three-problems.csv: 3 problems found");
    expect((await problemRows(page))[0]![3]).toBe('expected a whole number > 0, found "N/A"');
    await screenshot(page, "data-problems-en");
    expectClean(guarded);
  });

  it("tries a valid table with the standard, uses it on the other pages, and goes back to the demo county", async () => {
    const guarded = await site.open("data.html");
    const { page } = guarded;
    await page.setInputFiles(INPUT, {
      name: "my-county.csv",
      mimeType: "text/csv",
      buffer: await ownCounty(),
    });
    await waitForText(page, "[data-testid=read-status]", "“my-county.csv”无误：24 个乡镇，13 个数值列。");
    // baseline settings on 24 townships: 494 today (511 − T25's 17) + 10 = 504; reserve floor(2% × 504 = 10.08) = 10
    await waitForText(page, "[data-testid=trial-status]", "按“基准方案”的设置试算成功：可分配 494 名。");
    expect(await page.locator("[data-slot=preview] tbody tr").count()).toBe(24);
    expect(await page.textContent("[data-slot=preview] tbody tr:first-child")).toContain("新城镇");
    await screenshot(page, "data-valid-zh");
    await page.click("[data-slot=check] button.use-data");
    await waitForText(
      page,
      "[data-testid=data-in-use]",
      "数据：my-county.csv（本机载入，24 个乡镇，未上传）",
    );

    // the overview solves the planner's data
    await Promise.all([page.waitForURL(/index\.html/), page.click("[data-testid=use-status] a")]);
    await waitForOverview(page, 494);
    expect(await page.textContent("[data-testid=data-in-use]")).toBe(
      "数据：my-county.csv（本机载入，24 个乡镇，未上传）",
    );
    const allocated = await columnValues(page, "allocated-");
    expect(Object.keys(allocated)).toHaveLength(24);
    expect(Object.values(allocated).reduce((s, x) => s + x, 0)).toBe(494);
    expect(await page.textContent("[data-slot=allocation] tbody tr:first-child td:nth-child(2)")).toBe(
      "新城镇",
    );
    // so does the township page
    await Promise.all([
      page.waitForURL(/township\.html/),
      page.click("[data-slot=allocation] a.township-link >> nth=0"),
    ]);
    await waitForText(page, "[data-testid=township-name]", "新城镇 T01 · 县政府驻地镇");
    expect(await page.textContent("[data-slot=summary]")).toContain("my-county.csv");
    await screenshot(page, "township-own-data-zh");
    // and back to the demo county from any page
    await page.click("[data-slot=context] button.back-to-demo");
    await waitForText(page, "[data-testid=township-name]", "城厢镇 T01 · 县政府驻地镇");
    expect(await page.textContent("[data-testid=data-in-use]")).toBe("数据：示例县（虚构数据，25 个乡镇）");
    await page.goto(new URL("index.html", site.url()).href);
    await waitForOverview(page, 511);
    expectClean(guarded);
  });

  it("reads an office-shaped GB18030 table: lists what it skipped and converted as the library does, and offers the unmatched header for mapping", async () => {
    const name = "office-county.gb18030.csv";
    const bytes = await readFile(`test/fixtures/data/office/${name}`);
    // the same notices as Node's reader gives for the same bytes
    const expected = (await readCountyTable(bytes, { file: name })).notices.map((n) => n.code);
    expect(expected).toContain("title-row-skipped");
    expect(expected).toContain("totals-row-skipped");
    const guarded = await site.open("data.html");
    const { page } = guarded;
    await page.setInputFiles(INPUT, { name, mimeType: "text/csv", buffer: bytes });
    await page.waitForSelector("[data-testid=notices] li");
    expect(
      await page
        .locator("[data-testid=notices] li")
        .evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset.code)),
    ).toEqual(expected.filter((code) => code !== "unmatched-header"));
    // the unmatched header is not a notice here: the mapping step lists it, set to the reader's suggestion
    expect(await page.locator('[data-slot=mapping] tr[data-header="借调借出"] select').inputValue()).toBe(
      "staffLentOut",
    );
    expect(await page.textContent("[data-testid=read-status]")).toContain("25 个乡镇");
    await screenshot(page, "data-office-zh");
    expectClean(guarded);
  });

  it("reads an XLSX workbook in the browser", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("乡镇");
    const lines = (await readFile("scenarios/demo-county/townships.csv", "utf8")).trimEnd().split("\n");
    for (const [i, line] of lines.entries()) {
      const cells = line.split(",");
      sheet.addRow(i === 0 ? cells : cells.map((c, j) => (j < 3 ? c : Number(c))));
    }
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const guarded = await site.open("data.html?lang=en");
    const { page } = guarded;
    await page.setInputFiles(INPUT, {
      name: "county.xlsx",
      mimeType: "application/octet-stream",
      buffer: bytes,
    });
    await waitForText(
      page,
      "[data-testid=read-status]",
      '"county.xlsx" is valid: 25 townships, 13 numeric columns.',
    );
    await waitForText(
      page,
      "[data-testid=trial-status]",
      'Solved with the settings of "Baseline": 511 posts to allocate.',
    );
    expect(await page.locator("[data-slot=preview] th").first().textContent()).toBe("ID");
    await screenshot(page, "data-valid-en");
    expectClean(guarded);
  });

  it("says why a valid table the standard cannot use is not offered (columns the indicators need are missing)", async () => {
    const guarded = await site.open("data.html");
    const { page } = guarded;
    // good/gb18030-chinese-headers.csv: a valid GB18030 table without GDP, revenue, location or project columns
    const bytes = await readFile("test/fixtures/data/good/gb18030-chinese-headers.csv");
    await page.setInputFiles(INPUT, { name: "gb18030.csv", mimeType: "text/csv", buffer: bytes });
    await waitForText(page, "[data-testid=read-status]", "“gb18030.csv”无误：5 个乡镇，5 个数值列。");
    await page.waitForSelector("[data-slot=check] [data-testid=problems]");
    expect(await page.textContent("[data-testid=trial-status]")).toContain("编制标准需要的列不全");
    const codes = await problemRows(page, "check");
    // all four are in the standard (named in the heading); the value found is the column each indicator reads
    expect(await page.textContent("[data-slot=check] [data-testid=problems] h3")).toBe(
      "models/standard.yaml：发现 4 处问题",
    );
    expect(codes.map((r) => r[2])).toEqual(["locationScore", "gdp", "fiscalRevenue", "keyProjects"]);
    expect(await page.locator("[data-slot=check] button.use-data").count()).toBe(0);
    expectClean(guarded);
  });
  it("a required column under an unknown header (单位名称 for 乡镇名称) is offered for mapping, then the table reads", async () => {
    const guarded = await site.open("data.html");
    const { page } = guarded;
    const text = (await readFile("scenarios/demo-county/townships.csv", "utf8")).replace(
      "乡镇名称",
      "单位名称",
    );
    await page.setInputFiles(INPUT, { name: "renamed.csv", mimeType: "text/csv", buffer: Buffer.from(text) });
    // read as it is, the table lacks 乡镇名称 and the reader names 单位名称 beside it (test/data-unmatched-required.test.ts);
    // the mapping step offers it
    const select = '[data-slot=mapping] tr[data-header="单位名称"] select';
    await page.waitForSelector(select);
    // pre-set to the reader's suggestion (乡镇名称 = name), which reads the table again with the mapping
    expect(await page.inputValue(select)).toBe("name");
    await page.waitForSelector("[data-testid=read-status]");
    expect(await page.textContent("[data-testid=read-status]")).toContain("25");
    // "keep" instead: the table cannot be read, the missing column is said, the header still offered
    await page.selectOption(select, "");
    await page.waitForSelector("[data-slot=report] [data-testid=problems]");
    expect((await problemRows(page)).map((r) => r[1])).toContain("单位名称");
    expect(await page.locator(select).count()).toBe(1);
    await page.selectOption(select, "name");
    await page.waitForSelector("[data-testid=read-status]");
    await expect.poll(() => page.textContent("[data-testid=trial-status]")).toContain("试算成功");
    await screenshot(page, "data-required-mapped-zh");
    expectClean(guarded);
  }, 60_000);
});
