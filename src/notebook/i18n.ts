/**
 * Page language: Chinese by default, English on a switch. The choice lives in the URL (`?lang=en`)
 * and in localStorage, so reloading, bookmarking and following links between pages keep it.
 *
 * Static text is written in the HTML in Chinese with its English beside it:
 * `<h1 data-en="Overview">总览</h1>` (also `data-en-title`, `data-en-aria-label`,
 * `data-en-placeholder`, `data-en-alt` for attributes). Use it on elements holding only text.
 * Text computed in cells uses `t(bilingual, lang)` with the `lang` cell as an input.
 */

import { t } from "../index.ts";
import type { Bilingual, Lang } from "../types.ts";

export { t };

import type { Cell, Notebook, Slot } from "./runtime.ts";

/** The languages of the UI, default first. */
export const LANGS: readonly Lang[] = ["zh", "en"];

/** The language used when neither the URL nor storage names one. */
export const DEFAULT_LANG: Lang = "zh";

/** localStorage key holding the last chosen language. */
export const LANG_STORAGE_KEY = "quota-planner.lang";

/** The URL query parameter holding the language. */
export const LANG_PARAM = "lang";

/** Attributes translated by `applyLang` besides the text content. */
const TRANSLATED_ATTRIBUTES = ["title", "aria-label", "placeholder", "alt"] as const;

/**
 * Reads a language code; anything else gives `undefined`.
 * @example parseLang("en") // "en"
 * @example parseLang("fr") // undefined
 */
export function parseLang(value: string | null | undefined): Lang | undefined {
  return value === "zh" || value === "en" ? value : undefined;
}

/**
 * The language a page should open in: the URL's `lang` parameter, else the stored choice, else Chinese.
 * Invalid values are ignored, not errors.
 * @example chooseLang("?lang=en", null) // "en"
 * @example chooseLang("", "en")         // "en"
 * @example chooseLang("?lang=xx", null) // "zh"
 */
export function chooseLang(search: string, stored: string | null): Lang {
  return parseLang(new URLSearchParams(search).get(LANG_PARAM)) ?? parseLang(stored) ?? DEFAULT_LANG;
}

/**
 * Declares a page's strings so keys are checked by the compiler: `t(S.total, lang)`.
 * @throws {Error} when a string is empty in either language
 * @example const S = defineStrings({ total: { zh: "合计", en: "Total" } });
 */
export function defineStrings<const K extends string>(
  strings: Record<K, Bilingual>,
): Readonly<Record<K, Bilingual>> {
  for (const [key, text] of Object.entries<Bilingual>(strings)) {
    if (!text.zh || !text.en) throw new Error(`defineStrings(): "${key}" needs both zh and en`);
  }
  return Object.freeze({ ...strings });
}

/**
 * `href` resolved against `base` with its `lang` parameter set; the hash is kept.
 * @example withLang("weights.html#top", "en", "http://127.0.0.1:5173/") // "http://127.0.0.1:5173/weights.html?lang=en#top"
 */
export function withLang(href: string, lang: Lang, base: string): string {
  const url = new URL(href, base);
  url.searchParams.set(LANG_PARAM, lang);
  return url.href;
}

/** The language the document is currently shown in (from `<html lang>`). */
export function pageLang(doc: Document = document): Lang {
  return doc.documentElement.lang.toLowerCase().startsWith("en") ? "en" : "zh";
}

/**
 * Shows the elements under `root` that carry `data-en` (and `data-en-<attribute>`) in `lang`.
 * The Chinese originals are kept in `data-zh` / `data-zh-<attribute>` the first time.
 * @example applyLang(document, "en")
 */
export function applyLang(root: ParentNode, lang: Lang): void {
  for (const element of root.querySelectorAll<HTMLElement>("[data-en]")) {
    if (element.dataset.zh === undefined) element.dataset.zh = element.textContent ?? "";
    const text = lang === "en" ? element.dataset.en : element.dataset.zh;
    if (text !== undefined && element.textContent !== text) element.textContent = text;
  }
  for (const attribute of TRANSLATED_ATTRIBUTES) {
    for (const element of root.querySelectorAll(`[data-en-${attribute}]`)) {
      const zhKey = `data-zh-${attribute}`;
      if (!element.hasAttribute(zhKey)) element.setAttribute(zhKey, element.getAttribute(attribute) ?? "");
      element.setAttribute(
        attribute,
        element.getAttribute(lang === "en" ? `data-en-${attribute}` : zhKey) ?? "",
      );
    }
  }
}

/**
 * Sets `lang` on every same-origin link under `root` (not hash-only or download links), so moving
 * between pages keeps the language.
 * @example localizeLinks(document, "en")
 */
