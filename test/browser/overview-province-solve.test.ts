// Issue 10: the overview solves a province's table county by county, as `quota-planner solve` does (the worker's
// `solveSources` runs `runProvince`). A generated province of 3 counties (30 townships each) loaded on the Data page:
// the county summary's cells are `provinceSummaryTable` of the CLI's run on the same files, the CSV download is the
// CLI's `solve --format csv` byte for byte (county column first), the identity names the counties and carries the
// CLI's content hash; the county filter narrows the table and the print line names it. Then a scenario opened from
// disk gives 县0002 too small a total: that county shows its diagnosis, the other two are solved. Last, a scenario
// naming a county-totals file, which the planner opens beside it with "Open other files".
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { loadScenarioWithFiles } from "../../src/cli/load-scenario.ts";
import { filesHash, provinceSummaryTable, runProvince } from "../../src/index.ts";
import { benchCountyTable } from "../bench/instances.ts";
import { runCli } from "../helpers/run-cli.ts";
import { describeBrowser, expectClean, ROOT, screenshot } from "./harness.ts";
import { useSite } from "./site.ts";

async function download(page: Page, selector: string) {
  const [file] = await Promise.all([page.waitForEvent("download"), page.click(selector)]);
  return { name: file.suggestedFilename(), bytes: await readFile((await file.path())!) };
}

const cells = (page: Page, selector: string) =>
  page.$$eval(selector, (rows) =>
    rows.map((row) => [...row.querySelectorAll("td")].map((td) => td.textContent ?? "")),
  );

