/**
 * A plan's workbook to check by hand: the combined table (each type's today, basic, reserve, new, change and main
 * reason; values, marked as the solver's), the compliance table, the reserve, the identity and each type's totals,
 * the sections (`planSections`: hiring, lending, each type's transition, offices) one sheet each, then for every
 * post type its own input, settings and calculation sheets with live formulas over its own weights
 * (`addFormulaSheets`, the names prefixed by the type). Text cells go through `xlsxText` (control characters
 * removed, a would-be formula neutralised); numbers are number cells. Deterministic to the byte. Browser-safe.
 */
import { type ComplianceTable, complianceTable } from "../explain/compliance.ts";
import type { WeightedPlan } from "../run/load-plan.ts";
import type { PlanResult } from "../run/plan-result.ts";
import type { Bilingual, Lang, PostType, Scenario } from "../types.ts";
import { CATEGORY_LABELS } from "../words/category-labels.ts";
import { IDENTITY_LABELS } from "../words/identity-labels.ts";
import { METHOD_LABELS } from "../words/method-labels.ts";
import { PLAN_LABELS } from "../words/plan-labels.ts";
import { PLAN_PRINT_LABELS as P, PLAN_SHEET_TYPE } from "../words/plan-print-labels.ts";
import { POST_TYPE_LABELS } from "../words/post-type-labels.ts";
import { RESULT_COLUMNS } from "../words/result-columns.ts";
import { SUMMARY_LABELS } from "../words/summary-labels.ts";
import { t } from "../words/t.ts";
import { complianceHeaders, complianceRows, PLAN_TYPE_COLUMNS, reserveLines } from "./format-plan.ts";
import { type PlanSection, planOfficesView, planSections } from "./plan-sections.ts";
import { identityRows, type ResultIdentity } from "./result-identity.ts";
import { DEFAULT_DATE, newWorkbook, setZipTimes, xlsxText as text } from "./result-xlsx.ts";
import { addFormulaSheets } from "./xlsx-formulas.ts";

/** Options of `planToXlsx`. */
export interface PlanToXlsxOptions {
  /** The workbook's and zip entries' time. Default 2000-01-01T00:00:00Z (a fixed date, not the clock). */
  readonly date?: Date;
  /** What identifies the plan (`planIdentity`): first on the identity sheet. Default none. */
  readonly identity?: ResultIdentity;
  /** `planSections(plan, offices, lang)` in the same language: one sheet each. Default none. */
  readonly sections?: readonly PlanSection[];
  /**
   * Each type's scenario as run (`WeightedPlan.types[i].scenario`): with it, and an allocation, the type's input,
   * settings and calculation sheets with live formulas over its own weights. Default none.
   */
  readonly scenarios?: Readonly<Partial<Record<PostType, Scenario>>>;
}

/** A section cell as a number cell when it is a plain number ("12", "-3", "0.75"), else as text. */
function cellValue(cell: string): string | number {
  return /^-?(0|[1-9][0-9]*)(\.[0-9]+)?$/.test(cell) ? Number(cell) : text(cell);
}

/**
 * The plan as an XLSX workbook (see the module's note for the sheets). Sheet names are at most 31 characters.
 * @example const bytes = await planToXlsx(plan, compliance, "zh", { identity, sections, scenarios }); // starts with "PK"
 */
