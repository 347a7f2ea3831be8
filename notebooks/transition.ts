/**
 * 过渡路径 Transition path: the chosen scenario's multi-year path (R12) from today's posts to its allocation — the
 * settings and the year table with each year's check, small multiples of each township's path with its target, the
 * township table; without a transition block or a path, the reason and the smallest changes.
 */
import { TRANSITION_LABELS, transitionTables } from "../src/index.ts";
import {
  identityCell,
  identityView,
  markReadyAfter,
  plainTable,
  plannerPage,
  problemsView,
  t,
  transitionChart,
} from "../src/notebook/index.ts";

const L = TRANSITION_LABELS;

const { nb, lang, planner, outcome } = plannerPage(
  () => new Worker(new URL("./solver.worker.ts", import.meta.url), { type: "module" }),
  { solved: "outcome" },
);

const identity = identityCell(nb, planner.sources, outcome);
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

const settings = nb.cell("settings", [outcome, lang], (o, l) => {
  const box = document.createElement("div");
  box.dataset.testid = "transition-settings";
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
markReadyAfter(nb, [settings, chart, table, identity]);
