import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadPlanWithFiles } from "../src/cli/load-scenario.ts";
import { complianceTable } from "../src/explain/compliance.ts";
import { planIdentity } from "../src/report/plan-identity.ts";
import { planToPrintHtml } from "../src/report/plan-print-html.ts";
import { planOfficesView, planSections } from "../src/report/plan-sections.ts";
import type { ResultIdentity } from "../src/report/result-identity.ts";
import type { PlanResult } from "../src/run/plan-result.ts";
import { runPlan } from "../src/run/run-plan.ts";
import type { Lang, PostType } from "../src/types.ts";
import { PLAN_PRINT_LABELS, PLAN_SHEET_TYPE } from "../src/words/plan-print-labels.ts";
import { XLSX_SHEET_NAMES } from "../src/words/xlsx-sheet-names.ts";
import { XLSX_WORKBOOK_LABELS } from "../src/words/xlsx-workbook-labels.ts";
import { recalculatedSheets, SOFFICE } from "./helpers/libreoffice.ts";
import { runCli } from "./helpers/run-cli.ts";
import { columnOf, Evaluator, open } from "./helpers/xlsx-evaluator.ts";

const FILE = "scenarios/demo-county/whole-policy.yaml";
const TYPES: readonly PostType[] = ["admin", "institution", "leader"];

let dir = "";
let plan: PlanResult;
let identity: ResultIdentity;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "qp-plan-report-"));
  const { plan: loaded, files } = await loadPlanWithFiles(FILE, process.cwd());
  plan = await runPlan(loaded);
  identity = await planIdentity(loaded, plan, files);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function report(format: string, lang: Lang = "zh") {
  const out = join(dir, `whole-policy.${lang}.${format}`);
  const run = await runCli(["report", FILE, "--format", format, "--out", out, "--lang", lang]);
  return { ...run, out };
}

describe("quota-planner report <plan> --format xlsx", () => {
  let workbook: ExcelJS.Workbook;
  beforeAll(async () => {
    const { code, stderr, out } = await report("xlsx");
    expect(code, stderr).toBe(0);
    expect(stderr).toContain(identity.hash);
    workbook = await open(new Uint8Array(readFileSync(out)));
  });

  it("has the plan's sheets and each type's formula sheets, every name at most 31 characters", () => {
    const names = workbook.worksheets.map((s) => s.name);
    for (const name of names) expect(name.length, name).toBeLessThanOrEqual(31);
    const L = PLAN_PRINT_LABELS;
    expect(names.slice(0, 4)).toEqual([
      L.sheetCombined.zh,
      L.sheetCompliance.zh,
      L.sheetReserve.zh,
      L.sheetSettings.zh,
    ]);
    expect(names).toContain(L.sheetHiring.zh);
    expect(names).toContain(L.sheetLending.zh);
    expect(names).toContain(L.sheetOffices.zh);
    for (const type of TYPES) {
      expect(names).toContain(`${L.sheetTransition.zh}·${PLAN_SHEET_TYPE[type].zh}`);
      for (const sheet of [XLSX_SHEET_NAMES.input, XLSX_SHEET_NAMES.settings, XLSX_SHEET_NAMES.calculation])
        expect(names).toContain(`${PLAN_SHEET_TYPE[type].zh}·${sheet.zh}`);
    }
  });

  it("the combined sheet's numbers are the PlanResult's: today, basic, reserve, new, change per type", () => {
    const sheet = workbook.getWorksheet(PLAN_PRINT_LABELS.sheetCombined.zh)!;
    plan.townships.forEach((tw, j) => {
      const row = sheet.getRow(2 + j);
      expect(row.getCell(1).value).toBe(tw.id);
      TYPES.forEach((type, k) => {
        const p = tw.posts[type]!;
        const at = 4 + 6 * k;
        expect([0, 1, 2, 3, 4].map((d) => row.getCell(at + d).value)).toEqual([
          p.current,
          p.basic,
          p.reserve,
          p.total,
          p.change,
        ]);
      });
    });
    // the totals row sums each column; each type's new posts sum to what it allocated plus the reserve assigned
    const totals = sheet.getRow(2 + plan.townships.length);
    TYPES.forEach((type, k) => {
      const result = plan.types[type]!;
      expect(totals.getCell(4 + 6 * k + 1).value).toBe(result.totals.allocated);
      expect(totals.getCell(4 + 6 * k + 3).value).toBe(
        (result.totals.allocated ?? 0) + plan.reserves[type]!.assigned,
      );
    });
  });

  it("each type's formulas, evaluated independently, give its own run's index and targets to 1e-9", () => {
    const evaluator = new Evaluator(workbook);
    const indexOf = new Map<PostType, number[]>();
    for (const type of TYPES) {
      const name = `${PLAN_SHEET_TYPE[type].zh}·${XLSX_SHEET_NAMES.calculation.zh}`;
      const calc = workbook.getWorksheet(name)!;
      const indexCol = columnOf(calc, XLSX_WORKBOOK_LABELS.index.zh);
      const targetCol = columnOf(calc, XLSX_WORKBOOK_LABELS.target.zh);
      const rows = plan.types[type]!.townships;
      const index: number[] = [];
      rows.forEach((tw, j) => {
        expect(calc.getCell(2 + j, 1).value).toBe(tw.id);
        const i = evaluator.cell(name, indexCol, 2 + j);
        index.push(i);
        expect(Math.abs(i - tw.index), `${type} ${tw.id} index`).toBeLessThan(1e-9);
        expect(Math.abs(evaluator.cell(name, targetCol, 2 + j) - tw.target), `${type} ${tw.id}`).toBeLessThan(
          1e-9,
        );
      });
      indexOf.set(type, index);
    }
    // institution posts have their own factor weights (overrides in whole-policy.yaml): their index differs from
    // the admin one, so the sheets do not share one set of weights
    const differs = indexOf
      .get("admin")!
      .some((x, j) => Math.abs(x - indexOf.get("institution")![j]!) > 1e-6);
    expect(differs).toBe(true);
  });

  it("the identity (county, scenario, every hashed file, hash, version) is on the settings sheet", () => {
    const sheet = workbook.getWorksheet(PLAN_PRINT_LABELS.sheetSettings.zh)!;
    const values: string[] = [];
    sheet.eachRow((row) => row.eachCell((cell) => values.push(String(cell.value))));
    expect(values).toContain(identity.hash);
    expect(values).toContain("townships.csv、whole-policy.yaml、standard.yaml、offices.csv");
    expect(values).toContain("示例县（虚构数据）");
  });

  it("no text cell could run as a formula (a leading = + - @ is neutralised)", () => {
    workbook.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          if (typeof cell.value === "string")
            expect(cell.value, `${sheet.name}!${cell.address}`).not.toMatch(/^[=+\-@]/);
        }),
      ),
    );
  });

  it("--lang en: English sheet names, still at most 31 characters", async () => {
    const { code, out } = await report("xlsx", "en");
    expect(code).toBe(0);
    const names = (await open(new Uint8Array(readFileSync(out)))).worksheets.map((s) => s.name);
    expect(names).toContain("Institution·Calculation");
    for (const name of names) expect(name.length, name).toBeLessThanOrEqual(31);
  });
});

