// The pages that take a plan (issue 11): 进人与借调 staffing.html, 过渡路径 transition.html and 机构与类别 offices.html
// on scenarios/demo-county/whole-policy.yaml (three post types), in Chinese and English. Each table equals the same
// library functions run in Node on the same bundled files (`plannerSources` → `solvePlanSources`); the transition
// page's switch changes the type shown; the print identity names the plan and carries the content hash
// `quota-planner solve whole-policy.yaml --format md` prints. The planner's own plan opened from disk
// (`?scenario=own`) shows on the three pages, its hash the CLI's on a copy beside the demo county's files. The township
// page shows a plan's chosen type (one A4 page); the compare page refuses a plan, naming the pages that show it.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { copyFile, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import {
  categoriesTable,
  hiringNotes,
  hiringTable,
  lendingTable,
  officeCheckStatus,
  officeChecks,
  officeReport,
  officesTable,
  type PostType,
  planHiringSection,
  planTransitionSummary,
  planTransitionTable,
  solvePlanSources,
  suggestCategories,
  transitionTables,
} from "../../src/index.ts";
import { DEMO_BUNDLE } from "../../src/notebook/demo-county.ts";
import { plannerSources, type StoredOwn } from "../../src/notebook/planner-sources.ts";
import { runCli } from "../helpers/run-cli.ts";
import { describeBrowser, expectClean, ROOT, SCREENSHOT_DIR, screenshot } from "./harness.ts";
import { useSite } from "./site.ts";

const FILE = "scenarios/demo-county/whole-policy.yaml";
const WHOLE = readFileSync(FILE, "utf8");
const TYPES = ["admin", "institution", "leader"] as const satisfies readonly PostType[];

/** The content hash the CLI's Markdown report prints under its title (12 hex digits). */
function hashOf(markdown: string): string {
  const hash = markdown.match(/\b[0-9a-f]{12}\b/)?.[0];
  expect(hash).toMatch(/^[0-9a-f]{12}$/);
  return hash!;
}
const CLI_HASH = hashOf((await runCli(["solve", FILE, "--format", "md"])).stdout);

/** The plan solved in Node from the same bundled files the pages read (the second computation of every table). */
async function planInNode(key: string, own: StoredOwn | null = null) {
  const s = plannerSources({ bundle: DEMO_BUNDLE, key, storedData: null, custom: null, own });
  if (!s.ok) throw new Error(s.problems.map((p) => p.message.en).join("; "));
  const outcome = await solvePlanSources(s.sources);
  if (outcome.status !== "solved") throw new Error(outcome.problems.map((p) => p.message.en).join("; "));
  return outcome;
}

async function tableRows(page: Page, selector: string): Promise<string[][]> {
  return page.$$eval(`${selector} tbody tr`, (rows) =>
    rows.map((row) => [...row.querySelectorAll("td")].map((td) => td.textContent ?? "")),
  );
}

