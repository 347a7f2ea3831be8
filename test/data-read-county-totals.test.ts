// Issue 10: a county-totals table read from an XLSX workbook as from a CSV (the county table's own XLSX reader):
// number cells and digit texts, the same problems with file, row and column in both languages, and a province
// scenario naming `counties: { file: totals.xlsx }` solved from it as from the CSV.
import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { readCountyTotals } from "../src/data/read-county-totals.ts";
import { loadScenarioSources } from "../src/run/load-scenario.ts";
import { runProvince } from "../src/run/run-province.ts";
import { InputError, type InputProblem } from "../src/types.ts";
import { benchCountyTable } from "./bench/instances.ts";

const encoder = new TextEncoder();

/** A workbook of one sheet with `rows` as written (numbers stay number cells). */
async function workbook(rows: readonly (readonly (string | number | null)[])[], hidden = false) {
  const book = new ExcelJS.Workbook();
  if (hidden) book.addWorksheet("说明", { state: "hidden" }).addRow(["不是县总量"]);
  const sheet = book.addWorksheet("县总量");
  for (const row of rows) sheet.addRow([...row]);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

async function problemsOf(run: Promise<unknown>): Promise<readonly InputProblem[]> {
  try {
    await run;
  } catch (error) {
    if (error instanceof InputError) return error.problems;
    throw error;
  }
  throw new Error("expected an InputError");
}

describe("readCountyTotals(bytes, file) on an XLSX workbook", () => {
  it("reads number cells and digit texts, skips blank rows, numbers rows as the sheet does; a hidden sheet before it is passed over", async () => {
    const bytes = await workbook(
      [
        ["区县", "编制总量", "备注"],
        ["甲县", 520, "x"],
        [null, null, null],
        ["乙县", "480", null],
      ],
      true,
    );
    expect(await readCountyTotals(bytes, "县总量.xlsx")).toEqual([
      { county: "甲县", total: 520, row: 2 },
      { county: "乙县", total: 480, row: 4 },
    ]);
  });

  it("every problem at once with its file, row and column, in Chinese and English, as for a CSV", async () => {
    const rows = [
      ["县", "总量"],
      ["甲县", 5.5],
      [null, 3],
      ["乙县", -2],
      ["甲县", 4],
      ["甲县", 7],
    ];
    const xlsx = await problemsOf(readCountyTotals(await workbook(rows), "t.xlsx"));
    expect(xlsx.map((p) => [p.code, p.file, p.row, p.column])).toEqual([
      ["not-an-integer", "t.xlsx", 2, "总量"],
      ["empty-cell", "t.xlsx", 3, "县"],
      ["not-an-integer", "t.xlsx", 4, "总量"],
      ["duplicate-county", "t.xlsx", 6, "县"],
    ]);
    for (const p of xlsx) {
      expect(p.message.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(p.message.en).toMatch(/expected/);
    }
    // the CSV of the same cells gives the same problems (its texts as written)
    const csv = rows.map((r) => r.map((c) => (c === null ? "" : String(c))).join(",")).join("\n");
    const fromCsv = await problemsOf(readCountyTotals(encoder.encode(csv), "t.csv"));
    expect(fromCsv.map((p) => [p.code, p.row, p.column, p.message])).toEqual(
      xlsx.map((p) => [p.code, p.row, p.column, p.message]),
    );
  });

  it("a missing column is named with the headers accepted; a damaged workbook and an empty file are refused with the file", async () => {
    const missing = await problemsOf(
      readCountyTotals(
        await workbook([
          ["名称", "数"],
          ["甲县", 5],
        ]),
        "t.xlsx",
      ),
    );
    expect(missing.map((p) => [p.code, p.row])).toEqual([
      ["missing-column", 1],
      ["missing-column", 1],
    ]);
    expect(missing[1]!.message.en).toContain("编制总量");
    const damaged = await problemsOf(readCountyTotals(encoder.encode("not a workbook"), "t.xlsx"));
    expect(damaged.map((p) => p.file)).toEqual(["t.xlsx"]);
    const empty = await problemsOf(readCountyTotals(new Uint8Array(), "t.xlsx"));
    expect(empty.map((p) => [p.code, p.file])).toEqual([["empty-file", "t.xlsx"]]);
  });

  it("a province scenario naming an XLSX county-totals file runs as with the same totals in a CSV (same bytes)", async () => {
    const table = benchCountyTable(90, 11, { counties: true });
    const model = { name: "models/standard.yaml", text: await readFile("models/standard.yaml", "utf8") };
    const run = async (name: string, bytes: Uint8Array) =>
      runProvince(
        await loadScenarioSources({
          scenario: {
            name: "p.yaml",
            text: `name: 省\ndata: p.csv\nmodel: m.yaml\ncounties: { file: ${name} }\n`,
          },
          data: { name: "p.csv", bytes: encoder.encode(table) },
          model,
          counties: { name, bytes },
        }),
      );
    const totals = [
      ["县", "总量"],
      ["县0001", 900],
      ["县0002", 880],
      ["县0003", 960],
    ] as const;
    const fromXlsx = await run("t.xlsx", await workbook(totals));
    const fromCsv = await run("t.csv", encoder.encode(totals.map((r) => r.join(",")).join("\n")));
    expect(fromXlsx.counties.map((c) => c.total)).toEqual([900, 880, 960]);
    expect(fromXlsx.status).toBe("solved");
    // the two runs differ only in the county-totals file's name within the county rule
    expect(JSON.stringify(fromXlsx).replaceAll("t.xlsx", "t.csv")).toBe(JSON.stringify(fromCsv));
  });
});
