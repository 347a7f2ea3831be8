// The planner's own scenario on the pages (issue 8, item 2): a scenario file and a model file that are not
// bundled are opened from disk (test/fixtures/pages/planner-scenario.yaml, a copy of the baseline with another
// name, band and model; test/fixtures/models/planner-model.yaml, the standard without its location factor); the
// pages name it; its band is edited in the weights lab; the saved YAML, solved by the CLI beside the model and
// the demo county's table, gives the overview's allocation CSV byte for byte.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { filesHash } from "../../src/index.ts";
import { runCli } from "../helpers/run-cli.ts";
import { describeBrowser, expectClean, ROOT, screenshot } from "./harness.ts";
import { useSite } from "./site.ts";

const SCENARIO = join(ROOT, "test/fixtures/pages/planner-scenario.yaml");
const MODEL = join(ROOT, "test/fixtures/models/planner-model.yaml");

/** Opens a file with the context bar's picker (`open-scenario` or `open-model`); the page reloads with it. */
async function openFile(page: Page, picker: "open-scenario" | "open-model", path: string) {
  await Promise.all([
    page.waitForURL(/scenario=own/, { waitUntil: "load" }),
    page.setInputFiles(`.${picker} input[type=file]`, path),
  ]);
}

async function download(page: Page, selector: string) {
  const [file] = await Promise.all([page.waitForEvent("download"), page.click(selector)]);
  return { name: file.suggestedFilename(), bytes: await readFile((await file.path())!) };
}