/** Prints the page to an A4 PDF (the print stylesheet) and renders its pages as PNGs to look at; returns the text. */
async function printA4(page: Page, name: string): Promise<{ text: string; pages: number }> {
  await mkdir(join(ROOT, "test/.tmp"), { recursive: true });
  const dir = await mkdtemp(join(ROOT, "test/.tmp/pdf-"));
  try {
    const pdf = join(dir, "page.pdf");
    await page.pdf({ path: pdf, format: "A4", printBackground: true });
    await copyFile(pdf, join(SCREENSHOT_DIR, `${name}.pdf`));
    spawnSync("pdftoppm", ["-png", "-r", "60", pdf, join(SCREENSHOT_DIR, name)]);
    const text = spawnSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
    expect(text.status, text.stderr).toBe(0);
    const info = spawnSync("pdfinfo", [pdf], { encoding: "utf8" });
    const pages = Number(info.stdout.match(/Pages:\s+(\d+)/)?.[1] ?? "0");
    return { text: text.stdout.replace(/\s+/g, ""), pages };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const READY = { timeout: 90_000 } as const;

describeBrowser("the hiring, transition and offices pages on a plan (whole-policy.yaml)", () => {
  const site = useSite();

  for (const lang of ["zh", "en"] as const) {
    it(`staffing.html: the plan's one hiring plan and lending table as planHiringSection in Node, the identity (${lang})`, async () => {
      const guarded = await site.open(`staffing.html?scenario=whole-policy&lang=${lang}`);
      const { page } = guarded;
      await page.waitForSelector("body[data-ready=true]", READY);
      const { plan, result } = await planInNode("whole-policy");
      const section = planHiringSection(plan, result)!;
      // admin + institution posts together, as the run makes them (run-plan.ts): 50 recruits placed
      expect(section.postsBasis).toEqual({ kind: "plan" });
      const rows = await tableRows(page, "[data-testid=hiring-table]");
      expect(rows).toEqual(hiringTable(section, lang).rows);
      expect(rows.reduce((s, r) => s + Number(r[9]), 0)).toBe(50);
      expect(await tableRows(page, "[data-testid=lending-table]")).toEqual(
        lendingTable(section, lang, true).rows,
      );
      expect(await page.locator("[data-testid=hiring-summary] p").allTextContents()).toEqual(
        hiringNotes(section, lang),
      );
      expect(await page.locator("[data-testid=usage-after] rect").count()).toBe(25);
      // printed: the identity names the plan, its data and the CLI's content hash
      await page.emulateMedia({ media: "print" });
      expect(await page.isVisible("[data-testid=print-identity]")).toBe(true);
      const identity = await page.textContent("[data-testid=print-identity]");
      expect(identity).toContain(lang === "zh" ? "全盘方案" : "Whole policy");
      expect(identity).toContain("townships.csv");
      expect(identity).toContain(CLI_HASH);
      await page.emulateMedia({ media: "screen" });
      await screenshot(page, `staffing-plan-${lang}`);
      expectClean(guarded);
    });

    it(`transition.html: the switch chooses the type's path, the combined view has all three, the identity (${lang})`, async () => {
      const guarded = await site.open(`transition.html?scenario=whole-policy&lang=${lang}`);
      const { page } = guarded;
      await page.waitForSelector("body[data-ready=true]", READY);
      const { result } = await planInNode("whole-policy");
      expect(
        await page.$$eval("[data-testid=post-type-switch] button", (bs) => bs.map((b) => b.dataset.postType)),
      ).toEqual([...TYPES]);
      for (const type of [...TYPES].reverse()) {
        await page.click(`[data-testid=post-type-switch] button[data-post-type=${type}]`);
        const path = result.types[type]!.transition!;
        const tables = transitionTables(path, lang);
        await expect
          .poll(() => tableRows(page, "[data-testid=transition-townships]"))
          .toEqual(tables.townships.rows);
        expect(await tableRows(page, "[data-testid=transition-years]")).toEqual(tables.years.rows);
        expect(
          await page.getAttribute(
            `[data-testid=post-type-switch] button[data-post-type=${type}]`,
            "aria-pressed",
          ),
        ).toBe("true");
        // the printed line says which type the chart and tables show
        expect(await page.textContent("[data-testid=shown-type]")).toContain(
          {
            admin: ["行政编制", "Administrative posts"],
            institution: ["事业编制", "Public-institution posts"],
            leader: ["科级领导职数", "Leadership posts"],
          }[type][lang === "zh" ? 0 : 1],
        );
        // the chart: 25 panels, red exactly where the type's path does not arrive
        expect(await page.locator("[data-testid=transition-chart] g[data-township]").count()).toBe(25);
        expect(
          await page.$$eval("[data-testid=transition-chart] g[data-arrives=no]", (gs) =>
            gs.map((g) => g.getAttribute("data-township")),
          ),
        ).toEqual(path.townships.filter((tw) => tw.arrives === null).map((tw) => tw.id));
      }
      // admin: 双河镇 and 柏林镇 stop (as the baseline's path, transition-page.test.ts); leader: every township arrives
      expect(
        result.types.admin!.transition!.townships.filter((tw) => tw.arrives === null).map((tw) => tw.id),
      ).toEqual(["T04", "T15"]);
      // the combined view: every type of every township, and a line per type, as the library writes them
      expect(await tableRows(page, "[data-testid=plan-transition]")).toEqual(
        planTransitionTable(result, lang).rows,
      );
      expect(await page.locator("[data-testid=plan-transition-summary] li").allTextContents()).toEqual(
        planTransitionSummary(result, lang),
      );
      expect(
        await page.$$eval("[data-testid=plan-transition] tr[data-id=T04] td.stopped", (tds) =>
          tds.map((td) => td.dataset.cell),
        ),
      ).toEqual(["admin-path", "admin-arrives"]);
      const identity = await page.textContent("[data-testid=print-identity]");
      expect(identity).toContain(lang === "zh" ? "全盘方案" : "Whole policy");
      expect(identity).toContain(CLI_HASH);
      await page.click("[data-testid=post-type-switch] button[data-post-type=institution]");
      await expect
        .poll(() => page.textContent("[data-testid=shown-type]"))
        .toContain(lang === "zh" ? "事业编制" : "Public-institution posts");
      await screenshot(page, `transition-plan-${lang}`);
      // print (A4): the identity with the hash, the type shown, the combined view; the switch is not printed
      await page.emulateMedia({ media: "print" });
      expect(await page.isVisible("[data-testid=post-type-switch]")).toBe(false);
      const printed = await printA4(page, `transition-plan-print-${lang}`);
      expect(printed.text).toContain(CLI_HASH);
      expect(printed.text).toContain(
        (lang === "zh" ? "所示编制类型：事业编制" : "Post type shown: Public-institution posts").replace(
          /\s+/g,
          "",
        ),
      );
      expect(printed.text).toContain(planTransitionSummary(result, lang)[2]!.replace(/\s+/g, ""));
      expect(printed.pages).toBeGreaterThan(0);
      await page.emulateMedia({ media: "screen" });
      expectClean(guarded);
    });

    it(`offices.html: the offices and categories of the plan as the library computes them in Node, the identity (${lang})`, async () => {
      const guarded = await site.open(`offices.html?scenario=whole-policy&lang=${lang}`);
      const { page } = guarded;
      await page.waitForSelector("body[data-ready=true]", READY);
      const { plan, result } = await planInNode("whole-policy");
      // offices are per township: the plan's first type's scenario, as runPlan checks R10/R11 once
      const scenario = plan.types[0]!.scenario;
      const report = officeReport(scenario);
      const checks = officeChecks(scenario, report);
      expect(await page.locator("[data-testid=office-checks] li").allTextContents()).toEqual(
        checks.map(
          (c) => `${c.rule} ${officeCheckStatus(c, lang)}${lang === "zh" ? "：" : ": "}${c.message[lang]}`,
        ),
      );
      expect(await tableRows(page, "[data-testid=office-table]")).toEqual(
        officesTable({ scenario: scenario.source, report, checks }, lang).rows,
      );
      const suggestions = suggestCategories(
        result.types.admin!.townships.map((r) => ({
          id: r.id,
          name: r.name,
          category: r.category,
          composite: r.index,
        })),
      );
      expect(await tableRows(page, "[data-testid=category-table]")).toEqual(
        categoriesTable(suggestions, lang).rows,
      );
      // the same R10 verdict as the plan's compliance (the overview's table): 梨树乡 lacks a uniform office
      expect(await page.getAttribute("[data-testid=office-checks] li[data-rule=R10]", "class")).toContain(
        "failed",
      );
      expect(result.checks.find((c) => c.rule === "R10")?.status).toBe("failed");
      const identity = await page.textContent("[data-testid=print-identity]");
      expect(identity).toContain(lang === "zh" ? "全盘方案" : "Whole policy");
      expect(identity).toContain(CLI_HASH);
      await screenshot(page, `offices-plan-${lang}`);
      expectClean(guarded);
    });
  }

  it("township.html: the switch chooses the type of 芦溪镇's posts and reasons, the plan's identity; one A4 page (zh, en)", async () => {
    const { result } = await planInNode("whole-policy");
    for (const lang of ["zh", "en"] as const) {
      const guarded = await site.open(`township.html?scenario=whole-policy&id=T02&lang=${lang}`);
      const { page } = guarded;
      await page.waitForSelector("body[data-ready=true]", READY);
      for (const type of TYPES) {
        await page.click(`[data-testid=post-type-switch] button[data-post-type=${type}]`);
        const row = result.types[type]!.townships.find((tw) => tw.id === "T02")!;
        // the chosen type's basic posts of 芦溪镇, as `solve` gives them
        await expect
          .poll(() => page.textContent("[data-testid=township-allocated]"))
          .toBe(lang === "zh" ? `核定 ${row.allocated} 名` : `New ${row.allocated} posts`);
        expect(await page.textContent("[data-testid=shown-type]")).toContain(
          lang === "zh" ? "所示编制类型" : "Post type shown",
        );
      }
      expect(await page.textContent("[data-testid=print-identity]")).toContain(CLI_HASH);
      await screenshot(page, `township-plan-${lang}`);
      // printed: still one A4 page with the plan's (longer) identity line
      await page.emulateMedia({ media: "print" });
      const printed = await printA4(page, `township-plan-print-${lang}`);
      expect(printed.pages).toBe(1);
      expect(printed.text).toContain(CLI_HASH);
      await page.emulateMedia({ media: "screen" });
      expectClean(guarded);
    }
  });

  it("compare.html: a plan ticked beside a single-type scenario is refused, naming the pages that show it", async () => {
    const guarded = await site.open("compare.html");
    const { page } = guarded;
    await page.waitForSelector("[data-testid=township-table] tbody tr", READY);
    await page.check("[data-testid=scenario-choice] input[value=whole-policy]");
    await expect
      .poll(() => page.textContent("[data-testid=compare-summary]"), READY)
      .toContain("本页只读取单一编制类型的方案");
    expect(await page.textContent("[data-testid=compare-summary]")).toContain("“过渡路径”（各类型逐年编制）");
    expect(await page.locator("[data-testid=township-table]").count()).toBe(0);
    expectClean(guarded);
  });

  it("the planner's own plan from disk: the three pages show it, its hash the CLI's on a copy beside the demo files", async () => {
    // whole-policy.yaml with another name and a hiring quota of 40: not a bundled file
    const yaml = WHOLE.replace(
      "name: { zh: 全盘方案, en: Whole policy }",
      "name: { zh: 本机全盘试算, en: My whole plan }",
    ).replace("hiring: { quota: 50 }", "hiring: { quota: 40 }");
    expect(yaml).toContain("本机全盘试算");
    expect(yaml).toContain("quota: 40");
    await mkdir(join(ROOT, "test/.tmp"), { recursive: true });
    const dir = await mkdtemp(join(ROOT, "test/.tmp/own-plan-"));
    try {
      // the CLI on the same file laid out as the pages read it (in the demo county's folder)
      const folder = join(dir, "scenarios/demo-county");
      await mkdir(folder, { recursive: true });
      await mkdir(join(dir, "models"), { recursive: true });
      await writeFile(join(folder, "my-plan.yaml"), yaml);
      for (const f of ["townships.csv", "offices.csv"])
        await copyFile(join("scenarios/demo-county", f), join(folder, f));
      await copyFile("models/standard.yaml", join(dir, "models/standard.yaml"));
      const md = await runCli(["solve", "scenarios/demo-county/my-plan.yaml", "--format", "md"], dir);
      expect(md.stderr).toBe("");
      const ownHash = hashOf(md.stdout);
      expect(ownHash).not.toBe(CLI_HASH);
      const own = { fileName: "my-plan.yaml", yaml, model: null };
      const { plan, result } = await planInNode("own", own);
      const section = planHiringSection(plan, result)!;
      expect(section.plan?.placed).toBe(40);

      const guarded = await site.open("staffing.html");
      const { page } = guarded;
      await page.waitForSelector("body[data-ready=true]", READY);
      await Promise.all([
        page.waitForURL(/scenario=own/, { waitUntil: "load" }),
        page.setInputFiles(".open-scenario input[type=file]", join(folder, "my-plan.yaml")),
      ]);
      await page.waitForSelector("[data-testid=hiring-table] tbody tr", READY);
      expect(await page.textContent("[data-testid=scenario-name]")).toContain("本机全盘试算");
      expect(await tableRows(page, "[data-testid=hiring-table]")).toEqual(hiringTable(section, "zh").rows);
      expect(await page.textContent("[data-testid=print-identity]")).toContain(ownHash);

      await Promise.all([
        page.waitForURL(/transition\.html/),
        page.click("header a[href*='transition.html']"),
      ]);
      expect(new URL(page.url()).searchParams.get("scenario")).toBe("own");
      await page.waitForSelector("[data-testid=plan-transition] tbody tr", READY);
      expect(await tableRows(page, "[data-testid=plan-transition]")).toEqual(
        planTransitionTable(result, "zh").rows,
      );
      expect(await page.textContent("[data-testid=print-identity]")).toContain(ownHash);

      await Promise.all([page.waitForURL(/offices\.html/), page.click("header a[href*='offices.html']")]);
      await page.waitForSelector("[data-testid=office-table] tbody tr", READY);
      await page.waitForSelector("body[data-ready=true]", READY);
      expect(await page.textContent("[data-testid=print-identity]")).toContain(ownHash);
      expect(await page.textContent("[data-testid=print-identity]")).toContain("本机全盘试算");
      await screenshot(page, "offices-own-plan-zh");
      expectClean(guarded);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
