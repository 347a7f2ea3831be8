/**
 * 数据 Data: load a county's own table from disk (read in the browser, never uploaded), see every
 * problem with its row and column, preview it, check it against the standard with the first
 * scenario's settings, and use it on the other pages (kept in localStorage).
 */
import { type SolveOutcome, STORED_DATA_LABELS } from "../src/index.ts";
import {
  button,
  columnMapping,
  columnsHelp,
  constantView,
  countyPreview,
  createWorkerClient,
  csvBlob,
  defineStrings,
  diagnosisView,
  downloadBlob,
  filePicker,
  noticesView,
  ORIGINAL_LIMIT_BYTES,
  ownScenarioFrom,
  pageLang,
  plannerHref,
  plannerPage,
  plannerSources,
  problemsView,
  readStoredCustom,
  storedDataOf,
  t,
  unmatchedHeaders,
  unmatchedInProblems,
} from "../src/notebook/index.ts";
import type { ReaderApi } from "./reader.worker.ts";

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
  moreProblems: {
    zh: "共 {n} 处问题，下面列出前 {shown} 处。",
    en: "{n} problems; the first {shown} are listed below.",
  },
  morePreview: {
    zh: "共 {n} 个乡镇，预览前 {shown} 个（排序只在这些行中进行）。",
    en: "{n} townships; the first {shown} are previewed (sorting sorts these rows).",
  },
  reading: {
    zh: "正在读取并检查“{name}”（{size}）……已用 {s} 秒",
    en: 'Reading and checking "{name}" ({size})… {s} s',
  },
  works: {
    zh: "按“{scenario}”的设置试算成功：可分配 {n} 名。",
    en: 'Solved with the settings of "{scenario}": {n} posts to allocate.',
  },
  infeasible: {
    zh: "数据可用，但按“{scenario}”的设置无可行解；可在权重实验中调整设置。",
    en: 'The data can be used, but the settings of "{scenario}" have no solution for it; adjust them in the weights lab.',
  },
  modelProblems: {
    zh: "数据本身无误，但编制标准需要的列不全（“{scenario}”使用的 {model}），其他页面无法使用：",
    en: 'The table itself is valid, but it lacks columns that the model "{model}" of "{scenario}" reads, so the other pages cannot use it:',
  },
  mappingNote: {
    zh: "以下表头不是已知的列。请为每个表头选择它对应的列；选择写入方案的 columns:（无需改动原表）。",
    en: "These headers are not known columns. Choose the column each one is; the choice is written into the scenario's columns: (the sheet itself stays as it is).",
  },
  noMapping: { zh: "所有表头均已识别。", en: "Every header was recognised." },
  useMapped: {
    zh: "在其他页面使用此数据，并把列对应写入方案",
    en: "Use this data on the other pages, with the column mapping in the scenario",
  },
  newName: { zh: "新方案名称", en: "New scenario's name" },
  newScenario: {
    zh: "以此数据新建方案（当前方案的设置与编制标准）",
    en: "Start a scenario from this data (the settings and model of the scenario shown)",
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

/** At most this many townships are previewed, and this many problems listed (a huge table keeps the page light). */
const SHOWN_ROWS = 1000;

const { nb, lang, planner, solver } = plannerPage(
  () => new Worker(new URL("./solver.worker.ts", import.meta.url), { type: "module" }),
);

const file = nb.view(
  "file",
  filePicker({ label: S.choose, accept: ".csv,.tsv,.txt,.xlsx,.xlsm,.json" }),
  "file-input",
);

// The table is read in a worker (notebooks/reader.worker.ts), so a large one never freezes the page.
const reader = createWorkerClient<ReaderApi>(
  new Worker(new URL("./reader.worker.ts", import.meta.url), { type: "module" }),
);

// read once as it is, to find the headers it does not know; then with the mapping chosen for them
const raw = nb.cell("raw", [file], (f, { signal }) =>
  f === null ? null : reader.call("read", [f, {}], { signal }),
);
const mapping = nb.viewFrom(
  "mapping",
  [raw, planner.key],
  (r, key) => {
    // a table that could not be read for a missing required column lists its unmatched headers too: mappable
    const headers = r === null ? [] : r.ok ? unmatchedHeaders(r.data) : unmatchedInProblems(r.problems);
    // the mapping the scenario shown already has (not a dependency on the data in use: "use this data" keeps it)
    const s = plannerSources({
      bundle: planner.bundle,
      key,
      storedData: null,
      custom: readStoredCustom(planner.storage),
      own: planner.own,
    });
    return headers.length > 0
      ? columnMapping(headers, s.ok ? (s.file.columns ?? {}) : {})
      : constantView<Readonly<Record<string, string>>>({});
  },
  "mapping",
);
nb.render(
  nb.cell("mappingNote", [raw, lang], (r, l) => {
    const p = document.createElement("p");
    p.className = "note";
    p.dataset.testid = "mapping-note";
    if (r?.ok) p.textContent = t(unmatchedHeaders(r.data).length > 0 ? S.mappingNote : S.noMapping, l);
    else if (r !== null && unmatchedInProblems(r.problems).length > 0) p.textContent = t(S.mappingNote, l);
    return p;
  }),
  "mapping-note",
);
const read = nb.cell("read", [file, raw, mapping], (f, r, m, { signal }) =>
  f === null ? null : Object.keys(m).length === 0 ? r : reader.call("read", [f, m], { signal }),
);

// While the worker reads: a working message with the time so far, gone when the table (or its problems) is shown.
nb.render(
  nb.cell("reading", [file], (f) => {
    const p = document.createElement("p");
    p.className = "note working no-print";
    p.dataset.testid = "reading-status";
    p.setAttribute("role", "status");
    p.hidden = true;
    if (f === null) return p;
    const started = performance.now();
    const size =
      f.size >= 1024 * 1024 ? `${(f.size / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(f.size / 1024)} KB`;
    const show = () => {
      const seconds = Math.floor((performance.now() - started) / 1000);
      p.textContent = t(S.reading, pageLang(), { name: f.name, size, s: seconds });
    };
    show();
    p.hidden = false;
    const timer = setInterval(show, 250);
    const done = () => {
      clearInterval(timer);
      p.hidden = true;
      p.dataset.done = "true";
    };
    void nb.value(read).then(done, done);
    return p;
  }),
  "reading",
);

nb.render(
  nb.cell("report", [read, lang], (r, l) => {
    if (r !== null && !r.ok) {
      if (r.problems.length <= SHOWN_ROWS) return problemsView(r.problems, l);
      // a huge table's problems: the first ones, and how many there are (the DOM stays small)
      const box = document.createElement("div");
      const more = document.createElement("p");
      more.className = "note";
      more.dataset.testid = "problems-more";
      more.textContent = t(S.moreProblems, l, { shown: SHOWN_ROWS, n: r.problems.length });
      box.append(more, problemsView(r.problems.slice(0, SHOWN_ROWS), l));
      return box;
    }
    const p = document.createElement("p");
    p.className = r === null ? "note" : "result-line ok";
    p.dataset.testid = "read-status";
    p.textContent =
      r === null
        ? t(S.none, l)
        : t(S.valid, l, { name: r.name, n: r.data.townships.length, c: r.data.columns.length });
    if (r === null || r.data.notices.length === 0) return p;
    // what the reader skipped, converted or could not match (title and totals rows, 万 units, unknown headers)
    const box = document.createElement("div");
    box.append(p, noticesView(r.data.notices, l));
    return box;
  }),
  "report",
);

// the table is checked against the scenario shown and its model (picker above), not always the standard
const candidate = nb.cell("candidate", [read, planner.key, mapping, file], (r, key, m, f) =>
  r === null || !r.ok
    ? null
    : {
        // kept for the other pages: the original file's bytes too (within the limit), so they hash what `solve` hashes
        stored: storedDataOf(r.name, r.data, f?.bytes),
        size: f?.bytes.length ?? 0,
        mapping: m,
        sources: plannerSources({
          bundle: planner.bundle,
          key,
          storedData: storedDataOf(r.name, r.data),
          custom: readStoredCustom(planner.storage),
          own: planner.own,
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
    const model = c.sources.ok
      ? c.sources.sources.model.name.slice(c.sources.sources.model.name.lastIndexOf("/") + 1)
      : "";
    const line = document.createElement("p");
    line.dataset.testid = "trial-status";
    if (o.status === "problems") {
      line.textContent = t(S.modelProblems, l, { scenario, model });
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
    const mapped = Object.keys(c.mapping).length > 0;
    use.textContent = t(mapped ? S.useMapped : S.use, l);
    const done = document.createElement("p");
    done.className = "note";
    done.dataset.testid = "use-status";
    // a new scenario of the planner's: this table, the settings and model of the scenario shown, a name
    const nameField = document.createElement("label");
    nameField.className = "qp-field qp-text new-scenario-name no-print";
    const nameLabel = document.createElement("span");
    nameLabel.className = "qp-label";
    nameLabel.textContent = t(S.newName, l);
    const nameBox = document.createElement("input");
    nameBox.type = "text";
    nameBox.value = scenario;
    nameField.append(nameLabel, nameBox);
    const start = document.createElement("button");
    start.type = "button";
    start.className = "new-scenario no-print";
    start.textContent = t(S.newScenario, l);
    const asOwn = (name?: string) =>
      c.sources.ok
        ? ownScenarioFrom(c.sources, planner.own, {
            ...(name !== undefined ? { name } : {}),
            data: c.stored.name,
            columns: c.mapping,
          })
        : null;
    start.addEventListener("click", () => {
      tooLarge();
      const own = asOwn(nameBox.value);
      if (own === null) return;
      if (!planner.useData(c.stored) || !planner.openOwn(own, "index.html"))
        done.textContent = t(S.storageFull, l);
    });
    const tooLarge = (): void => {
      if (c.stored.original !== undefined) return;
      const note = document.createElement("p");
      note.className = "note warn";
      note.dataset.testid = "original-too-large";
      note.textContent = t(STORED_DATA_LABELS.tooLarge, l, {
        size: megabytes(c.size),
        limit: megabytes(ORIGINAL_LIMIT_BYTES),
      });
      done.after(note);
    };
    use.addEventListener("click", () => {
      done.replaceChildren();
      tooLarge();
      // the mapping goes into the planner's scenario (the opened one, or the one shown, which becomes opened)
      if (mapped) {
        const own = asOwn();
        if (own === null) return;
        if (!planner.useData(c.stored) || !planner.openOwn(own, "index.html"))
          done.textContent = t(S.storageFull, l);
        return;
      }
      if (planner.useData(c.stored)) {
        const link = document.createElement("a");
        link.href = plannerHref("index.html");
        link.textContent = t(S.toOverview, l);
        done.append(`${t(S.inUse, l, { name: c.stored.name })} `, link);
      } else {
        done.textContent = t(S.storageFull, l);
      }
    });
    const startRow = document.createElement("div");
    startRow.className = "new-scenario-row no-print";
    startRow.append(nameField, start);
    box.append(use, startRow, done);
    return box;
  }),
  "check",
);

/** A size in MB with one decimal, e.g. "1.2 MB". */
function megabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

const previewTable = nb.cell("previewTable", [read], (r) =>
  r === null || !r.ok ? null : countyPreview(r.data),
);
nb.render(
  nb.cell("preview", [read, previewTable, lang], (r, table, l) => {
    if (r?.ok && table !== null) {
      if (r.data.townships.length <= SHOWN_ROWS) return table.update(r.data.townships, l);
      const box = document.createElement("div");
      const more = document.createElement("p");
      more.className = "note";
      more.dataset.testid = "preview-more";
      more.textContent = t(S.morePreview, l, { shown: SHOWN_ROWS, n: r.data.townships.length });
      box.append(more, table.update(r.data.townships.slice(0, SHOWN_ROWS), l));
      return box;
    }
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
