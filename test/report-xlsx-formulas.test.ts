import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type ExcelJS from "exceljs";
// exceljs's own zip library (a dependency of exceljs): read the cached results as written, because exceljs's
// reader drops a cached result of 0 (`<v>0</v>` reads back as no result)
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { loadScenarioWithFiles } from "../src/cli/load-scenario.ts";
import { resultIdentity } from "../src/report/result-identity.ts";
import { resultToXlsx } from "../src/report/result-xlsx.ts";
import type { ScenarioResult } from "../src/run/result.ts";
import { runScenario } from "../src/run/run-scenario.ts";
import type { WeightedScenario as Scenario } from "../src/run/weigh-scenario.ts";
import type { IndicatorSpec } from "../src/types.ts";
import { XLSX_SHEET_NAMES } from "../src/words/xlsx-sheet-names.ts";
import { XLSX_WORKBOOK_LABELS } from "../src/words/xlsx-workbook-labels.ts";
import { recalculatedSheets, SOFFICE } from "./helpers/libreoffice.ts";
import { isPlanPath } from "./helpers/plan-file.ts";
import { runCli } from "./helpers/run-cli.ts";
import { columnOf, Evaluator, open, parse } from "./helpers/xlsx-evaluator.ts";

interface Formula {
  readonly sheet: string;
  readonly address: string;
  readonly formula: string;
  readonly result: unknown;
  readonly row: number;
  readonly col: number;
}

function formulasOf(workbook: ExcelJS.Workbook): Formula[] {
  const out: Formula[] = [];
  workbook.eachSheet((sheet) => {
    sheet.eachRow((row) => {
      row.eachCell((cell) => {
        const v = cell.value as unknown;
        if (v !== null && typeof v === "object" && "formula" in v) {
          const f = v as { formula: string; result: unknown };
          out.push({
            sheet: sheet.name,
            address: cell.address,
            formula: f.formula,
            result: f.result,
            row: Number(cell.row),
            col: Number(cell.col),
          });
        }
      });
    });
  });
  return out;
}

/** Sheet name!address → the cached result (`<v>`) of each formula cell, read from the sheets' XML. */
async function cachedResults(bytes: Uint8Array, workbook: ExcelJS.Workbook): Promise<Map<string, number>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, number>();
  for (const [i, sheet] of workbook.worksheets.entries()) {
    const xml = await zip.file(`xl/worksheets/sheet${i + 1}.xml`)!.async("string");
    for (const m of xml.matchAll(/<c r="([A-Z]+[0-9]+)"[^>]*><f>[^<]*<\/f><v>([^<]*)<\/v><\/c>/g))
      out.set(`${sheet.name}!${m[1]}`, Number(m[2]));
  }
  return out;
}

const DIR = "scenarios/demo-county";
/** The shipped single-type scenarios (a plan, several post types in one file, has one workbook per type to come). */
const SHIPPED = readdirSync(DIR)
  .filter((f) => f.endsWith(".yaml") && !isPlanPath(join(DIR, f)))
  .sort();
/** The shipped scenarios, and fixtures with entropy weights and an AHP override (derived weights as values). */
const CHECKED = [
  ...SHIPPED.map((f) => join(DIR, f)),
  "test/fixtures/scenarios/model-entropy.yaml",
  "test/fixtures/scenarios/override-weighting-ahp.yaml",
];

async function load(path: string): Promise<{ scenario: Scenario; result: ScenarioResult }> {
  const { scenario } = await loadScenarioWithFiles(path, process.cwd());
  return { scenario, result: await runScenario(scenario) };
}

/** Every township's index and target read back by the test's own evaluator. */
function evaluated(workbook: ExcelJS.Workbook, lang: "zh" | "en") {
  const name = XLSX_SHEET_NAMES.calculation[lang];
  const calc = workbook.getWorksheet(name)!;
  const evaluator = new Evaluator(workbook);
  const indexCol = columnOf(calc, XLSX_WORKBOOK_LABELS.index[lang]);
  const targetCol = columnOf(calc, XLSX_WORKBOOK_LABELS.target[lang]);
  return (rows: number) =>
    Array.from({ length: rows }, (_, j) => ({
      id: calc.getCell(2 + j, 1).value,
      index: evaluator.cell(name, indexCol, 2 + j),
      target: evaluator.cell(name, targetCol, 2 + j),
    }));
}

