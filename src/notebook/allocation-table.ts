/**
 * The allocation tables of the overview and the weights lab: sortable, each township's name linking
 * to its page on the township detail, with a line under the table giving the sums.
 */

import type { AllocationChange } from "../index.ts";
import {
  CATEGORIES,
  CATEGORY_LABELS,
  formatNumber,
  formatSigned,
  type Lang,
  REASON_LABELS,
  RESULT_COLUMNS,
  type TownshipResult,
} from "../index.ts";
import { defineStrings, t } from "./i18n.ts";
import { plannerHref } from "./store.ts";
import { type Column, type SortableTable, sortableTable } from "./table.ts";

const S = defineStrings({
  loaded: { zh: "载入方案", en: "As loaded" },
  now: { zh: "当前", en: "Now" },
  difference: { zh: "变化", en: "Difference" },
  sums: {
    zh: "合计：现有 {current} 名，核定 {allocated} 名；可分配总量 {toAllocate} 名。",
    en: "Sums: today {current}, new {allocated}; total to allocate {toAllocate}.",
  },
  sumsLoaded: {
    zh: "合计：现有 {current} 名，载入方案 {loaded} 名，当前 {allocated} 名；可分配总量 {toAllocate} 名。",
    en: "Sums: today {current}, as loaded {loaded}, now {allocated}; total to allocate {toAllocate}.",
  },
});

/** A link to the township page for township `id`. */
function townshipLink(id: string, name: string): HTMLAnchorElement {
  const link = document.createElement("a");
  link.href = plannerHref("township.html", { id });
  link.textContent = name;
  link.className = "township-link";
  return link;
}

function numberCell(value: number, lang: Lang, testid: string, signed = false): HTMLElement {
  const span = document.createElement("span");
  span.dataset.testid = testid;
  span.textContent = signed ? formatSigned(value, lang) : formatNumber(value, lang, 2);
  return span;
}

const idColumn = <R extends { readonly id: string }>(): Column<R> => ({
  key: "id",
  label: RESULT_COLUMNS.id,
  type: "text",
  value: (r) => r.id,
});
const nameColumn = <R extends { readonly id: string; readonly name: string }>(): Column<R> => ({
  key: "name",
  label: RESULT_COLUMNS.name,
  type: "text",
  value: (r) => r.name,
  format: (r) => townshipLink(r.id, r.name),
});
const categoryColumn = <R extends Pick<TownshipResult, "category">>(): Column<R> => ({
  key: "category",
  label: RESULT_COLUMNS.category,
  type: "text",
  // sorts in the policy's priority order, shows the name
  value: (r) => String(CATEGORIES.indexOf(r.category)).padStart(2, "0"),
  format: (r, lang) => t(CATEGORY_LABELS[r.category], lang),
});
const bindingColumn = <R extends Pick<TownshipResult, "binding">>(): Column<R> => ({
  key: "binding",
  label: RESULT_COLUMNS.binding,
  type: "text",
  value: (r) => r.binding,
  format: (r, lang) => t(REASON_LABELS[r.binding], lang),
});

/**
 * The overview's table: id, township (a link), category, today, target, new, change, binding constraint.
 * Create it once; `update(result.townships, lang)` from a cell keeps the user's sort.
 * @example const table = allocationTable(); nb.cell("table", [outcome, lang], (o, l) => table.update(o.result.townships, l))
 */
export function allocationTable(options: { readonly pageSize?: number } = {}): SortableTable<TownshipResult> {
  return sortableTable<TownshipResult>({
    ...(options.pageSize !== undefined ? { pageSize: options.pageSize } : {}),
    columns: [
      idColumn(),
      nameColumn(),
      categoryColumn(),
      { key: "current", label: RESULT_COLUMNS.current, type: "number", value: (r) => r.current },
      {
        key: "target",
        label: RESULT_COLUMNS.target,
        type: "number",
        value: (r) => r.target,
        format: (r, lang) => numberCell(r.target, lang, `target-${r.id}`),
      },
      {
        key: "allocated",
        label: RESULT_COLUMNS.allocated,
        type: "number",
        value: (r) => r.allocated,
        format: (r, lang) => numberCell(r.allocated, lang, `allocated-${r.id}`),
      },
      {
        key: "change",
        label: RESULT_COLUMNS.change,
        type: "number",
        value: (r) => r.change,
        format: (r, lang) => numberCell(r.change, lang, `change-${r.id}`, true),
      },
      bindingColumn(),
    ],
  });
}

/**
 * The weights lab's table: id, township (a link), category, today, posts as loaded, posts now,
 * the difference, and the binding constraint now.
 * @example const table = changeTable(); table.update(compareAllocations(loaded, now), lang)
 */
export function changeTable(): SortableTable<AllocationChange> {
  return sortableTable<AllocationChange>({
    columns: [
      idColumn(),
      nameColumn(),
      categoryColumn(),
      { key: "current", label: RESULT_COLUMNS.current, type: "number", value: (r) => r.current },
      { key: "loaded", label: S.loaded, type: "number", value: (r) => r.loaded ?? undefined },
      {
        key: "now",
        label: S.now,
        type: "number",
        value: (r) => r.now,
        format: (r, lang) => numberCell(r.now, lang, `now-${r.id}`),
      },
      {
        key: "difference",
        label: S.difference,
        type: "number",
        value: (r) => r.difference,
        format: (r, lang) => numberCell(r.difference, lang, `difference-${r.id}`, true),
      },
      bindingColumn(),
    ],
  });
}

/**
 * The line under an allocation table: today's and the new sums, and the total to allocate they must equal.
 * @example slot.append(sumsLine({ current: 511, allocated: 511, toAllocate: 511 }, "zh"))
 */
export function sumsLine(
  sums: {
    readonly current: number;
    readonly allocated: number;
    readonly toAllocate: number;
    readonly loaded?: number;
  },
  lang: Lang,
): HTMLParagraphElement {
  const line = document.createElement("p");
  line.className = "sums";
  line.dataset.testid = "sums";
  const params = {
    current: formatNumber(sums.current, lang, 0),
    allocated: formatNumber(sums.allocated, lang, 0),
    toAllocate: formatNumber(sums.toAllocate, lang, 0),
    loaded: sums.loaded === undefined ? "" : formatNumber(sums.loaded, lang, 0),
  };
  line.textContent = t(sums.loaded === undefined ? S.sums : S.sumsLoaded, lang, params);
  return line;
}
