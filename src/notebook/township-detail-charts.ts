/**
 * The township page's charts: its indicators beside the county's distribution (one dot strip per
 * indicator), its index split by factor, and the waterfall from its index share to its posts.
 */
import {
  axisBottom,
  type ScaleContinuousNumeric,
  scaleLinear,
  scaleLog,
  scaleSqrt,
  scaleSymlog,
  select,
} from "d3";
import type { FactorFact, IndicatorFact, Lang, WaterfallStep } from "../index.ts";
import { formatCompact, formatNumber, formatSigned, formatWithUnit } from "../index.ts";
import { axisTitle, chartFrame, estimateTextWidth, legend } from "./chart.ts";
import { defineStrings, t } from "./i18n.ts";

const SVG_NS = "http://www.w3.org/2000/svg";

const S = defineStrings({
  indicator: { zh: "指标", en: "Indicator" },
  distribution: { zh: "全县分布（灰点为各乡镇）", en: "County distribution (grey: every township)" },
  value: { zh: "本乡镇", en: "This township" },
  rank: { zh: "得分排名", en: "Score rank" },
  rankOf: { zh: "第 {rank} / {count}", en: "{rank} of {count}" },
  contribution: { zh: "对指数贡献", en: "Adds to index" },
  scaleLog: { zh: "对数刻度", en: "log scale" },
  scaleSqrt: { zh: "平方根刻度", en: "square-root scale" },
  cost: { zh: "越小越高分", en: "smaller scores higher" },
  factorTitle: { zh: "指数构成（按因素）", en: "Index by factor" },
  factorAxis: { zh: "对指数的贡献（无量纲）", en: "Contribution to the index (dimensionless)" },
  factorPart: { zh: "本乡镇得分贡献", en: "This township's contribution" },
  factorWeight: { zh: "因素权重（满分）", en: "Factor weight (the most it can add)" },
  today: { zh: "现有 {n} 名", en: "today {n}" },
  step: { zh: "步骤", en: "Step" },
  posts: { zh: "名", en: "posts" },
  axisNote: {
    zh: "横轴为编制数（名），从 {from} 起；虚线为现有编制。",
    en: "Axis in posts, starting at {from}; the dashed line is today's posts.",
  },
});

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string | number> = {}) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  return node;
}

