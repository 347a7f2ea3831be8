/**
 * 乡镇说明 Township detail: one township's justification for a meeting — its numbers, the waterfall
 * from its index share through each reason to its posts, its index by factor and its indicators beside
 * the county's. Prints on one A4 page. With `?print=all` the page is the whole pack instead: a cover with the
 * county table, the overview, then one A4 page per township (`&autoprint=1` opens the print dialog when ready).
 * A plan (several post types): the post-type switch chooses the type shown (a printed line names it), the identity is
 * the plan's.
 */
import {
  COMPLIANCE_LABELS,
  complianceTable,
  factorFacts,
  indicatorFacts,
  type Lang,
  PLAN_PAGE_LABELS,
  planOfResult,
  type ResultIdentity,
  type SolveOutcome,
  SUMMARY_LABELS,
  type TownshipResult,
  waterfallSteps,
} from "../src/index.ts";
import {
  allocationChart,
  allocationTable,
  button,
  checksView,
  complianceView,
  constantView,
  defineStrings,
  diagnosisView,
  factorBars,
  identityView,
  indicatorStrips,
  markReadyAfter,
  plannerPage,
  planPageCells,
  postTypeSwitch,
  problemsView,
  shownTypeLine,
  t,
  totalsView,
  townshipPicker,
  townshipSummary,
  waterfallChart,
  withParams,
} from "../src/notebook/index.ts";

const S = defineStrings({
  printAll: { zh: "打印全部乡镇", en: "Print all townships" },
  packTitle: { zh: "乡镇编制配置方案", en: "Township staffing plan" },
  countyTable: { zh: "分配表", en: "Allocation" },
  overview: { zh: "总览", en: "Overview" },
  totals: { zh: "县域总量", en: "County totals" },
  checks: { zh: "政策检查", en: "Policy checks" },
  chart: { zh: "各乡镇现有与核定编制", en: "Posts today and new per township" },
  waterfall: { zh: "从指数份额到核定编制", en: "From index share to posts" },
  factors: { zh: "指数构成", en: "Index by factor" },
  indicators: { zh: "各项指标与全县比较", en: "Indicators beside the county" },
});

const params = new URLSearchParams(location.search);
const pack = params.get("print") === "all";
if (pack) document.body.classList.add("pack-mode");

const { nb, lang, planner, solver } = plannerPage(
  () => new Worker(new URL("./solver.worker.ts", import.meta.url), { type: "module" }),
);
const { page, chosenType, planTypes, outcome, identity } = planPageCells(nb, planner.sources, solver);
nb.render(
  nb.cell("typeSwitch", [planTypes, chosenType, lang], (types, _chosen, l) =>
    postTypeSwitch(types, chosenType, l, PLAN_PAGE_LABELS.townshipSwitchNote),
  ),
  "type-switch",
);
nb.render(
  nb.cell("identityBlock", [identity, lang], (i, l) => identityView(i, l, { compact: true })),
  "identity",
);

const printAll = button({
  label: S.printAll,
  onClick: () => location.assign(withParams(location.href, { print: "all", autoprint: "1" }, location.href)),
});
printAll.classList.add("print-all");

const id = nb.viewFrom(
  "township",
  [outcome],
  (o) =>
    o.status === "solved" && o.result.townships.length > 0
      ? townshipPicker(o.result.townships, params.get("id"))
      : constantView(null),
  "picker",
);
document.querySelector('[data-slot="print-all"]')?.append(printAll);

const chosen = nb.cell("chosen", [outcome, id], (o, i) =>
  o.status === "solved" ? (o.result.townships.find((tw) => tw.id === i) ?? null) : null,
);

const summary = nb.cell("summary", [outcome, chosen, planTypes, lang], (o, tw, types, l) => {
  if (o.status === "problems") return problemsView(o.problems, l);
  if (tw === null) return diagnosisView(o.result, l);
  if (types.length === 0) return townshipSummary(tw, o.result, l);
  const box = document.createElement("div");
  box.append(shownTypeLine(types, o, l), townshipSummary(tw, o.result, l));
  return box;
});
nb.render(summary, "summary");

const waterfall = nb.cell("waterfall", [chosen, lang], (tw, l) =>
  tw === null ? document.createElement("div") : waterfallChart(waterfallSteps(tw), tw.current, l),
);
nb.render(waterfall, "waterfall");

