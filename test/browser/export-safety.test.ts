// The overview's downloads (notebooks/index.html) of a county with hostile names (test/fixtures/hostile/; issue 9):
// the CSV and the XLSX carry no live formula, and the CSV is the bytes `resultToCsv` gives the CLI.
import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import { expect, it } from "vitest";
import { loadScenarioWithFiles } from "../../src/cli/load-scenario.ts";
import { countyTableToCsv } from "../../src/data/county-table-to-csv.ts";
import { resultToCsv } from "../../src/report/format-result.ts";
import { runScenario } from "../../src/run/run-scenario.ts";
import { describeBrowser, expectClean } from "./harness.ts";
import { useSite, waitForOverview } from "./site.ts";

const HOSTILE = "test/fixtures/hostile/hostile.yaml";
const LIVE = /^[\s\u3000]*[=+\-@＝＋－＠]|^[\t\r]/;

describeBrowser("overview downloads of a county with hostile names", () => {
  const site = useSite();

  it("the CSV download neutralises every would-be formula and equals the CLI's CSV; the XLSX has none", async () => {
    const { scenario } = await loadScenarioWithFiles(HOSTILE, process.cwd());
    const expectedCsv = resultToCsv(await runScenario(scenario), "zh");
    // the scenario as the pages keep an own one (as `report` hands it over: src/cli/print-pack.ts)
    const yaml = (await readFile(HOSTILE, "utf8")).replace(
      "model: ../../../models/standard.yaml",
      "model: ../../models/standard.yaml",
    );
    const guarded = await site.open("index.html?scenario=custom", {
      storage: {
        "quota-planner.scenario": "custom",
        "quota-planner.custom": JSON.stringify({ base: "baseline", yaml }),
        "quota-planner.data": JSON.stringify({
          name: "townships.csv",
          csv: countyTableToCsv(scenario.data),
          townships: scenario.data.townships.length,
        }),
      },
    });
    const { page } = guarded;
    await waitForOverview(page);
    const save = async (label: string) => {
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.click(`[data-slot=downloads] button:has-text("${label}")`),
      ]);
      return readFile((await download.path())!);
    };
    const csv = (await save("CSV")).toString("utf8");
    expect(csv).toBe(expectedCsv);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
    expect(csv).toContain("\r\n'=1+2,芦溪镇二,");

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await save("Excel")) as unknown as ArrayBuffer);
    const names: unknown[] = [];
    workbook.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
          if (cell.type === ExcelJS.ValueType.String) expect(String(cell.value)).not.toMatch(LIVE);
        }),
      ),
    );
    workbook.worksheets[0]!.eachRow((row, n) => {
      if (n > 1) names.push(row.getCell(2).value);
    });
    expect(names.slice(0, 4)).toEqual([
      '\'=HYPERLINK("http://evil.example","x")',
      "'+cmd|' /C calc'!A0",
      "'-2+3",
      "'@SUM(A1)",
    ]);
    expectClean(guarded);
  });
});
