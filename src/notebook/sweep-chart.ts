/**
 * The total sweep's chart, drawn with d3: a heat-map table of townships (rows, grouped by category) ×
 * county totals (columns). Each cell's colour is the posts the township gained since the range's first
 * total, its number is written where it changes, Alabama-paradox cells are outlined in red, and the
 * scenario's own total is framed. Reads at 1366×768 with 25 townships and a few hundred totals.
 */
import { axisTop, interpolateBlues, max, scaleLinear, select } from "d3";
import type { SweepGrid, SweepGridRow } from "../index.ts";
import { CATEGORY_LABELS, formatNumber, formatSigned, groupByCategory, type Lang } from "../index.ts";
import { chartFrame, estimateTextWidth } from "./chart.ts";
import { defineStrings, t } from "./i18n.ts";

const S = defineStrings({
  axis: { zh: "县域总量（名）", en: "County total (posts)" },
  gained: {
    zh: "比县域总量 {from} 名时增加的编制（名）：",
    en: "Posts gained since a county total of {from}:",
  },
  paradox: {
    zh: "阿拉巴马悖论：总量增加，编制反而减少",
    en: "Alabama paradox: the total rises, the township loses a post",
  },
  unsolved: { zh: "该总量无解", en: "No allocation at this total" },
  marked: { zh: "本方案的总量", en: "The scenario's total" },
  markedLabel: { zh: "▲ 本方案 {total} 名", en: "▲ scenario: {total}" },
  cell: {
    zh: "{name}，县域总量 {total} 名：{posts} 名（{gain}）",
    en: "{name}, county total {total}: {posts} posts ({gain})",
  },
  cellUnsolved: {
    zh: "{name}，县域总量 {total} 名：无解",
    en: "{name}, county total {total}: no allocation",
  },
  since: { zh: "比起点 {gain}", en: "{gain} since the first total" },
  lost: { zh: "比总量 {previous} 名时少 1 名", en: "one fewer than at {previous}" },
});

const HEIGHTS = { group: 20, township: 17 } as const;
const COLORS = { paradox: "#dc2626", unsolved: "#e5e7eb", marked: "#1f2933" } as const;

/** The fill of a cell that gained `gain` posts of at most `maxGain`. */
function fill(gain: number | null, maxGain: number): string {
  if (gain === null) return COLORS.unsolved;
  return interpolateBlues(0.06 + 0.8 * (maxGain > 0 ? Math.max(0, gain) / maxGain : 0));
}

/** Whether text on that fill should be white. */
function darkFill(gain: number | null, maxGain: number): boolean {
  return gain !== null && maxGain > 0 && gain / maxGain > 0.55;
}

/** The tick step: the smallest of 1, 2, 5, 10, 20, 25, 50, 100, … that keeps at most `most` ticks. */
function tickStep(count: number, most: number): number {
  for (let magnitude = 1; ; magnitude *= 10) {
    for (const base of [1, 2, 2.5, 5]) {
      const step = base * magnitude;
      if (Number.isInteger(step) && count / step <= most) return step;
    }
  }
}

function legendItem(label: string, swatch: HTMLElement): HTMLLIElement {
  const item = document.createElement("li");
  swatch.classList.add("swatch");
  swatch.setAttribute("aria-hidden", "true");
  item.append(swatch, label);
  return item;
}

/**
 * The sweep chart with its legend. Cells carry `data-id` and `data-total`; paradox cells also the class
 * `paradox`. Scales to its column (viewBox).
 * @throws {RangeError} when the grid has no township or no total
 * @example figure.append(sweepChart({ grid: sweepGrid(outcome.sweep, outcome.townships), lang: "zh", title, marked: 521 }))
 */
