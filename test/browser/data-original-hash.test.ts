// The planner's own file on the pages keeps its bytes (issue 8): "use this data" stores the original file (base64,
// up to ORIGINAL_LIMIT_BYTES) beside the canonical CSV, so the pages solve and hash the file itself, as
// `quota-planner solve` does. The printed content hash is then `filesHash` of the same three files computed in Node
// (the office-style GB18030 sheet test/fixtures/data/office/office-county.gb18030.csv, the scenario YAML the overview
// downloads, models/standard.yaml), and the CLI on that YAML beside the original file gives the overview's CSV.
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { filesHash } from "../../src/index.ts";
import { runCli } from "../helpers/run-cli.ts";
import { describeBrowser, expectClean, ROOT } from "./harness.ts";
import { useSite } from "./site.ts";

const OFFICE = join(ROOT, "test/fixtures/data/office/office-county.gb18030.csv");

async function download(page: Page, selector: string) {
  const [file] = await Promise.all([page.waitForEvent("download"), page.click(selector)]);
  return { name: file.suggestedFilename(), bytes: await readFile((await file.path())!) };
}

describeBrowser("the planner's own file: the pages hash its bytes as the CLI does", () => {
  const site = useSite();

  it("an office GB18030 sheet used from the data page prints the hash filesHash gives in Node; the CLI reproduces the CSV", async () => {
    const guarded = await site.open("data.html");
    const { page } = guarded;
    await page.waitForSelector("[data-testid=scenario-name]");
    await page.setInputFiles("[data-slot=file-input] input[type=file]", OFFICE);
    await expect
      .poll(() => page.textContent("[data-testid=trial-status]"), { timeout: 15_000 })
      .toContain("试算成功");
    // the sheet's 编制数 group header leaves headers the mapping step lists: "use" then writes the mapping into the
    // planner's scenario and goes to the overview
    const mapped = (await page.textContent("[data-slot=check] button.use-data"))!.includes("列对应");
    if (mapped) {
      await Promise.all([page.waitForURL(/index\.html/), page.click("[data-slot=check] button.use-data")]);
    } else {
      await page.click("[data-slot=check] button.use-data");
      await Promise.all([page.waitForURL(/index\.html/), page.click("[data-testid=use-status] a")]);
    }
    const stored = JSON.parse((await page.evaluate(() => localStorage.getItem("quota-planner.data")))!) as {
      original?: string;
    };
    const bytes = await readFile(OFFICE);
    expect(Buffer.from(stored.original!, "base64").equals(bytes)).toBe(true);
    await page.waitForSelector("[data-slot=allocation] [data-testid=sums]");
    const identity = (await page.textContent("[data-testid=print-identity]"))!;
    const yaml = await download(page, '[data-slot=downloads] button:has-text("YAML")');
    const text = yaml.bytes.toString("utf8");
    expect(text).toContain("data: office-county.gb18030.csv");
    const hash = await filesHash({
      data: { name: "office-county.gb18030.csv", bytes },
      scenario: { text },
      model: { text: await readFile(join(ROOT, "models/standard.yaml"), "utf8") },
    });
    expect(identity).toContain(hash);
    expect(identity).toContain("office-county.gb18030.csv");

    // the CLI on the downloaded YAML beside the original file and the standard: the overview's CSV byte for byte
    const csv = await download(page, '[data-slot=downloads] button:has-text("CSV")');
    await mkdir(join(ROOT, "test/.tmp"), { recursive: true });
    const dir = await mkdtemp(join(ROOT, "test/.tmp/original-"));
    try {
      await mkdir(join(dir, "models"));
      await mkdir(join(dir, "scenarios/demo-county"), { recursive: true });
      await writeFile(join(dir, "scenarios/demo-county", yaml.name), text);
      await copyFile(OFFICE, join(dir, "scenarios/demo-county/office-county.gb18030.csv"));
      await copyFile("models/standard.yaml", join(dir, "models/standard.yaml"));
      const cli = await runCli(["solve", `scenarios/demo-county/${yaml.name}`, "--format", "csv"], dir);
      expect(cli.code).toBe(0);
      expect(csv.bytes.equals(Buffer.from(cli.stdout, "utf8"))).toBe(true);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    expectClean(guarded);
  }, 90_000);
});
