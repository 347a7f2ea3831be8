// 总览 Overview (notebooks/index.html) on a plan, scenarios/demo-county/whole-policy.yaml (three post types): the
// post-type switch, the combined table and reserve cards, the chosen type's allocation table, and the compliance
// table, each against the CLI on the same file (`solve --format json`, `check --format json`, `solve --format md`'s
// identity); the pages that read one post type refuse the plan in both languages, naming the pages that show it
// (plan-pages.test.ts has the hiring, transition and offices pages on the plan). Screenshots in zh and en.
import { expect, it } from "vitest";
import { combinedRows, complianceRows, type PlanResult } from "../../src/index.ts";
import { runCli } from "../helpers/run-cli.ts";
import { describeBrowser, expectClean, screenshot } from "./harness.ts";
import { columnValues, useSite } from "./site.ts";

const FILE = "scenarios/demo-county/whole-policy.yaml";
const solved = JSON.parse((await runCli(["solve", FILE, "--format", "json"])).stdout) as PlanResult;
const checked = JSON.parse((await runCli(["check", FILE, "--format", "json"])).stdout) as {
  compliance: Parameters<typeof complianceRows>[0];
};
const md = (await runCli(["solve", FILE, "--format", "md"])).stdout;
/** The content hash `solve` prints under the Markdown report's title (12 hex digits). */
const CLI_HASH = md.match(/\b[0-9a-f]{12}\b/)?.[0];

async function tableRows(page: import("playwright-core").Page, selector: string): Promise<string[][]> {
  return page.$$eval(`${selector} tbody tr`, (rows) =>
    rows.map((row) => [...row.querySelectorAll("td")].map((td) => td.textContent ?? "")),
  );
}

describeBrowser("overview page on a plan (whole-policy.yaml)", () => {
  const site = useSite();

  for (const lang of ["zh", "en"] as const) {
    it(`opens whole-policy from the menu; the switch, combined table, reserves and compliance equal the CLI's (${lang})`, async () => {
      const guarded = await site.open("index.html");
      const { page } = guarded;
      await page.waitForSelector("body[data-ready=true]");
      await page.selectOption("[data-slot=context] .scenario-picker select", "whole-policy");
      if (lang === "en") await page.click("button[data-lang=en]");
      await page.waitForSelector("[data-testid=plan-combined] tbody tr");
      expect(new URL(page.url()).searchParams.get("scenario")).toBe("whole-policy");
      // the switch holds the file's three types, admin chosen
      expect(
        await page.$$eval("[data-testid=post-type-switch] button", (bs) => bs.map((b) => b.dataset.postType)),
      ).toEqual(["admin", "institution", "leader"]);
      // the combined table: the cells `solve` would print from its JSON (main reasons, as its Markdown)
      expect(await tableRows(page, "[data-testid=plan-combined]")).toEqual(
        combinedRows(solved, lang, "main"),
      );
      // the reserve cards: the figures of the CLI's reserves per type
      for (const type of solved.scenario.postTypes) {
        const r = solved.reserves[type]!;
        const figure = async (key: string) =>
          Number((await page.textContent(`[data-testid=reserve-${type}-${key}]`))!.replace(/\D/g, ""));
        expect(await figure("basic")).toBe(solved.types[type]!.totals.allocated);
        expect([await figure("reserve"), await figure("assigned"), await figure("kept")]).toEqual([
          r.reserve,
          r.assigned,
          r.keptAtCounty,
        ]);
        const reasons = r.townships.reduce((n, tw) => n + tw.reasons.length, 0);
        expect(await page.locator(`.reserve-card[data-post-type=${type}] li[data-id]`).count()).toBe(reasons);
      }
      // the compliance table: the rows of `check --format json`, R7/R10/R11/R12 among them
      const rows = await page.$$eval("[data-testid=compliance] tbody tr", (trs) =>
        trs.map((tr) => [tr.getAttribute("data-rule"), tr.getAttribute("data-status")]),
      );
      expect(rows).toEqual(checked.compliance.rows.map((r) => [r.rule, r.status]));
      expect(rows.map((r) => r[0])).toEqual(expect.arrayContaining(["R7", "R10", "R11", "R12"]));
      expect(await tableRows(page, "[data-testid=compliance]")).toEqual(
        complianceRows(checked.compliance, lang),
      );
      // each type on the switch: the allocation table below holds that type's basic posts from `solve`
      for (const type of ["admin", "institution", "leader"] as const) {
        await page.click(`[data-testid=post-type-switch] button[data-post-type=${type}]`);
        const expected = Object.fromEntries(solved.types[type]!.townships.map((t) => [t.id, t.allocated]));
        await expect.poll(() => columnValues(page, "allocated-")).toEqual(expected);
        expect(
          await page.getAttribute(
            `[data-testid=post-type-switch] button[data-post-type=${type}]`,
            "aria-pressed",
          ),
        ).toBe("true");
        expect(await page.locator("[data-slot=chart] rect.bar-allocated").count()).toBe(25);
      }
      // the print identity names the plan, with the CLI's content hash
      const identity = await page.textContent("[data-testid=print-identity]");
      expect(CLI_HASH).toMatch(/^[0-9a-f]{12}$/);
      expect(identity).toContain(CLI_HASH!);
      expect(identity).toContain(lang === "zh" ? "全盘方案" : "Whole policy");
      await page.click("[data-testid=post-type-switch] button[data-post-type=institution]");
      await screenshot(page, `overview-plan-${lang}`);
      expectClean(guarded);
    });
  }

  // the pages that read one post type say so in both languages (the plan's name and its types) and name the pages
  // that show a plan
  for (const path of ["weights.html", "sweep.html", "sensitivity.html"])
    it(`${path.replace(/\?.*/, "")} refuses the plan in both languages, naming the pages that show it`, async () => {
      const guarded = await site.open(`${path}${path.includes("?") ? "&" : "?"}scenario=whole-policy`);
      const { page } = guarded;
      await expect
        .poll(() => page.textContent("main"), { timeout: 20_000 })
        .toContain("本页只读取单一编制类型的方案");
      expect(await page.textContent("main")).toContain("“总览”（综合表、机动编制、合规检查）、“进人与借调”");
      await page.click("button[data-lang=en]");
      await expect
        .poll(() => page.textContent("main"))
        .toContain("this page reads a single-type scenario only");
      expect(await page.textContent("main")).toContain(
        "Hiring and lending (its hiring plan and lending), Transition path (each type's path by year), Offices and Township detail (the chosen post type) pages",
      );
      if (path.startsWith("weights")) await screenshot(page, "weights-plan-refused-en");
      expectClean(guarded);
    });
});
