/**
 * The bar under every page's header: which scenario is shown (a picker, kept in the URL and in every
 * link) and which county data is in use (the demo county, or the planner's own with a way back).
 * Gives the page the cells its solves start from.
 */
import { type Bilingual, type InputProblem, parseScenarioFile } from "../index.ts";
import { DEMO_BUNDLE } from "./demo-county.ts";
import { defineStrings, t } from "./i18n.ts";
import { filePicker, select } from "./inputs.ts";
import {
  CUSTOM_KEY,
  type DemoBundle,
  type OpenedOutcome,
  OWN_KEY,
  openModelFile,
  openScenarioFile,
  openSideFiles,
  type PlannerSourcesOutcome,
  plannerSources,
  type StoredData,
  type StoredOwn,
  scenarioKeys,
} from "./planner-sources.ts";
import { problemsView } from "./result-views.ts";
import type { Cell, Mutable, Notebook, Slot } from "./runtime.ts";
import {
  browserStorage,
  chooseScenarioKey,
  type KeyValueStorage,
  readStoredCustom,
  readStoredData,
  readStoredOwn,
  readStoredScenarioKey,
  SCENARIO_PARAM,
  setScenario,
  withParams,
  writeStoredCustom,
  writeStoredData,
  writeStoredOwn,
} from "./store.ts";

const S = defineStrings({
  scenario: { zh: "方案", en: "Scenario" },
  custom: { zh: "{name}（权重实验）", en: "{name} (weights lab)" },
  demoData: {
    zh: "数据：示例县（虚构数据，{n} 个乡镇）",
    en: "Data: the demo county (invented, {n} townships)",
  },
  ownData: {
    zh: "数据：{name}（本机载入，{n} 个乡镇，未上传）",
    en: "Data: {name} (loaded on this computer, {n} townships, not uploaded)",
  },
  backToDemo: { zh: "改回示例县", en: "Back to the demo county" },
  own: { zh: "{name}（本机打开）", en: "{name} (opened on this computer)" },
  shown: { zh: "方案：{name}", en: "Scenario: {name}" },
  shownFile: {
    zh: "（{file}，编制标准 {model}）",
    en: " ({file}, model {model})",
  },
  openScenario: { zh: "打开方案文件（YAML）", en: "Open a scenario (YAML)" },
  openModel: { zh: "打开编制标准（YAML）", en: "Open a model (YAML)" },
  openOther: {
    zh: "打开其他文件（县总量表、机构表、权责清单）",
    en: "Open other files (county totals, offices table, power lists)",
  },
  openFailed: {
    zh: "“{name}”无法打开，页面仍显示原来的方案：",
    en: '"{name}" cannot be opened; the pages still show the scenario before:',
  },
  storageFull: {
    zh: "浏览器拒绝保存（存储已满或被禁用），文件未打开。",
    en: "The browser refused to store it (storage full or disabled); the file was not opened.",
  },
});

/** The cells and actions `plannerContext` gives a page. */
export interface PlannerContext {
  /** The chosen scenario key. */
  readonly key: Cell<string>;
  /** The county data in use from storage (null: the demo county). */
  readonly storedData: Mutable<StoredData | null>;
  /** The files to solve for the chosen scenario and data. */
  readonly sources: Cell<PlannerSourcesOutcome>;
  readonly storage: KeyValueStorage;
  readonly bundle: DemoBundle;
  /** The scenario opened from disk, as stored when the page opened. */
  readonly own: StoredOwn | null;
  /**
   * Stores `own` as the opened scenario and shows it: reloads this page with `?scenario=own`.
   * Returns false when the browser refused to store it.
   */
  openOwn(own: StoredOwn, page?: string): boolean;
  /**
   * Stores county data for every page (null: back to the demo county) and updates this page.
   * Returns false when the browser refused to store it (storage disabled or full).
   */
  useData(data: StoredData | null): boolean;
}

/** The scenario's name from its YAML, for the picker; the key when it cannot be read. */
function scenarioLabel(text: string, fallback: string): Bilingual {
  try {
    const name = parseScenarioFile(text, fallback).name;
    return typeof name === "string" ? { zh: name, en: name } : name;
  } catch {
    return { zh: fallback, en: fallback };
  }
}

