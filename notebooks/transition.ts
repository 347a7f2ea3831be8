/**
 * 过渡路径 Transition path: the chosen scenario's multi-year path (R12) from today's posts to its allocation — the
 * settings and the year table with each year's check, small multiples of each township's path with its target, the
 * township table; without a transition block or a path, the reason and the smallest changes. A plan (several post
 * types): the post-type switch chooses the type the settings, chart and table show, and the combined view below sets
 * every type's path side by side (`planTransitionView`).
 */
import { PLAN_PAGE_LABELS, TRANSITION_LABELS, transitionTables } from "../src/index.ts";
import {
  identityView,
  markReadyAfter,
  plainTable,
  plannerPage,
  planPageCells,
  planTransitionView,
  postTypeSwitch,
  problemsView,
  shownTypeLine,
  t,
  transitionChart,
} from "../src/notebook/index.ts";

const L = TRANSITION_LABELS;

const { nb, lang, planner, solver } = plannerPage(
  () => new Worker(new URL("./solver.worker.ts", import.meta.url), { type: "module" }),
);
const { page, chosenType, planTypes, outcome, identity } = planPageCells(nb, planner.sources, solver);
nb.render(
  nb.cell("typeSwitch", [planTypes, chosenType, lang], (types, _chosen, l) =>
    postTypeSwitch(types, chosenType, l, PLAN_PAGE_LABELS.transitionSwitchNote),
  ),
  "type-switch",
);
nb.render(
  nb.cell("identityBlock", [identity, lang], (i, l) => identityView(i, l)),
  "identity",
);

const note = (text: string, className = "note") => {
  const p = document.createElement("p");
  p.className = className;
  p.textContent = text;
  return p;
};

const settings = nb.cell("settings", [outcome, planTypes, lang], (o, types, l) => {
  const box = document.createElement("div");
  box.dataset.testid = "transition-settings";
  box.append(shownTypeLine(types, o, l));
  if (o.status !== "solved") {
    box.append(problemsView(o.problems, l));
    return box;
  }
  const path = o.result.transition;
  if (path === undefined) {
    box.append(note(t(o.scenario.transition === undefined ? L.noBlock : L.noTarget, l)));
    return box;
  }
  const sep = l === "zh" ? "：" : ": ";
  const list = document.createElement("ul");
  list.className = "settings-list";
  for (const text of [
    `${t(L.years, l)}${sep}${path.years}`,
    `${t(L.maxChangePerYear, l)}${sep}${path.maxChangePerYear ?? t(L.noLimit, l)}`,
    ...(path.maxChangeShare !== null ? [`${t(L.maxChangeShare, l)}${sep}${path.maxChangeShare * 100}%`] : []),
    `${t(L.noCuts, l)}${sep}${t(path.noCuts ? L.yes : L.no, l)}`,
    `${t(L.totalsRule, l)}${sep}${t(path.totalsRule, l)}`,
    `${t(L.objective, l)}${sep}${t(path.objective, l)}`,
  ]) {
    const li = document.createElement("li");
    li.textContent = text;
    list.append(li);
  }
  const status = note(
    `${t(L.status, l)}${sep}${t(path.status === "feasible" ? L.feasible : L.infeasible, l)}`,
    `transition-status ${path.status === "feasible" ? "ok" : "bad"}`,
  );
  status.dataset.testid = "transition-status";
  const years = transitionTables(path, l).years;
  box.append(
    list,
    status,
    plainTable({ headers: years.headers, rows: years.rows, testid: "transition-years" }),
  );
  if (path.status === "infeasible") {
    box.append(note(t(L.conflicts, l), "diagnosis-title"));
    const reasons = document.createElement("ul");
    reasons.dataset.testid = "transition-conflicts";
    for (const c of path.conflicts) {
      const li = document.createElement("li");
      li.textContent = t(c.message, l);
      reasons.append(li);
    }
    box.append(reasons);
    if (path.remedies.length > 0) {
      box.append(note(t(L.remedies, l), "diagnosis-title"));
      const fixes = document.createElement("ul");
      fixes.dataset.testid = "transition-remedies";
      for (const m of path.remedies) {
        const li = document.createElement("li");
        li.textContent = t(m.message, l);
        fixes.append(li);
      }
      box.append(fixes);
    }
  }
  return box;
});
nb.render(settings, "settings");

const chart = nb.cell("chart", [outcome, lang], (o, l) => {
  const path = o.status === "solved" ? o.result.transition : undefined;
  if (path === undefined || path.status !== "feasible") return document.createElement("div");
  const box = document.createElement("div");
  box.append(transitionChart({ path, lang: l }), note(t(L.chartHint, l)));
  return box;
});
nb.render(chart, "chart");

const table = nb.cell("table", [outcome, lang], (o, l) => {
  const path = o.status === "solved" ? o.result.transition : undefined;
  if (path === undefined) return document.createElement("div");
  const townships = transitionTables(path, l).townships;
  return plainTable({ headers: townships.headers, rows: townships.rows, testid: "transition-townships" });
});
nb.render(table, "table");

// a plan: every type's path of each township side by side (the section stays hidden for a single-type scenario)
const combined = nb.cell("combined", [page, lang], (p, l) => {
  const section = document.querySelector<HTMLElement>("[data-plan-only]");
  const solved = p.kind === "plan" && p.outcome.status === "solved" ? p.outcome.result : null;
  if (section !== null) section.hidden = solved === null;
  return solved === null ? document.createElement("div") : planTransitionView(solved, l);
});
nb.render(combined, "combined");
markReadyAfter(nb, [settings, chart, table, combined, identity]);
