// 用编进人与借调 Hiring and lending (notebooks/staffing.html) in Chromium: the demo baseline's hiring plan (quota 50)
// and lending table, the numbers equal to the CLI's (`quota-planner hiring … --format json`), the chart's bars, the
// target line and the recruits, the identity line in print, English on the switch, and nothing requested beyond
// localhost.
import { expect, it } from "vitest";
import { hiringTable, lendingTable } from "../../src/index.ts";
import { runCli } from "../helpers/run-cli.ts";
import { describeBrowser, expectClean, screenshot } from "./harness.ts";
import { useSite } from "./site.ts";

/** The CLI's section for the demo baseline: the second computation of the page's numbers. */
async function cliSection() {
  const { code, stdout } = await runCli([
    "hiring",
    "scenarios/demo-county/baseline.yaml",
    "--format",
    "json",
  ]);
  expect(code).toBe(0);
  return JSON.parse(stdout);
}

describeBrowser("hiring and lending page notebooks/staffing.html", () => {
  const site = useSite();

  it("shows the baseline's plan and lending table with the CLI's numbers, the chart, and prints the identity", async () => {
    const guarded = await site.open("staffing.html");
    const { page } = guarded;
    await page.waitForSelector("body[data-ready=true]", { timeout: 60_000 });
    const section = await cliSection();
    // the plan's table: every cell as the library lays it out from the CLI's section
    const rows = await page.$$eval("[data-testid=hiring-table] tbody tr", (trs) =>
      trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent ?? "")),
    );
    expect(rows).toEqual(hiringTable(section, "zh").rows);
    expect(rows.reduce((s, r) => s + Number(r[9]), 0)).toBe(50);
    const lending = await page.$$eval("[data-testid=lending-table] tbody tr", (trs) =>
      trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent ?? "")),
    );
    expect(lending).toEqual(lendingTable(section, "zh", true).rows);
    // 梨树乡 calls back 2, 雪山乡 1; the county lends 32 of 1244 posts (test/hiring-lending.test.ts)
    expect(lending.find((r) => r[1] === "梨树乡")?.[7]).toBe("2");
    expect(lending.at(-1)).toEqual(["", "全县", "", "1244", "32", "2.6%", "", "3"]);
    expect(await page.textContent("[data-slot=lending]")).toContain("全县借出 32 人，占编制 1244 名的 2.6%");
    expect(await page.textContent("[data-testid=hiring-summary]")).toContain("进人计划 50 名，已安排 50 名");
    // the chart: a bar before and after per township, the 95 % line, +n over each township that recruits
    expect(await page.locator("[data-testid=usage-before] rect").count()).toBe(25);
    expect(await page.locator("[data-testid=usage-after] rect").count()).toBe(25);
    expect(await page.locator("[data-testid=target-line]").count()).toBe(1);
    const recruits = await page.$$eval("[data-testid=recruits] text", (ts) =>
      ts.map((x) => `${x.getAttribute("data-id")}${x.textContent}`),
    );
    expect(recruits).toEqual(
      section.plan.lines
        .filter((l: { recruits: number }) => l.recruits > 0)
        .map((l: { id: string; recruits: number }) => `${l.id}+${l.recruits}`),
    );
    const usage = await page.$$eval("[data-testid=usage-after] rect", (rs) =>
      rs.map((r) => Number(r.getAttribute("data-usage"))),
    );
    expect(usage).toEqual(section.plan.lines.map((l: { usageAfter: number }) => l.usageAfter));
    await screenshot(page, "staffing-zh");
    // in print the identity block names the county, the scenario, the data file and the hash
    await page.emulateMedia({ media: "print" });
    const identity = await page.textContent("[data-testid=print-identity]");
    expect(identity).toContain("示例县");
    expect(identity).toContain("基准方案");
    expect(identity).toContain("townships.csv");
    expect(identity).toContain(section.provenance.files[0].hash);
    expect(await page.isVisible("[data-testid=print-identity]")).toBe(true);
    expectClean(guarded);
  });

  it("in English: the same numbers, the English words", async () => {
    const guarded = await site.open("staffing.html?lang=en");
    const { page } = guarded;
    await page.waitForSelector("body[data-ready=true]", { timeout: 60_000 });
    const section = await cliSection();
    const rows = await page.$$eval("[data-testid=hiring-table] tbody tr", (trs) =>
      trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent ?? "")),
    );
    expect(rows).toEqual(hiringTable(section, "en").rows);
    expect(await page.textContent("h1")).toBe("Hiring and lending");
    expect(await page.textContent("[data-slot=lending]")).toContain(
      "the county lends out 32 of 1244 posts (2.6%); 2 townships over 5%, 3 to call back in all",
    );
    await screenshot(page, "staffing-en");
    expectClean(guarded);
  });
});
