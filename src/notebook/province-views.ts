/**
 * The overview's views of a province (a table with a county column, solved county by county as `quota-planner solve`
 * does): the county summary with each infeasible county's diagnosis, and the line that says, in print, which
 * county and search the printed township table shows.
 */
import {
  countiesSolvedLine,
  type Lang,
  PROVINCE_LABELS,
  type ProvinceResult,
  provinceSummaryTable,
  type RowFilter,
  TABLE_PAGER_LABELS,
} from "../index.ts";
import { t } from "./i18n.ts";

/**
 * The county summary of a province: the counts line, one row a county (county, townships, today, its total, new,
 * status, checks — the cells of `solve`'s county table, `provinceSummaryTable`), then each infeasible county's
 * diagnosis (its conflicts' messages) and the split's conflicts when the counties could not be given totals.
 * @example slot.append(countiesView(outcome.province, "zh"))
 */
export function countiesView(province: ProvinceResult, lang: Lang): HTMLElement {
  const box = document.createElement("section");
  box.className = "province-counties";
  box.dataset.testid = "province-counties";
  const heading = document.createElement("h3");
  heading.textContent = t(PROVINCE_LABELS.summaryHeading, lang);
  const counts = document.createElement("p");
  counts.dataset.testid = "province-counts";
  const solved = province.counties.filter((c) => c.result.totals.allocated !== null).length;
  counts.textContent = t(
    countiesSolvedLine({
      counties: province.counties.length,
      townships: province.counties.reduce((s, c) => s + c.townships, 0),
      solved,
      infeasible: province.counties.filter((c) => c.result.solver.status === "infeasible").length,
    }),
    lang,
  );
  box.append(heading, counts);
  for (const conflict of province.conflicts) {
    const p = document.createElement("p");
    p.className = "diagnosis";
    p.dataset.testid = "province-conflict";
    p.textContent = t(conflict.message, lang);
    box.append(p);
  }
  const { headers, rows } = provinceSummaryTable(province, lang);
  const table = document.createElement("table");
  table.className = "qp-table province-table";
  const head = table.createTHead().insertRow();
  for (const h of headers) {
    const th = document.createElement("th");
    th.textContent = h;
    head.append(th);
  }
  const body = table.createTBody();
  province.counties.forEach((run, k) => {
    const tr = body.insertRow();
    tr.dataset.county = run.county;
    rows[k]!.forEach((cell, c) => {
      const td = tr.insertCell();
      td.textContent = cell;
      if (c >= 1 && c <= 4) td.className = "num";
    });
    if (run.result.conflicts.length === 0) return;
    const why = body.insertRow();
    why.className = "county-diagnosis";
    why.dataset.testid = "county-diagnosis";
    why.dataset.county = run.county;
    const td = why.insertCell();
    td.colSpan = headers.length;
    td.textContent = run.result.conflicts.map((c) => t(c.message, lang)).join(lang === "zh" ? "；" : "; ");
  });
  box.append(table);
  return box;
}

/**
 * The line a printed township table carries (class `table-printed`: shown in print only): which county and search
 * it shows; the page it shows is the pager's line, which prints too.
 * @example box.append(printedFilterNote({ county: "县0002" }, "zh"))
 */
export function printedFilterNote(filter: RowFilter, lang: Lang): HTMLElement {
  const note = document.createElement("p");
  note.className = "table-printed";
  note.dataset.testid = "table-printed";
  const county = filter.county === undefined || filter.county === "" ? undefined : filter.county;
  const search = filter.search?.trim() ?? "";
  note.textContent = t(TABLE_PAGER_LABELS.printed, lang, {
    county: county ?? t(TABLE_PAGER_LABELS.printedAll, lang),
    search: search === "" ? t(TABLE_PAGER_LABELS.printedNone, lang) : `“${search}”`,
  });
  return note;
}