const factors = nb.cell("factors", [outcome, chosen, lang], (o, tw, l) =>
  o.status === "solved" && tw !== null
    ? factorBars(factorFacts(o.scenario, o.result, tw.id), l)
    : document.createElement("div"),
);
nb.render(factors, "factors");

const indicators = nb.cell("indicators", [outcome, chosen, lang], (o, tw, l) =>
  o.status === "solved" && tw !== null
    ? indicatorStrips(indicatorFacts(o.scenario, o.result, tw.id), l, tw.id)
    : document.createElement("div"),
);
nb.render(indicators, "indicators");

/** A card with a heading and its content. */
function card(title: string, ...content: Node[]): HTMLElement {
  const section = document.createElement("section");
  section.className = "card";
  const h2 = document.createElement("h2");
  h2.textContent = title;
  section.append(h2, ...content);
  return section;
}

function packPage(className: string, ...content: Node[]): HTMLElement {
  const page = document.createElement("section");
  page.className = `pack-page ${className}`;
  page.append(...content);
  return page;
}

// The pack: cover (identity + county table), overview (totals, checks, chart), one page per township.
const packView = nb.cell("pack", [outcome, page, identity, lang], (o, p, i, l) => {
  const box = document.createElement("div");
  box.className = "pack";
  if (!pack) return box;
  if (o.status === "problems") {
    box.append(problemsView(o.problems, l));
    return box;
  }
  const r = o.result;
  if (r.townships.length === 0) {
    box.append(identityView(i, l), diagnosisView(r, l));
    return box;
  }
  const h1 = document.createElement("h1");
  h1.textContent = `${t(S.packTitle, l)} · ${t(r.scenario.name, l)}`;
  box.append(
    packPage(
      "pack-cover",
      h1,
      identityView(i, l),
      card(t(S.countyTable, l), allocationTable().update(r.townships, l)),
    ),
    packPage(
      "pack-overview",
      card(t(S.totals, l), totalsView(r, l)),
      card(t(S.checks, l), checksView(r, l)),
      card(
        t(S.chart, l),
        allocationChart({
          rows: r.townships,
          lang: l,
          title: t(S.chart, l),
          labels: { today: t(SUMMARY_LABELS.current, l), allocated: t(SUMMARY_LABELS.newPosts, l) },
        }),
      ),
      identityView(i, l, { compact: true }),
    ),
    // every rule R1–R13 as `quota-planner check` and the overview give it: a plan's table for a plan
    packPage(
      "pack-compliance",
      card(
        t(COMPLIANCE_LABELS.heading, l),
        complianceView(
          complianceTable(
            p.kind === "plan" && p.outcome.status === "solved"
              ? p.outcome.result
              : planOfResult(o.scenario, r),
          ),
          l,
        ),
      ),
      identityView(i, l, { compact: true }),
    ),
  );
  for (const tw of r.townships) box.append(townshipPage(tw, o, i, l));
  return box;
});
nb.render(packView, "pack");

function townshipPage(
  tw: TownshipResult,
  o: Extract<SolveOutcome, { status: "solved" }>,
  i: ResultIdentity | null,
  l: Lang,
): HTMLElement {
  const head = document.createElement("section");
  head.className = "card township-head";
  head.append(townshipSummary(tw, o.result, l));
  const grid = document.createElement("div");
  grid.className = "township-grid";
  const chart = document.createElement("figure");
  chart.className = "chart";
  chart.append(factorBars(factorFacts(o.scenario, o.result, tw.id), l));
  grid.append(
    card(t(S.waterfall, l), waterfallChart(waterfallSteps(tw), tw.current, l)),
    card(t(S.factors, l), chart),
  );
  return packPage(
    "pack-township",
    head,
    grid,
    card(t(S.indicators, l), indicatorStrips(indicatorFacts(o.scenario, o.result, tw.id), l, tw.id)),
    identityView(i, l, { compact: true }),
  );
}

// "Print all townships" opens this page with autoprint: the print dialog opens once the pack has rendered.
markReadyAfter(nb, [summary, waterfall, factors, indicators, identity, packView], () => {
  if (pack && params.get("autoprint") === "1") window.print();
});
