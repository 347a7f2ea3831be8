import type { Bilingual, Lang } from "../types.ts";

/**
 * `text` in `lang`, with `{name}` placeholders replaced from `params`.
 * @throws {Error} when a placeholder has no value in `params`
 * @example t({ zh: "共{n}个乡镇", en: "{n} townships" }, "en", { n: 12 }) // "12 townships"
 * @example t({ zh: "核定", en: "New" }, "zh")                          // "核定"
 */
export function t(text: Bilingual, lang: Lang, params?: Readonly<Record<string, string | number>>): string {
  const template = text[lang];
  if (params === undefined) return template;
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = params[key];
    if (value === undefined) throw new Error(`t(): no value for {${key}} in "${template}"`);
    return String(value);
  });
}
