/**
 * The township page's picker and the summary at the top of a township's justification.
 */
import {
  CATEGORY_LABELS,
  colon,
  formatNumber,
  formatPercent,
  formatSigned,
  indexRank,
  type Lang,
  REASON_LABELS,
  RESULT_COLUMNS,
  type ScenarioResult,
  SUMMARY_LABELS,
  type TownshipResult,
} from "../index.ts";
import { upperFirst } from "../words/upper-first.ts";
import { defineStrings, t } from "./i18n.ts";
import { type InputElement, select } from "./inputs.ts";
import { setPageParam } from "./store.ts";

const S = defineStrings({
  township: RESULT_COLUMNS.name,
  scenario: SUMMARY_LABELS.scenario,
  data: SUMMARY_LABELS.data,
  today: RESULT_COLUMNS.current,
  allocated: RESULT_COLUMNS.allocated,
  posts: { zh: "{n} 名", en: "{n} posts" },
  index: { zh: "综合指数", en: "Index" },
  indexValue: { zh: "{value}（全县第 {rank} / {count}）", en: "{value} (rank {rank} of {count})" },
  coefficient: { zh: "类别系数", en: "Category coefficient" },
  share: { zh: "所占份额", en: "Share of the total" },
  target: { zh: "比例目标", en: "Proportional target" },
  bounds: { zh: "允许区间", en: "Allowed range" },
  boundsValue: { zh: "{lower}–{upper} 名", en: "{lower}–{upper} posts" },
  atLeast: { zh: "≥ {n} 名（不设上限）", en: "≥ {n} posts (no cap)" },
  binding: { zh: "主要约束", en: "Binding constraint" },
  none: { zh: "无（按比例取整）", en: "none (rounded target)" },
});

/**
 * A picker of the townships ("T05 青岗镇"), starting at `chosen` when it is one of them (else the
 * first); each choice is written to the page's `?id=`.
 * @throws {RangeError} when `townships` is empty
 * @example nb.viewFrom("township", [outcome], (o) => townshipPicker(o.result.townships, new URLSearchParams(location.search).get("id")), "picker")
 */
export function townshipPicker(
  townships: readonly { readonly id: string; readonly name: string }[],
  chosen: string | null,
): InputElement<string> {
  const picker = select({
    label: S.township,
    options: townships.map((tw) => ({
      value: tw.id,
      label: { zh: `${tw.id} ${tw.name}`, en: `${tw.id} ${tw.name}` },
    })),
    ...(chosen !== null && townships.some((tw) => tw.id === chosen) ? { value: chosen } : {}),
  });
  picker.classList.add("township-picker");
  setPageParam("id", picker.value);
  picker.addEventListener("input", () => setPageParam("id", picker.value));
  return picker;
}

/**
 * The head of a township's justification: name, id and category, the scenario and data, today → new,
 * and the facts behind the number (index and rank, coefficient, share, target, allowed range, binding).
 * @example slot.append(townshipSummary(township, result, "zh"))
 */
export function townshipSummary(township: TownshipResult, result: ScenarioResult, lang: Lang): HTMLElement {
  const box = document.createElement("div");
  box.className = "township-summary";
  const title = document.createElement("h2");
  title.dataset.testid = "township-name";
  title.textContent = township.name;
  const sub = document.createElement("span");
  sub.className = "subtitle";
  sub.textContent = ` ${township.id} · ${t(CATEGORY_LABELS[township.category], lang)}`;
  title.append(sub);
  const context = document.createElement("p");
  context.className = "note";
  context.textContent = `${t(S.scenario, lang)}${colon(lang)}${t(result.scenario.name, lang)} · ${t(S.data, lang)}${colon(lang)}${result.scenario.data}`;

  const headline = document.createElement("p");
  headline.className = "headline";
  const today = document.createElement("span");
  today.textContent = `${t(S.today, lang)} ${t(S.posts, lang, { n: township.current })}`;
  const arrow = document.createElement("span");
  arrow.className = "arrow";
  arrow.textContent = " → ";
  const now = document.createElement("strong");
  now.dataset.testid = "township-allocated";
  now.textContent = `${t(S.allocated, lang)} ${t(S.posts, lang, { n: township.allocated })}`;
  const change = document.createElement("span");
  change.className = township.change > 0 ? "change up" : township.change < 0 ? "change down" : "change";
  change.textContent = ` (${formatSigned(township.change, lang)})`;
  headline.append(today, arrow, now, change);

  const facts = document.createElement("dl");
  facts.className = "facts compact";
  const add = (term: string, value: string): void => {
    const dt = document.createElement("dt");
    dt.textContent = term;
    const dd = document.createElement("dd");
    dd.textContent = value;
    facts.append(dt, dd);
  };
  add(
    t(S.index, lang),
    t(S.indexValue, lang, {
      value: formatNumber(township.index, lang, 4),
      rank: indexRank(result, township.id),
      count: result.townships.length,
    }),
  );
  add(t(S.coefficient, lang), `×${formatNumber(township.coefficient, lang, 3)}`);
  add(t(S.share, lang), formatPercent(township.share, lang, 2));
  add(t(S.target, lang), t(S.posts, lang, { n: formatNumber(township.target, lang, 2) }));
  add(
    t(S.bounds, lang),
    township.upper === null
      ? t(S.atLeast, lang, { n: township.lower })
      : t(S.boundsValue, lang, { lower: township.lower, upper: township.upper }),
  );
  // "Free", "Floor": a summary value, not a table cell
  add(t(S.binding, lang), upperFirst(t(REASON_LABELS[township.binding], lang)));
  box.append(title, context, headline, facts);
  return box;
}
