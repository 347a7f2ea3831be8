/**
 * 总览 Overview: the chosen scenario's county totals and policy checks, today vs new posts per
 * township by category, and the sortable allocation table; downloads of the allocation (CSV, XLSX)
 * and of the scenario (YAML). Infeasible settings show the diagnosis instead of the table.
 */
import {
  complianceTable,
  filterRows,
  largestChanges,
  OVERVIEW_SETTINGS_LABELS,
  PLAN_LABELS,
  type PostType,
  planOfResult,
  planToCsv,
  planWorkbook,
  provinceToCsv,
  type RowFilter,
  resultToCsv,
  resultToXlsx,
  SUMMARY_LABELS,
  TABLE_PAGER_LABELS,
  type TownshipResult,
} from "../src/index.ts";

import {
  allocationChart,
  allocationTable,
  button,
  checksView,
  chosenTypeOutcome,
  combinedTableView,
  complianceView,
  countiesView,
  csvBlob,
  defineStrings,
  diagnosisView,
  downloadBlob,
  identityCell,
  identityView,
  markReadyAfter,
  pageLang,
  planIdentityOf,
  plannerHref,
  plannerPage,
  planTypesOf,
  postTypeSwitch,
  printedFilterNote,
  problemsView,
  reserveCardsView,
  shownTypeLine,
  solvedPageCell,
  storyView,
  sumsLine,
  t,
  totalsView,
  xlsxBlob,
  yamlBlob,
} from "../src/notebook/index.ts";

const S = defineStrings({
  chartTitle: { zh: "各乡镇现有与核定编制", en: "Posts today and new per township" },
  noChart: { zh: "没有分配结果，见下方诊断。", en: "No allocation: see the diagnosis below." },
  downloadCsv: { zh: "下载分配表（CSV）", en: "Download allocation (CSV)" },
  downloadXlsx: { zh: "下载分配表（Excel）", en: "Download allocation (Excel)" },
  downloadYaml: { zh: "下载方案文件（YAML）", en: "Download scenario (YAML)" },
});

const { nb, lang, planner, solver } = plannerPage(
  () => new Worker(new URL("./solver.worker.ts", import.meta.url), { type: "module" }),
);

// A plan (several post types, `postTypes`) runs as `quota-planner solve` runs it; the switch chooses the type the
// cells below the combined table draw (a single-type scenario: no switch, the page as before).
const page = solvedPageCell(nb, planner.sources, solver);
const chosenType = nb.mutable<PostType>("chosenType", "admin");
const planTypes = nb.cell("planTypes", [page], (p) => planTypesOf(p));
const outcome = nb.cell("outcome", [page, chosenType], (p, chosen) => chosenTypeOutcome(p, chosen));
nb.render(
  nb.cell("typeSwitch", [planTypes, chosenType, lang], (types, _chosen, l) =>
    postTypeSwitch(types, chosenType, l),
  ),
  "type-switch",
);
const planSection = nb.cell("plan", [page, lang], (p, l) => {
  const section = document.querySelector<HTMLElement>("[data-plan-only]");
  const box = document.createElement("div");
  const solvedPlan = p.kind === "plan" && p.outcome.status === "solved" ? p.outcome.result : null;
  if (section !== null) section.hidden = solvedPlan === null;
  if (solvedPlan === null) return box;
  const combinedTitle = document.createElement("h2");
  combinedTitle.textContent = t(PLAN_LABELS.combined, l);
  const reserveTitle = document.createElement("h2");
  reserveTitle.textContent = t(PLAN_LABELS.reserve, l);
  box.append(combinedTitle, combinedTableView(solvedPlan, l), reserveTitle, reserveCardsView(solvedPlan, l));
  return box;
});
nb.render(planSection, "plan");

const singleIdentity = identityCell(nb, planner.sources, outcome);
const identity = nb.cell("pageIdentity", [planner.sources, page, singleIdentity], (s, p, single) =>
  p.kind === "plan" ? planIdentityOf(s, p) : single,
);
nb.render(
  nb.cell("identityBlock", [identity, lang], (i, l) => identityView(i, l)),
  "identity",
);