function html<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string) {
  const node = document.createElement(tag);
  if (className !== undefined) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The scale that matches how the standard transforms an indicator, so the dots sit as the index sees them. */
function valueScale(fact: IndicatorFact, range: [number, number]): ScaleContinuousNumeric<number, number> {
  const values = fact.values.map((v) => v.raw).filter(Number.isFinite);
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const domain: [number, number] = lo === hi ? [lo - 1, hi + 1] : [lo, hi];
  if (fact.transform === "log" && lo > 0) return scaleLog(domain, range);
  if (fact.transform === "sqrt" && lo >= 0) return scaleSqrt(domain, range);
  if (fact.transform === "log1p") return scaleSymlog(domain, range);
  return scaleLinear(domain, range);
}

/**
 * A table with one row per indicator: its name and factor, a strip with every township's raw value as
 * a grey dot and this township's as a larger blue one (on the scale the standard transforms it by),
 * the raw value with its unit, the rank of its score and what it adds to the index.
 * @example slot.append(indicatorStrips(indicatorFacts(scenario, result, "T05"), "zh"))
 */
export function indicatorStrips(
  facts: readonly IndicatorFact[],
  lang: Lang,
  highlight: string,
): HTMLTableElement {
  const table = html("table", "qp-table indicator-strips");
  const head = table.createTHead().insertRow();
  for (const [label, className] of [
    [S.indicator, "text"],
    [S.distribution, "text strip-head"],
    [S.value, "num"],
    [S.rank, "num"],
    [S.contribution, "num"],
  ] as const) {
    const th = html("th", className, t(label, lang));
    th.scope = "col";
    head.append(th);
  }
  const body = table.createTBody();
  const width = 300;
  const height = 34;
  const pad = 10;
  for (const fact of facts) {
    const row = body.insertRow();
    row.dataset.indicator = fact.id;
    const name = row.insertCell();
    name.className = "text";
    name.append(
      html("span", "indicator-name", t(fact.label, lang)),
      html("span", "factor-name", t(fact.factor, lang)),
    );
    const strip = row.insertCell();
    strip.className = "strip";
    const x = valueScale(fact, [pad, width - pad]);
    const chart = svg("svg", {
      viewBox: `0 0 ${width} ${height}`,
      width,
      height,
      class: "qp-chart strip-chart",
    });
    chart.setAttribute("role", "img");
    chart.setAttribute("aria-label", `${t(fact.label, lang)}: ${formatWithUnit(fact.raw, fact.unit, lang)}`);
    chart.append(svg("line", { x1: pad, x2: width - pad, y1: 12, y2: 12, stroke: "#d9e2ec" }));
    for (const value of fact.values) {
      if (!Number.isFinite(value.raw) || value.id === highlight) continue;
      const dot = svg("circle", { cx: x(value.raw), cy: 12, r: 3.5, fill: "#9ca3af", "fill-opacity": 0.6 });
      const title = svg("title");
      title.textContent = `${value.name} ${formatWithUnit(value.raw, fact.unit, lang)}`;
      dot.append(title);
      chart.append(dot);
    }
    chart.append(
      svg("circle", {
        class: "this",
        cx: x(fact.raw),
        cy: 12,
        r: 6,
        fill: "#2563eb",
        stroke: "#fff",
        "stroke-width": 1.5,
      }),
    );
    const [lo, hi] = x.domain() as [number, number];
    const scaleNote =
      fact.transform === "log"
        ? ` · ${t(S.scaleLog, lang)}`
        : fact.transform === "sqrt"
          ? ` · ${t(S.scaleSqrt, lang)}`
          : "";
    const ends: [number, string, string][] = [
      [pad, "start", formatCompact(lo, lang)],
      [width - pad, "end", `${formatCompact(hi, lang)}${scaleNote}`],
    ];
    for (const [at, anchor, text] of ends) {
      const label = svg("text", { x: at, y: 31, "text-anchor": anchor, "font-size": 10, fill: "#52606d" });
      label.textContent = text;
      chart.append(label);
    }
    strip.append(chart);
    const value = row.insertCell();
    value.className = "num";
    value.dataset.testid = `raw-${fact.id}`;
    value.textContent = formatWithUnit(fact.raw, fact.unit, lang);
    if (fact.direction === "cost") value.append(html("span", "factor-name", t(S.cost, lang)));
    const rank = row.insertCell();
    rank.className = "num";
    rank.textContent = t(S.rankOf, lang, { rank: fact.rank, count: fact.count });
    const contribution = row.insertCell();
    contribution.className = "num";
    contribution.textContent = formatNumber(fact.contribution, lang, 4);
  }
  return table;
}

/**
 * Horizontal bars of what each factor adds to the township's index (dark), over the factor's weight,
 * the most it could add (light); the contribution and weight are written at the right.
 * @throws {RangeError} when `facts` is empty
 * @example slot.append(factorBars(factorFacts(scenario, result, "T05"), "en"))
 */
export function factorBars(facts: readonly FactorFact[], lang: Lang): HTMLDivElement {
  if (facts.length === 0) throw new RangeError("factorBars(): no factors");
  const rowHeight = 24;
  const labelWidth = Math.max(...facts.map((f) => estimateTextWidth(t(f.label, lang))));
  const margin = { top: 6, right: 84, bottom: 40, left: Math.min(200, Math.max(64, labelWidth + 14)) };
  const frame = chartFrame({
    width: 400,
    height: facts.length * rowHeight + margin.top + margin.bottom,
    title: t(S.factorTitle, lang),
    margin,
  });
  const top = Math.max(...facts.map((f) => Math.max(f.weight, f.contribution)), 1e-9);
  const x = scaleLinear([0, top], [0, frame.innerWidth]).nice();
  select(frame.xAxis).call(
    axisBottom(x)
      .ticks(4)
      .tickFormat((v) => formatNumber(Number(v), lang, 2)),
  );
  const g = select(frame.plot);
  facts.forEach((fact, i) => {
    const y = i * rowHeight;
    g.append("rect")
      .attr("x", 0)
      .attr("y", y + 4)
      .attr("width", x(fact.weight))
      .attr("height", rowHeight - 8)
      .attr("fill", "#dbeafe");
    g.append("rect")
      .attr("class", "factor-part")
      .attr("data-factor", fact.id)
      .attr("x", 0)
      .attr("y", y + 7)
      .attr("width", x(fact.contribution))
      .attr("height", rowHeight - 14)
      .attr("fill", "#2563eb");
    g.append("text")
      .attr("x", -8)
      .attr("y", y + rowHeight / 2)
      .attr("dy", "0.35em")
      .attr("text-anchor", "end")
      .attr("fill", "currentColor")
      .text(t(fact.label, lang));
    g.append("text")
      .attr("x", frame.innerWidth + 8)
      .attr("y", y + rowHeight / 2)
      .attr("dy", "0.35em")
      .attr("font-size", 11)
      .attr("fill", "currentColor")
      .text(`${formatNumber(fact.contribution, lang, 3)} / ${formatNumber(fact.weight, lang, 3)}`);
  });
  axisTitle(frame, "x", t(S.factorAxis, lang));
  const wrapper = html("div", "qp-chart-wrap");
  wrapper.append(
    legend([
      { label: t(S.factorPart, lang), color: "#2563eb" },
      { label: t(S.factorWeight, lang), color: "#dbeafe" },
    ]),
    frame.svg,
  );
  return wrapper;
}

/** Colours of the waterfall's bars. */
const WATERFALL_COLORS = { total: "#1e3a8a", up: "#2563eb", down: "#d97706" } as const;

/**
 * The waterfall as rows: each step's name, a bar from where the previous step ended to where this one
 * ends (totals from the axis start), its amount, and under it the step's message; a dashed line marks
 * today's posts. HTML rows, so long messages wrap and the whole prints on one page.
 * @throws {RangeError} when `steps` is empty
 * @example slot.append(waterfallChart(waterfallSteps(township), township.current, "zh"))
 */
export function waterfallChart(steps: readonly WaterfallStep[], current: number, lang: Lang): HTMLElement {
  if (steps.length === 0) throw new RangeError("waterfallChart(): no steps");
  const values = steps.flatMap((s) => (s.kind === "start" || s.kind === "end" ? [s.to] : [s.from, s.to]));
  values.push(current);
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const spread = Math.max(hi - lo, 2);
  const x = scaleLinear([Math.max(0, lo - spread * 0.6), hi + spread * 0.15], [0, 100]).nice();
  const [start] = x.domain() as [number, number];
  const percent = (value: number) => `${Math.max(0, Math.min(100, x(value)))}%`;

  const box = html("div", "qp-waterfall");
  box.setAttribute("role", "list");
  for (const step of steps) {
    const row = html("div", `wf-row wf-${step.kind}`);
    row.setAttribute("role", "listitem");
    row.dataset.kind = step.kind;
    const label = t(step.label, lang);
    row.append(
      html("span", "wf-label", lang === "en" ? label.charAt(0).toUpperCase() + label.slice(1) : label),
    );
    const track = html("div", "wf-track");
    const total = step.kind === "start" || step.kind === "end";
    const from = total ? start : Math.min(step.from, step.to);
    const to = total ? step.to : Math.max(step.from, step.to);
    const bar = html("div", "wf-bar");
    bar.style.left = percent(from);
    bar.style.width = `max(2px, calc(${percent(to)} - ${percent(from)}))`;
    bar.style.background = total
      ? WATERFALL_COLORS.total
      : step.amount >= 0
        ? WATERFALL_COLORS.up
        : WATERFALL_COLORS.down;
    const today = html("div", "wf-today");
    today.style.left = percent(current);
    track.append(bar, today);
    row.append(track);
    const amount = html(
      "span",
      "wf-value",
      step.kind === "end"
        ? formatNumber(step.to, lang, 0)
        : step.kind === "start"
          ? formatNumber(step.to, lang, 2)
          : formatSigned(step.amount, lang, 2),
    );
    amount.dataset.testid = `wf-${step.kind}`;
    row.append(amount);
    if (step.message !== undefined) row.append(html("p", "wf-message", t(step.message, lang)));
    box.append(row);
  }
  const axis = html("div", "wf-row wf-axis");
  axis.setAttribute("aria-hidden", "true");
  axis.append(html("span", "wf-label"));
  const ticks = html("div", "wf-track wf-ticks");
  for (const tick of x.ticks(6)) {
    const mark = html("span", "wf-tick", formatNumber(tick, lang, 1));
    mark.style.left = percent(tick);
    ticks.append(mark);
  }
  const todayTick = html("span", "wf-tick wf-today-label", t(S.today, lang, { n: current }));
  todayTick.style.left = percent(current);
  ticks.append(todayTick);
  axis.append(ticks, html("span", "wf-value", t(S.posts, lang)));
  box.append(axis);
  const note = html("p", "note wf-note", t(S.axisNote, lang, { from: formatNumber(start, lang, 1) }));
  const wrapper = html("div", "qp-waterfall-wrap");
  wrapper.append(box, note);
  return wrapper;
}
