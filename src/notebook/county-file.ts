/**
 * The Data page's work on a county table picked from disk: read and validate it in the browser
 * (nothing is uploaded), preview it, and turn it into what the other pages load.
 */
import {
  CATEGORY_LABELS,
  type CountyData,
  countyTableToCsv,
  InputError,
  type InputProblem,
  type Lang,
  readCountyTable,
  TOWNSHIP_COLUMNS,
  type Township,
} from "../index.ts";
import { withUnit } from "./chart.ts";
import type { LoadedFile } from "./inputs.ts";
import type { StoredData } from "./planner-sources.ts";
import { type Column, type SortableTable, sortableTable } from "./table.ts";

/** A county table read from disk: its data, or every problem found in it. */
export type CountyFileOutcome =
  | { readonly ok: true; readonly name: string; readonly data: CountyData }
  | { readonly ok: false; readonly name: string; readonly problems: readonly InputProblem[] };

/**
 * Reads and validates a county table (CSV, XLSX or JSON, by its name) from a picked file.
 * @throws only for faults of the program itself (bad files give `ok: false` with every problem)
 * @example const outcome = await readCountyFile(file); outcome.ok ? outcome.data.townships.length : outcome.problems
 */
export async function readCountyFile(file: LoadedFile): Promise<CountyFileOutcome> {
  try {
    return { ok: true, name: file.name, data: await readCountyTable(file.bytes, { file: file.name }) };
  } catch (error) {
    if (error instanceof InputError) return { ok: false, name: file.name, problems: error.problems };
    throw error;
  }
}

/**
 * What the other pages load for this data: the table as canonical CSV with the original file name.
 * @example writeStoredData(localStorage, storedDataOf("县数据.xlsx", data))
 */
export function storedDataOf(name: string, data: CountyData): StoredData {
  return { name, csv: countyTableToCsv(data), townships: data.townships.length };
}

/**
 * A sortable preview of county data: every known column present (with its unit) and every other
 * numeric column under its header. Create once, `update(data.townships, lang)`.
 * @example const preview = countyPreview(data); slot.append(preview.update(data.townships, "zh"))
 */
export function countyPreview(data: CountyData): SortableTable<Township> {
  const present = new Set(data.columns);
  const field = (t: Township, key: string): number | string | undefined =>
    (t as unknown as Record<string, number | string | undefined>)[key];
  const columns: Column<Township>[] = [];
  for (const spec of TOWNSHIP_COLUMNS) {
    const shown =
      spec.key === "id" || spec.key === "name" || spec.key === "category" || present.has(spec.key);
    if (!shown) continue;
    columns.push({
      key: spec.key,
      label: {
        zh: withUnit(spec.label, spec.unit, "zh"),
        en: withUnit(spec.label, spec.unit, "en"),
      },
      type: spec.kind === "text" || spec.kind === "category" ? "text" : "number",
      value: (t) => field(t, spec.key),
      ...(spec.kind === "category"
        ? { format: (t: Township, lang: Lang) => CATEGORY_LABELS[t.category][lang] }
        : {}),
    });
  }
  const known = new Set(TOWNSHIP_COLUMNS.map((c) => c.key));
  for (const column of data.columns) {
    if (known.has(column)) continue;
    columns.push({
      key: `extra:${column}`,
      label: { zh: column, en: column },
      type: "number",
      value: (t) => t.values[column],
    });
  }
  const table = sortableTable({ columns });
  table.element.classList.add("county-preview");
  return table;
}

const HELP = {
  header: { zh: "表头", en: "Header" },
  english: { zh: "英文表头", en: "English header" },
  aliases: { zh: "也可写作", en: "Also accepted" },
  unit: { zh: "单位", en: "Unit" },
  required: { zh: "必填", en: "Required" },
  yes: { zh: "是", en: "yes" },
  no: { zh: "否", en: "no" },
} as const;

/**
 * The columns a county table may have (`TOWNSHIP_COLUMNS`): Chinese header, English header, other
 * accepted headers, unit and whether it is required, as a table in `lang`.
 * @example slot.append(columnsHelp("zh"))
 */
export function columnsHelp(lang: Lang): HTMLTableElement {
  const table = document.createElement("table");
  table.className = "qp-table columns-help";
  const head = table.createTHead().insertRow();
  for (const label of [HELP.header, HELP.english, HELP.aliases, HELP.unit, HELP.required]) {
    const th = document.createElement("th");
    th.scope = "col";
    th.className = "text";
    th.textContent = label[lang];
    head.append(th);
  }
  const body = table.createTBody();
  for (const spec of TOWNSHIP_COLUMNS) {
    const row = body.insertRow();
    const others = spec.aliases.filter((a) => a !== spec.key && a !== spec.label.zh);
    for (const text of [
      spec.label.zh,
      spec.key,
      others.join(lang === "zh" ? "、" : ", "),
      spec.unit?.[lang] ?? "",
      (spec.required ? HELP.yes : HELP.no)[lang],
    ]) {
      const cell = row.insertCell();
      cell.className = "text";
      cell.textContent = text;
    }
  }
  return table;
}
