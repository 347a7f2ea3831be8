/**
 * 权重实验 Weights lab: sliders for the factor weights (with their renormalised shares), category
 * coefficients and floors, the allocation method and the ordering switch, and the factors' AHP matrix
 * (live weights and consistency; "use these AHP weights" puts it into the scenario). Every change
 * re-solves in the worker; the chart shows each township's change against the scenario as loaded, the
 * table the allocation now; with a classical method, who would get the next post. The edited settings
 * are kept as the custom scenario for the other pages and can be saved as a scenario file.
 */
import {
  ahpStart,
  compareAllocations,
  EDIT_PROBLEMS_LABELS,
  editableSettings,
  editProblems,
  floorsOfPostType,
  nextPostText,
  scenarioEdits,
} from "../src/index.ts";
import {
  ahpMatrixEditor,
  button,
  CUSTOM_KEY,
  changeChart,
  changeTable,
  constantView,
  defineStrings,
  diagnosisView,
  downloadBlob,
  linkScenario,
  plannerPage,
  problemsView,
  scenarioEditor,
  solveWithLimit,
  sumsLine,
  t,
  withEdits,
  writeStoredCustom,
  yamlBlob,
} from "../src/notebook/index.ts";

const S = defineStrings({
  chartTitle: {
    zh: "各乡镇编制相对载入方案的变化",
    en: "Each township's change against the scenario as loaded",
  },
  axis: { zh: "相对载入方案的变化（名）", en: "Change against the scenario as loaded (posts)" },
  gain: { zh: "增加", en: "More posts" },
  cut: { zh: "减少", en: "Fewer posts" },
  save: { zh: "保存为方案文件（YAML）", en: "Save as scenario (YAML)" },
  saved: {
    zh: "当前设置已作为“自定义方案”保存在本机，其他页面的链接将显示它。保存的方案文件应放在“{from}”旁边。",
    en: 'These settings are kept on this computer as the "custom" scenario; links to the other pages show it. Save the scenario file beside "{from}".',
  },
  noAllocation: {
    zh: "这些设置没有分配结果，原因见上方。",
    en: "These settings give no allocation; the reason is shown above.",
  },
  unchanged: {
    zh: "与载入的方案相同。移动滑块或修改数值，结果会立即更新。",
    en: "Same as the scenario as loaded. Move a slider or change a number: the results update at once.",
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

const ahpEditor = nb.cell("ahpEditor", [loaded, planner.sources], (o, s) =>
  o.status === "solved" && s.ok
    ? ahpMatrixEditor({
        start: ahpStart(o.scenario),
        labels: o.scenario.model.factors.map((f) => f.label),
        acceptInconsistent: s.file.acceptInconsistent,
      })
    : null,
);
nb.render(
  nb.cell("ahpPanel", [ahpEditor], (a) => a ?? document.createElement("div")),
  "ahp",
);

const edits = nb.viewFrom(
  "edits",
  [loaded, ahpEditor, planner.sources],
  (o, a, s) =>
    o.status === "solved"
      ? scenarioEditor({
          loaded: scenarioEdits(o.scenario),
          editable: editableSettings(o.scenario),
          factors: o.scenario.model.factors,
          ...(a !== null ? { ahp: a } : {}),
          floorsFor: (p) => floorsOfPostType(o.scenario, p, s.ok ? s.file.overrides : undefined),
        })
      : constantView(null),
  "editor",
);

// values no scenario accepts (a band share above 1, a total of 0, …): each named with its field, nothing solved
const invalid = nb.cell("invalid", [edits], (e) => (e === null ? [] : editProblems(e)));

const edited = nb.cell("edited", [planner.sources, loaded, edits, invalid], (s, o, e, bad) => {
  if (!(s.ok && o.status === "solved" && e !== null) || bad.length > 0) return null;
  const loadedEdits = scenarioEdits(o.scenario);
  // floors compared with those of the post type chosen, so unchanged floors write no override
  const before =
    e.settings.postType === loadedEdits.settings.postType
      ? loadedEdits
      : { ...loadedEdits, floors: floorsOfPostType(o.scenario, e.settings.postType, s.file.overrides) };
  return withEdits(s, e, before);
});

const now = nb.cell("now", [edited], (e, { signal }) =>
  e === null
    ? null
    : solveWithLimit(solver, e.sources, { signal, limitSeconds: e.file.timeLimitSeconds, file: e.fileName }),
);

nb.render(
  nb.cell("remember", [planner.sources, edited, lang], (s, e, l) => {
    const note = document.createElement("p");
    note.className = "note";
    note.dataset.testid = "remember";
    if (!s.ok || e === null) return note;
    if (e.changed) {
      writeStoredCustom(planner.storage, e.custom);
      linkScenario(CUSTOM_KEY);
      note.textContent = t(S.saved, l, { from: s.fileName });
    } else {
      linkScenario(s.key);
      note.textContent = t(S.unchanged, l);
    }
    return note;
  }),
  "remember",
);

nb.render(
  nb.cell("changeChart", [loaded, now, invalid, lang], (o, n, bad, l) => {
    if (o.status === "problems") return problemsView(o.problems, l);
    if (bad.length > 0) {
      const box = document.createElement("div");
      box.className = "problems edit-problems";
      box.dataset.testid = "edit-problems";
      box.setAttribute("role", "alert");
      const title = document.createElement("p");
      title.textContent = t(EDIT_PROBLEMS_LABELS.title, l);
      const list = document.createElement("ul");
      for (const p of bad) {
        const li = document.createElement("li");
        li.dataset.key = p.key;
        li.textContent = t(p.message, l);
        list.append(li);
      }
      box.append(title, list);
      return box;
    }
    if (n === null) return document.createElement("div");
    if (n.status === "problems") return problemsView(n.problems, l, { compact: true });
    if (n.result.townships.length === 0) return diagnosisView(n.result, l);
    return changeChart({
      rows: compareAllocations(o.result, n.result),
      lang: l,
      title: t(S.chartTitle, l),
      axis: S.axis,
      labels: { gain: t(S.gain, l), cut: t(S.cut, l) },
    });
  }),
  "change-chart",
);

nb.render(
  nb.cell("nextPost", [now, lang], (n, l) => {
    const note = document.createElement("p");
    note.className = "note";
    note.dataset.testid = "next-post";
    const text = n !== null && n.status === "solved" ? nextPostText(n.result) : null;
    if (text !== null) note.textContent = t(text, l);
    return note;
  }),
  "next-post",
);

const table = changeTable();
nb.render(
  nb.cell("labTable", [loaded, now, invalid, lang], (o, n, bad, l) => {
    const box = document.createElement("div");
    if (o.status !== "solved" || (n === null && bad.length === 0)) return box;
    if (n === null || n.status !== "solved" || n.result.townships.length === 0) {
      const note = document.createElement("p");
      note.className = "note";
      note.dataset.testid = "no-allocation";
      note.textContent = t(S.noAllocation, l);
      box.append(note);
      return box;
    }
    box.append(
      table.update(compareAllocations(o.result, n.result), l),
      sumsLine(
        {
          current: n.result.totals.current,
          ...(o.result.totals.allocated !== null ? { loaded: o.result.totals.allocated } : {}),
          allocated: n.result.totals.allocated ?? 0,
          toAllocate: n.result.totals.toAllocate,
        },
        l,
      ),
    );
    return box;
  }),
  "lab-table",
);

nb.view(
  "save",
  button({
    label: S.save,
    onClick: async () => {
      const e = await nb.value(edited);
      if (e !== null) downloadBlob(e.fileName, yamlBlob(e.yaml));
    },
  }),
  "save",
);
