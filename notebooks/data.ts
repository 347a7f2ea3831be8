/**
 * 数据 Data: load a county's own table from disk (read in the browser, never uploaded), see every
 * problem with its row and column, preview it, check it against the standard with the first
 * scenario's settings, and use it on the other pages (kept in localStorage).
 */
import type { SolveOutcome } from "../src/index.ts";
import {
  button,
  columnsHelp,
  countyPreview,
  csvBlob,
  defineStrings,
  diagnosisView,
  downloadBlob,
  filePicker,
  plannerHref,
  plannerPage,
  plannerSources,
  problemsView,
  readCountyFile,
  storedDataOf,
  t,
} from "../src/notebook/index.ts";

const S = defineStrings({
  choose: { zh: "选择数据文件（CSV / XLSX / JSON）", en: "Choose a data file (CSV / XLSX / JSON)" },
  noPreview: {
    zh: "选择一个无误的数据文件后，在此预览其内容。",
    en: "A valid data file's content is previewed here.",
  },
  template: { zh: "下载示例县数据作为模板（CSV）", en: "Download the demo county as a template (CSV)" },
  none: {
    zh: "尚未选择文件。其他页面目前使用：见页首的“数据”。",
    en: "No file chosen yet. The other pages use the data named at the top of the page.",
  },
  valid: {
    zh: "“{name}”无误：{n} 个乡镇，{c} 个数值列。",
    en: '"{name}" is valid: {n} townships, {c} numeric columns.',
  },
  checking: { zh: "正在按编制标准试算……", en: "Trying it with the staffing standard…" },
  works: {
    zh: "按“{scenario}”的设置试算成功：可分配 {n} 名。",
    en: 'Solved with the settings of "{scenario}": {n} posts to allocate.',
  },
  infeasible: {
    zh: "数据可用，但按“{scenario}”的设置无可行解；可在权重实验中调整设置。",
    en: 'The data can be used, but the settings of "{scenario}" have no solution for it; adjust them in the weights lab.',
  },
  modelProblems: {
    zh: "数据本身无误，但编制标准需要的列不全，其他页面无法使用：",
    en: "The table itself is valid, but it lacks columns the staffing standard needs, so the other pages cannot use it:",
  },
  use: { zh: "在其他页面使用此数据", en: "Use this data on the other pages" },
  inUse: {
    zh: "已载入。其他页面现在使用“{name}”。",
    en: 'Done. The other pages now use "{name}".',
  },
  toOverview: { zh: "查看总览", en: "Go to the overview" },
  storageFull: {
    zh: "浏览器拒绝保存（存储已满或被禁用），数据未载入。",
    en: "The browser refused to store it (storage full or disabled); the data was not loaded.",
  },
});

const { nb, lang, planner, solver } = plannerPage(
  () => new Worker(new URL("./solver.worker.ts", import.meta.url), { type: "module" }),
  { picker: false },
);

const file = nb.view(
  "file",
  filePicker({ label: S.choose, accept: ".csv,.tsv,.txt,.xlsx,.xlsm,.json" }),
  "file-input",
);

const read = nb.cell("read", [file], (f) => (f === null ? null : readCountyFile(f)));

nb.render(
  nb.cell("report", [read, lang], (r, l) => {
    if (r !== null && !r.ok) return problemsView(r.problems, l);
    const p = document.createElement("p");
    p.className = r === null ? "note" : "result-line ok";
    p.dataset.testid = "read-status";
    p.textContent =
      r === null
        ? t(S.none, l)
        : t(S.valid, l, { name: r.name, n: r.data.townships.length, c: r.data.columns.length });
    return p;
  }),
  "report",
);

const candidate = nb.cell("candidate", [read], (r) =>
  r === null || !r.ok
    ? null
    : {
        stored: storedDataOf(r.name, r.data),
        sources: plannerSources({
          bundle: planner.bundle,
          key: planner.bundle.scenarios[0]?.key ?? "",
          storedData: storedDataOf(r.name, r.data),
          custom: null,
        }),
      },
);

const trial = nb.cell("trial", [candidate], (c, { signal }): Promise<SolveOutcome> | SolveOutcome | null =>
  c === null
    ? null
    : c.sources.ok
      ? solver.call("solve", [c.sources.sources], { signal })
      : { status: "problems", problems: c.sources.problems },
);

nb.render(
  nb.cell("check", [candidate, trial, lang], (c, o, l) => {
    const box = document.createElement("div");
    box.className = "trial";
    if (c === null || o === null) return box;
    const scenario = c.sources.ok ? t(c.sources.label, l) : "";
    const line = document.createElement("p");
    line.dataset.testid = "trial-status";
    if (o.status === "problems") {
      line.textContent = t(S.modelProblems, l);
      box.append(line, problemsView(o.problems, l));
      return box;
    }
    const feasible = o.result.townships.length > 0;
    line.className = feasible ? "result-line ok" : "result-line warn";
    line.textContent = feasible
      ? t(S.works, l, { scenario, n: o.result.totals.toAllocate })
      : t(S.infeasible, l, { scenario });
    box.append(line);
    if (!feasible) box.append(diagnosisView(o.result, l));
    const use = document.createElement("button");
    use.type = "button";
    use.className = "primary use-data no-print";
    use.textContent = t(S.use, l);
    const done = document.createElement("p");
    done.className = "note";
    done.dataset.testid = "use-status";
    use.addEventListener("click", () => {
      done.replaceChildren();
      if (planner.useData(c.stored)) {
        const link = document.createElement("a");
        link.href = plannerHref("index.html");
        link.textContent = t(S.toOverview, l);
        done.append(`${t(S.inUse, l, { name: c.stored.name })} `, link);
      } else {
        done.textContent = t(S.storageFull, l);
      }
    });
    box.append(use, done);
    return box;
  }),
  "check",
);

const previewTable = nb.cell("previewTable", [read], (r) =>
  r === null || !r.ok ? null : countyPreview(r.data),
);
nb.render(
  nb.cell("preview", [read, previewTable, lang], (r, table, l) => {
    if (r?.ok && table !== null) return table.update(r.data.townships, l);
    const note = document.createElement("p");
    note.className = "note";
    note.textContent = t(S.noPreview, l);
    return note;
  }),
  "preview",
);

nb.render(
  nb.cell("columns", [lang], (l) => columnsHelp(l)),
  "columns",
);

nb.view(
  "template",
  button({
    label: S.template,
    onClick: () => {
      const path = Object.keys(planner.bundle.files).find((p) => p.endsWith(".csv"));
      if (path !== undefined) downloadBlob("townships.csv", csvBlob(planner.bundle.files[path]!));
    },
  }),
  "template",
);
