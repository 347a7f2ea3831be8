/**
 * The cells and views of the pages that take a plan (a scenario file with several post types, `postTypes`: the
 * Overview, hiring and lending, transition path, offices, township detail): the solve that runs `runPlan` in the worker for a plan and
 * `runScenario` for a single-type file, the post-type switch, the chosen type's outcome (what the single-type cells
 * draw), the plan's identity, the combined table, a reserve card per type and the paths side by side.
 */
import {
  type Bilingual,
  combinedHeaders,
  combinedRows,
  type Lang,
  PLAN_PAGE_LABELS,
  PLAN_POST_TYPES,
  type PlanResult,
  type PlanSolveOutcome,
  POST_TYPE_LABELS,
  type PostType,
  planIdentity,
  planTransitionSummary,
  planTransitionTable,
  type ResultIdentity,
  type SolveOutcome,
} from "../index.ts";
import { t } from "./i18n.ts";
import type { PlannerSourcesOutcome } from "./planner-sources.ts";
import { identityCell, pageIdentityFiles } from "./print-identity.ts";
import type { Cell, Mutable, Notebook } from "./runtime.ts";
import { type SolverWorkerApi, solvePlanWithLimit, solveWithLimit } from "./solve.ts";
import type { WorkerClient } from "./worker.ts";

/** What the Overview solved: a single-type scenario, or a plan. */
export type PageOutcome =
  | { readonly kind: "single"; readonly outcome: SolveOutcome }
  | { readonly kind: "plan"; readonly outcome: PlanSolveOutcome };

/**
 * The planner's scenario solved in the worker: `solvePlan` for a file with `postTypes`, `solve` otherwise (both
 * stopped past the time limit or by the planner, as `solveWithLimit`).
 * @example const page = solvedPageCell(nb, planner.sources, solver);
 */
export function solvedPageCell(
  nb: Notebook,
  sources: Cell<PlannerSourcesOutcome>,
  solver: WorkerClient<SolverWorkerApi>,
): Cell<PageOutcome> {
  return nb.cell("pageOutcome", [sources], async (s, { signal }): Promise<PageOutcome> => {
    if (!s.ok) return { kind: "single", outcome: { status: "problems", problems: s.problems } };
    const options = { signal, limitSeconds: s.file.timeLimitSeconds, file: s.fileName };
    return s.file.postTypes !== undefined
      ? { kind: "plan", outcome: await solvePlanWithLimit(solver, s.sources, options) }
      : { kind: "single", outcome: await solveWithLimit(solver, s.sources, options) };
  });
}

/** The post types a plan has, in the order admin, institution, leader; [] for a single-type file. */
export function planTypesOf(page: PageOutcome): readonly PostType[] {
  return page.kind === "plan" && page.outcome.status === "solved"
    ? page.outcome.result.scenario.postTypes
    : [];
}

/**
 * The chosen type's outcome as a single-type scenario's (its weighed scenario and its result, the reserve sentence
 * saying where the reserve went): what the totals, checks, chart and allocation table draw. A type the plan does
 * not have falls back to its first type.
 */
export function chosenTypeOutcome(page: PageOutcome, chosen: PostType): SolveOutcome {
  if (page.kind === "single") return page.outcome;
  if (page.outcome.status !== "solved") return page.outcome;
  const { plan, result } = page.outcome;
  const type = plan.types.find((p) => p.postType === chosen) ?? plan.types[0]!;
  return { status: "solved", scenario: type.scenario, result: result.types[type.postType]! };
}

/**
 * The identity of a plan's result (`planIdentity` over the files the page solved, so the printed hash is
 * `quota-planner solve`'s), or null for a single-type file or no result.
 */
export function planIdentityOf(s: PlannerSourcesOutcome, page: PageOutcome): Promise<ResultIdentity> | null {
  if (!s.ok || page.kind !== "plan" || page.outcome.status !== "solved") return null;
  return planIdentity(
    page.outcome.plan,
    page.outcome.result,
    pageIdentityFiles(s),
    s.data.kind === "own" ? { dataName: s.data.name } : {},
  );
}

/** The cells a page that takes a plan starts from (`planPageCells`). */
export interface PlanPageCells {
  /** The planner's scenario solved: a plan (`solvePlan`) or a single-type scenario (`solve`). */
  readonly page: Cell<PageOutcome>;
  /** The post type the switch chose (admin until the planner picks another). */
  readonly chosenType: Mutable<PostType>;
  /** The plan's post types ([] for a single-type file): what the switch offers. */
  readonly planTypes: Cell<readonly PostType[]>;
  /** The chosen type's outcome (`chosenTypeOutcome`), or the single-type scenario's. */
  readonly outcome: Cell<SolveOutcome>;
  /** The identity the page prints: the plan's (`planIdentityOf`, the hash `quota-planner solve` prints) or the result's. */
  readonly identity: Cell<ResultIdentity | null>;
}

