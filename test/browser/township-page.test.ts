// 乡镇说明 Township detail (notebooks/township.html) in Chromium: one township's numbers, the waterfall
// from its index share through each reason to its posts, its indicators and index parts, the picker,
// English, and printing on one A4 page.
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { describeBrowser, expectClean, SCREENSHOT_DIR, screenshot, waitForText } from "./harness.ts";
import { useSite } from "./site.ts";

interface GoldenTownship {
  id: string;
  name: string;
  plainTarget: number;
  allocated: number;
  reasons: { kind: string; amount: number; message: { zh: string; en: string } }[];
}
const golden = async (name: string) =>
  (
    JSON.parse(await readFile(`scenarios/demo-county/golden/${name}.json`, "utf8")) as {
      townships: GoldenTownship[];
    }
  ).townships;
const BASELINE = await golden("baseline");
const DEVELOPMENT = await golden("development-first");

/** Number of pages of a PDF made by Chromium: its page objects ("/Type /Page", not "/Pages"). */
function pdfPages(pdf: Buffer): number {
  return (pdf.toString("latin1").match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

async function printA4(page: Page): Promise<Buffer> {
  return page.pdf({ format: "A4", printBackground: true, preferCSSPageSize: true });
}

describeBrowser("township page notebooks/township.html", () => {
  const site = useSite();

  it("justifies T05 青岗镇: 23 → 25, the waterfall 25.29 +0.45 −0.74 = 25, six indicators and five factors", async () => {
    const guarded = await site.open("township.html?id=T05");
    const { page } = guarded;
    await waitForText(page, "[data-testid=township-name]", "青岗镇 T05 · 重点镇");
    expect(await page.textContent("[data-testid=township-allocated]")).toBe("核定 25 名");
    // golden/baseline.json, T05: plainTarget 25.2867, priority +0.4494, rounding −0.7361, allocated 25
    const t05 = BASELINE.find((t) => t.id === "T05")!;
    expect(
      await page
        .locator(".qp-waterfall [data-kind]")
        .evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.kind)),
    ).toEqual(["start", ...t05.reasons.map((r) => r.kind), "end"]);
    expect(await page.textContent("[data-testid=wf-start]")).toBe("25.29");
    expect(await page.textContent("[data-testid=wf-priority]")).toBe("+0.45");
    expect(await page.textContent("[data-testid=wf-rounding]")).toBe("−0.74");
    expect(await page.textContent("[data-testid=wf-end]")).toBe("25");
    expect(await page.locator(".wf-message").allTextContents()).toEqual(t05.reasons.map((r) => r.message.zh));
    // indicators: one row each, the township's raw value with its unit (townships.csv row T05: population 38700)
    expect(await page.locator("[data-slot=indicators] tbody tr").count()).toBe(6);
    expect(await page.textContent("[data-testid=raw-population]")).toBe("38,700 人");
    expect(await page.locator("[data-slot=indicators] tbody tr:first-child circle").count()).toBe(25);
    expect(await page.locator("[data-slot=factors] rect.factor-part").count()).toBe(5);
    expect(new URL(page.url()).searchParams.get("id")).toBe("T05");
    await screenshot(page, "township-zh");
    expectClean(guarded);
  });

  it("the picker shows another township and writes it to the address: T17 梨树乡 is lifted to the floor of 15", async () => {
    const guarded = await site.open("township.html?id=T05");
    const { page } = guarded;
    await waitForText(page, "[data-testid=township-name]", "青岗镇 T05 · 重点镇");
    await page.selectOption("[data-slot=picker] select", "T17");
    await waitForText(page, "[data-testid=township-name]", "梨树乡 T17 · 一般乡镇");
    expect(new URL(page.url()).searchParams.get("id")).toBe("T17");
    // golden/baseline.json, T17: priority −1.12 (coefficient 1.0), floor +1.14 → 15
    const t17 = BASELINE.find((t) => t.id === "T17")!;
    expect(await page.textContent("[data-testid=wf-floor]")).toBe("+1.14");
    expect(await page.locator(".wf-message").allTextContents()).toEqual(t17.reasons.map((r) => r.message.zh));
    expect(await page.textContent("[data-slot=summary]")).toContain("最低编制");
    expectClean(guarded);
  });

  it("prints on one A4 page, in Chinese and in English, also for the township with the most steps", async () => {
    const most = [...DEVELOPMENT].sort((a, b) => b.reasons.length - a.reasons.length)[0]!;
    const cases = [
      ["township.html?id=T05&lang=zh", "青岗镇 T05 · 重点镇"],
      ["township.html?id=T17&lang=en", "梨树乡 T17 · General township"],
      [`township.html?id=${most.id}&lang=en&scenario=development-first`, undefined],
      [`township.html?id=${most.id}&lang=zh&scenario=development-first`, undefined],
    ] as const;
    for (const [path, title] of cases) {
      const guarded = await site.open(path);
      const { page } = guarded;
      await page.waitForSelector("[data-testid=wf-end]");
      if (title !== undefined) expect(await page.textContent("[data-testid=township-name]")).toBe(title);
      expect(await page.textContent("[data-testid=wf-end]")).toBe(
        String(
          (path.includes("development") ? DEVELOPMENT : BASELINE).find((t) => path.includes(`id=${t.id}&`))!
            .allocated,
        ),
      );
      const pdf = await printA4(page);
      expect(pdfPages(pdf), path).toBe(1);
      expectClean(guarded);
    }
    // the page counter does count pages: the long overview takes several
    const overview = await site.open("index.html");
    await overview.page.waitForSelector("[data-testid=sums]");
    expect(pdfPages(await printA4(overview.page))).toBeGreaterThan(1);
    expectClean(overview);
    // a look at the print layout: A4 width at 96 dpi, print media
    const guarded = await site.open(`township.html?id=${most.id}&scenario=development-first`);
    const { page } = guarded;
    await page.waitForSelector("[data-testid=wf-end]");
    await page.setViewportSize({ width: 794, height: 1123 });
    await page.emulateMedia({ media: "print" });
    expect(await page.isVisible("[data-slot=context] select")).toBe(false);
    expect(await page.isVisible(".page-nav")).toBe(false);
    await screenshot(page, "township-print-zh");
    await writeFile(join(SCREENSHOT_DIR, "township-print-zh.pdf"), await printA4(page));
    expectClean(guarded);
  });

  it("works in English", async () => {
    const guarded = await site.open("township.html?id=T05&lang=en");
    const { page } = guarded;
    await waitForText(page, "[data-testid=township-name]", "青岗镇 T05 · Key town");
    expect(await page.textContent("[data-testid=township-allocated]")).toBe("New 25 posts");
    expect(await page.textContent("#waterfall-title")).toBe("From index share to posts");
    const t05 = BASELINE.find((t) => t.id === "T05")!;
    expect(await page.locator(".wf-message").allTextContents()).toEqual(t05.reasons.map((r) => r.message.en));
    expect(await page.textContent("[data-testid=raw-population]")).toBe("38,700 persons");
    await screenshot(page, "township-en");
    expectClean(guarded);
  });
});