describeBrowser("the overview solves a province county by county, as the CLI does", () => {
  const site = useSite();

  it("county summary, township table, CSV and hash equal the CLI's on the same files; an infeasible county shows its diagnosis", async () => {
    const table = benchCountyTable(90, 11, { counties: true });
    await mkdir(join(ROOT, "test/.tmp"), { recursive: true });
    const dir = await mkdtemp(join(ROOT, "test/.tmp/province-page-"));
    try {
      const data = join(dir, "scenarios/demo-county/p.csv");
      await mkdir(join(dir, "models"));
      await mkdir(join(dir, "scenarios/demo-county"), { recursive: true });
      await writeFile(data, table);
      await copyFile("models/standard.yaml", join(dir, "models/standard.yaml"));

      const guarded = await site.open("data.html");
      const { page } = guarded;
      await page.waitForSelector("[data-testid=scenario-name]");
      await page.setInputFiles("[data-slot=file-input] input[type=file]", data);
      await page.waitForSelector("[data-slot=check] button.use-data", { timeout: 60_000 });
      await page.click("[data-slot=check] button.use-data");
      await Promise.all([page.waitForURL(/index\.html/), page.click("[data-testid=use-status] a")]);
      // the demo baseline holds 2 % of the province back and gives it 10 posts: the counties, none below today (R2),
      // cannot share what is left — the split's conflict, as the CLI reports it (exit 1)
      await page.waitForSelector("[data-testid=province-conflict]", { timeout: 60_000 });
      const baselineYaml = await download(page, '[data-slot=downloads] button:has-text("YAML")');
      await writeFile(join(dir, "scenarios/demo-county", baselineYaml.name), baselineYaml.bytes);
      const baseline = await runProvince(
        (await loadScenarioWithFiles(join(dir, "scenarios/demo-county", baselineYaml.name), dir)).scenario,
      );
      expect(baseline.status).toBe("infeasible");
      expect(await page.textContent("[data-testid=province-conflict]")).toBe(
        baseline.conflicts[0]!.message.zh,
      );

      // a scenario from disk that the counties can take: 50 posts transferred down, no reserve
      const split = join(dir, "scenarios/demo-county/split.yaml");
      await writeFile(
        split,
        "name: 示例省\ndata: p.csv\nmodel: ../../models/standard.yaml\npostType: admin\ntransferDown: 50\nband: { maxCut: 2, maxGain: 12 }\n",
      );
      await Promise.all([
        page.waitForURL(/scenario=own/, { waitUntil: "load" }),
        page.setInputFiles(".open-scenario input[type=file]", split),
      ]);
      await page.waitForSelector("[data-slot=allocation] [data-testid=sums]", { timeout: 60_000 });

      // the CLI on the scenario the overview downloads, beside the same table and standard
      const yaml = await download(page, '[data-slot=downloads] button:has-text("YAML")');
      const text = yaml.bytes.toString("utf8");
      expect(text).toContain("data: p.csv");
      expect(text).toContain("transferDown: 50");
      const scenarioPath = join(dir, "scenarios/demo-county", yaml.name);
      await writeFile(scenarioPath, text);
      const loaded = await loadScenarioWithFiles(scenarioPath, dir);
      const province = await runProvince(loaded.scenario);
      expect(province.status).toBe("solved");

      // the county summary: the CLI's cells, one row a county
      expect(await page.textContent("[data-testid=province-counts]")).toBe(
        "共 3 个县、90 个乡镇；3 个县已求解，0 个县无解",
      );
      expect(await cells(page, "[data-testid=province-counties] tbody tr")).toEqual(
        provinceSummaryTable(province, "zh").rows,
      );
      // the township table: every county's townships as its own run gave them (first page: 90 rows, one page)
      const pageRows = await cells(page, "[data-slot=allocation] table tbody tr");
      const expected = province.counties.flatMap((c) => c.result.townships);
      expect(pageRows.map((r) => r[0])).toEqual(expected.map((tw) => tw.id));
      expect(await page.textContent("[data-testid=sums]")).toContain(
        `核定 ${province.totals.allocated!.toLocaleString("en")} 名`,
      );

      // the CSV download is the CLI's, byte for byte (county column first)
      const csv = await download(page, '[data-slot=downloads] button:has-text("CSV")');
      const cli = await runCli(["solve", `scenarios/demo-county/${yaml.name}`, "--format", "csv"], dir);
      expect(cli.code).toBe(0);
      expect(csv.bytes.toString("utf8").split("\r\n")[0]).toMatch(/^\uFEFF所属县,/);
      expect(csv.bytes.equals(Buffer.from(cli.stdout, "utf8"))).toBe(true);

      // the identity: the counties by name and the CLI's content hash of the same files
      const identity = (await page.textContent("[data-testid=print-identity]"))!;
      expect(identity).toContain("3 个县：县0001、县0002、县0003");
      expect(identity).toContain(await filesHash(loaded.files));

      // the county filter, and the line the printed table carries
      await page.selectOption("[data-testid=county-filter]", "县0002");
      await expect.poll(() => page.locator("[data-slot=allocation] table tbody tr").count()).toBe(30);
      expect(await page.textContent("[data-testid=table-printed]")).toBe(
        "打印的是：所属县 县0002；查找 无（页码见表下）",
      );
      // on screen the line is hidden; in print it shows, and the filter's controls do not
      expect(await page.isVisible("[data-testid=table-printed]")).toBe(false);
      await page.emulateMedia({ media: "print" });
      expect(await page.isVisible("[data-testid=table-printed]")).toBe(true);
      expect(await page.isVisible("[data-testid=county-filter]")).toBe(false);
      await page.emulateMedia({ media: "screen" });
      await screenshot(page, "overview-province-solved-zh");

      // a scenario from disk: 县0002's total below its floors' need (30 townships × 15 = 450)
      const given = join(dir, "scenarios/demo-county/given.yaml");
      await writeFile(
        given,
        "name: 示例省（给定县总量）\ndata: p.csv\nmodel: ../../models/standard.yaml\npostType: admin\ncounties: { totals: { 县0001: 900, 县0002: 400, 县0003: 960 } }\n",
      );
      // the page is already at ?scenario=own: it reloads in place
      await Promise.all([
        page.waitForEvent("load"),
        page.setInputFiles(".open-scenario input[type=file]", given),
      ]);
      await expect
        .poll(() => page.textContent("[data-testid=province-counts]").catch(() => ""), { timeout: 60_000 })
        .toBe("共 3 个县、90 个乡镇；2 个县已求解，1 个县无解");
      const diagnosis = page.locator("[data-testid=county-diagnosis]");
      expect(await diagnosis.count()).toBe(1);
      expect(await diagnosis.getAttribute("data-county")).toBe("县0002");
      const ownLoaded = await loadScenarioWithFiles(given, dir);
      const ownProvince = await runProvince(ownLoaded.scenario);
      expect(await diagnosis.textContent()).toBe(
        ownProvince.counties[1]!.result.conflicts.map((c) => c.message.zh).join("；"),
      );
      expect(await cells(page, "[data-testid=province-counties] tbody tr:not(.county-diagnosis)")).toEqual(
        provinceSummaryTable(ownProvince, "zh").rows,
      );
      await expect.poll(() => page.locator("[data-slot=allocation] table tbody tr").count()).toBe(60);
      await page.click("button[data-lang=en]");
      expect(await page.textContent("[data-testid=province-counts]")).toBe(
        "3 counties, 90 townships; 2 solved, 1 infeasible",
      );
      await screenshot(page, "overview-province-infeasible-en");

      // a scenario naming a county-totals file: the pages do not carry it and say so, naming the file; opened with
      // "Open other files" it is used, and the identity hashes it fourth, as the CLI does
      await page.click("button[data-lang=zh]");
      await writeFile(
        join(dir, "scenarios/demo-county/县总量.csv"),
        "县,总量\n县0001,900\n县0002,880\n县0003,960\n",
      );
      const fromFile = join(dir, "scenarios/demo-county/from-file.yaml");
      await writeFile(
        fromFile,
        "name: 示例省（县总量表）\ndata: p.csv\nmodel: ../../models/standard.yaml\npostType: admin\ncounties: { file: 县总量.csv }\n",
      );
      await Promise.all([
        page.waitForEvent("load"),
        page.setInputFiles(".open-scenario input[type=file]", fromFile),
      ]);
      await expect
        .poll(() => page.textContent("body"), { timeout: 60_000 })
        .toContain("找不到方案所列的县总量表 县总量.csv：请在页首“打开其他文件”中选择它");
      await Promise.all([
        page.waitForEvent("load"),
        page.setInputFiles(".open-other input[type=file]", join(dir, "scenarios/demo-county/县总量.csv")),
      ]);
      await expect
        .poll(() => page.textContent("[data-testid=province-counts]").catch(() => ""), { timeout: 60_000 })
        .toBe("共 3 个县、90 个乡镇；3 个县已求解，0 个县无解");
      // the CLI on the scenario as the page writes it (with the loaded table's name), beside the same files
      const fileYaml = await download(page, '[data-slot=downloads] button:has-text("YAML")');
      expect(fileYaml.bytes.toString("utf8")).toContain("counties:");
      await writeFile(join(dir, "scenarios/demo-county", fileYaml.name), fileYaml.bytes);
      const fileLoaded = await loadScenarioWithFiles(join(dir, "scenarios/demo-county", fileYaml.name), dir);
      const fileProvince = await runProvince(fileLoaded.scenario);
      expect(fileProvince.counties.map((c) => c.total)).toEqual([900, 880, 960]);
      expect(await cells(page, "[data-testid=province-counties] tbody tr")).toEqual(
        provinceSummaryTable(fileProvince, "zh").rows,
      );
      const fileIdentity = (await page.textContent("[data-testid=print-identity]"))!;
      expect(fileLoaded.files.counties?.name).toContain("县总量.csv");
      expect(fileIdentity).toContain(await filesHash(fileLoaded.files));
      expect(fileIdentity).toContain("县总量.csv（县总量表）");
      const fileCsv = await download(page, '[data-slot=downloads] button:has-text("CSV")');
      const fileCli = await runCli(
        ["solve", `scenarios/demo-county/${fileYaml.name}`, "--format", "csv"],
        dir,
      );
      expect(fileCli.code).toBe(0);
      expect(fileCsv.bytes.equals(Buffer.from(fileCli.stdout, "utf8"))).toBe(true);
      await screenshot(page, "overview-province-county-totals-zh");
      expectClean(guarded);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