/**
 * The cells of a page that takes a plan as well as a single-type scenario: the solve (`solvedPageCell`), the chosen
 * post type, the chosen type's outcome and the identity of what was solved (the plan's, for a plan).
 * @example const { page, outcome, identity } = planPageCells(nb, planner.sources, solver);
 */
export function planPageCells(
  nb: Notebook,
  sources: Cell<PlannerSourcesOutcome>,
  solver: WorkerClient<SolverWorkerApi>,
): PlanPageCells {
  const page = solvedPageCell(nb, sources, solver);
  const chosenType = nb.mutable<PostType>("chosenType", "admin");
  const planTypes = nb.cell("planTypes", [page], (p) => planTypesOf(p));
  const outcome = nb.cell("outcome", [page, chosenType], (p, chosen) => chosenTypeOutcome(p, chosen));
  const single = identityCell(nb, sources, outcome);
  const identity = nb.cell("pageIdentity", [sources, page, single], (s, p, one) =>
    p.kind === "plan" ? planIdentityOf(s, p) : one,
  );
  return { page, chosenType, planTypes, outcome, identity };
}

/**
 * The post-type switch (行政编制 / 事业编制 / 科级领导职数, only the types of the plan), setting `chosen`; hidden
 * (empty) for a single-type file. `note` says what the switch changes on the page (the Overview's by default).
 */
export function postTypeSwitch(
  types: readonly PostType[],
  chosen: Mutable<PostType>,
  lang: Lang,
  note: Bilingual = PLAN_PAGE_LABELS.switchNote,
): HTMLElement {
  const box = document.createElement("div");
  box.className = "post-type-switch no-print";
  box.dataset.testid = "post-type-switch";
  if (types.length === 0) {
    box.hidden = true;
    return box;
  }
  const label = document.createElement("span");
  label.className = "switch-label";
  label.textContent = `${t(PLAN_PAGE_LABELS.switchLabel, lang)}${lang === "zh" ? "：" : ": "}`;
  box.append(label);
  const current = types.includes(chosen.value) ? chosen.value : types[0]!;
  for (const type of PLAN_POST_TYPES.filter((p) => types.includes(p))) {
    const b = document.createElement("button");
    b.type = "button";
    b.dataset.postType = type;
    b.className = type === current ? "post-type active" : "post-type";
    b.setAttribute("aria-pressed", String(type === current));
    b.textContent = t(POST_TYPE_LABELS[type], lang);
    b.addEventListener("click", () => {
      chosen.value = type;
    });
    box.append(b);
  }
  const said = document.createElement("p");
  said.className = "note switch-note";
  said.textContent = t(note, lang);
  box.append(said);
  return box;
}

/**
 * The post type a page's chart and tables show, as a printed line (the switch does not print); empty for a
 * single-type file.
 */
export function shownTypeLine(types: readonly PostType[], outcome: SolveOutcome, lang: Lang): HTMLElement {
  const p = document.createElement("p");
  p.className = "shown-type";
  p.dataset.testid = "shown-type";
  if (types.length === 0 || outcome.status !== "solved") return p;
  p.textContent = t(PLAN_PAGE_LABELS.shownType, lang, {
    type: t(POST_TYPE_LABELS[outcome.scenario.postType], lang),
  });
  return p;
}

/**
 * The transition paths of every post type side by side (`planTransitionSummary` as a list, `planTransitionTable` as
 * a table): a township's cells of a type that does not arrive are marked `stopped` (red).
 */
export function planTransitionView(plan: PlanResult, lang: Lang): HTMLElement {
  const box = document.createElement("div");
  box.dataset.testid = "plan-transition";
  const note = document.createElement("p");
  note.className = "note";
  note.textContent = t(PLAN_PAGE_LABELS.transitionCombinedNote, lang);
  const summary = document.createElement("ul");
  summary.className = "plan-transition-summary";
  summary.dataset.testid = "plan-transition-summary";
  planTransitionSummary(plan, lang).forEach((line, k) => {
    const li = document.createElement("li");
    li.dataset.postType = plan.scenario.postTypes[k]!;
    li.textContent = line;
    summary.append(li);
  });
  const { groups, subheaders, rows } = planTransitionTable(plan, lang);
  const table = document.createElement("table");
  table.className = "plan-combined plan-transition-table";
  // two heading rows: id and township over both, each post type over its two columns
  const thead = table.createTHead();
  const top = thead.insertRow();
  const sub = thead.insertRow();
  for (const { label, span } of groups) {
    const th = document.createElement("th");
    th.textContent = label;
    if (span > 1) {
      th.colSpan = span;
      th.scope = "colgroup";
      th.className = "type-head";
    } else {
      th.rowSpan = 2;
      th.scope = "col";
    }
    top.append(th);
  }
  for (const text of subheaders) {
    const th = document.createElement("th");
    th.scope = "col";
    th.textContent = text;
    sub.append(th);
  }
  const body = table.createTBody();
  rows.forEach((cells, j) => {
    const tr = body.insertRow();
    tr.dataset.id = cells[0]!;
    cells.forEach((text, i) => {
      const td = tr.insertCell();
      td.textContent = text;
      if (i < 2) return;
      const postType = plan.scenario.postTypes[Math.floor((i - 2) / 2)]!;
      td.dataset.cell = `${postType}-${(i - 2) % 2 === 0 ? "path" : "arrives"}`;
      const path = plan.types[postType]?.transition;
      if (path?.status === "feasible" && path.townships[j]?.arrives === null) td.classList.add("stopped");
    });
  });
  const wrap = document.createElement("div");
  wrap.className = "table-scroll";
  wrap.append(table);
  box.append(note, summary, wrap);
  return box;
}