export function localizeLinks(root: ParentNode, lang: Lang, base: string = location.href): void {
  const origin = new URL(base).origin;
  for (const link of root.querySelectorAll<HTMLAnchorElement>("a[href]")) {
    const href = link.getAttribute("href") ?? "";
    if (href.startsWith("#") || link.hasAttribute("download")) continue;
    const url = new URL(href, base);
    if (url.origin !== origin) continue;
    link.href = withLang(href, lang, base);
  }
}

/**
 * A span showing `text` in the page's current language that follows later language switches.
 * @example label.append(bilingualText({ zh: "权重", en: "Weight" }))
 */
export function bilingualText(text: Bilingual, tag: keyof HTMLElementTagNameMap = "span"): HTMLElement {
  const element = document.createElement(tag);
  element.dataset.zh = text.zh;
  element.dataset.en = text.en;
  element.textContent = text[pageLang()];
  return element;
}

/**
 * Sets an element's text to `text` in the page's current language and keeps both languages on it, so it
 * follows later language switches (for text that changes after the element was made).
 * @example setBilingual(verdict, { zh: "通过一致性检验", en: "consistent" })
 */
export function setBilingual(element: HTMLElement, text: Bilingual): void {
  element.dataset.zh = text.zh;
  element.dataset.en = text.en;
  element.textContent = text[pageLang()];
}

/**
 * Sets an attribute (`title`, `aria-label`, `placeholder` or `alt`) in the page's current language and
 * keeps both languages on the element, so it follows later language switches.
 * @example setBilingualAttribute(select, "aria-label", { zh: "区位 对 经济", en: "Location over economy" })
 */
export function setBilingualAttribute(
  element: Element,
  attribute: (typeof TRANSLATED_ATTRIBUTES)[number],
  text: Bilingual,
): void {
  element.setAttribute(`data-zh-${attribute}`, text.zh);
  element.setAttribute(`data-en-${attribute}`, text.en);
  element.setAttribute(attribute, text[pageLang()]);
}

function readStoredLang(): string | null {
  try {
    return localStorage.getItem(LANG_STORAGE_KEY);
  } catch {
    return null; // storage disabled: the URL still carries the language
  }
}

/**
 * Shows the whole page in `lang`: `<html lang>`, `data-en` texts, links, the URL's `lang`
 * parameter (history.replaceState, no reload) and the stored choice.
 * @example setLang("en")
 */
export function setLang(lang: Lang): void {
  const doc = document;
  doc.documentElement.lang = lang === "zh" ? "zh-CN" : "en";
  applyLang(doc, lang);
  localizeLinks(doc, lang);
  const url = new URL(location.href);
  if (url.searchParams.get(LANG_PARAM) !== lang) {
    url.searchParams.set(LANG_PARAM, lang);
    history.replaceState(history.state, "", url.href);
  }
  try {
    localStorage.setItem(LANG_STORAGE_KEY, lang);
  } catch {
    // storage disabled: the URL still carries the language
  }
}

/**
 * Opens the page in the language chosen by the URL, else storage, else Chinese, and returns it.
 * @example const lang = initLang();
 */
export function initLang(): Lang {
  const lang = chooseLang(location.search, readStoredLang());
  setLang(lang);
  return lang;
}

/** The language switch: its `value` is the page language; it fires "input" when switched. */
export type LangSwitch = HTMLElement & { readonly value: Lang };

/**
 * The 中文 / English switch every page shows in its header. Clicking a button calls `setLang`.
 * @example header.append(langSwitch())
 */
export function langSwitch(): LangSwitch {
  const group = document.createElement("div");
  group.className = "lang-switch no-print";
  group.setAttribute("role", "group");
  group.setAttribute("aria-label", "语言 / Language");
  const buttons = (
    [
      ["zh", "中文"],
      ["en", "English"],
    ] as const
  ).map(([lang, text]) => {
    const button = document.createElement("button");
    button.type = "button";
    button.lang = lang === "zh" ? "zh-CN" : "en";
    button.dataset.lang = lang;
    button.textContent = text;
    button.addEventListener("click", () => {
      if (pageLang() === lang) return;
      setLang(lang);
      sync();
      group.dispatchEvent(new Event("input", { bubbles: true }));
    });
    return button;
  });
  const sync = (): void => {
    for (const button of buttons)
      button.setAttribute("aria-pressed", String(button.dataset.lang === pageLang()));
  };
  group.append(...buttons);
  sync();
  Object.defineProperty(group, "value", { get: () => pageLang() });
  return group as unknown as LangSwitch;
}

/**
 * Sets the page language up (`initLang`), puts the switch into `slot` and returns the `lang` cell
 * that text cells take as an input.
 * @throws {Error} when the slot is missing or a cell named "lang" exists
 * @example const lang = pageLanguage(nb); nb.cell("title", [lang], (l) => t(S.title, l));
 */
export function pageLanguage(nb: Notebook, slot: Slot = "lang-switch"): Cell<Lang> {
  initLang();
  return nb.view("lang", langSwitch(), slot);
}