describe("resultToXlsx(result, lang, { scenario }): the workbook to check by hand", () => {
  it.each(CHECKED)(
    "%s: the formulas, evaluated independently, give runScenario's index and targets to 1e-9",
    async (file) => {
      const { scenario, result } = await load(file);
      expect(result.townships.length).toBeGreaterThan(0);
      for (const lang of ["zh", "en"] as const) {
        const workbook = await open(await resultToXlsx(result, lang, { scenario }));
        const rows = evaluated(workbook, lang)(result.townships.length);
        result.townships.forEach((township, j) => {
          expect(rows[j]!.id).toBe(township.id);
          expect(Math.abs(rows[j]!.index - township.index)).toBeLessThan(1e-9);
          expect(Math.abs(rows[j]!.target - township.target)).toBeLessThan(1e-9);
        });
        // every cached result is what the formula computes
        const bytes = await resultToXlsx(result, lang, { scenario });
        const cached = await cachedResults(bytes, workbook);
        const evaluator = new Evaluator(workbook);
        const formulas = formulasOf(workbook);
        expect(formulas.length).toBeGreaterThan(result.townships.length * 5);
        for (const f of formulas) {
          const value = cached.get(`${f.sheet}!${f.address}`);
          expect(typeof value, `${f.sheet}!${f.address}`).toBe("number");
          const computed = evaluator.cell(f.sheet, f.col, f.row);
          expect(Math.abs(computed - value!), `${f.sheet}!${f.address} ${f.formula}`).toBeLessThan(1e-9);
        }
      }
    },
  );

  it("changing a weight on the settings sheet moves the targets as a re-run with that weight does", async () => {
    const { scenario, result } = await load(join(DIR, "baseline.yaml"));
    const workbook = await open(await resultToXlsx(result, "en", { scenario }));
    const settings = workbook.getWorksheet(XLSX_SHEET_NAMES.settings.en)!;
    // the population factor's weight: 0.35 → 0.70 in models/standard.yaml terms
    let found = 0;
    settings.eachRow((row) => {
      if (row.getCell(1).value === "Population" && typeof row.getCell(2).value === "number" && found === 0) {
        found = Number(row.number);
        row.getCell(2).value = 0.7;
      }
    });
    expect(found).toBeGreaterThan(0);
    const changed: Scenario = {
      ...scenario,
      model: {
        ...scenario.model,
        factors: scenario.model.factors.map((f) => (f.id === "population" ? { ...f, weight: 0.7 } : f)),
      },
    };
    const rerun = await runScenario(changed);
    const rows = evaluated(workbook, "en")(result.townships.length);
    rerun.townships.forEach((township, j) => {
      expect(Math.abs(rows[j]!.target - township.target)).toBeLessThan(1e-9);
    });
    // and they did move
    expect(rerun.townships.some((tw, j) => Math.abs(tw.target - result.townships[j]!.target) > 0.01)).toBe(
      true,
    );
  });

  it("covers max, share (both directions, the cost one by SUMPRODUCT) and cost directions by formula, with no values-only note", async () => {
    const { scenario } = await load(join(DIR, "baseline.yaml"));
    const variant = (indicator: IndicatorSpec): IndicatorSpec => {
      switch (indicator.id) {
        case "gdp":
          return { ...indicator, normalise: "max" };
        case "fiscalRevenue":
          return { ...indicator, normalise: "max", direction: "cost" };
        case "keyProjects":
          return { ...indicator, normalise: "share", transform: "sqrt" };
        case "population":
          return { ...indicator, direction: "cost", transform: "none" };
        case "area":
          return { ...indicator, normalise: "share", direction: "cost" };
        default:
          return indicator;
      }
    };
    const changed: Scenario = {
      ...scenario,
      model: {
        ...scenario.model,
        factors: scenario.model.factors.map((f) => ({ ...f, indicators: f.indicators.map(variant) })),
      },
    };
    const result = await runScenario(changed);
    const workbook = await open(await resultToXlsx(result, "zh", { scenario: changed }));
    const rows = evaluated(workbook, "zh")(result.townships.length);
    result.townships.forEach((township, j) => {
      expect(Math.abs(rows[j]!.index - township.index)).toBeLessThan(1e-9);
      expect(Math.abs(rows[j]!.target - township.target)).toBeLessThan(1e-9);
    });
    const calc = workbook.getWorksheet(XLSX_SHEET_NAMES.calculation.zh)!;
    const areaScore = calc.getCell(2, columnOf(calc, "幅员面积（得分）")).value as { formula: string };
    expect(areaScore.formula).toMatch(/^\(1\/[A-Z]+2\)\/SUMPRODUCT\(1\/\$[A-Z]+\$2:\$[A-Z]+\$26\)$/);
    const gdpScore = calc.getCell(2, columnOf(calc, "地区生产总值（得分）")).value as { formula: string };
    expect(gdpScore.formula).toMatch(/\/MAX\(/);
    const settings = workbook.getWorksheet(XLSX_SHEET_NAMES.settings.zh)!;
    const notes: unknown[] = [];
    settings.eachRow((row) => {
      // the indicator table's row (the factor table has a row of the same name, without notes)
      if (row.getCell(1).value === "幅员面积" && row.getCell(2).value === "幅员面积")
        notes.push(row.getCell(10).value);
    });
    expect(notes).toEqual([""]);
    expect(notes).not.toContain(XLSX_WORKBOOK_LABELS.valuesOnly.zh);
  });

  it("covers z-scores by formula (AVERAGE, STDEVP: the population standard deviation), both directions", async () => {
    const { scenario } = await load(join(DIR, "baseline.yaml"));
    // z-scores are negative below the mean: on the projects (weight 0.1) the index stays positive, as targets need
    const variant = (indicator: IndicatorSpec): IndicatorSpec =>
      indicator.id === "keyProjects"
        ? { ...indicator, normalise: "zscore" }
        : indicator.id === "fiscalRevenue"
          ? { ...indicator, normalise: "zscore", direction: "cost" }
          : indicator;
    const changed: Scenario = {
      ...scenario,
      model: {
        ...scenario.model,
        factors: scenario.model.factors.map((f) => ({ ...f, indicators: f.indicators.map(variant) })),
      },
    };
    const result = await runScenario(changed);
    const workbook = await open(await resultToXlsx(result, "zh", { scenario: changed }));
    const rows = evaluated(workbook, "zh")(result.townships.length);
    result.townships.forEach((township, j) => {
      expect(Math.abs(rows[j]!.index - township.index)).toBeLessThan(1e-9);
      expect(Math.abs(rows[j]!.target - township.target)).toBeLessThan(1e-9);
    });
    const calc = workbook.getWorksheet(XLSX_SHEET_NAMES.calculation.zh)!;
    const score = (header: string) =>
      (calc.getCell(2, columnOf(calc, header)).value as { formula: string }).formula;
    expect(score("重点产业项目数（得分）")).toMatch(/^IF\(STDEVP\(.+\)=0,0,\([A-Z]+2-AVERAGE\(/);
    expect(score("一般公共预算收入（得分）")).toMatch(/^IF\(STDEVP\(.+\)=0,0,\(AVERAGE\(.+\)-[A-Z]+2\)\//);
  });

  it("derived (AHP) weights are values with a note, the formulas still reproduce the run", async () => {
    const withAhp = [];
    for (const file of SHIPPED) {
      const { scenario } = await load(join(DIR, file));
      if (scenario.model.weighting.method !== "manual") withAhp.push(file);
    }
    expect(withAhp.length).toBeGreaterThan(0); // expert-weights.yaml uses models/standard-ahp.yaml
    const { scenario, result } = await load(join(DIR, withAhp[0]!));
    const workbook = await open(await resultToXlsx(result, "en", { scenario }));
    const settings = workbook.getWorksheet(XLSX_SHEET_NAMES.settings.en)!;
    const texts: unknown[] = [];
    settings.eachRow((row) => {
      texts.push(row.getCell(4).value);
    });
    expect(texts).toContain(XLSX_WORKBOOK_LABELS.derivedWeights.en);
  });

  it("marks the solver's allocation as values and writes it beside the formulas", async () => {
    const { scenario, result } = await load(join(DIR, "baseline.yaml"));
    const workbook = await open(await resultToXlsx(result, "zh", { scenario }));
    const calc = workbook.getWorksheet(XLSX_SHEET_NAMES.calculation.zh)!;
    const col = columnOf(calc, "核定编制（由求解器计算，非公式）");
    result.townships.forEach((township, j) => {
      expect(calc.getCell(2 + j, col).value).toBe(township.allocated);
    });
    // the first two sheets are today's (allocation, summary); the new ones follow
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      XLSX_SHEET_NAMES.allocation.zh,
      XLSX_SHEET_NAMES.summary.zh,
      XLSX_SHEET_NAMES.input.zh,
      XLSX_SHEET_NAMES.settings.zh,
      XLSX_SHEET_NAMES.calculation.zh,
    ]);
  });

  it("stays injection-safe: hostile names are neutralised text, and no formula holds user text", async () => {
    const { scenario } = await load(join(DIR, "baseline.yaml"));
    const hostile: Scenario = {
      ...scenario,
      data: {
        ...scenario.data,
        townships: scenario.data.townships.map((t, j) =>
          j === 0 ? { ...t, name: '=HYPERLINK("http://x","y")', id: "+cmd|' /C calc'!A0" } : t,
        ),
      },
      model: {
        ...scenario.model,
        factors: scenario.model.factors.map((f, i) =>
          i === 0 ? { ...f, label: { zh: "=1+1", en: "@SUM(1)" } } : f,
        ),
      },
    };
    const result = await runScenario(hostile);
    for (const lang of ["zh", "en"] as const) {
      const workbook = await open(await resultToXlsx(result, lang, { scenario: hostile }));
      const formulas = formulasOf(workbook);
      for (const f of formulas) {
        // only the grammar the toolkit writes: references, numbers, operators, the nine functions; no strings
        const sheets = Object.values(XLSX_SHEET_NAMES).map((names) => `'${names[lang]}'!`);
        const bare = sheets.reduce((rest, prefix) => rest.split(prefix).join(""), f.formula);
        expect(bare, `${f.sheet}!${f.address}`).toMatch(/^[A-Z0-9$:(),.+\-*/=]+$/);
        expect(f.formula).not.toMatch(/HYPERLINK|cmd|"/);
        expect(() => parse(f.formula, f.sheet)).not.toThrow();
      }
      workbook.eachSheet((sheet) => {
        sheet.eachRow((row) => {
          row.eachCell((cell) => {
            const v = cell.value;
            if (typeof v === "string") expect(v, `${sheet.name}!${cell.address}`).not.toMatch(/^[=+\-@]/);
          });
        });
      });
    }
  });

  it("without a solution there is nothing to check by hand: the two sheets of today, the diagnosis on the summary", async () => {
    // ordering rows that no allocation meets (test/fixtures/scenarios/ordering-too-tight.yaml)
    const { scenario, result } = await load("test/fixtures/scenarios/ordering-too-tight.yaml");
    expect(result.solver.status).toBe("infeasible");
    const workbook = await open(await resultToXlsx(result, "zh", { scenario }));
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      XLSX_SHEET_NAMES.allocation.zh,
      XLSX_SHEET_NAMES.summary.zh,
    ]);
    expect(formulasOf(workbook)).toEqual([]);
  });

  it("gives the same bytes twice (fixed dates)", async () => {
    const { scenario, result } = await load(join(DIR, "baseline.yaml"));
    const a = await resultToXlsx(result, "zh", { scenario });
    const b = await resultToXlsx(result, "zh", { scenario });
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });
});

describe("quota-planner report --format xlsx", () => {
  it("writes the workbook through the all-or-none output, exit 0, with the identity and the formulas", async () => {
    const dir = mkdtempSync(join(tmpdir(), "qp-xlsx-"));
    try {
      const out = join(dir, "baseline.xlsx");
      const { code, stderr } = await runCli([
        "report",
        "scenarios/demo-county/baseline.yaml",
        "--format",
        "xlsx",
        "--out",
        out,
      ]);
      expect(code, stderr).toBe(0);
      const { scenario, result } = await load(join(DIR, "baseline.yaml"));
      const { files } = await loadScenarioWithFiles(join(DIR, "baseline.yaml"), process.cwd());
      const identity = await resultIdentity(scenario, result, files);
      expect(stderr).toContain(identity.hash);
      const bytes = new Uint8Array(readFileSync(out));
      expect(
        Buffer.from(bytes).equals(Buffer.from(await resultToXlsx(result, "zh", { identity, scenario }))),
      ).toBe(true);
      const rows = evaluated(await open(bytes), "zh")(result.townships.length);
      expect(Math.abs(rows[0]!.target - result.townships[0]!.target)).toBeLessThan(1e-9);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("an output folder that cannot be made (a file stands in its way) is exit 2 with the path, and no file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "qp-xlsx-"));
    try {
      const blocker = join(dir, "blocker");
      writeFileSync(blocker, "");
      const { code, stderr } = await runCli([
        "report",
        "scenarios/demo-county/baseline.yaml",
        "--format",
        "xlsx",
        "--out",
        join(blocker, "x.xlsx"),
      ]);
      expect(code).toBe(2);
      expect(stderr).toContain("blocker");
      expect(readdirSync(dir)).toEqual(["blocker"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe.skipIf(SOFFICE === null)(
  "LibreOffice headless recalculation (skipped: `which soffice` finds no LibreOffice on this machine)",
  () => {
    /** LibreOffice's own targets for the workbook of `result`, every cached result removed first. */
    async function recalculated(scenario: Scenario, result: Awaited<ReturnType<typeof runScenario>>) {
      const sheet = XLSX_SHEET_NAMES.calculation.en;
      const { stripped, rows } = await recalculatedSheets(await resultToXlsx(result, "en", { scenario }), [
        sheet,
      ]);
      expect(stripped).toBeGreaterThan(result.townships.length);
      const lines = rows.get(sheet)!;
      const targetCol = lines[0]!.indexOf(XLSX_WORKBOOK_LABELS.target.en);
      return result.townships.map((_, j) => Number(lines[1 + j]![targetCol]));
    }

    it("recalculates the baseline workbook to runScenario's targets, with every cached result removed first", async () => {
      const { scenario, result } = await load(join(DIR, "baseline.yaml"));
      const targets = await recalculated(scenario, result);
      result.townships.forEach((township, j) => {
        expect(Math.abs(targets[j]! - township.target)).toBeLessThan(1e-6);
      });
    });

    it("recalculates z-scores (AVERAGE, STDEVP) and cost shares (SUMPRODUCT of 1/range) to runScenario's targets", async () => {
      const { scenario } = await load(join(DIR, "baseline.yaml"));
      const variant = (indicator: IndicatorSpec): IndicatorSpec =>
        indicator.id === "keyProjects"
          ? { ...indicator, normalise: "zscore" }
          : indicator.id === "fiscalRevenue"
            ? { ...indicator, normalise: "zscore", direction: "cost" }
            : indicator.id === "area"
              ? { ...indicator, normalise: "share", direction: "cost" }
              : indicator;
      const changed: Scenario = {
        ...scenario,
        model: {
          ...scenario.model,
          factors: scenario.model.factors.map((f) => ({ ...f, indicators: f.indicators.map(variant) })),
        },
      };
      const result = await runScenario(changed);
      const targets = await recalculated(changed, result);
      result.townships.forEach((township, j) => {
        expect(Math.abs(targets[j]! - township.target)).toBeLessThan(1e-6);
      });
    });
  },
);
