// The workbook's sheets to check by hand: the county's data, the settings, and the index and proportional targets
// as live formulas over them (LN, SQRT, MIN, MAX, SUM, IF and + - * / only: functions Excel, WPS and LibreOffice
// all have), each formula cell with its cached result so viewers that do not recalculate show the numbers.

import type { Workbook, Worksheet } from "exceljs";
import type { ScenarioResult } from "../run/result.ts";
import { type Bilingual, CATEGORIES, type IndicatorSpec, type Lang, type Scenario } from "../types.ts";
import { transformValue } from "../weighting/normalise.ts";
import { CATEGORY_LABELS } from "../words/category-labels.ts";
import { RESULT_COLUMNS } from "../words/result-columns.ts";
import { t } from "../words/t.ts";
import { XLSX_SHEET_NAMES } from "../words/xlsx-sheet-names.ts";
import {
  XLSX_WORKBOOK_LABELS as W,
  XLSX_DIRECTION_NAMES,
  XLSX_NORMALISE_NAMES,
  XLSX_TRANSFORM_NAMES,
} from "../words/xlsx-workbook-labels.ts";

/** Excel column letters of a 1-based column number: 1 → A, 27 → AA. */
export function columnLetter(column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** An absolute reference to a cell of another sheet: 'Settings'!$B$4. */
function ref(sheet: string, column: number, row: number): string {
  return `'${sheet}'!$${columnLetter(column)}$${row}`;
}

/**
 * The normalisations written as formulas (every one the model offers: min-max, ÷ max, share in either direction,
 * z-score); another would be written as values with a note.
 */
function normalisedByFormula(indicator: IndicatorSpec): boolean {
  return ["minmax", "max", "share", "zscore"].includes(indicator.normalise);
}

const SHADE = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF2CC" } } as const;

/**
 * Adds the input, settings and calculation sheets for `result` of `scenario` to `workbook`. `text` makes a user's
 * text safe for a cell (`neutraliseFormula`); only the formulas written here are formulas. `prefix` goes before the
 * three sheet names (a plan's workbook holds them once per post type, e.g. "行政·"); default none.
 * Requires a result with townships (a solution) and a model whose indices sum to a positive number.
 */
export function addFormulaSheets(
  workbook: Workbook,
  scenario: Scenario,
  result: ScenarioResult,
  lang: Lang,
  text: (value: string) => string,
  prefix = "",
): void {
  const tr = (words: Bilingual): string => text(t(words, lang));
  const model = scenario.model;
  const rows = result.townships;
  const n = rows.length;
  const first = 2;
  const last = first + n - 1;
  const indicators = model.factors.flatMap((factor) =>
    factor.indicators.map((indicator) => ({ factor, indicator })),
  );
  const inputName = `${prefix}${tr(XLSX_SHEET_NAMES.input)}`;
  const settingsName = `${prefix}${tr(XLSX_SHEET_NAMES.settings)}`;
  const calcName = `${prefix}${tr(XLSX_SHEET_NAMES.calculation)}`;

  // --- input: ids, names, categories, today's posts, every indicator's raw value ---
  const input = workbook.addWorksheet(inputName, { views: [{ state: "frozen", ySplit: 1 }] });
  const inputFirstIndicator = 5;
  input.columns = [
    { header: tr(RESULT_COLUMNS.id), width: 8 },
    { header: tr(RESULT_COLUMNS.name), width: 12 },
    { header: tr(RESULT_COLUMNS.category), width: 16 },
    { header: tr(RESULT_COLUMNS.current), width: 8 },
    ...indicators.map(({ indicator }) => ({ header: tr(indicator.label), width: 14 })),
  ];
  input.getRow(1).font = { bold: true };
  const raw = rows.map((row) =>
    indicators.map(({ indicator }) => row.indicatorParts.find((p) => p.indicator === indicator.id)?.raw ?? 0),
  );
  rows.forEach((row, j) => {
    input.addRow([text(row.id), text(row.name), tr(CATEGORY_LABELS[row.category]), row.current, ...raw[j]!]);
  });
  input.addRow([]);
  input.addRow([tr(W.inputNote)]);

  // --- settings: weights, ranges, coefficients, the total, floors/caps/band ---
  const settings = workbook.addWorksheet(settingsName);
  settings.columns = [
    { width: 24 },
    { width: 16 },
    { width: 16 },
    { width: 18 },
    { width: 18 },
    { width: 18 },
    { width: 10 },
    { width: 10 },
    { width: 14 },
    { width: 60 },
  ];
  const addSettings = (values: readonly unknown[], bold = false) => {
    const row = settings.addRow([...values]);
    if (bold) row.font = { bold: true };
    return row.number;
  };
  const shade = (row: number, column: number) => {
    settings.getCell(row, column).fill = SHADE;
  };
  addSettings([tr(W.settingsNote)]);
  const derived = model.weighting.method !== "manual";
  addSettings([]);
  addSettings([tr(W.factors), tr(W.factorWeight), tr(W.factorShare), derived ? tr(W.note) : ""], true);
  const factorRow = new Map<string, number>();
  const factorFirst = settings.rowCount + 1;
  const factorLast = factorFirst + model.factors.length - 1;
  const factorSum = model.factors.reduce((s, f) => s + f.weight, 0);
  model.factors.forEach((factor, f) => {
    const row = factorFirst + f;
    factorRow.set(factor.id, row);
    addSettings([
      tr(factor.label),
      factor.weight,
      {
        formula: `B${row}/SUM($B$${factorFirst}:$B$${factorLast})`,
        result: result.weights.factors[factor.id] ?? factor.weight / factorSum,
      },
      f === 0 && derived ? tr(W.derivedWeights) : "",
    ]);
    shade(row, 2);
  });
  addSettings([]);
  addSettings(
    [
      tr(W.indicator),
      tr(W.factors),
      tr(W.innerWeight),
      tr(W.transform),
      tr(W.normalise),
      tr(W.direction),
      tr(W.rangeLow),
      tr(W.rangeHigh),
      tr(W.globalWeight),
      tr(W.note),
    ],
    true,
  );
  const indicatorRow = new Map<string, number>();
  let at = settings.rowCount + 1;
  for (const factor of model.factors) {
    const from = at;
    const to = at + factor.indicators.length - 1;
    for (const indicator of factor.indicators) {
      indicatorRow.set(indicator.id, at);
      const inner = `SUM($C$${from}:$C$${to})`;
      addSettings([
        tr(indicator.label),
        tr(factor.label),
        indicator.weight,
        tr(XLSX_TRANSFORM_NAMES[indicator.transform]),
        tr(XLSX_NORMALISE_NAMES[indicator.normalise]),
        tr(XLSX_DIRECTION_NAMES[indicator.direction]),
        indicator.range[0],
        indicator.range[1],
        {
          formula: `IF(${inner}=0,0,$C$${factorRow.get(factor.id)}*C${at}/${inner})`,
          result: result.weights.indicators[indicator.id] ?? 0,
        },
        normalisedByFormula(indicator) ? "" : tr(W.valuesOnly),
      ]);
      shade(at, 3);
      if (indicator.normalise === "minmax") {
        shade(at, 7);
        shade(at, 8);
      }
      at++;
    }
  }
  addSettings([]);
  addSettings([tr(W.category), tr(W.coefficient), tr(W.floor), tr(W.cap)], true);
  const categoryRow = new Map<string, number>();
  for (const category of CATEGORIES) {
    const rule = model.categories[category];
    const row = addSettings([
      tr(CATEGORY_LABELS[category]),
      rule.coefficient,
      rule.floor[scenario.postType] ?? 0,
      rule.cap[scenario.postType] ?? tr(W.noCap),
    ]);
    categoryRow.set(category, row);
    shade(row, 2);
  }
  addSettings([]);
  const totalRow = addSettings([tr(W.toAllocate), result.totals.toAllocate], true);
  shade(totalRow, 2);
  const band = scenario.band;
  if (band === undefined) addSettings([tr(W.band), tr(W.noBand)]);
  else {
    addSettings([tr(W.band)], true);
    if (band.maxCut !== undefined) addSettings([tr(W.maxCut), band.maxCut]);
    if (band.maxGain !== undefined) addSettings([tr(W.maxGain), band.maxGain]);
    if (band.maxCutShare !== undefined) addSettings([tr(W.maxCutShare), band.maxCutShare]);
    if (band.maxGainShare !== undefined) addSettings([tr(W.maxGainShare), band.maxGainShare]);
  }

  // --- calculation: transformed values, scores, factor scores, index, targets (formulas); the solver's values ---
  const calc = workbook.addWorksheet(calcName, { views: [{ state: "frozen", ySplit: 1, xSplit: 2 }] });
  const headers: string[] = [tr(RESULT_COLUMNS.id), tr(RESULT_COLUMNS.name), tr(RESULT_COLUMNS.category)];
  const transformedColumn = (k: number) => 4 + 2 * k;
  const scoreColumn = (k: number) => 5 + 2 * k;
  // "GDP (score)", "地区生产总值（得分）"
  const qualified = (label: Bilingual, what: Bilingual) =>
    text(lang === "zh" ? `${label.zh}（${what.zh}）` : `${label.en} (${what.en})`);
  indicators.forEach(({ indicator }) => {
    headers.push(qualified(indicator.label, W.transformed));
    headers.push(qualified(indicator.label, W.score));
  });
  const factorColumn0 = 4 + 2 * indicators.length;
  model.factors.forEach((factor) => {
    headers.push(qualified(factor.label, W.factorScore));
  });
  const indexColumn = factorColumn0 + model.factors.length;
  const coefficientColumn = indexColumn + 1;
  const demandColumn = indexColumn + 2;
  const targetColumn = indexColumn + 3;
  const allocatedColumn = indexColumn + 4;
  const mark = (words: Bilingual) => qualified(words, W.solverMark);
  headers.push(tr(W.index), tr(W.coefficient), tr(W.demand), tr(W.target));
  headers.push(mark(W.allocated), mark(W.lower), mark(W.upper));
  calc.addRow(headers).font = { bold: true };
  calc.getRow(1).alignment = { wrapText: true, vertical: "top" };
  for (let c = 1; c <= headers.length; c++) calc.getColumn(c).width = c <= 3 ? 12 : 14;

  // cached results: the toolkit's own numbers (transformValue, normaliseScores as computeIndex uses them)
  const transformed = indicators.map(({ indicator }, k) =>
    raw.map((values) => transformValue(values[k]!, indicator.transform)),
  );
  const scores = indicators.map(({ indicator }) =>
    rows.map((row) => row.indicatorParts.find((p) => p.indicator === indicator.id)?.score ?? 0),
  );
  const demandSum = rows.reduce((s, row) => s + row.index * row.coefficient, 0);

  rows.forEach((row, j) => {
    const r = first + j;
    const values: unknown[] = [text(row.id), text(row.name), tr(CATEGORY_LABELS[row.category])];
    indicators.forEach(({ indicator }, k) => {
      const source = `'${inputName}'!${columnLetter(inputFirstIndicator + k)}${r}`;
      const formula =
        indicator.transform === "none"
          ? source
          : indicator.transform === "log"
            ? `LN(${source})`
            : indicator.transform === "log1p"
              ? `LN(1+${source})`
              : `SQRT(${source})`;
      values.push({ formula, result: transformed[k]![j]! });
      const x = `${columnLetter(transformedColumn(k))}${r}`;
      const letter = columnLetter(transformedColumn(k));
      const range = `$${letter}$${first}:$${letter}$${last}`;
      const iRow = indicatorRow.get(indicator.id)!;
      const low = ref(settingsName, 7, iRow);
      const high = ref(settingsName, 8, iRow);
      const cost = indicator.direction === "cost";
      let score: string | null = null;
      if (indicator.normalise === "minmax") {
        const ratio = cost
          ? `(MAX(${range})-${x})/(MAX(${range})-MIN(${range}))`
          : `(${x}-MIN(${range}))/(MAX(${range})-MIN(${range}))`;
        score = `IF(MAX(${range})=MIN(${range}),${high},${low}+(${high}-${low})*(${ratio}))`;
      } else if (indicator.normalise === "max") score = cost ? `MIN(${range})/${x}` : `${x}/MAX(${range})`;
      else if (indicator.normalise === "share")
        // the cost direction shares 1/x: SUMPRODUCT takes the array 1/range in Excel, WPS and LibreOffice alike
        score = cost ? `(1/${x})/SUMPRODUCT(1/${range})` : `${x}/SUM(${range})`;
      else if (indicator.normalise === "zscore") {
        // population standard deviation (STDEVP, in all three; the toolkit's standardDeviation), 0 when constant
        const deviation = cost ? `(AVERAGE(${range})-${x})` : `(${x}-AVERAGE(${range}))`;
        score = `IF(STDEVP(${range})=0,0,${deviation}/STDEVP(${range}))`;
      }
      values.push(score === null ? scores[k]![j]! : { formula: score, result: scores[k]![j]! });
    });
    model.factors.forEach((factor) => {
      const terms = factor.indicators.map((indicator) => {
        const k = indicators.findIndex((entry) => entry.indicator.id === indicator.id);
        return `${columnLetter(scoreColumn(k))}${r}*${ref(settingsName, 9, indicatorRow.get(indicator.id)!)}`;
      });
      values.push({
        formula: terms.length > 0 ? terms.join("+") : "0",
        result: row.factorParts[factor.id] ?? 0,
      });
    });
    const factorRange = `${columnLetter(factorColumn0)}${r}:${columnLetter(indexColumn - 1)}${r}`;
    values.push({ formula: `SUM(${factorRange})`, result: row.index });
    values.push({ formula: ref(settingsName, 2, categoryRow.get(row.category)!), result: row.coefficient });
    values.push({
      formula: `${columnLetter(indexColumn)}${r}*${columnLetter(coefficientColumn)}${r}`,
      result: row.index * row.coefficient,
    });
    const demand = columnLetter(demandColumn);
    values.push({
      formula: `${ref(settingsName, 2, totalRow)}*${demand}${r}/SUM($${demand}$${first}:$${demand}$${last})`,
      result: row.target,
    });
    values.push(row.allocated, row.lower, row.upper ?? tr(W.noCap));
    calc.addRow(values);
  });
  const sumOf = (column: number, value: number) => ({
    formula: `SUM(${columnLetter(column)}${first}:${columnLetter(column)}${last})`,
    result: value,
  });
  const totalsRow: unknown[] = [tr(W.total)];
  totalsRow[demandColumn - 1] = sumOf(demandColumn, demandSum);
  totalsRow[targetColumn - 1] = sumOf(
    targetColumn,
    rows.reduce((s, row) => s + row.target, 0),
  );
  totalsRow[allocatedColumn - 1] = rows.reduce((s, row) => s + row.allocated, 0);
  calc.addRow(totalsRow).font = { bold: true };
  calc.addRow([]);
  calc.addRow([tr(W.calculationNote)]);
  for (let c = 4; c < allocatedColumn; c++) calc.getColumn(c).numFmt = "0.000000";
  styleSolverColumns(calc, allocatedColumn, last + 1);
}

/** The solver's columns in grey italics, so they read as values beside the formulas. */
function styleSolverColumns(sheet: Worksheet, from: number, lastRow: number): void {
  for (let c = from; c < from + 3; c++) {
    for (let r = 1; r <= lastRow; r++) {
      const cell = sheet.getCell(r, c);
      cell.font = { italic: true, color: { argb: "FF595959" }, bold: r === 1 || r === lastRow };
    }
  }
}
