// 乡镇说明 Township detail (notebooks/township.html) in Chromium: one township's numbers, the waterfall
// from its index share through each reason to its posts, its indicators and index parts, the picker,
// English, and printing on one A4 page.
import { execFileSync } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { loadScenarioWithFiles } from "../../src/cli/load-scenario.ts";
import { main } from "../../src/cli/main.ts";
import { resultIdentity } from "../../src/report/result-identity.ts";
import { runScenario } from "../../src/run/run-scenario.ts";
import { describeBrowser, expectClean, ROOT, SCREENSHOT_DIR, screenshot, waitForText } from "./harness.ts";
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

/** The text of a PDF (poppler's pdftotext), with its line breaks and runs of spaces folded to one space. */
async function pdfText(pdf: Buffer | Uint8Array): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "qp-pdf-"));
  try {
    await writeFile(join(dir, "a.pdf"), pdf);
    return execFileSync("pdftotext", [join(dir, "a.pdf"), "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The identity `quota-planner solve` gives a shipped scenario (the hash of the files as the CLI reads them). */
async function cliIdentity(stem: string) {
  const { scenario, files } = await loadScenarioWithFiles(`scenarios/demo-county/${stem}.yaml`, ROOT);
  return resultIdentity(scenario, await runScenario(scenario), files);
}

describeBrowser("township page notebooks/township.html", () => {
  const site = useSite();

  it("justifies T05 青岗镇: 23 → 25, the waterfall 25.29 +2.53 −2.08 −0.44 −0.3 = 25, six indicators and five factors", async () => {
    const guarded = await site.open("township.html?id=T05");
    const { page } = guarded;
    await waitForText(page, "[data-testid=township-name]", "青岗镇 T05 · 重点镇");
    expect(await page.textContent("[data-testid=township-allocated]")).toBe("核定 25 名");
    // golden/baseline.json, T05: plainTarget 25.2867, its own coefficient +2.53, the county's renormalisation −2.08,
    // rebalance −0.44, rounding −0.30, allocated 25
    const t05 = BASELINE.find((t) => t.id === "T05")!;
    expect(
      await page
        .locator(".qp-waterfall [data-kind]")
        .evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.kind)),
    ).toEqual(["start", ...t05.reasons.map((r) => r.kind), "end"]);
    expect(await page.textContent("[data-testid=wf-start]")).toBe("25.29");
    expect(await page.textContent("[data-testid=wf-priority]")).toBe("+2.53");
    expect(await page.textContent("[data-testid=wf-renormalisation]")).toBe("−2.08");
    expect(await page.textContent("[data-testid=wf-rebalance]")).toBe("−0.44");
    expect(await page.textContent("[data-testid=wf-rounding]")).toBe("−0.3");
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

  it("prints its identity (scenario, parameters, data file, the CLI's content hash, version) and nothing screen-only", async () => {
    const identity = await cliIdentity("development-first");
    const guarded = await site.open("township.html?id=T05&scenario=development-first");
    const { page } = guarded;
    await page.waitForSelector("body[data-ready=true]", { state: "attached" });
    // screen-only: buttons, the "data in use" status, the page links, the footer, the picker's first choice
    const screenOnly = await page
      .locator(
        "button, [data-testid=data-in-use], .page-nav a, .page-footer, [data-slot=picker] option:first-child",
      )
      .evaluateAll((elements) =>
        elements.map((e) => (e.textContent ?? "").trim()).filter((text) => text !== ""),
      );
    expect(screenOnly).toEqual(
      expect.arrayContaining(["打印全部乡镇", "数据：示例县（虚构数据，25 个乡镇）", "T01 城厢镇"]),
    );
    const text = await pdfText(await printA4(page));
    for (const wanted of [
      "示例县（虚构数据）",
      "发展优先方案",
      "总量：现有 511 名 + 下沉 10 名 = 521 名",
      "稳定区间：最多减 3",
      "含类别排序",
      "townships.csv",
      "quota-planner 0.1.0",
      "青岗镇",
    ])
      expect(text).toContain(wanted);
    expect(text).toContain(`内容校验码：${identity.hash}`);
    // (words of two or three characters such as the link 数据 are printed labels too)
    for (const hidden of screenOnly.filter((s) => s.length >= 4)) expect(text, hidden).not.toContain(hidden);
    expectClean(guarded);
    // the overview prints the full identity block at its top, and no status line or button
    const overview = await site.open("index.html?scenario=development-first");
    await overview.page.waitForSelector("body[data-ready=true]", { state: "attached" });
    const printed = await pdfText(await printA4(overview.page));
    expect(printed).toContain(`内容校验码 ${identity.hash}`);
    expect(printed).toContain("含类别排序");
    for (const hidden of ["数据：示例县（虚构数据，25 个乡镇）", "下载分配表（CSV）", "下载方案文件（YAML）"])
      expect(printed).not.toContain(hidden);
    expectClean(overview);
  });

  it("打印全部乡镇 (?print=all): a cover with the county table, the overview, the compliance table R1–R13, one A4 page per township — 28 pages", async () => {
    const identity = await cliIdentity("baseline");
    const guarded = await site.open("township.html?print=all");
    const { page } = guarded;
    await page.waitForSelector("body[data-ready=true]", { state: "attached" });
    expect(await page.locator(".pack-township").count()).toBe(25);
    const pdf = await printA4(page);
    expect(pdfPages(pdf)).toBe(1 + 1 + 1 + 25);
    // the compliance page: every rule as `quota-planner check baseline.yaml` lists it
    const rules = await page.$$eval(
      ".pack-compliance [data-testid=compliance] tbody tr td:first-child",
      (tds) => tds.map((td) => td.textContent ?? ""),
    );
    expect(rules.filter((r) => /^R\d+$/.test(r))).toEqual(Array.from({ length: 13 }, (_, k) => `R${k + 1}`));
    const text = await pdfText(pdf);
    expect(text.split(identity.hash).length - 1).toBe(28);
    for (const tw of BASELINE) expect(text).toContain(tw.name);
    expectClean(guarded);
  });

  it("quota-planner report <scenario> --format pdf writes the same pack (28 A4 pages), html one self-contained file", async () => {
    const identity = await cliIdentity("baseline");
    const dir = await mkdtemp(join(tmpdir(), "qp-report-"));
    const before = process.env.QUOTA_PLANNER_SITE;
    process.env.QUOTA_PLANNER_SITE = site.dir();
    try {
      let err = "";
      const io = {
        stdout: () => {},
        stderr: (text: string) => {
          err += text;
        },
        cwd: ROOT,
      };
      const started = performance.now();
      const code = await main(
        ["report", "scenarios/demo-county/baseline.yaml", "--out", join(dir, "pack.pdf")],
        io,
      );
      console.log(`quota-planner report (pdf, 28 pages): ${Math.round(performance.now() - started)} ms`);
      expect(code, err).toBe(0);
      expect(err).toContain(identity.hash);
      const info = execFileSync("pdfinfo", [join(dir, "pack.pdf")], { encoding: "utf8" });
      expect(info).toMatch(/Pages:\s+28\b/);
      expect(info).toMatch(/Page size:\s+594\.\d+ x 841\.\d+ pts \(A4\)/);
      const text = await pdfText(await readFile(join(dir, "pack.pdf")));
      expect(text).toContain("基准方案");
      expect(text).toContain("合规检查（R1–R13）");
      expect(text.split(identity.hash).length - 1).toBe(28);
      expect(
        await main(
          [
            "report",
            "scenarios/demo-county/baseline.yaml",
            "--format",
            "html",
            "--lang",
            "en",
            "--out",
            join(dir, "pack.html"),
          ],
          io,
        ),
      ).toBe(0);
      const html = await readFile(join(dir, "pack.html"), "utf8");
      expect(html).not.toMatch(/<script/);
      expect(html).toContain("Township staffing plan · Baseline");
      expect(html).toContain(identity.hash);
    } finally {
      if (before === undefined) delete process.env.QUOTA_PLANNER_SITE;
      else process.env.QUOTA_PLANNER_SITE = before;
      await rm(dir, { recursive: true, force: true });
    }
  }, 90_000);

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