// the scenario's key settings on screen (the identity block prints the same parameters, so this card does not print),
// with the way to change them: the weights lab edits every one of them
nb.render(
  nb.cell("settings", [identity, page, lang], (i, p, l) => {
    const box = document.createElement("div");
    box.dataset.testid = "overview-settings";
    if (i === null) {
      box.textContent = t(OVERVIEW_SETTINGS_LABELS.none, l);
      return box;
    }
    const list = document.createElement("ul");
    list.className = "settings-list";
    for (const p of i.parameters) {
      const li = document.createElement("li");
      li.textContent = t(p, l);
      list.append(li);
    }
    const edit = document.createElement("a");
    edit.className = "edit-settings";
    edit.href = plannerHref("weights.html");
    edit.textContent = t(OVERVIEW_SETTINGS_LABELS.edit, l);
    // the weights lab edits one post type: a plan is changed in its file
    box.append(list);
    if (p.kind !== "plan") box.append(edit);
    return box;
  }),
  "settings",
);

const totals = nb.cell("totals", [outcome, planTypes, lang], (o, types, l) => {
  if (o.status !== "solved") return problemsView(o.problems, l);
  // The totals, and under them the county story; a plan's printout names the type shown (the switch does not print).
  const box = document.createElement("div");
  box.append(shownTypeLine(types, o, l), totalsView(o.result, l), storyView(o.result, l));
  // a province: its counties, each solved as its own county (the CLI's county table)
  if (o.province !== undefined) box.append(countiesView(o.province, l));
  return box;
});
nb.render(totals, "totals");

nb.render(
  nb.cell("checks", [outcome, lang], (o, l) =>
    o.status === "solved" ? checksView(o.result, l) : document.createElement("div"),
  ),
  "checks",
);

// every rule R1–R13 with pass / fail / not checked, as `quota-planner check` prints it
nb.render(
  nb.cell("compliance", [page, outcome, lang], (p, o, l) =>
    p.kind === "plan"
      ? p.outcome.status === "solved"
        ? complianceView(complianceTable(p.outcome.result), l)
        : document.createElement("div")
      : o.status === "solved"
        ? complianceView(complianceTable(planOfResult(o.scenario, o.result)), l)
        : document.createElement("div"),
  ),
  "compliance",
);

// A province's table (a county column): the table is filtered by county and by name or id and shown 100 rows a page;
// the chart draws the filtered townships, at most CHART_ROWS (those that change most), so it stays readable.
const PAGE_SIZE = 100;
const CHART_ROWS = 60;
const filter = nb.mutable<RowFilter>("filter", {});
const countySelect = document.createElement("select");
countySelect.dataset.testid = "county-filter";
countySelect.addEventListener("change", () => {
  filter.value = { ...filter.value, county: countySelect.value };
});
const searchBox = document.createElement("input");
searchBox.type = "search";
searchBox.dataset.testid = "township-search";
searchBox.addEventListener("input", () => {
  filter.value = { ...filter.value, search: searchBox.value };
});
const countyLabel = document.createElement("label");
const filterBar = document.createElement("div");
filterBar.className = "table-filter";
filterBar.append(countyLabel, countySelect, searchBox);

/** Each township's county (by id) when the table has a county column, else an empty map. */
const countyOfId = nb.cell("countyOfId", [outcome], (o) =>
  o.status === "solved"
    ? new Map(
        o.scenario.data.townships.flatMap((tw) => (tw.county === undefined ? [] : [[tw.id, tw.county]])),
      )
    : new Map<string, string>(),
);
const shownRows = nb.cell("shownRows", [outcome, countyOfId, filter], (o, counties, f) =>
  o.status === "solved"
    ? filterRows(o.result.townships, (row: TownshipResult) => counties.get(row.id), f)
    : ([] as TownshipResult[]),
);

const chart = nb.cell("chart", [outcome, shownRows, lang], (o, rows, l) => {
  if (o.status === "solved" && rows.length > 0) {
    const figure = allocationChart({
      rows: rows.length > CHART_ROWS ? largestChanges(rows, CHART_ROWS) : rows,
      lang: l,
      title: t(S.chartTitle, l),
      labels: { today: t(SUMMARY_LABELS.current, l), allocated: t(SUMMARY_LABELS.newPosts, l) },
    });
    if (rows.length <= CHART_ROWS) return figure;
    const box = document.createElement("div");
    const note = document.createElement("p");
    note.className = "note";
    note.dataset.testid = "chart-top";
    note.textContent = t(TABLE_PAGER_LABELS.chartTop, l, { n: CHART_ROWS, rows: rows.length });
    box.append(note, figure);
    return box;
  }
  const note = document.createElement("p");
  note.className = "note";
  note.textContent = o.status === "solved" ? t(S.noChart, l) : "";
  return note;
});
nb.render(chart, "chart");

