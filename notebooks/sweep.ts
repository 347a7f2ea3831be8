/**
 * 总量推演 Total sweep: the chosen scenario solved at every county total of a range, with the LP or a
 * classical method; a heat-map table of each township's posts against the total, with every Alabama-paradox
 * case (a township losing a post as the total rises) marked on it and listed in words.
 */
import {
  defaultSweepRange,
  type SweepOutcome,
  sweepGrid,
  sweepRangeProblem,
  sweepSummary,
} from "../src/index.ts";
import {
  CallStopped,
  constantView,
  defineStrings,
  plannerPage,
  problemsView,
  stoppedProblem,
  sweepChart,
  sweepControls,
  t,
} from "../src/notebook/index.ts";

const S = defineStrings({
  chartTitle: {
    zh: "各乡镇编制随县域总量的变化",
    en: "Each township's posts as the county total moves",
  },
  orderingOff: {
    zh: "本方案含类别排序约束；经典分配方法没有排序约束，推演时不使用。",
    en: "This scenario has category ordering rows; a classical method has none, so they are left out of this sweep.",
  },
  reserve: {
    zh: "每个总量都先按方案扣除机动编制，余下的在乡镇间分配；下图为各乡镇分得的编制。",
    en: "At each total the scenario's reserve is held back first and the rest is shared among the townships; the chart shows each township's posts.",
  },
});

const {
  nb,
  lang,
  planner,
  solver,
  outcome: loaded,
} = plannerPage(() => new Worker(new URL("./solver.worker.ts", import.meta.url), { type: "module" }), {
  solved: "loaded",
});

const request = nb.viewFrom(
  "request",
  [loaded],
  (o) =>
    o.status === "solved"
      ? sweepControls({ method: o.scenario.method, ...defaultSweepRange(o.result.totals) })
      : constantView(null),
  "controls",
);

type Swept = SweepOutcome | { readonly status: "range"; readonly problem: { zh: string; en: string } } | null;

const swept = nb.cell("swept", [planner.sources, request], (s, r, { signal }): Swept | Promise<Swept> => {
  if (!s.ok || r === null) return null;
  const problem = sweepRangeProblem(r.from, r.to);
  if (problem !== null) return { status: "range", problem };
  // stopped with the status line's button: said where the sweep would be, the page goes on
  return solver.call("sweep", [s.sources, r], { signal }).catch((error: unknown): Swept => {
    if (!(error instanceof CallStopped)) throw error;
    return {
      status: "problems",
      problems: [stoppedProblem(error.reason, s.fileName, s.file.timeLimitSeconds)],
    };
  });
});

nb.render(
  nb.cell("summary", [loaded, swept, lang], (o, w, l) => {
    const box = document.createElement("div");
    box.className = "sweep-summary";
    if (o.status === "problems") {
      box.append(problemsView(o.problems, l));
      return box;
    }
    if (w === null) return box;
    if (w.status === "problems") {
      box.append(problemsView(w.problems, l));
      return box;
    }
    if (w.status === "range") {
      const p = document.createElement("p");
      p.className = "range-problem";
      p.setAttribute("role", "alert");
      p.textContent = t(w.problem, l);
      box.append(p);
      return box;
    }
    const summary = sweepSummary(w.sweep, w.method);
    const headline = document.createElement("p");
    headline.className = `sweep-headline ${w.sweep.flags.length === 0 ? "ok" : "bad"}`;
    headline.dataset.testid = "sweep-headline";
    headline.textContent = t(summary.headline, l);
    box.append(headline);
    if (summary.cases.length > 0) {
      const list = document.createElement("ol");
      list.className = "paradox-list";
      list.dataset.testid = "paradox-list";
      for (const sentence of summary.cases) {
        const item = document.createElement("li");
        item.textContent = t(sentence, l);
        list.append(item);
      }
      box.append(list);
    }
    const reserve = o.scenario.reserve.kind === "none" ? null : S.reserve;
    for (const text of [summary.unsolved, w.orderingOff ? S.orderingOff : null, reserve]) {
      if (text === null) continue;
      const note = document.createElement("p");
      note.className = "note";
      note.textContent = t(text, l);
      box.append(note);
    }
    return box;
  }),
  "summary",
);

nb.render(
  nb.cell("chart", [loaded, swept, lang], (o, w, l) => {
    if (o.status !== "solved" || w === null || w.status !== "swept") return document.createElement("div");
    return sweepChart({
      grid: sweepGrid(w.sweep, w.townships),
      lang: l,
      title: t(S.chartTitle, l),
      marked: o.result.totals.total,
    });
  }),
  "chart",
);