describe.skipIf(SOFFICE === null)(
  "quota-planner report <plan> --format xlsx, recalculated by LibreOffice (skipped: `which soffice` finds no LibreOffice on this machine)",
  () => {
    it("every type's index and targets, every cached result removed first, are its own run's to 1e-6", async () => {
      const { out } = await report("xlsx");
      const sheets = TYPES.map((type) => `${PLAN_SHEET_TYPE[type].zh}·${XLSX_SHEET_NAMES.calculation.zh}`);
      const { stripped, rows } = await recalculatedSheets(new Uint8Array(readFileSync(out)), sheets);
      expect(stripped).toBeGreaterThan(3 * plan.townships.length);
      TYPES.forEach((type, k) => {
        const lines = rows.get(sheets[k]!)!;
        const indexCol = lines[0]!.indexOf(XLSX_WORKBOOK_LABELS.index.zh);
        const targetCol = lines[0]!.indexOf(XLSX_WORKBOOK_LABELS.target.zh);
        expect(indexCol).toBeGreaterThan(0);
        plan.types[type]!.townships.forEach((tw, j) => {
          expect(lines[1 + j]![0]).toBe(tw.id);
          expect(Math.abs(Number(lines[1 + j]![indexCol]) - tw.index), `${type} ${tw.id}`).toBeLessThan(1e-6);
          expect(Math.abs(Number(lines[1 + j]![targetCol]) - tw.target), `${type} ${tw.id}`).toBeLessThan(
            1e-6,
          );
        });
      });
    }, 180_000);
  },
);