const table = allocationTable({ pageSize: PAGE_SIZE });
const allocation = nb.cell(
  "allocation",
  [outcome, countyOfId, shownRows, filter, lang],
  (o, counties, rows, f, l) => {
    if (o.status !== "solved") return document.createElement("div");
    if (o.result.townships.length === 0) return diagnosisView(o.result, l);
    const box = document.createElement("div");
    if (counties.size > 0 || o.result.townships.length > PAGE_SIZE) {
      const names = [...new Set(counties.values())];
      const chosen = countySelect.value;
      const all = document.createElement("option");
      all.value = "";
      all.textContent = t(TABLE_PAGER_LABELS.allCounties, l);
      countySelect.replaceChildren(
        all,
        ...names.map((name) => {
          const option = document.createElement("option");
          option.value = name;
          option.textContent = name;
          return option;
        }),
      );
      countySelect.value = names.includes(chosen) ? chosen : "";
      countyLabel.textContent = t(TABLE_PAGER_LABELS.county, l);
      countyLabel.hidden = countySelect.hidden = names.length === 0;
      searchBox.placeholder = t(TABLE_PAGER_LABELS.search, l);
      box.append(filterBar);
      if (names.length > 0) box.append(printedFilterNote(f, l));
    }
    box.append(
      table.update(rows, l),
      table.pager,
      sumsLine(
        {
          current: o.result.totals.current,
          allocated: o.result.totals.allocated ?? 0,
          toAllocate: o.result.totals.toAllocate,
        },
        l,
      ),
    );
    return box;
  },
);
nb.render(allocation, "allocation");
markReadyAfter(nb, [totals, chart, allocation, identity, planSection]);

const solved = async () => {
  const o = await nb.value(outcome);
  const s = await nb.value(planner.sources);
  return o.status === "solved" && s.ok
    ? { result: o.result, scenario: o.scenario, stem: s.fileName.replace(/\.ya?ml$/, "") }
    : null;
};
const csvButton = button({
  label: S.downloadCsv,
  onClick: async () => {
    const p = await nb.value(page);
    const r = await solved();
    if (r === null) return;
    const o = await nb.value(outcome);
    // a plan: the combined table as `solve --out` writes it; a province: the CLI's CSV, the county column first
    const province = o.status === "solved" ? o.province : undefined;
    if (p.kind === "plan" && p.outcome.status === "solved")
      downloadBlob(`${r.stem}.csv`, csvBlob(planToCsv(p.outcome.result, pageLang())));
    else
      downloadBlob(
        `${r.stem}.csv`,
        csvBlob(
          province !== undefined ? provinceToCsv(province, pageLang()) : resultToCsv(r.result, pageLang()),
        ),
      );
  },
});
const xlsxButton = button({
  label: S.downloadXlsx,
  onClick: async () => {
    const p = await nb.value(page);
    const i = await nb.value(identity);
    // a plan: the workbook `quota-planner report <plan> --format xlsx` writes (every type's sheets and formulas)
    if (p.kind === "plan") {
      const s = await nb.value(planner.sources);
      if (p.outcome.status === "solved" && i !== null && s.ok)
        downloadBlob(
          `${s.fileName.replace(/\.ya?ml$/, "")}.xlsx`,
          xlsxBlob(await planWorkbook(p.outcome.plan, p.outcome.result, i, pageLang())),
        );
      return;
    }
    const r = await solved();
    if (r !== null)
      downloadBlob(
        `${r.stem}.xlsx`,
        xlsxBlob(
          await resultToXlsx(r.result, pageLang(), {
            scenario: r.scenario,
            ...(i === null ? {} : { identity: i }),
          }),
        ),
      );
  },
});
const yamlButton = button({
  label: S.downloadYaml,
  onClick: async () => {
    const s = await nb.value(planner.sources);
    if (s.ok) downloadBlob(s.fileName, yamlBlob(s.yaml));
  },
});
// Without an allocation there is nothing to download but the scenario: the diagnosis and its remedies stand in
// the allocation's place above.
nb.render(
  nb.cell("downloads", [page, outcome], (p, o) => {
    const box = document.createElement("div");
    box.className = "download-buttons";
    // a plan: the combined table as CSV, the plan's workbook (every type) and the scenario
    if (p.kind === "plan") {
      if (p.outcome.status === "solved") box.append(csvButton, xlsxButton);
    } else if (o.status === "solved" && o.result.townships.length > 0) box.append(csvButton, xlsxButton);
    box.append(yamlButton);
    return box;
  }),
  "downloads",
);
