// LibreOffice's headless recalculation of a workbook, for the tests that check the workbook's live formulas (issue 12):
// every cached result is removed first, so the numbers LibreOffice exports are its own evaluation of the formulas.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
// exceljs's own zip library (a dependency of exceljs)
import JSZip from "jszip";

/** The soffice binary on this machine, or null (the tests that need it are skipped, saying so). */
export const SOFFICE: string | null = (() => {
  try {
    return execFileSync("which", ["soffice"], { encoding: "utf8" }).trim() || null;
  } catch {
    return null;
  }
})();

/**
 * `xlsx` recalculated by LibreOffice: how many cached results were removed, and each named sheet as CSV rows
 * (LibreOffice's CSV export of every sheet, comma-separated, text quoted).
 */
export async function recalculatedSheets(
  xlsx: Uint8Array,
  sheets: readonly string[],
): Promise<{ readonly stripped: number; readonly rows: ReadonlyMap<string, string[][]> }> {
  if (SOFFICE === null) throw new Error("recalculatedSheets: no soffice on this machine");
  const dir = mkdtempSync(join(tmpdir(), "qp-soffice-"));
  try {
    const input = join(dir, "in.xlsx");
    // Without the cached results LibreOffice can only show the numbers by evaluating the formulas itself.
    const zip = await JSZip.loadAsync(xlsx);
    let stripped = 0;
    for (const path of Object.keys(zip.files).filter((p) => /^xl\/worksheets\/[^/]+\.xml$/.test(p))) {
      const xml = await zip.file(path)!.async("string");
      const bare = xml.replace(/(<f>[^<]*<\/f>)<v>[^<]*<\/v>/g, (_, f: string) => {
        stripped += 1;
        return f;
      });
      zip.file(path, bare);
    }
    writeFileSync(input, await zip.generateAsync({ type: "uint8array" }));
    execFileSync(
      SOFFICE,
      [
        "--headless",
        "--convert-to",
        "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
        "--outdir",
        dir,
        input,
      ],
      { timeout: 120_000 },
    );
    const rows = new Map<string, string[][]>();
    for (const sheet of sheets) {
      const csv = readFileSync(join(dir, `in-${sheet}.csv`), "utf8");
      rows.set(
        sheet,
        csv
          .trim()
          .split("\n")
          .map((line) => line.split(",").map((cell) => cell.replace(/^"|"$/g, ""))),
      );
    }
    return { stripped, rows };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
