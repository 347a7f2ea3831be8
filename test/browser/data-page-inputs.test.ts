// 数据 Data with hostile and huge inputs (issue 9): every file of test/fixtures/data/hostile/ gives in Chromium the
// problem the library gives in Node (so the browser's TextDecoder and the workbook checks agree with Node's), and a
// county table of 200,000 townships is read in the page's reader worker (notebooks/reader.worker.ts) with a working
// message, answering with the right count and the first 1000 rows previewed. Times are printed, never asserted.
import { readdir, readFile } from "node:fs/promises";
import { expect, it } from "vitest";
import { InputError, type InputProblem, readCountyTable } from "../../src/index.ts";
import { describeBrowser, expectClean, waitForText } from "./harness.ts";
import { useSite } from "./site.ts";

const HOSTILE = "test/fixtures/data/hostile/";

const INPUT = "[data-slot=file-input] input[type=file]";

/** A county of n townships as CSV (by construction: T0 the county seat, then general townships). */
function county(n: number): Buffer {
  const lines = ["编号,乡镇名称,乡镇类别,人口,幅员面积,行政编制"];
  for (let i = 0; i < n; i++)
    lines.push(
      `T${i},镇${i},${i === 0 ? "县政府驻地镇" : "一般乡"},${1000 + i},${10 + (i % 7)},${15 + (i % 5)}`,
    );
  return Buffer.from(`${lines.join("\n")}\n`, "utf8");
}

describeBrowser("data page with hostile and huge inputs", () => {
  const site = useSite();

  it("shows each hostile file's problem with its row and column, as the library finds it in Node", async () => {
    const guarded = await site.open("data.html");
    const { page } = guarded;
    await waitForText(page, "[data-testid=data-in-use]", "数据：示例县（虚构数据，25 个乡镇）");
    const files = (await readdir(HOSTILE)).filter((name) => !name.endsWith(".md")).sort();
    expect(files.length).toBeGreaterThanOrEqual(9);
    for (const name of files) {
      const bytes = await readFile(HOSTILE + name);
      let expected: readonly InputProblem[] = [];
      try {
        await readCountyTable(new Uint8Array(bytes), { file: name });
      } catch (error) {
        if (error instanceof InputError) expected = error.problems;
      }
      expect(expected.length, name).toBe(1);
      const p = expected[0]!;
      await page.setInputFiles(INPUT, { name, mimeType: "application/octet-stream", buffer: bytes });
      await expect
        .poll(
          () =>
            page
              .locator("[data-slot=report] [data-testid=problems] tbody tr")
              .evaluateAll((rows) =>
                rows.map((row) => [...row.querySelectorAll("td")].map((td) => td.textContent ?? "")),
              ),
          { timeout: 10_000 },
        )
        .toEqual([
          [
            p.row === undefined ? "–" : String(p.row),
            p.place?.zh.replace(/^列“(.*)”$/, "$1") ?? p.column ?? "–",
            p.found === undefined || p.found === "" ? "–" : p.found,
            p.message.zh,
          ],
        ]);
    }
    expectClean(guarded);
  }, 120_000);

  it("reads 200,000 rows in the worker with a working message, and answers with every township counted", async () => {
    const guarded = await site.open("data.html");
    const { page } = guarded;
    await waitForText(page, "[data-testid=data-in-use]", "数据：示例县（虚构数据，25 个乡镇）");
    const bytes = county(200_000);
    const started = Date.now();
    await page.setInputFiles(INPUT, { name: "big.csv", mimeType: "text/csv", buffer: bytes });
    // the working message names the file while the worker reads
    await page.waitForFunction(
      () => {
        const status = document.querySelector<HTMLElement>("[data-testid=reading-status]");
        return status !== null && (!status.hidden || status.dataset.done === "true");
      },
      undefined,
      { timeout: 10_000 },
    );
    const working = await page.locator("[data-testid=reading-status]").textContent();
    // the page answers while the table is being read: a round trip to the page's main thread
    const probe = Date.now();
    await page.evaluate(() => document.title);
    const roundTrip = Date.now() - probe;
    await waitForText(
      page,
      "[data-testid=read-status]",
      "“big.csv”无误：200000 个乡镇，3 个数值列。",
      120_000,
    );
    const answered = Date.now() - started;
    expect(working).toMatch(/^正在读取并检查“big\.csv”（\d+\.\d MB）……已用 \d+ 秒$|^$/);
    expect(await page.locator("[data-testid=reading-status]").isHidden()).toBe(true);
    expect(await page.locator("[data-testid=preview-more]").textContent()).toBe(
      "共 200000 个乡镇，预览前 1000 个（排序只在这些行中进行）。",
    );
    expect(await page.locator("[data-slot=preview] tbody tr").count()).toBe(1000);
    // the first previewed row is T0 (the file's first township)
    expect(
      await page.locator("[data-slot=preview] tbody tr").first().locator("td").first().textContent(),
    ).toBe("T0");
    console.log(
      `data page: 200,000 rows (${(bytes.length / 1024 / 1024).toFixed(1)} MB) answered in ${answered} ms; ` +
        `a main-thread round trip while reading took ${roundTrip} ms`,
    );
    expectClean(guarded);
  }, 180_000);
});