export async function planToXlsx(
  plan: PlanResult,
  compliance: ComplianceTable,
  lang: Lang,
  options: PlanToXlsxOptions = {},
): Promise<Uint8Array> {
  const date = options.date ?? DEFAULT_DATE;
  const tr = (words: Bilingual): string => text(t(words, lang));
  const workbook = await newWorkbook(date);
  const types = plan.scenario.postTypes;

  // --- the combined table: three numbers, three changes, three reasons ---
  const combined = workbook.addWorksheet(tr(P.sheetCombined), {
    views: [{ state: "frozen", ySplit: 1, xSplit: 2 }],
  });
  const perType = PLAN_TYPE_COLUMNS;
  combined.columns = [
    { header: tr(RESULT_COLUMNS.id), width: 8 },
    { header: tr(RESULT_COLUMNS.name), width: 12 },
    { header: tr(RESULT_COLUMNS.category), width: 16 },
    ...types.flatMap((postType) =>
      perType.map((label, k) => ({
        header: text(`${t(POST_TYPE_LABELS[postType], lang)}·${t(label, lang)}`),
        width: k === 5 ? 60 : 10,
        ...(k === 4 ? { style: { numFmt: "+0;-0;0" } } : {}),
      })),
    ),
  ];
  combined.getRow(1).font = { bold: true };
  for (const row of plan.townships) {
    const cells: (string | number | null)[] = [
      text(row.id),
      text(row.name),
      tr(CATEGORY_LABELS[row.category]),
    ];
    for (const postType of types) {
      const posts = row.posts[postType];
      if (posts === undefined) cells.push(null, null, null, null, null, tr(PLAN_LABELS.noAllocation));
      else
        cells.push(
          posts.current,
          posts.basic,
          posts.reserve,
          posts.total,
          posts.change,
          tr(posts.mainReason),
        );
    }
    combined.addRow(cells);
  }
  const sumRow: (string | number | null)[] = ["", tr(SUMMARY_LABELS.total), ""];
  for (const postType of types) {
    const rows = plan.townships.map((tw) => tw.posts[postType]);
    const sum = (pick: (p: NonNullable<(typeof rows)[number]>) => number) =>
      rows.reduce((s, p) => s + (p === undefined ? 0 : pick(p)), 0);
    sumRow.push(
      sum((p) => p.current),
      sum((p) => p.basic),
      sum((p) => p.reserve),
      sum((p) => p.total),
      sum((p) => p.change),
      "",
    );
  }
  combined.addRow(sumRow).font = { bold: true };
  combined.addRow([]);
  combined.addRow([tr(P.valuesNote)]);

  // --- compliance ---
  const checks = workbook.addWorksheet(tr(P.sheetCompliance));
  checks.columns = [{ width: 8 }, { width: 18 }, { width: 10 }, { width: 90 }, { width: 40 }];
  checks.addRow(complianceHeaders(lang).map(text)).font = { bold: true };
  for (const row of complianceRows(compliance, lang)) checks.addRow(row.map(text));

  // --- reserve ---
  const reserve = workbook.addWorksheet(tr(P.sheetReserve));
  reserve.columns = [{ width: 4 }, { width: 110 }];
  reserve.addRow([tr(PLAN_LABELS.reserve)]).font = { bold: true };
  for (const line of reserveLines(plan, lang))
    reserve.addRow(line.startsWith("  ") ? ["", text(line.trim())] : [text(line)]);

  // --- identity and each type's settings ---
  const settings = workbook.addWorksheet(tr(P.sheetSettings));
  settings.columns = [{ width: 22 }, { width: 12 }, { width: 90 }];
  if (options.identity !== undefined) {
    settings.addRow([tr(IDENTITY_LABELS.title)]).font = { bold: true };
    for (const [label, value] of identityRows(options.identity, lang))
      settings.addRow([text(label), "", text(value)]);
    settings.addRow([]);
  }
  const S = SUMMARY_LABELS;
  settings.addRow([tr(S.scenario), tr(plan.scenario.name)]).font = { bold: true };
  settings.addRow([tr(S.source), text(plan.scenario.source)]);
  settings.addRow([tr(S.data), text(plan.scenario.data)]);
  settings.addRow([tr(S.model), text(plan.scenario.model)]);
  for (const postType of types) {
    const result = plan.types[postType];
    if (result === undefined) continue;
    const totals = result.totals;
    settings.addRow([]);
    settings.addRow([tr(POST_TYPE_LABELS[postType])]).font = { bold: true };
    settings.addRow([tr(S.current), totals.current]);
    settings.addRow([tr(S.total), totals.total, tr(totals.totalRule)]);
    settings.addRow([tr(S.reserve), totals.reserve, tr(totals.reserveRule)]);
    settings.addRow([tr(S.toAllocate), totals.toAllocate]);
    settings.addRow([tr(S.allocated), totals.allocated]);
    settings.addRow([tr(S.method), tr(METHOD_LABELS[result.scenario.method])]);
  }

  // --- the sections: hiring, lending, transition per type, offices ---
  for (const section of options.sections ?? []) {
    const type = /^transition-(.+)$/.exec(section.key)?.[1] as PostType | undefined;
    const name =
      type !== undefined
        ? `${tr(P.sheetTransition)}·${tr(PLAN_SHEET_TYPE[type])}`
        : section.key === "hiring"
          ? tr(P.sheetHiring)
          : section.key === "lending"
            ? tr(P.sheetLending)
            : tr(P.sheetOffices);
    const sheet = workbook.addWorksheet(name);
    sheet.addRow([text(section.title)]).font = { bold: true };
    for (const note of section.notes) sheet.addRow([text(note)]);
    for (const table of section.tables) {
      sheet.addRow([]);
      sheet.addRow(table.headers.map(text)).font = { bold: true };
      for (const row of table.rows) sheet.addRow(row.map(cellValue));
    }
    sheet.columns.forEach((column, i) => {
      column.width = i < 2 ? 12 : 14;
    });
  }

  // --- each type's own input, settings and calculation sheets (live formulas over its own weights) ---
  for (const postType of types) {
    const scenario = options.scenarios?.[postType];
    const result = plan.types[postType];
    if (scenario === undefined || result === undefined || result.townships.length === 0) continue;
    addFormulaSheets(workbook, scenario, result, lang, text, `${tr(PLAN_SHEET_TYPE[postType])}·`);
  }

  const buffer = await workbook.xlsx.writeBuffer();
  return setZipTimes(new Uint8Array(buffer as ArrayBuffer), date);
}

/**
 * The workbook of a plan run, as `quota-planner report <plan> --format xlsx` writes it and the overview's download
 * gives it: the compliance table, the sections (with the offices view of the first type's scenario) and every type's
 * formula sheets over the scenario it ran.
 * @example const bytes = await planWorkbook(plan, result, identity, "zh"); // = report whole-policy.yaml --format xlsx
 */
export function planWorkbook(
  plan: WeightedPlan,
  result: PlanResult,
  identity: ResultIdentity,
  lang: Lang,
): Promise<Uint8Array> {
  const sections = planSections(result, planOfficesView(plan.source, plan.types[0]!.scenario), lang);
  const scenarios = Object.fromEntries(plan.types.map((type) => [type.postType, type.scenario]));
  return planToXlsx(result, complianceTable(result), lang, { identity, sections, scenarios });
}
