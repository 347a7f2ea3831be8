import type { ScenarioResult } from "../run/result.ts";
import type { Bilingual, Lang, Scenario } from "../types.ts";
import { BACKEND_LABELS } from "../words/backend-labels.ts";
import { CATEGORY_LABELS } from "../words/category-labels.ts";
import { checkRuleLabel } from "../words/check-rule-label.ts";
import { STORY_LABELS } from "../words/county-story.ts";
import { IDENTITY_LABELS } from "../words/identity-labels.ts";
import { METHOD_LABELS } from "../words/method-labels.ts";
import {
  OBJECTIVE_GUARANTEES,
  OBJECTIVE_HEADING,
  OBJECTIVE_LABELS,
  OBJECTIVE_VALUE_LABELS,
} from "../words/objective-labels.ts";
import { POST_TYPE_LABELS } from "../words/post-type-labels.ts";
import { REASON_LABELS } from "../words/reason-labels.ts";
import { RESULT_COLUMNS } from "../words/result-columns.ts";
import { SOLVER_STATUS_LABELS } from "../words/solver-status-labels.ts";
import { SUMMARY_LABELS } from "../words/summary-labels.ts";
import { t } from "../words/t.ts";
import { XLSX_SHEET_NAMES } from "../words/xlsx-sheet-names.ts";
import { tieLine } from "./format-result.ts";
import { neutraliseFormula } from "./neutralise-formula.ts";
import { identityRows, type ResultIdentity } from "./result-identity.ts";
import { stripControls } from "./strip-controls.ts";
import { addFormulaSheets } from "./xlsx-formulas.ts";

/**
 * A text cell of the workbook: control characters removed and a would-be formula neutralised with a leading `'`
 * (`neutraliseFormula`), as in the CSV. exceljs writes a string as a string cell, never as a formula, but a user
 * who edits the cell or saves the sheet as CSV would bring the formula to life.
 */
export function xlsxText(value: string): string {
  return neutraliseFormula(stripControls(value));
}
const text = xlsxText;

/** Options of `resultToXlsx`. */
export interface ResultToXlsxOptions {
  /**
   * Written as the workbook's created/modified time and as every zip entry's time, so the same
   * result gives the same bytes. Default 2000-01-01T00:00:00Z (a fixed date, not the clock).
   */
  readonly date?: Date;
  /** What identifies the result (`resultIdentity`): written first on the summary sheet. Default none. */
  readonly identity?: ResultIdentity;
  /**
   * The scenario the result was run from (`solveSources` gives it beside the result). With it, and a solution, the
   * workbook also holds the county's data, the settings, and the index and proportional targets as live formulas
   * over them (see `addFormulaSheets`). Default none: the allocation and summary sheets only.
   */
  readonly scenario?: Scenario;
}

/** 2000-01-01T00:00:00Z */
export const DEFAULT_DATE = new Date(Date.UTC(2000, 0, 1));

/**
 * An empty exceljs workbook made by quota-planner at `date` (a fixed date, not the clock, so the file is the same
 * byte for byte); exceljs is loaded on first use.
 */
export async function newWorkbook(date: Date): Promise<import("exceljs").Workbook> {
  const ExcelJS = (await import("exceljs")).default;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "quota-planner";
  workbook.lastModifiedBy = "quota-planner";
  workbook.created = date;
  workbook.modified = date;
  return workbook;
}