/** The combined table of a plan as `solve` prints it (three numbers, three changes, three main reasons). */
export function combinedTableView(plan: PlanResult, lang: Lang): HTMLElement {
  const box = document.createElement("div");
  box.dataset.testid = "plan-combined";
  const note = document.createElement("p");
  note.className = "note";
  note.textContent = t(PLAN_PAGE_LABELS.combinedNote, lang);
  const table = document.createElement("table");
  table.className = "plan-combined";
  const head = table.createTHead().insertRow();
  const headers = combinedHeaders(plan, lang, "main");
  for (const text of headers) {
    const th = document.createElement("th");
    th.scope = "col";
    th.textContent = text;
    head.append(th);
  }
  const body = table.createTBody();
  const rows = combinedRows(plan, lang, "main");
  rows.forEach((cells, k) => {
    const tr = body.insertRow();
    tr.dataset.id = plan.townships[k]!.id;
    cells.forEach((text, i) => {
      const td = tr.insertCell();
      td.textContent = text;
      if (i >= 3) {
        const type = plan.scenario.postTypes[Math.floor((i - 3) / 4)]!;
        const part = ["current", "total", "change", "reason"][(i - 3) % 4]!;
        td.dataset.cell = `${type}-${part}`;
        if (part !== "reason") td.className = "num";
      }
    });
  });
  const wrap = document.createElement("div");
  wrap.className = "table-scroll";
  wrap.append(table);
  box.append(note, wrap);
  return box;
}

/**
 * A card per post type for its flexible reserve (R6): basic posts allocated to townships, the reserve, how much of it
 * the rule assigned and how much stays at county level, the rule, and each assigned post's reason.
 */
export function reserveCardsView(plan: PlanResult, lang: Lang): HTMLElement {
  const box = document.createElement("div");
  box.className = "plan-reserves";
  box.dataset.testid = "plan-reserves";
  const names = new Map(plan.townships.map((tw) => [tw.id, tw.name]));
  const posts = (n: number) => t(PLAN_PAGE_LABELS.posts, lang, { n });
  for (const postType of plan.scenario.postTypes) {
    const card = document.createElement("div");
    card.className = "reserve-card";
    card.dataset.postType = postType;
    const h = document.createElement("h3");
    h.textContent = t(PLAN_PAGE_LABELS.reserveTitle, lang, { type: t(POST_TYPE_LABELS[postType], lang) });
    card.append(h);
    const result = plan.types[postType];
    const reserve = plan.reserves[postType];
    if (result === undefined || reserve === undefined || result.totals.allocated === null) {
      const p = document.createElement("p");
      p.className = "note";
      p.textContent = t(PLAN_PAGE_LABELS.noAllocation, lang);
      card.append(p);
      box.append(card);
      continue;
    }
    const list = document.createElement("dl");
    const item = (label: Bilingual, value: string, key: string) => {
      const dt = document.createElement("dt");
      dt.textContent = t(label, lang);
      const dd = document.createElement("dd");
      dd.dataset.testid = `reserve-${postType}-${key}`;
      dd.textContent = value;
      list.append(dt, dd);
    };
    item(PLAN_PAGE_LABELS.basicPosts, posts(result.totals.allocated), "basic");
    item(PLAN_PAGE_LABELS.reservePosts, posts(reserve.reserve), "reserve");
    item(PLAN_PAGE_LABELS.assigned, posts(reserve.assigned), "assigned");
    item(PLAN_PAGE_LABELS.kept, posts(reserve.keptAtCounty), "kept");
    const rule = document.createElement("p");
    rule.className = "reserve-rule";
    rule.textContent = t(PLAN_PAGE_LABELS.rule, lang, { rule: t(reserve.ruleText, lang) });
    card.append(list, rule);
    const reasons = document.createElement("ul");
    reasons.className = "reserve-reasons";
    for (const tw of reserve.townships)
      for (const reason of tw.reasons) {
        const li = document.createElement("li");
        li.dataset.id = tw.id;
        li.textContent = `${names.get(tw.id) ?? tw.id}${lang === "zh" ? "：" : ": "}${t(reason, lang)}`;
        reasons.append(li);
      }
    if (reserve.keptAtCounty > 0 || reserve.reserve === 0) {
      const li = document.createElement("li");
      li.className = "kept";
      li.textContent = t(reserve.keptReason, lang);
      reasons.append(li);
    }
    card.append(reasons);
    box.append(card);
  }
  return box;
}
