/**
 * 用编进人与借调 Hiring and lending: the scenario's hiring plan (R7) — usage before and after per township as a
 * chart with the target line and the recruits, and the plan's table — and the lending table (R8) with each
 * township's call-backs and the county's total. The numbers are the `hiring` command's (`hiringSection`); for a plan
 * (several post types) the run's one section on its admin + institution posts (`planHiringSection`).
 */
import {
  hiringNotes,
  hiringSection,
  hiringTable,
  lendingLines,
  lendingTable,
  planHiringSection,
} from "../src/index.ts";
import {
  hiringChart,
  identityView,
  markReadyAfter,
  paragraphs,
  plainTable,
  plannerPage,
  planPageCells,
  problemsView,
} from "../src/notebook/index.ts";

const { nb, lang, planner, solver } = plannerPage(
  () => new Worker(new URL("./solver.worker.ts", import.meta.url), { type: "module" }),
);
const { page, outcome, identity } = planPageCells(nb, planner.sources, solver);

nb.render(
  nb.cell("identityBlock", [identity, lang], (i, l) => identityView(i, l)),
  "identity",
);

// the run's hiring section (a plan's one section, on its admin + institution posts), or — a scenario without a
// hiring block — the lending table with the plan said to be missing
const section = nb.cell("section", [page, outcome], (p, o) => {
  if (p.kind === "plan")
    return p.outcome.status === "solved" ? planHiringSection(p.outcome.plan, p.outcome.result) : null;
  if (o.status !== "solved") return null;
  const allocated = o.result.totals.allocated === null ? null : o.result.townships.map((tw) => tw.allocated);
  return o.result.hiring ?? hiringSection(o.scenario, allocated);
});

const summary = nb.cell("summary", [outcome, section, lang], (o, s, l) => {
  if (o.status !== "solved") return problemsView(o.problems, l);
  // the page names the scenario in its context bar and prints the identity block; the rest as the CLI prints it
  const box = paragraphs(s === null ? [] : hiringNotes(s, l));
  box.dataset.testid = "hiring-summary";
  return box;
});
nb.render(summary, "summary");

const chart = nb.cell("chart", [section, lang], (s, l) =>
  s?.plan ? hiringChart({ plan: s.plan, lang: l }) : document.createElement("div"),
);
nb.render(chart, "chart");

const plan = nb.cell("plan", [section, lang], (s, l) => {
  if (!s?.plan) return document.createElement("div");
  const table = hiringTable(s, l);
  return plainTable({ headers: table.headers, rows: table.rows, testid: "hiring-table" });
});
nb.render(plan, "plan");

const lending = nb.cell("lending", [section, lang], (s, l) => {
  const box = document.createElement("div");
  if (s === null) return box;
  box.append(paragraphs(lendingLines(s, l)));
  if (s.lending.status === "checked") {
    const table = lendingTable(s, l, true);
    box.append(plainTable({ headers: table.headers, rows: table.rows, testid: "lending-table" }));
  }
  return box;
});
nb.render(lending, "lending");
markReadyAfter(nb, [summary, chart, plan, lending, identity]);