export function sweepChart(options: {
  readonly grid: SweepGrid;
  readonly lang: Lang;
  readonly title: string;
  /** The scenario's own county total, framed when it lies in the range. */
  readonly marked?: number;
  /** Outer width, px (default 1100). */
  readonly width?: number;
}): HTMLDivElement {
  const { grid, lang, title } = options;
  const { rows, totals, maxGain } = grid;
  if (rows.length === 0 || totals.length === 0) throw new RangeError("sweepChart(): nothing to draw");
  const from = totals[0]!;
  const to = totals.at(-1)!;
  const layout = groupByCategory(rows, HEIGHTS);
  const names = max(rows, (r) => estimateTextWidth(r.name)) ?? 0;
  const groups = Math.max(...Object.values(CATEGORY_LABELS).map((l) => estimateTextWidth(l[lang])));
  const left = Math.min(240, Math.max(names + 16, groups * 0.6, 72));
  const frame = chartFrame({
    width: options.width ?? 1100,
    height: layout.height + 46 + 30,
    title,
    margin: { top: 46, right: 12, bottom: 30, left },
  });
  const columnWidth = frame.innerWidth / totals.length;
  const gap = columnWidth >= 6 ? 1 : 0;
  const x = scaleLinear([from - 0.5, to + 0.5], [0, frame.innerWidth]);

  // axis on top: county totals
  const step = tickStep(totals.length, Math.max(2, Math.floor(frame.innerWidth / 48)));
  const ticks = totals.filter((total) => total % step === 0);
  select(frame.xAxis)
    .attr("transform", "translate(0,0)")
    .call(
      axisTop(x)
        .tickValues(ticks)
        .tickSizeOuter(0)
        .tickFormat((v) => formatNumber(Number(v), lang, 0)),
    );
  select(frame.plot)
    .append("text")
    .attr("class", "axis-title")
    .attr("x", 0)
    .attr("y", -30)
    .text(t(S.axis, lang));

  const plot = select(frame.plot);
  const labels = plot.append("g").attr("class", "rows");
  const cells = plot.append("g").attr("class", "cells");
  const numbers = plot.append("g").attr("class", "cell-values");
  const marks = plot.append("g").attr("class", "paradox-marks");
  const widest = Math.max(
    0,
    ...rows.flatMap((r) =>
      r.cells.map((c) => (c.posts === null ? 0 : estimateTextWidth(String(c.posts), 10))),
    ),
  );
  const writeNumbers = columnWidth >= widest + 3;

  for (const line of layout.lines) {
    if (line.kind === "group") {
      labels
        .append("text")
        .attr("class", "group-label")
        .attr("x", -left + 4)
        .attr("y", line.y + line.height - 5)
        .attr("font-weight", 700)
        .attr("fill", "currentColor")
        .text(t(CATEGORY_LABELS[line.category], lang));
      continue;
    }
    const row: SweepGridRow = line.row;
    labels
      .append("text")
      .attr("class", "township-label")
      .attr("x", -6)
      .attr("y", line.y + line.height / 2)
      .attr("dy", "0.35em")
      .attr("text-anchor", "end")
      .attr("fill", "currentColor")
      .text(row.name);
    row.cells.forEach((cell, k) => {
      const x0 = k * columnWidth;
      const title =
        cell.posts === null
          ? t(S.cellUnsolved, lang, { name: row.name, total: cell.total })
          : t(S.cell, lang, {
              name: row.name,
              total: cell.total,
              posts: cell.posts,
              gain: t(S.since, lang, { gain: formatSigned(cell.gain ?? 0, lang) }),
            }) + (cell.paradox ? `; ${t(S.lost, lang, { previous: cell.total - 1 })}` : "");
      cells
        .append("rect")
        .attr("class", `cell${cell.paradox ? " paradox" : ""}${cell.posts === null ? " unsolved" : ""}`)
        .attr("data-id", row.id)
        .attr("data-total", cell.total)
        .attr("x", x0)
        .attr("y", line.y + 1)
        .attr("width", Math.max(0.5, columnWidth - gap))
        .attr("height", line.height - 2)
        .attr("fill", fill(cell.gain, maxGain))
        .append("title")
        .text(title);
      if (writeNumbers && cell.changed && cell.posts !== null) {
        numbers
          .append("text")
          .attr("x", x0 + (columnWidth - gap) / 2)
          .attr("y", line.y + line.height / 2)
          .attr("dy", "0.35em")
          .attr("text-anchor", "middle")
          .attr("font-size", 10)
          .attr("fill", darkFill(cell.gain, maxGain) ? "#ffffff" : "#1f2933")
          .text(String(cell.posts));
      }
      if (cell.paradox) {
        marks
          .append("rect")
          .attr("class", "paradox-mark")
          .attr("x", x0 - 1)
          .attr("y", line.y)
          .attr("width", Math.max(3, columnWidth - gap + 2))
          .attr("height", line.height)
          .attr("fill", "none")
          .attr("stroke", COLORS.paradox)
          .attr("stroke-width", 2);
      }
    });
  }

  // the scenario's own total
  const marked = options.marked;
  if (marked !== undefined && marked >= from && marked <= to) {
    const x0 = (marked - from) * columnWidth;
    plot
      .append("rect")
      .attr("class", "marked-total")
      .attr("x", x0 - 1.5)
      .attr("y", -2)
      .attr("width", columnWidth - gap + 3)
      .attr("height", layout.height + 4)
      .attr("fill", "none")
      .attr("stroke", COLORS.marked)
      .attr("stroke-width", 1.2)
      .attr("stroke-dasharray", "3 2");
    const center = x0 + (columnWidth - gap) / 2;
    const label = t(S.markedLabel, lang, { total: formatNumber(marked, lang, 0) });
    const width = estimateTextWidth(label, 11);
    const anchor = center < width / 2 ? "start" : center > frame.innerWidth - width / 2 ? "end" : "middle";
    plot
      .append("text")
      .attr("class", "marked-label")
      .attr("x", anchor === "start" ? Math.max(0, x0 - 4) : anchor === "end" ? x0 + columnWidth + 4 : center)
      .attr("y", layout.height + 18)
      .attr("text-anchor", anchor)
      .attr("font-size", 11)
      .attr("fill", "currentColor")
      .text(label);
  }

  // legend: the colour steps, the paradox outline, unsolved totals, the scenario's total
  const legend = document.createElement("ul");
  legend.className = "qp-legend sweep-legend";
  const head = document.createElement("li");
  head.className = "legend-title";
  head.textContent = t(S.gained, lang, { from: formatNumber(grid.baseTotal ?? from, lang, 0) });
  legend.append(head);
  const steps =
    maxGain <= 8
      ? Array.from({ length: maxGain + 1 }, (_, k) => k)
      : [0, 1, 2, 3, 4].map((k) => Math.round((k * maxGain) / 4));
  for (const gain of steps) {
    const swatch = document.createElement("span");
    swatch.style.background = fill(gain, maxGain);
    legend.append(legendItem(formatSigned(gain, lang), swatch));
  }
  const outline = document.createElement("span");
  outline.className = "outline";
  outline.style.borderColor = COLORS.paradox;
  legend.append(legendItem(t(S.paradox, lang), outline));
  if (rows.some((r) => r.cells.some((c) => c.posts === null))) {
    const grey = document.createElement("span");
    grey.style.background = COLORS.unsolved;
    legend.append(legendItem(t(S.unsolved, lang), grey));
  }
  if (marked !== undefined && marked >= from && marked <= to) {
    const dashed = document.createElement("span");
    dashed.className = "outline dashed";
    dashed.style.borderColor = COLORS.marked;
    legend.append(legendItem(t(S.marked, lang), dashed));
  }
  const wrapper = document.createElement("div");
  wrapper.className = "qp-chart-wrap sweep-chart";
  wrapper.append(legend, frame.svg);
  return wrapper;
}
