import { readFile } from "node:fs/promises";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import {
  buildSite,
  describeBrowser,
  expectClean,
  type GuardedPage,
  launchBrowser,
  openGuardedPage,
  removeSite,
  type Served,
  screenshot,
  serve,
  waitForText,
} from "./harness.ts";

// The demonstration LP of notebooks/index.worker.ts (Chvátal, Linear Programming, 1983, ch. 2):
//   maximise 5x1 + 4x2 + 3x3  s.t.  2x1 + 3x2 + x3 <= b,  4x1 + x2 + 2x3 <= 11,  3x1 + 4x2 + 2x3 <= 8,  x >= 0.
// b = 5: x = (2, 0, 1), objective 13. Certificate: the dual y = (1, 0, 1) is feasible
//   (2+3 >= 5, 3+4 >= 4, 1+2 >= 3) with dual objective 5*1 + 8*1 = 13 = primal objective.
// b = 4: the same basis (c1, c3 tight, x2 = 0) gives 2x1 + x3 = 4, 3x1 + 2x3 = 8 => x = (0, 0, 4),
//   objective 12 = dual objective 4*1 + 8*1.
// b = 0: 2x1 + 3x2 + x3 <= 0 with x >= 0 forces x = 0, objective 0.

describeBrowser("placeholder page notebooks/index.html in Chromium", () => {
  let site: string;
  let served: Served;
  let browser: Browser;
  const opened: GuardedPage[] = [];

  beforeAll(async () => {
    site = await buildSite();
    served = await serve(site);
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    await Promise.all(opened.map((g) => g.close()));
    await browser?.close();
    await served?.close();
    if (site) await removeSite(site);
  });

  const open = async (path = ""): Promise<GuardedPage> => {
    const guarded = await openGuardedPage(browser);
    opened.push(guarded);
    await guarded.page.goto(new URL(path, served.url).href);
    return guarded;
  };

  it("opens in Chinese, solves the LP in the worker (objective 13, x = (2, 0, 1)) with no error or external request", async () => {
    const guarded = await open();
    const { page } = guarded;
    await waitForText(page, "[data-testid=objective]", "13");
    expect(await page.getAttribute("html", "lang")).toBe("zh-CN");
    expect(await page.textContent("h1")).toBe("规划页面建设中");
    expect(await page.getAttribute("button[data-lang=zh]", "aria-pressed")).toBe("true");
    expect(await page.textContent("[data-testid=status]")).toBe("最优");
    expect(await page.textContent("[data-testid='value-x₁']")).toBe("2");
    expect(await page.textContent("[data-testid='value-x₂']")).toBe("0");
    expect(await page.textContent("[data-testid='value-x₃']")).toBe("1");
    // the chart is drawn with three bars and Chinese axis titles
    expect(await page.locator("[data-slot=solver-chart] rect").count()).toBe(3);
    expect(await page.locator("[data-slot=solver-chart] .axis-title").allTextContents()).toEqual([
      "变量",
      "取值（单位）",
    ]);
    await screenshot(page, "index-zh");
    expectClean(guarded);
  });

  it("the English switch changes the visible text and the language survives links and reloads", async () => {
    const guarded = await open();
    const { page } = guarded;
    await waitForText(page, "[data-testid=objective]", "13");
    await page.click("button[data-lang=en]");
    await waitForText(page, "[data-testid=status]", "optimal");
    expect(await page.textContent("h1")).toBe("Planner pages: under construction");
    expect(await page.textContent("title")).toBe("Township Staffing Planner");
    expect(await page.getAttribute("html", "lang")).toBe("en");
    expect(new URL(page.url()).searchParams.get("lang")).toBe("en");
    expect(await page.locator("[data-slot=solver-table] th").allTextContents()).toEqual([
      "Variable",
      "Value",
    ]);
    expect(await page.textContent("[data-slot=limit-input] .qp-label")).toBe("Limit of the first constraint");
    await screenshot(page, "index-en");

    // a link to another page carries the language
    expect(new URL((await page.getAttribute(".page-nav a", "href"))!).searchParams.get("lang")).toBe("en");
    await Promise.all([page.waitForURL(/lang=en/), page.click(".page-nav a")]);
    await waitForText(page, "h1", "Planner pages: under construction");

    // a bare address opens in the stored language
    await page.goto(served.url);
    await waitForText(page, "[data-testid=status]", "optimal");
    expect(await page.textContent("h1")).toBe("Planner pages: under construction");

    // and back to Chinese
    await page.click("button[data-lang=zh]");
    await waitForText(page, "[data-testid=status]", "最优");
    expect(await page.textContent("h1")).toBe("规划页面建设中");
    expect(new URL(page.url()).searchParams.get("lang")).toBe("zh");
    expectClean(guarded);
  });

  it("?lang=en in the address wins over the default in a fresh browser profile", async () => {
    const guarded = await open("?lang=en");
    await waitForText(guarded.page, "[data-testid=status]", "optimal");
    expect(await guarded.page.textContent(".brand-title")).toBe("Township Staffing Planner");
    expectClean(guarded);
  });

  it("moving the slider re-solves: limit 4 gives objective 12 at x = (0, 0, 4); the last of fast moves wins", async () => {
    const guarded = await open();
    const { page } = guarded;
    await waitForText(page, "[data-testid=objective]", "13");
    const slider = page.locator("[data-slot=limit-input] input[type=range]");
    await slider.fill("4");
    await waitForText(page, "[data-testid=objective]", "12");
    expect(await page.textContent("[data-testid='value-x₁']")).toBe("0");
    expect(await page.textContent("[data-testid='value-x₃']")).toBe("4");
    expect(await page.textContent("[data-slot=limit-input] output")).toBe("4");

    // many quick moves ending at 0: the page settles on the answer for 0
    for (const value of ["10", "9", "8", "7", "6", "5", "3", "2", "1", "0"]) await slider.fill(value);
    await waitForText(page, "[data-testid=objective]", "0");
    expect(await page.textContent("[data-testid='value-x₃']")).toBe("0");
    expectClean(guarded);
  });

  it("the download button saves the result as UTF-8 CSV with a byte order mark", async () => {
    const guarded = await open();
    const { page } = guarded;
    await waitForText(page, "[data-testid=objective]", "13");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.click("[data-slot=download-button] button"),
    ]);
    expect(download.suggestedFilename()).toBe("solver-check.csv");
    const bytes = await readFile((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // rows of the b = 5 optimum derived above
    expect(bytes.subarray(3).toString("utf8")).toBe(
      "variable,value\r\nx₁,2\r\nx₂,0\r\nx₃,1\r\nobjective,13\r\n",
    );
    expectClean(guarded);
  });

  it("the file picker reads a local CSV and shows its name, byte count and first line", async () => {
    const guarded = await open();
    const { page } = guarded;
    await waitForText(page, "[data-testid=objective]", "13");
    // "name,population\n" is 16 bytes, "芦溪镇" 3 × 3 = 9 bytes in UTF-8, ",12345\n" 7 bytes: 32 in all
    await page.setInputFiles("[data-slot=file-input] input[type=file]", {
      name: "towns.csv",
      mimeType: "text/csv",
      buffer: Buffer.from("name,population\n芦溪镇,12345\n", "utf8"),
    });
    await waitForText(page, "[data-testid=file-size]", "32 字节");
    expect(await page.textContent("[data-testid=file-name]")).toBe("towns.csv");
    expect(await page.textContent("[data-testid=file-first-line]")).toBe("name,population");
    expect(await page.textContent("[data-slot=file-input] .qp-file-name")).toBe("towns.csv");

    // with a byte order mark (3 bytes more) the first line is still read without it
    await page.setInputFiles("[data-slot=file-input] input[type=file]", {
      name: "towns-bom.csv",
      mimeType: "text/csv",
      buffer: Buffer.concat([
        Buffer.from([0xef, 0xbb, 0xbf]),
        Buffer.from("乡镇,人口\n芦溪镇,12345\n", "utf8"),
      ]),
    });
    // 3 + "乡镇,人口\n" (6 + 1 + 6 + 1 = 14) + "芦溪镇,12345\n" (9 + 7 = 16) = 33
    await waitForText(page, "[data-testid=file-size]", "33 字节");
    expect(await page.textContent("[data-testid=file-first-line]")).toBe("乡镇,人口");
    expectClean(guarded);
  });

  it("the print stylesheet hides the controls and keeps the results", async () => {
    const guarded = await open();
    const { page } = guarded;
    await waitForText(page, "[data-testid=objective]", "13");
    await page.emulateMedia({ media: "print" });
    expect(await page.isVisible(".lang-switch")).toBe(false);
    expect(await page.isVisible("[data-slot=limit-input] input[type=range]")).toBe(false);
    expect(await page.isVisible("[data-slot=download-button] button")).toBe(false);
    expect(await page.isVisible("[data-slot=solver-table] table")).toBe(true);
    expect(await page.isVisible("[data-slot=solver-chart] svg")).toBe(true);
    expectClean(guarded);
  });

  it("the harness itself records a request to a non-local address and a console error", async () => {
    const guarded = await open();
    const { page } = guarded;
    await waitForText(page, "[data-testid=objective]", "13");
    const outcome = await page.evaluate(() =>
      fetch("https://example.com/probe").then(
        () => "loaded",
        () => "blocked",
      ),
    );
    expect(outcome).toBe("blocked");
    expect(guarded.external).toEqual(["https://example.com/probe"]);
    await Promise.all([
      page.waitForEvent("console", (message) => message.text() === "probe error"),
      page.evaluate(() => console.error("probe error")),
    ]);
    expect(guarded.errors).toContain("console: probe error");
  });
});