/** `quota-planner solve <yaml> --format csv` with the YAML saved beside the model and the demo county's table. */
async function cliCsv(fileName: string, yaml: string): Promise<Buffer> {
  await mkdir(join(ROOT, "test/.tmp"), { recursive: true });
  const dir = await mkdtemp(join(ROOT, "test/.tmp/own-"));
  try {
    const folder = join(dir, "scenarios/demo-county");
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, fileName), yaml);
    await copyFile("scenarios/demo-county/townships.csv", join(folder, "townships.csv"));
    await copyFile(MODEL, join(folder, "planner-model.yaml"));
    const cli = await runCli(["solve", `scenarios/demo-county/${fileName}`, "--format", "csv"], dir);
    expect(cli.stderr).toBe("");
    expect(cli.code).toBe(0);
    return Buffer.from(cli.stdout, "utf8");
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The page printed to PDF (A4, as the print stylesheet lays it out), as text without white space (pdftotext). */
async function printedText(page: Page): Promise<string> {
  await mkdir(join(ROOT, "test/.tmp"), { recursive: true });
  const dir = await mkdtemp(join(ROOT, "test/.tmp/pdf-"));
  try {
    const out = join(dir, "page.pdf");
    await page.pdf({ path: out, format: "A4" });
    const text = spawnSync("pdftotext", ["-layout", out, "-"], { encoding: "utf8" });
    expect(text.status, text.stderr).toBe(0);
    return text.stdout.replace(/\s+/g, "");
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describeBrowser("the planner's own scenario and model, opened from disk", () => {
  const site = useSite();

  it("opens a scenario and its model, names them, edits the band; the CLI on the saved YAML gives the page's CSV byte for byte", async () => {
    const guarded = await site.open("weights.html");
    const { page } = guarded;
    await page.waitForSelector("[data-slot=lab-table] [data-testid=sums]");
    await openFile(page, "open-scenario", SCENARIO);
    // planner-model.yaml is not bundled: until it is opened, the pages say where to open it
    await expect.poll(() => page.textContent("[data-slot=change-chart]")).toContain("打开编制标准");
    expect(await page.textContent("[data-testid=scenario-name]")).toBe("方案：某县试算方案");
    await screenshot(page, "own-scenario-no-model-zh");
    await openFile(page, "open-model", MODEL);
    await page.waitForSelector("[data-slot=lab-table] [data-testid=sums]");
    await expect
      .poll(() => page.textContent("[data-testid=scenario-name]"))
      .toBe("方案：某县试算方案（planner-scenario.yaml，编制标准 planner-model.yaml）");
    // the model's four factors (no location factor), the band of the file
    expect(await page.locator("[data-slot=editor] output.share").count()).toBe(4);
    expect(await page.inputValue("[data-slot=editor] .band-cut input")).toBe("3");
    expect(await page.inputValue("[data-slot=editor] .band-gain input")).toBe("10");

    // the band: at most 1 post fewer, at most 8 more
    await page.$eval("[data-slot=lab-table] tbody", (b) => {
      (b as HTMLElement).dataset.old = "1";
    });
    await page.fill("[data-slot=editor] .band-cut input", "1");
    await page.waitForSelector("[data-slot=lab-table] tbody:not([data-old])");
    await page.$eval("[data-slot=lab-table] tbody", (b) => {
      (b as HTMLElement).dataset.old = "1";
    });
    await page.fill("[data-slot=editor] .band-gain input", "8");
    await page.waitForSelector("[data-slot=lab-table] tbody:not([data-old])");
    await screenshot(page, "own-scenario-weights-zh");
    const saved = await download(page, "[data-slot=save] button");
    expect(saved.name).toBe("planner-scenario-edited.yaml");
    const yaml = saved.bytes.toString("utf8");
    expect(yaml).toContain("band:");
    expect(yaml).toMatch(/maxCut: 1\b/);
    expect(yaml).toMatch(/maxGain: 8\b/);
    expect(yaml).toContain("model: planner-model.yaml");
    expect(yaml).toContain("data: townships.csv");

    // the overview shows the edited scenario (the lab's links carry it), named, and its CSV is the CLI's
    await Promise.all([page.waitForURL(/index\.html/), page.click("header a[href*='index.html']")]);
    await page.waitForSelector("[data-slot=allocation] [data-testid=sums]");
    expect(await page.textContent("[data-testid=scenario-name]")).toBe(
      "方案：某县试算方案（调整）（planner-scenario-edited.yaml，编制标准 planner-model.yaml）",
    );
    await screenshot(page, "own-scenario-overview-zh");
    const csv = await download(page, '[data-slot=downloads] button:has-text("CSV")');
    expect(csv.name).toBe("planner-scenario-edited.csv");
    const cli = await cliCsv(saved.name, yaml);
    expect(csv.bytes.equals(cli)).toBe(true);
    // the band holds: nobody more than 1 fewer or 8 more than today
    const rows = cli.toString("utf8").trim().split("\r\n").slice(1);
    for (const row of rows) {
      const change = Number(row.split(",")[7]);
      expect(change).toBeGreaterThanOrEqual(-1);
      expect(change).toBeLessThanOrEqual(8);
    }

    // the township page prints the scenario's own range, not the demo's
    await Promise.all([page.waitForURL(/township\.html/), page.click("header a[href*='township.html']")]);
    await page.waitForSelector("[data-testid=scenario-name]");
    expect(await page.textContent("[data-testid=scenario-name]")).toContain("某县试算方案（调整）");
    // printed to PDF, the township page names the scenario, its parameters (the edited band) and the hash of the
    // three files as the CLI computes it from the saved YAML, the model and the table
    await page.waitForSelector("body[data-ready=true]");
    const pdfText = await printedText(page);
    expect(pdfText).toContain("方案：某县试算方案（调整）");
    expect(pdfText).toContain("稳定区间：最多减1、最多增8");
    expect(pdfText).toContain("编制标准planner-model.yaml");
    const hash = await filesHash({
      data: { name: "townships.csv", bytes: readFileSync("scenarios/demo-county/townships.csv") },
      scenario: { text: yaml },
      model: { text: readFileSync(MODEL, "utf8") },
    });
    expect(pdfText).toContain(`内容校验码：${hash}`);
    // kept across reloads, in English too
    await page.goto(new URL("weights.html?lang=en&scenario=own", site.url()).href);
    await page.waitForSelector("[data-slot=lab-table] [data-testid=sums]");
    expect(await page.textContent("[data-testid=scenario-name]")).toBe(
      "Scenario: 某县试算方案 (planner-scenario.yaml, model planner-model.yaml)",
    );
    await screenshot(page, "own-scenario-weights-en");
    expectClean(guarded);
  }, 90_000);

  it("refuses a scenario file with schema errors and keeps the scenario shown", async () => {
    const guarded = await site.open("index.html");
    const { page } = guarded;
    await page.waitForSelector("[data-slot=allocation] [data-testid=sums]");
    const bad = join(ROOT, "test/fixtures/scenarios/bad-schema.yaml");
    await page.setInputFiles(".open-scenario input[type=file]", bad);
    await expect.poll(() => page.textContent("[data-testid=open-status]")).toContain("无法打开");
    expect(page.url()).not.toContain("scenario=own");
    expect(await page.textContent("[data-testid=scenario-name]")).toContain("基准方案");
    expectClean(guarded);
  });

  const DEMO_CSV = readFileSync("scenarios/demo-county/townships.csv", "utf8");
  const DATA_INPUT = "[data-slot=file-input] input[type=file]";
  /** The demo table without its 区位得分 column (the standard model reads it; planner-model.yaml does not). */
  const withoutLocation = DEMO_CSV.split("\n")
    .map((line) =>
      line
        .split(",")
        .filter((_, i) => i !== 8)
        .join(","),
    )
    .join("\n");

  it("the data page checks a table against the chosen model: without 区位得分 it is refused for the standard, accepted for the planner's model", async () => {
    const guarded = await site.open("data.html");
    const { page } = guarded;
    await page.waitForSelector("[data-testid=scenario-name]");
    const pick = () =>
      page.setInputFiles(DATA_INPUT, {
        name: "no-location.csv",
        mimeType: "text/csv",
        buffer: Buffer.from(withoutLocation),
      });
    await pick();
    await expect.poll(() => page.textContent("[data-slot=check]")).toContain("区位得分");
    expect(await page.textContent("[data-testid=trial-status]")).toContain("standard.yaml");
    await screenshot(page, "own-data-refused-zh");
    await openFile(page, "open-scenario", SCENARIO);
    await openFile(page, "open-model", MODEL);
    await page.waitForSelector("[data-testid=scenario-name]");
    await pick();
    await expect.poll(() => page.textContent("[data-testid=trial-status]")).toContain("试算成功");
    expectClean(guarded);
  }, 90_000);

  it("the mapping step lists an unrecognised header, maps it, and writes columns: into the planner's scenario", async () => {
    const guarded = await site.open("data.html");
    const { page } = guarded;
    await page.waitForSelector("[data-testid=scenario-name]");
    const office = DEMO_CSV.replace("借出人员", "借调借出");
    await page.setInputFiles(DATA_INPUT, {
      name: "office.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(office),
    });
    await page.waitForSelector('[data-slot=mapping] tr[data-header="借调借出"] select');
    await page.selectOption('[data-slot=mapping] tr[data-header="借调借出"] select', "staffLentOut");
    await expect.poll(() => page.textContent("[data-slot=check] button.use-data")).toContain("列对应");
    await screenshot(page, "own-data-mapping-zh");
    await Promise.all([
      page.waitForURL(/index\.html.*scenario=own/),
      page.click("[data-slot=check] button.use-data"),
    ]);
    await page.waitForSelector("[data-slot=allocation] [data-testid=sums]");
    const own = await page.evaluate(() => localStorage.getItem("quota-planner.own"));
    const yaml = (JSON.parse(own!) as { yaml: string }).yaml;
    expect(yaml).toContain("columns:");
    expect(yaml).toContain("借调借出: staffLentOut");
    expect(yaml).toContain("data: office.csv");
    // the CLI reads the office sheet beside the saved scenario with the same mapping: the same allocation CSV
    const csv = await download(page, '[data-slot=downloads] button:has-text("CSV")');
    await mkdir(join(ROOT, "test/.tmp"), { recursive: true });
    const dir = await mkdtemp(join(ROOT, "test/.tmp/own-"));
    try {
      await mkdir(join(dir, "models"));
      await mkdir(join(dir, "scenarios/demo-county"), { recursive: true });
      await writeFile(join(dir, "scenarios/demo-county/baseline.yaml"), yaml);
      await writeFile(join(dir, "scenarios/demo-county/office.csv"), office);
      await copyFile("models/standard.yaml", join(dir, "models/standard.yaml"));
      const cli = await runCli(["solve", "scenarios/demo-county/baseline.yaml", "--format", "csv"], dir);
      expect(cli.stderr).toBe("");
      expect(csv.bytes.equals(Buffer.from(cli.stdout, "utf8"))).toBe(true);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    expectClean(guarded);
  }, 90_000);
  it("以此数据新建方案: the started scenario is named, used on the other pages, and its saved YAML solves on the CLI to the overview's CSV", async () => {
    const guarded = await site.open("data.html");
    const { page } = guarded;
    await page.waitForSelector("[data-testid=scenario-name]");
    // the demo county without its last township (T25 岩峰乡) and 城厢镇 renamed: a county that is not bundled
    const lines = DEMO_CSV.trimEnd().split("\n");
    const own = `${lines.slice(0, -1).join("\n").replace("城厢镇", "新城镇")}\n`;
    await page.setInputFiles(DATA_INPUT, {
      name: "my-county.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(own),
    });
    await expect.poll(() => page.textContent("[data-testid=trial-status]")).toContain("试算成功");
    await page.fill("[data-slot=check] .new-scenario-name input", "本县试算");
    await Promise.all([
      page.waitForURL(/index\.html.*scenario=own/),
      page.click("[data-slot=check] button.new-scenario"),
    ]);
    await page.waitForSelector("[data-slot=allocation] [data-testid=sums]");
    expect(await page.textContent("[data-testid=scenario-name]")).toContain("方案：本县试算");
    expect(await page.locator("[data-slot=allocation] tbody tr").count()).toBe(24);
    expect(await page.textContent("[data-slot=allocation]")).toContain("新城镇");
    const csv = await download(page, '[data-slot=downloads] button:has-text("CSV")');
    const saved = await download(page, '[data-slot=downloads] button:has-text("YAML")');
    const yaml = saved.bytes.toString("utf8");
    expect(yaml).toContain("name: 本县试算");
    expect(yaml).toContain("data: my-county.csv");
    // the other pages use it: the weights lab and the township page name it and show the planner's county
    await Promise.all([page.waitForURL(/weights\.html/), page.click("header a[href*='weights.html']")]);
    await page.waitForSelector("[data-slot=lab-table] [data-testid=sums]");
    expect(await page.textContent("[data-testid=scenario-name]")).toContain("本县试算");
    expect(await page.locator("[data-slot=lab-table] tbody tr").count()).toBe(24);
    await Promise.all([page.waitForURL(/township\.html/), page.click("header a[href*='township.html']")]);
    await page.waitForSelector("[data-testid=township-name]");
    expect(await page.textContent("[data-testid=scenario-name]")).toContain("本县试算");
    // the saved YAML beside the planner's table and the standard: the CLI gives the overview's CSV byte for byte
    await mkdir(join(ROOT, "test/.tmp"), { recursive: true });
    const dir = await mkdtemp(join(ROOT, "test/.tmp/own-"));
    try {
      await mkdir(join(dir, "models"));
      await mkdir(join(dir, "scenarios/demo-county"), { recursive: true });
      await writeFile(join(dir, "scenarios/demo-county", saved.name), yaml);
      await writeFile(join(dir, "scenarios/demo-county/my-county.csv"), own);
      await copyFile("models/standard.yaml", join(dir, "models/standard.yaml"));
      const cli = await runCli(["solve", `scenarios/demo-county/${saved.name}`, "--format", "csv"], dir);
      expect(cli.stderr).toBe("");
      expect(cli.code).toBe(0);
      expect(csv.bytes.equals(Buffer.from(cli.stdout, "utf8"))).toBe(true);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    expectClean(guarded);
  }, 90_000);
});