/**
 * The allocation as an XLSX workbook: a sheet with the table (the columns of `resultToCsv`: id, township,
 * category, today, index, target, new, change, binding, reasons; numbers as numbers) and a sheet with the
 * county totals and their rules, the solver, the policy checks with the townships that break them, and,
 * when there is no solution, the conflicts; with `options.identity`, first the rows that identify the result.
 * With `options.scenario` and a solution, three more sheets to check by hand: the county's data, the settings
 * (weights, ranges, coefficients, the total, floors/caps/band) and the transformed values, scores, factor scores,
 * index and proportional targets as live formulas (each with its cached result) beside the solver's allocation,
 * marked as computed by the solver; a normalisation the formulas do not cover is written as values with a note.
 * Headers and labels in `lang`. Every text cell goes through `neutraliseFormula` (a leading `'` before `=`, `+`,
 * `-`, `@` …) and is written as a string cell; numbers are number cells. Deterministic: the same result,
 * language and date give the same bytes (the zip entries' times are set to `date` too).
 * Browser-safe (exceljs is loaded on first use).
 * @throws never for a result from `runScenario`
 * @example const bytes = await resultToXlsx(result, "zh"); // Uint8Array, starts with "PK"
 */
export async function resultToXlsx(
  result: ScenarioResult,
  lang: Lang,
  options: ResultToXlsxOptions = {},
): Promise<Uint8Array> {
  const date = options.date ?? DEFAULT_DATE;
  const tr = (words: Bilingual): string => text(t(words, lang));
  const workbook = await newWorkbook(date);

  const sheet = workbook.addWorksheet(tr(XLSX_SHEET_NAMES.allocation), {
    views: [{ state: "frozen", ySplit: 1 }],
  });
  const c = RESULT_COLUMNS;
  sheet.columns = [
    { header: tr(c.id), key: "id", width: 8 },
    { header: tr(c.name), key: "name", width: 12 },
    { header: tr(c.category), key: "category", width: 16 },
    { header: tr(c.current), key: "current", width: 8 },
    { header: tr(c.index), key: "index", width: 10, style: { numFmt: "0.0000" } },
    { header: tr(c.target), key: "target", width: 10, style: { numFmt: "0.00" } },
    { header: tr(c.allocated), key: "allocated", width: 8 },
    { header: tr(c.change), key: "change", width: 8, style: { numFmt: "+0;-0;0" } },
    { header: tr(c.binding), key: "binding", width: 14 },
    { header: tr(c.reasons), key: "reasons", width: 100 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const row of result.townships) {
    sheet.addRow({
      id: text(row.id),
      name: text(row.name),
      category: tr(CATEGORY_LABELS[row.category]),
      current: row.current,
      index: row.index,
      target: row.target,
      allocated: row.allocated,
      change: row.change,
      binding: row.binding ? tr(REASON_LABELS[row.binding]) : "",
      reasons: text(row.reasons.map((r) => t(r.message, lang)).join(lang === "zh" ? "；" : "; ")),
    });
  }

  const summary = workbook.addWorksheet(tr(XLSX_SHEET_NAMES.summary));
  summary.columns = [{ width: 22 }, { width: 12 }, { width: 70 }, { width: 40 }];
  const S = SUMMARY_LABELS;
  const totals = result.totals;
  const solver = result.solver;
  const add = (values: readonly (string | number | null)[], bold = false): void => {
    const row = summary.addRow(values.map((value) => (typeof value === "string" ? text(value) : value)));
    if (bold) row.font = { bold: true };
  };
  if (options.identity !== undefined) {
    add([tr(IDENTITY_LABELS.title)], true);
    for (const [label, value] of identityRows(options.identity, lang)) add([label, "", value]);
    add([]);
  }
  add([tr(S.scenario), tr(result.scenario.name)], true);
  add([tr(S.source), result.scenario.source]);
  add([tr(S.data), result.scenario.data]);
  add([tr(S.model), result.scenario.model]);
  add([tr(S.postType), tr(POST_TYPE_LABELS[result.scenario.postType])]);
  add([tr(S.current), totals.current]);
  add([tr(S.total), totals.total, tr(totals.totalRule)]);
  add([tr(S.reserve), totals.reserve, tr(totals.reserveRule)]);
  add([tr(S.toAllocate), totals.toAllocate]);
  add([tr(S.allocated), totals.allocated]);
  add([tr(S.method), tr(METHOD_LABELS[result.scenario.method])]);
  add([tr(S.solver), tr(BACKEND_LABELS[solver.backend])]);
  add([tr(S.status), tr(SOLVER_STATUS_LABELS[solver.status]), lang === "zh" ? null : solver.detail]);
  add([tr(S.proven), tr(solver.provenOptimal ? S.yes : S.no)]);
  if (solver.objectiveName !== undefined)
    add([
      tr(OBJECTIVE_HEADING),
      tr(OBJECTIVE_LABELS[solver.objectiveName]),
      tr(OBJECTIVE_GUARANTEES[solver.objectiveName]),
    ]);
  if (solver.objective !== undefined)
    add([
      solver.objectiveName === "least-squares-relative"
        ? tr(OBJECTIVE_VALUE_LABELS["least-squares-relative"])
        : tr(S.deviation),
      solver.objective,
    ]);
  if (result.conflicts.length > 0) {
    add([]);
    add([tr(S.conflicts)], true);
    for (const conflict of result.conflicts) add(["", "", tr(conflict.message)]);
  }
  if (result.remedies !== undefined && result.remedies.length > 0) {
    add([]);
    add([tr(S.remedies)], true);
    for (const remedy of result.remedies) add(["", "", tr(remedy.message)]);
  }
  if (result.checks.length > 0) {
    add([]);
    add([tr(S.checks)], true);
    add([tr(S.rule), tr(S.outcome), tr(S.message), tr(S.townships)], true);
    for (const check of result.checks) {
      const names = check.townships
        .map((tw) => `${tw.name} ${tw.value}/${tw.limit}`)
        .join(lang === "zh" ? "、" : ", ");
      add([
        tr(checkRuleLabel(check.rule)),
        tr(check.status === "not-checked" ? S.notChecked : check.ok ? S.passed : S.failed),
        tr(check.message),
        names,
      ]);
    }
  }
  // The county story (a block of its own).
  if (result.story !== null) {
    add([]);
    add([tr(STORY_LABELS.heading)], true);
    for (const sentence of result.story.sentences) add(["", "", tr(sentence)]);
  }
  if (result.ties.length > 0) {
    add([]);
    add([tr(S.ties)], true);
    for (const tie of result.ties) add(["", "", tieLine(result, tie, lang)]);
  }

  if (options.scenario !== undefined && result.townships.length > 0)
    addFormulaSheets(workbook, options.scenario, result, lang, text);

  const buffer = await workbook.xlsx.writeBuffer();
  // a copy as a plain Uint8Array (Node gives a Buffer, browsers a Buffer polyfill)
  return setZipTimes(new Uint8Array(buffer as ArrayBuffer), date);
}

/**
 * Sets the modification time and date of every entry of a zip archive (local headers and central
 * directory) to `date` in MS-DOS format, in place; returns the same array. JSZip stamps entries with
 * the clock, which would make equal workbooks differ byte for byte.
 * @throws {Error} when the bytes have no zip end-of-central-directory record
 */
export function setZipTimes(zip: Uint8Array, date: Date): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const dosTime = (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1);
  const dosDate =
    (Math.max(0, date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate();
  let end = -1;
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 65_535); at--) {
    if (view.getUint32(at, true) === 0x06054b50) {
      end = at;
      break;
    }
  }
  if (end < 0) throw new Error("setZipTimes(): not a zip archive (no end of central directory)");
  const entries = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  for (let i = 0; i < entries; i++) {
    if (view.getUint32(at, true) !== 0x02014b50) throw new Error("setZipTimes(): bad central directory");
    view.setUint16(at + 12, dosTime, true);
    view.setUint16(at + 14, dosDate, true);
    const local = view.getUint32(at + 42, true);
    if (view.getUint32(local, true) === 0x04034b50) {
      view.setUint16(local + 10, dosTime, true);
      view.setUint16(local + 12, dosDate, true);
    }
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return zip;
}
