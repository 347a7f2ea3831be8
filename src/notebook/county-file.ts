/**
 * The Data page's work on a county table picked from disk: read and validate it in the browser
 * (nothing is uploaded), preview it, and turn it into what the other pages load.
 */
import {
  type Bilingual,
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
import { bilingualText } from "./i18n.ts";
import type { LoadedFile } from "./inputs.ts";
import { ORIGINAL_LIMIT_BYTES, type StoredData, toBase64 } from "./planner-sources.ts";
import { type Column, type SortableTable, sortableTable } from "./table.ts";

/** A county table read from disk: its data, or every problem found in it. */
export type CountyFileOutcome =
  | { readonly ok: true; readonly name: string; readonly data: CountyData }
  | { readonly ok: false; readonly name: string; readonly problems: readonly InputProblem[] };

/**
 * Reads and validates a county table (CSV, XLSX or JSON, by its name) from a picked file, with a column mapping
 * (header as written → canonical key or `ignore`; default none).
 * @throws only for faults of the program itself (bad files give `ok: false` with every problem)
 * @example const outcome = await readCountyFile(file); outcome.ok ? outcome.data.townships.length : outcome.problems
 */
export async function readCountyFile(
  file: LoadedFile,
  columns: Readonly<Record<string, string>> = {},
): Promise<CountyFileOutcome> {
  try {
    const mapped = Object.keys(columns).length > 0 ? { columns } : {};
    return {
      ok: true,
      name: file.name,
      data: await readCountyTable(file.bytes, { file: file.name, ...mapped }),
    };
  } catch (error) {
    if (error instanceof InputError) return { ok: false, name: file.name, problems: error.problems };
    throw error;
  }
}

/**
 * What the other pages load for this data: the table as canonical CSV with the original file name, and with
 * `bytes` the original file itself (base64) when it is at most `ORIGINAL_LIMIT_BYTES` — the pages then solve and
 * hash the file as the command line does.
 * @example writeStoredData(localStorage, storedDataOf("县数据.xlsx", data, file.bytes))
 */
export function storedDataOf(name: string, data: CountyData, bytes?: Uint8Array): StoredData {
  const kept =
    bytes !== undefined && bytes.length <= ORIGINAL_LIMIT_BYTES ? { original: toBase64(bytes) } : {};
  return { name, csv: countyTableToCsv(data), townships: data.townships.length, ...kept };
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

/** A header the reader did not recognise, with the known column it may be (the reader's suggestion). */
export interface UnmatchedHeader {
  readonly header: string;
  readonly suggestion?: string;
}

/**
 * The headers of a read table that are no known column: the reader's "unmatched-header" notices when it gives them
 * (with their suggestion), and every numeric column kept under its header as written.
 * @example unmatchedHeaders(data) // [{ header: "借调借出人数", suggestion: "staffLentOut" }]
 */
export function unmatchedHeaders(data: CountyData): UnmatchedHeader[] {
  const known = new Set(TOWNSHIP_COLUMNS.map((c) => c.key as string));
  const out = new Map<string, UnmatchedHeader>();
  const notices =
    (data as { readonly notices?: readonly (InputProblem & { readonly suggestion?: string })[] }).notices ??
    [];
  for (const notice of notices) {
    if (notice.code !== "unmatched-header") continue;
    const header = notice.column ?? (typeof notice.found === "string" ? notice.found : undefined);
    if (header === undefined) continue;
    out.set(header, {
      header,
      ...(notice.suggestion !== undefined ? { suggestion: notice.suggestion } : {}),
    });
  }
  for (const column of data.columns) {
    if (!known.has(column) && !out.has(column)) out.set(column, { header: column });
  }
  return [...out.values()];
}

/**
 * The unrecognised headers of a table that could not be read: when a required column is missing the reader reports
 * its unmatched headers beside it (code "unmatched-header", with the closest known column as `suggestion`), so the
 * mapping step can offer them and the table be read again with the mapping.
 * @example unmatchedInProblems(outcome.problems) // [{ header: "镇名称", suggestion: "name" }]
 */
export function unmatchedInProblems(problems: readonly InputProblem[]): UnmatchedHeader[] {
  const out = new Map<string, UnmatchedHeader>();
  for (const p of problems) {
    if (p.code !== "unmatched-header") continue;
    const header = p.column ?? p.found;
    if (header === undefined || out.has(header)) continue;
    out.set(header, { header, ...(p.suggestion !== undefined ? { suggestion: p.suggestion } : {}) });
  }
  return [...out.values()];
}

const MAPPING = {
  keep: {
    zh: "保留为同名列（模型可按表头引用）",
    en: "Keep as a column of its own (a model may read it by its header)",
  },
  ignore: { zh: "忽略此列", en: "Ignore this column" },
  header: { zh: "表头", en: "Header" },
  is: { zh: "对应的列", en: "Is the column" },
} as const;

/**
 * The mapping step: one row per unrecognised header with a select of the required columns and the known numeric
 * columns (and "keep", "ignore"), pre-set to `value[header]`, else the reader's suggestion, else "keep". Its value is the mapping
 * (header → canonical key or `ignore`; "keep" leaves the header out); fires "input" on every change.
 * @example columnMapping(unmatchedHeaders(data), scenario.columns ?? {})
 */
export function columnMapping(
  headers: readonly UnmatchedHeader[],
  value: Readonly<Record<string, string>>,
): HTMLElement & { readonly value: Readonly<Record<string, string>> } {
  const root = document.createElement("table");
  root.className = "qp-table column-mapping";
  const head = root.createTHead().insertRow();
  for (const label of [MAPPING.header, MAPPING.is]) {
    const th = bilingualText(label, "th");
    th.className = "text";
    head.append(th);
  }
  const body = root.createTBody();
  const selects = new Map<string, HTMLSelectElement>();
  // the required columns first (a sheet may write 乡镇名称 as a header the reader does not know), then the numeric ones
  const offered = [
    ...TOWNSHIP_COLUMNS.filter((c) => c.required),
    ...TOWNSHIP_COLUMNS.filter((c) => !c.required && (c.kind === "count" || c.kind === "number")),
  ];
  for (const { header, suggestion } of headers) {
    const row = body.insertRow();
    row.dataset.header = header;
    const name = row.insertCell();
    name.className = "text";
    name.textContent = header;
    const cell = row.insertCell();
    cell.className = "text";
    const list = document.createElement("select");
    list.setAttribute("aria-label", header);
    const option = (v: string, label: Bilingual) => {
      const o = bilingualText(label, "option") as HTMLOptionElement;
      o.value = v;
      list.append(o);
    };
    option("", MAPPING.keep);
    option("ignore", MAPPING.ignore);
    for (const spec of offered) {
      option(spec.key, spec.label);
    }
    list.value = value[header] ?? suggestion ?? "";
    cell.append(list);
    selects.set(header, list);
  }
  Object.defineProperty(root, "value", {
    get: () =>
      Object.fromEntries(
        [...selects].filter(([, list]) => list.value !== "").map(([h, list]) => [h, list.value]),
      ),
    enumerable: true,
    configurable: true,
  });
  root.addEventListener("change", () => root.dispatchEvent(new Event("input", { bubbles: true })));
  return root as unknown as HTMLElement & { readonly value: Readonly<Record<string, string>> };
}
