/**
 * What the pages share: the current scenario (`?scenario=` in the URL, kept by links like `?lang=`,
 * and remembered in localStorage), the planner's custom scenario from the weights lab, and the
 * county data loaded on the Data page. Everything stays in this browser's localStorage; nothing is
 * uploaded. The read/write functions take the storage as an argument so they run in Node tests.
 */
import { LANG_PARAM, pageLang } from "./i18n.ts";
import type { StoredCustom, StoredData, StoredOwn, StoredSideFile } from "./planner-sources.ts";

/** URL query parameter holding the scenario key. */
export const SCENARIO_PARAM = "scenario";
/** localStorage key of the last chosen scenario key. */
export const SCENARIO_STORAGE_KEY = "quota-planner.scenario";
/** localStorage key of the county data loaded on the Data page (JSON of `StoredData`). */
export const DATA_STORAGE_KEY = "quota-planner.data";
/** localStorage key of the weights lab's custom scenario (JSON of `StoredCustom`). */
export const CUSTOM_STORAGE_KEY = "quota-planner.custom";
/** localStorage key of the scenario opened from disk (JSON of `StoredOwn`). */
export const OWN_STORAGE_KEY = "quota-planner.own";

/** The part of `Storage` the store uses (localStorage, or a Map-backed stand-in in tests). */
export type KeyValueStorage = Pick<Storage, "getItem" | "setItem" | "removeItem">;

/**
 * The scenario a page opens with: the URL's `scenario` if offered, else the stored one if offered,
 * else the first key. Unknown values are ignored, not errors.
 * @throws {RangeError} when `keys` is empty
 * @example chooseScenarioKey("?scenario=population-first", null, ["baseline", "population-first"]) // "population-first"
 */
export function chooseScenarioKey(search: string, stored: string | null, keys: readonly string[]): string {
  const first = keys[0];
  if (first === undefined) throw new RangeError("chooseScenarioKey(): no scenario keys");
  const fromUrl = new URLSearchParams(search).get(SCENARIO_PARAM);
  if (fromUrl !== null && keys.includes(fromUrl)) return fromUrl;
  if (stored !== null && keys.includes(stored)) return stored;
  return first;
}

function readJson(storage: KeyValueStorage, key: string): unknown {
  try {
    const text = storage.getItem(key);
    return text === null ? null : JSON.parse(text);
  } catch {
    return null; // storage disabled or damaged: as if nothing were stored
  }
}

function write(storage: KeyValueStorage, key: string, value: string | null): boolean {
  try {
    if (value === null) storage.removeItem(key);
    else storage.setItem(key, value);
    return true;
  } catch {
    return false; // storage disabled or full
  }
}

/**
 * The stored county data, or null when none is stored or the entry is damaged.
 * @example readStoredData(localStorage)?.name // "县乡镇数据.xlsx"
 */
export function readStoredData(storage: KeyValueStorage): StoredData | null {
  const value = readJson(storage, DATA_STORAGE_KEY) as Partial<StoredData> | null;
  if (value === null || typeof value !== "object") return null;
  const { name, csv, townships, original } = value;
  return typeof name === "string" && typeof csv === "string" && typeof townships === "number"
    ? { name, csv, townships, ...(typeof original === "string" ? { original } : {}) }
    : null;
}

/**
 * Stores county data (null removes it). Returns false when the browser refused (storage disabled or full).
 * @example writeStoredData(localStorage, { name: "my.csv", csv, townships: 25 })
 */
export function writeStoredData(storage: KeyValueStorage, data: StoredData | null): boolean {
  return write(storage, DATA_STORAGE_KEY, data === null ? null : JSON.stringify(data));
}

/**
 * The stored custom scenario, or null when none is stored or the entry is damaged.
 * @example readStoredCustom(localStorage)?.base // "baseline"
 */
export function readStoredCustom(storage: KeyValueStorage): StoredCustom | null {
  const value = readJson(storage, CUSTOM_STORAGE_KEY) as Partial<StoredCustom> | null;
  if (value === null || typeof value !== "object") return null;
  const { base, yaml } = value;
  return typeof base === "string" && typeof yaml === "string" ? { base, yaml } : null;
}

/**
 * Stores the custom scenario (null removes it). Returns false when the browser refused.
 * @example writeStoredCustom(localStorage, { base: "baseline", yaml })
 */
export function writeStoredCustom(storage: KeyValueStorage, custom: StoredCustom | null): boolean {
  return write(storage, CUSTOM_STORAGE_KEY, custom === null ? null : JSON.stringify(custom));
}

/**
 * The scenario opened from disk, or null when none is stored or the entry is damaged.
 * @example readStoredOwn(localStorage)?.fileName // "my-county.yaml"
 */
