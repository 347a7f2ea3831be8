/**
 * The bar under every page's header: which scenario is shown (a picker, kept in the URL and in every
 * link) and which county data is in use (the demo county, or the planner's own with a way back).
 * Gives the page the cells its solves start from.
 */
import { type Bilingual, parseScenarioFile } from "../index.ts";
import { DEMO_BUNDLE } from "./demo-county.ts";
import { defineStrings, t } from "./i18n.ts";
import { select } from "./inputs.ts";
import {
  CUSTOM_KEY,
  type DemoBundle,
  type PlannerSourcesOutcome,
  plannerSources,
  type StoredData,
  scenarioKeys,
} from "./planner-sources.ts";
import type { Cell, Mutable, Notebook, Slot } from "./runtime.ts";
import {
  browserStorage,
  chooseScenarioKey,
  type KeyValueStorage,
  readStoredCustom,
  readStoredData,
  readStoredScenarioKey,
  setScenario,
  writeStoredData,
} from "./store.ts";

const S = defineStrings({
  scenario: { zh: "方案", en: "Scenario" },
  custom: { zh: "自定义方案（权重实验）", en: "Custom (weights lab)" },
  demoData: {
    zh: "数据：示例县（虚构数据，{n} 个乡镇）",
    en: "Data: the demo county (invented, {n} townships)",
  },
  ownData: {
    zh: "数据：{name}（本机载入，{n} 个乡镇，未上传）",
    en: "Data: {name} (loaded on this computer, {n} townships, not uploaded)",
  },
  backToDemo: { zh: "改回示例县", en: "Back to the demo county" },
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
  options: { readonly picker?: boolean; readonly slot?: Slot; readonly bundle?: DemoBundle } = {},
): PlannerContext {
  const bundle = options.bundle ?? DEMO_BUNDLE;
  const storage = browserStorage();
  const custom = readStoredCustom(storage);
  const keys = scenarioKeys(bundle, custom);
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
  host.append(pickerHost, dataHost);

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
            ? S.custom
            : scenarioLabel(bundle.scenarios.find((s) => s.key === k)?.text ?? "", k),
      })),
      value: initial,
    });
    picker.addEventListener("input", () => setScenario(picker.value, storage));
    key = nb.view("scenarioKey", picker, pickerHost);
  }

  const storedData = nb.mutable<StoredData | null>("storedData", readStoredData(storage));
  const sources = nb.cell("sources", [key, storedData], (k, data) =>
    plannerSources({ bundle, key: k, storedData: data, custom: readStoredCustom(storage) }),
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

  return { key, storedData, sources, storage, bundle, useData };
}
