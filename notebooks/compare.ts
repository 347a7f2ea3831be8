/**
 * 方案对比 Compare scenarios: two or more of the planner's scenarios (bundled, edited in the weights lab, opened
 * from disk) loaded, run and compared in the analysis worker (`compareSources`); the settings that differ, a
 * dumbbell chart of each township's posts (biggest movers on top), the table and the category totals.
 */
import {
  COMPARE_LABELS,
  comparedIdentity,
  comparedIdentityLines,
  comparisonTables,
  type InputProblem,
} from "../src/index.ts";
import {
  bilingualText,
  createWorkerClient,
  defineStrings,
  dumbbellChart,
  notebook,
  pageLanguage,
  paragraphs,
  plainTable,
  plannerContext,
  plannerSources,
  planOnlyOnOverview,
  problemsView,
  readStoredCustom,
  scenarioKeys,
  t,
} from "../src/notebook/index.ts";
import type { AnalysisApi } from "./analysis.worker.ts";

const S = defineStrings({
  pick: { zh: "请至少选择两个方案。", en: "Pick at least two scenarios." },
  scenarios: { zh: "方案", en: "Scenarios" },
  chartTitle: { zh: "各方案的乡镇编制", en: "Posts per township in each scenario" },
  axis: { zh: "编制（名）", en: "posts" },
  working: { zh: "正在计算……", en: "Computing…" },
});

const nb = notebook();
const lang = pageLanguage(nb);
// the page names every scenario it compares (below), not the one scenario of the other pages
const planner = plannerContext(nb, lang, { picker: false, named: false });
const analysis = createWorkerClient<AnalysisApi>(
  new Worker(new URL("./analysis.worker.ts", import.meta.url), { type: "module" }),
);
const custom = readStoredCustom(planner.storage);
const keys = scenarioKeys(planner.bundle, custom, planner.own);
const sourcesOf = (key: string, data: Parameters<typeof plannerSources>[0]["storedData"]) =>
  plannerSources({ bundle: planner.bundle, key, storedData: data, custom, own: planner.own });

/** The check boxes of the scenarios; value: the keys ticked, in menu order. The first two start ticked. */
function scenarioChoice(): HTMLElement & { value: string[] } {
  const box = document.createElement("fieldset") as unknown as HTMLElement & { value: string[] };
  box.className = "scenario-choice";
  box.dataset.testid = "scenario-choice";
  box.append(bilingualText(S.scenarios, "legend"));
  const inputs: HTMLInputElement[] = [];
  keys.forEach((key, k) => {
    const s = sourcesOf(key, planner.storedData.value);
    const item = document.createElement("label");
    const input = document.createElement("input");
    input.type = "checkbox";
    input.value = key;
    input.checked = k < 2;
    input.addEventListener("change", () => box.dispatchEvent(new Event("input", { bubbles: true })));
    item.append(input, bilingualText(s.ok ? s.label : { zh: key, en: key }));
    inputs.push(input);
    box.append(item);
  });
  Object.defineProperty(box, "value", { get: () => inputs.filter((i) => i.checked).map((i) => i.value) });
  return box;
}

const choice = nb.view("choice", scenarioChoice(), "choice");

type Compared =
  | Awaited<ReturnType<AnalysisApi["compare"]>>
  | { readonly status: "few" }
  | { readonly status: "sources"; readonly problems: readonly InputProblem[] };

// every scenario compared, with its files and content hash: on screen and on the printed page
nb.render(
  nb.cell("identity", [choice, planner.storedData, lang], async (chosen, data, l) => {
    const box = document.createElement("div");
    box.dataset.testid = "compared-identity";
    const list = chosen.flatMap((key) => {
      const s = sourcesOf(key, data);
      return s.ok ? [{ label: s.label, fileName: s.fileName, yaml: s.yaml, sources: s.sources }] : [];
    });
    if (list.length > 0) box.append(paragraphs(comparedIdentityLines(await comparedIdentity(list), l)));
    return box;
  }),
  "identity",
);

const compared = nb.cell("compared", [choice, planner.storedData], (chosen, data, { signal }) => {
  if (chosen.length < 2) return { status: "few" } as Compared;
  const list = chosen.map((key) => sourcesOf(key, data));
  // a plan (several post types) is compared by no page: the problem names the pages that show it
  const problems = list.flatMap((s) => (s.ok ? (planOnlyOnOverview(s) ?? []) : s.problems));
  if (problems.length > 0) return { status: "sources", problems } as Compared;
  return analysis.call("compare", [list.flatMap((s) => (s.ok ? [s.sources] : []))], {
    signal,
  }) as Promise<Compared>;
});

nb.render(
  nb.cell("summary", [compared, lang], (c, l) => {
    const box = document.createElement("div");
    box.dataset.testid = "compare-summary";
    if (c.status === "few") box.append(paragraphs([t(S.pick, l)], "range-problem"));
    else if (c.status === "problems" || c.status === "sources") box.append(problemsView(c.problems, l));
    else {
      const tables = comparisonTables(c.comparison, l);
      box.append(paragraphs(tables.lines));
      if (tables.same) box.append(paragraphs([t(COMPARE_LABELS.noDifference, l)], "ok"));
      if (tables.missing.length > 0)
        box.append(paragraphs([t(COMPARE_LABELS.missing, l), ...tables.missing], "note missing"));
    }
    return box;
  }),
  "summary",
);

nb.render(
  nb.cell("settings", [compared, lang], (c, l) => {
    if (c.status !== "compared") return document.createElement("div");
    const { settings } = comparisonTables(c.comparison, l);
    if (settings.rows.length === 0) return paragraphs([t(COMPARE_LABELS.noSettingDiffers, l)]);
    return plainTable({ headers: settings.headers, rows: settings.rows, testid: "settings-table" });
  }),
  "settings",
);

nb.render(
  nb.cell("chart", [compared, lang], (c, l) => {
    if (c.status !== "compared") return document.createElement("div");
    return dumbbellChart({
      comparison: c.comparison,
      lang: l,
      title: t(S.chartTitle, l),
      names: c.comparison.scenarios.map(
        (s, k) => `${t(COMPARE_LABELS.scenarioNo, l, { n: k + 1 })} ${t(s.name, l)}`,
      ),
      axis: t(S.axis, l),
    });
  }),
  "chart",
);

nb.render(
  nb.cell("table", [compared, lang], (c, l) => {
    if (c.status !== "compared") return document.createElement("div");
    const { townships } = comparisonTables(c.comparison, l);
    return plainTable({ headers: townships.headers, rows: townships.rows, testid: "township-table" });
  }),
  "table",
);

nb.render(
  nb.cell("categories", [compared, lang], (c, l) => {
    if (c.status !== "compared") return document.createElement("div");
    const { categories } = comparisonTables(c.comparison, l);
    return plainTable({
      caption: t(COMPARE_LABELS.categories, l),
      headers: categories.headers,
      rows: categories.rows,
      testid: "category-table",
    });
  }),
  "categories",
);