export function readStoredOwn(storage: KeyValueStorage): StoredOwn | null {
  const value = readJson(storage, OWN_STORAGE_KEY) as Partial<StoredOwn> | null;
  if (value === null || typeof value !== "object") return null;
  const { fileName, yaml, model, files } = value;
  if (typeof fileName !== "string" || typeof yaml !== "string") return null;
  const filesOk =
    files === undefined ||
    (Array.isArray(files) &&
      files.every(
        (f: unknown) =>
          typeof f === "object" &&
          f !== null &&
          typeof (f as StoredSideFile).name === "string" &&
          typeof (f as StoredSideFile).base64 === "string",
      ));
  const modelOk =
    model === null ||
    (typeof model === "object" &&
      model !== undefined &&
      typeof model.name === "string" &&
      typeof model.text === "string");
  if (!modelOk || !filesOk) return null;
  return { fileName, yaml, model: model ?? null, ...(files !== undefined ? { files } : {}) };
}

/**
 * Stores the scenario opened from disk (null removes it). Returns false when the browser refused.
 * @example writeStoredOwn(localStorage, { fileName: "my-county.yaml", yaml, model: null })
 */
export function writeStoredOwn(storage: KeyValueStorage, own: StoredOwn | null): boolean {
  return write(storage, OWN_STORAGE_KEY, own === null ? null : JSON.stringify(own));
}

/** The last chosen scenario key, or null. */
export function readStoredScenarioKey(storage: KeyValueStorage): string | null {
  try {
    return storage.getItem(SCENARIO_STORAGE_KEY);
  } catch {
    return null;
  }
}

/** This browser's localStorage, or a stand-in that keeps nothing when storage is disabled. */
export function browserStorage(): KeyValueStorage {
  try {
    const storage = window.localStorage;
    storage.getItem(SCENARIO_STORAGE_KEY);
    return storage;
  } catch {
    return { getItem: () => null, setItem: () => undefined, removeItem: () => undefined };
  }
}

/**
 * `href` resolved against `base` with the query parameters `params` set (others and the hash kept).
 * @example withParams("township.html?id=T05", { lang: "en" }, "http://127.0.0.1:5173/") // "http://127.0.0.1:5173/township.html?id=T05&lang=en"
 */
export function withParams(href: string, params: Readonly<Record<string, string>>, base: string): string {
  const url = new URL(href, base);
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
  return url.href;
}

let linkedScenario: string | undefined;

/**
 * Makes every same-origin link on the page (and every link made later with `plannerHref`) carry
 * `scenario=key`, without changing this page's own address.
 * @example linkScenario("custom")
 */
export function linkScenario(key: string, root: ParentNode = document): void {
  linkedScenario = key;
  const origin = location.origin;
  for (const link of root.querySelectorAll<HTMLAnchorElement>("a[href]")) {
    const href = link.getAttribute("href") ?? "";
    if (href.startsWith("#") || link.hasAttribute("download")) continue;
    const url = new URL(href, location.href);
    if (url.origin !== origin) continue;
    link.href = withParams(href, { [SCENARIO_PARAM]: key }, location.href);
  }
}

/**
 * Shows scenario `key` as the page's current one: sets it in this page's address (history.replaceState,
 * no reload), in every link, and as the stored choice.
 * @example setScenario("population-first")
 */
export function setScenario(key: string, storage: KeyValueStorage = browserStorage()): void {
  const url = new URL(location.href);
  if (url.searchParams.get(SCENARIO_PARAM) !== key) {
    url.searchParams.set(SCENARIO_PARAM, key);
    history.replaceState(history.state, "", url.href);
  }
  write(storage, SCENARIO_STORAGE_KEY, key);
  linkScenario(key);
}

/**
 * A link to another page of the planner carrying the page language and the linked scenario.
 * @example plannerHref("township.html", { id: "T05" }) // ".../township.html?id=T05&lang=zh&scenario=baseline"
 */
export function plannerHref(page: string, params: Readonly<Record<string, string>> = {}): string {
  return withParams(
    page,
    {
      ...params,
      [LANG_PARAM]: pageLang(),
      ...(linkedScenario !== undefined ? { [SCENARIO_PARAM]: linkedScenario } : {}),
    },
    location.href,
  );
}

/**
 * Sets (or with null removes) a query parameter of this page's address without reloading, e.g. the
 * township shown on the township page.
 * @example setPageParam("id", "T05")
 */
export function setPageParam(name: string, value: string | null): void {
  const url = new URL(location.href);
  if (url.searchParams.get(name) === value) return;
  if (value === null) url.searchParams.delete(name);
  else url.searchParams.set(name, value);
  history.replaceState(history.state, "", url.href);
}
