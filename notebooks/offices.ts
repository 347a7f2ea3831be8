/**
 * 机构与类别 Offices and categories: the R10/R11 office checks of the scenario in use, per township, and the category
 * suggestion (R1) beside the declared category. Arranges cells only: every figure and word comes from src/index.ts.
 * A plan (several post types) shows the same: offices are per township, not per post type (its first type's
 * scenario, as `runPlan` checks R1, R10 and R11 once), with the plan's identity.
 */
import {
  CATEGORY_SUGGESTION_LABELS,
  categoriesSummary,
  categoriesTable,
  officeCheckStatus,
  officeChecks,
  officeReport,
  officesTable,
  suggestCategories,
} from "../src/index.ts";
import {
  identityView,
  markReadyAfter,
  plannerPage,
  planPageCells,
  problemsView,
  t,
} from "../src/notebook/index.ts";

const { nb, lang, planner, solver } = plannerPage(
  () => new Worker(new URL("./solver.worker.ts", import.meta.url), { type: "module" }),
);
// no switch: the chosen type stays the plan's first (admin), whose scenario holds the offices and the index
const { outcome, identity } = planPageCells(nb, planner.sources, solver);
const identityBlock = nb.cell("identityBlock", [identity, lang], (i, l) => identityView(i, l));
nb.render(identityBlock, "identity");

/** A plain table of text cells (the library made every cell). */
function textTable(
  heads: readonly string[],
  rows: readonly (readonly string[])[],
  testid: string,
): HTMLElement {
  const table = document.createElement("table");
  table.className = "qp-table";
  table.dataset.testid = testid;
  const head = table.createTHead().insertRow();
  for (const h of heads) head.append(Object.assign(document.createElement("th"), { textContent: h }));
  const body = table.createTBody();
  for (const row of rows) {
    const tr = body.insertRow();
    for (const cell of row) tr.insertCell().textContent = cell;
  }
  const wrap = document.createElement("div");
  wrap.className = "table-wrap";
  wrap.append(table);
  return wrap;
}

const offices = nb.cell("offices", [outcome, lang], (o, l) => {
  const box = document.createElement("div");
  if (o.status === "problems") {
    box.append(problemsView(o.problems, l));
    return box;
  }
  if (o.status !== "solved") return box;
  const report = officeReport(o.scenario);
  const checks = officeChecks(o.scenario, report);
  const list = document.createElement("ul");
  list.className = "office-checks";
  list.dataset.testid = "office-checks";
  for (const check of checks) {
    const item = document.createElement("li");
    item.className = `office-check ${check.status}`;
    item.dataset.rule = check.rule;
    item.textContent = `${check.rule} ${officeCheckStatus(check, l)}${l === "zh" ? "：" : ": "}${t(check.message, l)}`;
    list.append(item);
  }
  const { heads, rows } = officesTable({ scenario: o.scenario.source, report, checks }, l);
  box.append(list, textTable(heads, rows, "office-table"));
  return box;
});
nb.render(offices, "offices");

const categories = nb.cell("categories", [outcome, lang], (o, l) => {
  const box = document.createElement("div");
  if (o.status !== "solved") return box;
  const suggestions = suggestCategories(
    o.result.townships.map((r) => ({ id: r.id, name: r.name, category: r.category, composite: r.index })),
  );
  const rule = document.createElement("p");
  rule.className = "note";
  rule.dataset.testid = "category-rule";
  rule.textContent = t(suggestions.rule, l);
  const summary = document.createElement("p");
  summary.dataset.testid = "category-summary";
  summary.textContent = categoriesSummary(suggestions, l);
  const { heads, rows } = categoriesTable(suggestions, l);
  box.append(rule, summary, textTable(heads, rows, "category-table"));
  box.title = t(CATEGORY_SUGGESTION_LABELS.title, l);
  return box;
});
nb.render(categories, "categories");

markReadyAfter(nb, [offices, categories, identityBlock]);
