/**
 * 乡镇说明 Township detail: one township's justification for a meeting — its numbers, the waterfall
 * from its index share through each reason to its posts, its index by factor and its indicators beside
 * the county's. Prints on one A4 page.
 */
import { factorFacts, indicatorFacts, waterfallSteps } from "../src/index.ts";
import {
  constantView,
  diagnosisView,
  factorBars,
  indicatorStrips,
  plannerPage,
  problemsView,
  townshipPicker,
  townshipSummary,
  waterfallChart,
} from "../src/notebook/index.ts";

const { nb, lang, outcome } = plannerPage(
  () => new Worker(new URL("./solver.worker.ts", import.meta.url), { type: "module" }),
  {
    solved: "outcome",
  },
);

const id = nb.viewFrom(
  "township",
  [outcome],
  (o) =>
    o.status === "solved" && o.result.townships.length > 0
      ? townshipPicker(o.result.townships, new URLSearchParams(location.search).get("id"))
      : constantView(null),
  "picker",
);

const chosen = nb.cell("chosen", [outcome, id], (o, i) =>
  o.status === "solved" ? (o.result.townships.find((tw) => tw.id === i) ?? null) : null,
);

nb.render(
  nb.cell("summary", [outcome, chosen, lang], (o, tw, l) => {
    if (o.status === "problems") return problemsView(o.problems, l);
    if (tw === null) return diagnosisView(o.result, l);
    return townshipSummary(tw, o.result, l);
  }),
  "summary",
);

nb.render(
  nb.cell("waterfall", [chosen, lang], (tw, l) =>
    tw === null ? document.createElement("div") : waterfallChart(waterfallSteps(tw), tw.current, l),
  ),
  "waterfall",
);

nb.render(
  nb.cell("factors", [outcome, chosen, lang], (o, tw, l) =>
    o.status === "solved" && tw !== null
      ? factorBars(factorFacts(o.scenario, o.result, tw.id), l)
      : document.createElement("div"),
  ),
  "factors",
);

nb.render(
  nb.cell("indicators", [outcome, chosen, lang], (o, tw, l) =>
    o.status === "solved" && tw !== null
      ? indicatorStrips(indicatorFacts(o.scenario, o.result, tw.id), l, tw.id)
      : document.createElement("div"),
  ),
  "indicators",
);