describe("quota-planner report <plan> --format html", () => {
  it("writes one self-contained file with the identity, every section and one page per township", async () => {
    const { code, stderr, out } = await report("html");
    expect(code, stderr).toBe(0);
    const html = readFileSync(out, "utf8");
    expect(html).not.toMatch(/<script|<link|src=|href=|url\(/i);
    for (const part of [
      "示例县（虚构数据）",
      "全盘方案",
      identity.hash,
      "townships.csv、whole-policy.yaml、standard.yaml、offices.csv",
    ])
      expect(html).toContain(part);
    for (const title of [
      "合规检查（R1–R13）",
      "综合表（三类编制）",
      "机动编制（基本编制与机动编制分列）",
      "用编进人计划",
      "借调人员",
      "过渡路径 · 行政编制",
      "过渡路径 · 事业编制",
      "过渡路径 · 科级领导职数",
      "乡镇机构与派驻机构（R10、R11）",
    ])
      expect(html, title).toContain(`<h2>${title}</h2>`);
    const townships = [...html.matchAll(/data-township="([^"]+)"/g)].map((m) => m[1]);
    expect(townships).toEqual(plan.townships.map((tw) => tw.id));
    // every page (front sections and townships) opens with the running identity line
    expect(html.match(/<section class="page/g)!.length).toBe(html.match(/<div class="running">/g)!.length);
  });

  it("--lang en: the same pack in English", async () => {
    const { code, out } = await report("html", "en");
    expect(code).toBe(0);
    const html = readFileSync(out, "utf8");
    expect(html).toContain('<html lang="en">');
    for (const title of ["Hiring plan", "Staff lent out", "Transition path · Leadership posts"])
      expect(html).toContain(`<h2>${title}</h2>`);
    expect(html).toContain("城厢镇 (T01, County seat)");
  });

  it("escapes user text: a township name with markup stays text", () => {
    const hostile = {
      ...plan,
      townships: plan.townships.map((tw, j) => (j === 0 ? { ...tw, name: '<img src=x onerror="1">' } : tw)),
    };
    const sections = planSections(hostile, null, "zh");
    const html = planToPrintHtml({
      plan: hostile,
      compliance: complianceTable(hostile),
      identity,
      sections,
      lang: "zh",
    });
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;img src=x onerror=&quot;1&quot;&gt;");
  });
});

let chromium = true;
try {
  execFileSync("test", ["-x", process.env.CHROMIUM_PATH ?? "/usr/bin/chromium"]);
  execFileSync("which", ["pdfinfo"]);
} catch {
  chromium = false;
}

describe.skipIf(!chromium)(
  "quota-planner report <plan> --format pdf (skipped without Chromium or poppler-utils)",
  () => {
    it("prints one A4 page per township after the front pages, each township's page carrying its name", async () => {
      const { code, stderr, out } = await report("pdf");
      expect(code, stderr).toBe(0);
      const info = execFileSync("pdfinfo", [out], { encoding: "utf8" });
      const pages = Number(/^Pages:\s+(\d+)/m.exec(info)![1]);
      expect(info).toMatch(/Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/);
      const n = plan.townships.length;
      // the front: cover, combined + reserve, hiring, lending, three transitions, offices: at least 8 pages
      expect(pages - n).toBeGreaterThanOrEqual(8);
      const page = (p: number) =>
        execFileSync("pdftotext", ["-f", String(p), "-l", String(p), out, "-"], { encoding: "utf8" });
      plan.townships.forEach((tw, j) => {
        const text = page(pages - n + 1 + j);
        expect(text, tw.id).toContain(`${tw.name}（${tw.id}，`);
        // the running footer: county, scenario and hash on every page
        expect(text).toContain(identity.hash);
      });
      expect(page(pages - n)).not.toMatch(/（T\d\d，.*）\s*\n/);
      expect(page(1)).toContain(identity.hash);
    });
  },
);

describe("quota-planner solve <plan> --format table", () => {
  it("prints the hiring, lending, transition and offices sections after the compliance table", async () => {
    const { code, stdout } = await runCli(["solve", FILE, "--format", "table", "--lang", "en"]);
    expect(code).toBe(0);
    const at = (title: string) => stdout.indexOf(`\n${title}:\n`);
    const order = [
      "Hiring plan",
      "Staff lent out",
      "Transition path · Administrative posts",
      "Transition path · Public-institution posts",
      "Transition path · Leadership posts",
      "Township offices and stationed agencies (R10, R11)",
    ].map(at);
    for (const i of order) expect(i).toBeGreaterThan(stdout.indexOf("Compliance"));
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    // the lending table's county row: 32 lent of 1244 posts, 3 to call back (as in the golden Markdown)
    expect(stdout).toMatch(/County\s+1244\s+32\s+2\.6%\s+3/);
  });
});

describe("quota-planner report <plan>: usage", () => {
  it("a format it does not write is exit 2 naming --format, and nothing written", async () => {
    const before = readdirSync(dir);
    const { code, stderr } = await runCli(["report", FILE, "--format", "docx", "--out", join(dir, "x.docx")]);
    expect(code).toBe(2);
    expect(stderr).toContain("--format");
    expect(readdirSync(dir)).toEqual(before);
  });

  it("pdf without Chromium: the loud message in both languages, exit 2", async () => {
    const before = process.env.CHROMIUM_PATH;
    process.env.CHROMIUM_PATH = "/nonexistent/chromium";
    try {
      const { code, stderr } = await runCli(["report", FILE, "--out", join(dir, "none.pdf")]);
      expect(code).toBe(2);
      expect(stderr).toContain("!!! 找不到可用的 Chromium：/nonexistent/chromium");
      expect(stderr).toContain("!!! No usable Chromium at /nonexistent/chromium");
    } finally {
      if (before === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = before;
    }
  });

  it("planOfficesView: the plan's offices table gives the R10/R11 view", async () => {
    const { plan: loaded } = await loadPlanWithFiles(FILE, process.cwd());
    const view = planOfficesView(loaded.source, loaded.types[0]!.scenario)!;
    expect(view.checks.map((c) => c.rule)).toEqual(["R10", "R11"]);
    expect(view.report.townships).toHaveLength(plan.townships.length);
  });
});