/**
 * Sets up the context bar in `slot` (default "context"): a scenario picker (unless `picker` is false)
 * and the data in use, with a button back to the demo county when the planner's own data is in use.
 * The scenario comes from `?scenario=`, else the last choice, else the first bundled scenario.
 * @throws {Error} when the slot is missing or the cell names are taken
 * @example const planner = plannerContext(nb, lang); nb.cell("outcome", [planner.sources], …)
 */
export function plannerContext(
  nb: Notebook,
  lang: Cell<"zh" | "en">,
  options: {
    readonly picker?: boolean;
    readonly slot?: Slot;
    readonly bundle?: DemoBundle;
    /** Name the scenario in use (default true); false on a page that names its own scenarios (compare). */
    readonly named?: boolean;
  } = {},
): PlannerContext {
  const bundle = options.bundle ?? DEMO_BUNDLE;
  const storage = browserStorage();
  const custom = readStoredCustom(storage);
  const own = readStoredOwn(storage);
  const keys = scenarioKeys(bundle, custom, own);
  const initial = chooseScenarioKey(location.search, readStoredScenarioKey(storage), keys);
  setScenario(initial, storage);

  const slot = options.slot ?? "context";
  const host =
    typeof slot === "string"
      ? document.querySelector(`[data-slot="${CSS.escape(slot)}"]`)
      : (slot as Element);
  if (host === null) throw new Error(`no element with data-slot="${String(slot)}" on this page`);
  host.classList.add("context-bar");
  const pickerHost = document.createElement("div");
  pickerHost.className = "scenario-picker";
  const dataHost = document.createElement("div");
  dataHost.className = "data-in-use";
  const nameHost = document.createElement("div");
  nameHost.className = "scenario-shown";
  const openHost = document.createElement("div");
  openHost.className = "open-files no-print";
  host.append(pickerHost, nameHost, dataHost, openHost);

  let key: Cell<string>;
  if (options.picker === false) {
    key = nb.mutable("scenarioKey", initial);
  } else {
    const picker = select({
      label: S.scenario,
      options: keys.map((k) => ({
        value: k,
        label:
          k === CUSTOM_KEY
            ? withNote(scenarioLabel(custom?.yaml ?? "", k), S.custom)
            : k === OWN_KEY
              ? withNote(scenarioLabel(own?.yaml ?? "", k), S.own)
              : scenarioLabel(bundle.scenarios.find((s) => s.key === k)?.text ?? "", k),
      })),
      value: initial,
    });
    picker.addEventListener("input", () => setScenario(picker.value, storage));
    key = nb.view("scenarioKey", picker, pickerHost);
  }

  const storedData = nb.mutable<StoredData | null>("storedData", readStoredData(storage));
  const sources = nb.cell("sources", [key, storedData], (k, data) =>
    plannerSources({ bundle, key: k, storedData: data, custom: readStoredCustom(storage), own }),
  );

  const demoCount = (() => {
    const first = bundle.scenarios[0];
    if (first === undefined) return 0;
    const outcome = plannerSources({ bundle, key: first.key, storedData: null, custom: null });
    if (!outcome.ok) return 0;
    const text = new TextDecoder().decode(outcome.sources.data.bytes);
    return text.split(/\r?\n/).filter((line) => line.trim() !== "").length - 1;
  })();

  const useData = (data: StoredData | null): boolean => {
    const stored = writeStoredData(storage, data);
    if (stored) storedData.value = data;
    return stored;
  };

  nb.render(
    nb.cell("dataInUse", [storedData, lang], (data, l) => {
      const box = document.createElement("div");
      box.className = data === null ? "data-status demo" : "data-status own";
      const label = document.createElement("span");
      label.dataset.testid = "data-in-use";
      label.textContent =
        data === null
          ? t(S.demoData, l, { n: demoCount })
          : t(S.ownData, l, { name: data.name, n: data.townships });
      box.append(label);
      if (data !== null) {
        const back = document.createElement("button");
        back.type = "button";
        back.className = "back-to-demo no-print";
        back.textContent = t(S.backToDemo, l);
        back.addEventListener("click", () => useData(null));
        box.append(back);
      }
      return box;
    }),
    dataHost,
  );

  // the scenario shown, named (and printed) on every page that does not name its own
  if (options.named !== false)
    nb.render(
      nb.cell("scenarioShown", [sources, lang], (s, l) => {
        const line = document.createElement("span");
        line.dataset.testid = "scenario-name";
        if (!s.ok) {
          // the files cannot be solved (e.g. its model is not opened yet): still named, from its own text
          const text =
            s.key === CUSTOM_KEY
              ? (readStoredCustom(storage)?.yaml ?? "")
              : s.key === OWN_KEY
                ? (own?.yaml ?? "")
                : (bundle.scenarios.find((b) => b.key === s.key)?.text ?? "");
          const name = document.createElement("strong");
          name.textContent = t(S.shown, l, { name: t(scenarioLabel(text, s.key), l) });
          line.append(name);
          return line;
        }
        const name = document.createElement("strong");
        name.textContent = t(S.shown, l, { name: t(s.label, l) });
        const file = s.sources.model.name.slice(s.sources.model.name.lastIndexOf("/") + 1);
        line.append(name, t(S.shownFile, l, { file: s.fileName, model: file }));
        return line;
      }),
      nameHost,
    );

  const openOwn = (next: StoredOwn, page?: string): boolean => {
    if (!writeStoredOwn(storage, next)) return false;
    // an edit of the scenario opened before is not an edit of this one
    if (readStoredCustom(storage)?.base === OWN_KEY) writeStoredCustom(storage, null);
    setScenario(OWN_KEY, storage);
    location.assign(withParams(page ?? location.href, { [SCENARIO_PARAM]: OWN_KEY }, location.href));
    return true;
  };

  const status = document.createElement("div");
  status.className = "open-status";
  status.dataset.testid = "open-status";
  const opened = (name: string, outcome: OpenedOutcome, l: "zh" | "en") => {
    status.replaceChildren();
    if (outcome.ok) {
      if (!openOwn(outcome.own)) status.textContent = t(S.storageFull, l);
      return;
    }
    const line = document.createElement("p");
    line.className = "result-line warn";
    line.textContent = t(S.openFailed, l, { name });
    status.append(line, problemsView(outcome.problems as InputProblem[], l, { compact: true }));
  };
  const scenarioFile = filePicker({ label: S.openScenario, accept: ".yaml,.yml" });
  scenarioFile.classList.add("open-scenario");
  scenarioFile.addEventListener("input", async () => {
    const f = scenarioFile.value;
    if (f === null) return;
    const l = await nb.value(lang);
    opened(f.name, openScenarioFile(f.name, new TextDecoder().decode(f.bytes), readStoredOwn(storage)), l);
  });
  const modelFile = filePicker({ label: S.openModel, accept: ".yaml,.yml" });
  modelFile.classList.add("open-model");
  modelFile.addEventListener("input", async () => {
    const f = modelFile.value;
    if (f === null) return;
    const l = await nb.value(lang);
    const s = await nb.value(sources);
    const outcome = openModelFile(
      f.name,
      new TextDecoder().decode(f.bytes),
      s.ok ? s : null,
      readStoredOwn(storage),
    );
    opened(f.name, outcome, l);
  });
  const otherFile = filePicker({ label: S.openOther, accept: ".csv,.xlsx,.yaml,.yml" });
  otherFile.classList.add("open-other");
  otherFile.addEventListener("input", async () => {
    const f = otherFile.value;
    if (f === null) return;
    const l = await nb.value(lang);
    const s = await nb.value(sources);
    // a scenario that cannot be solved yet (the file it names is missing) is still the opened one
    opened(f.name, openSideFiles([f], s.ok ? s : null, readStoredOwn(storage)), l);
  });
  openHost.append(scenarioFile, modelFile, otherFile, status);

  return { key, storedData, sources, storage, bundle, useData, own, openOwn };
}

/** A scenario's name in a note, e.g. "我的方案（本机打开）". */
function withNote(name: Bilingual, note: Bilingual): Bilingual {
  return { zh: note.zh.replace("{name}", name.zh), en: note.en.replace("{name}", name.en) };
}
