// 总览 Overview on a plan (scenarios/demo-county/whole-policy.yaml): the Excel download is the plan's workbook, the file
// `quota-planner report whole-policy.yaml --format xlsx` writes in the same language (every type's sheets and live
// formulas; `planWorkbook` on both sides), cell for cell.
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.ts";
import { describeBrowser, expectClean } from "./harness.ts";
import { useSite } from "./site.ts";

const FILE = "scenarios/demo-county/whole-policy.yaml";

describeBrowser("overview page on a plan: the workbook download", () => {
  const site = useSite();

  for (const lang of ["zh", "en"] as const) {
    it(`downloads whole-policy.xlsx equal to report --format xlsx (${lang})`, async () => {
      const dir = await mkdtemp(join(tmpdir(), "plan-xlsx-"));
      const out = join(dir, "cli.xlsx");
      const cli = await runCli(["report", FILE, "--format", "xlsx", "--out", out, "--lang", lang]);
      expect(cli.code).toBe(0);
      const guarded = await site.open(`index.html?scenario=whole-policy&lang=${lang}`);
      const { page } = guarded;
      await page.waitForSelector("[data-testid=plan-combined] tbody tr");
      await page.waitForSelector("body[data-ready=true]");
      // the plan offers the combined CSV, the workbook and the scenario
      expect(await page.locator("[data-slot=downloads] button").count()).toBe(3);
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.click('[data-slot=downloads] button:has-text("Excel")'),
      ]);
      expect(download.suggestedFilename()).toBe("whole-policy.xlsx");
      const bytes = await readFile((await download.path())!);
      const expected = await readFile(out);
      // the same workbook: every sheet and cell as the CLI wrote it — formulas and text to the character, numbers to
      // 1e-12 relative (a cached result such as LN(1079) may differ in its last bit between Chromium's and Node's
      // Math.log: 6.984716320118266 against …265, measured here; the formulas are the same and Excel recomputes them)
      const read = async (b: Buffer) => {
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load(b as unknown as ArrayBuffer);
        return wb.worksheets.map((ws) => ({ name: ws.name, rows: ws.getSheetValues() }));
      };
      const [got, want] = [await read(bytes), await read(expected)];
      expect(got.map((s) => s.name)).toEqual(want.map((s) => s.name));
      const close = (a: unknown, b: unknown) =>
        typeof a === "number" && typeof b === "number"
          ? Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(b))
          : a === b;
      let formulas = 0;
      for (const [k, sheet] of want.entries())
        for (const [r, row] of sheet.rows.entries()) {
          const other = got[k]!.rows[r] as unknown[] | undefined;
          for (const [c, cell] of ((row as unknown[] | undefined) ?? []).entries()) {
            const there = other?.[c];
            const where = `${sheet.name} row ${r} column ${c}`;
            if (cell !== null && typeof cell === "object" && "formula" in cell) {
              formulas++;
              const f = cell as { formula: string; result?: unknown };
              const g = there as { formula: string; result?: unknown };
              expect(g.formula, where).toBe(f.formula);
              expect(close(g.result, f.result), `${where}: ${g.result} vs ${f.result}`).toBe(true);
            } else expect(close(there, cell), `${where}: ${there} vs ${cell}`).toBe(true);
          }
        }
      // three types' formula sheets: thousands of live formulas (25 townships × some 20 columns × 3)
      expect(formulas).toBeGreaterThan(1000);
      expectClean(guarded);
    });
  }
});
