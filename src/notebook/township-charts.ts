/**
 * The pages' two township bar charts, drawn with d3 on `chartFrame`: today vs new posts per township
 * (overview) and the change of each township's posts against the scenario as loaded (weights lab).
 * Townships are rows, grouped under their category (policy priority order), so any number of
 * townships and names of any length fit the column.
 */
import { axisBottom, max, scaleLinear, select } from "d3";
import {
  type Bilingual,
  CATEGORY_LABELS,
  type Category,
  type ChartRow,
  formatNumber,
  formatSigned,
  groupByCategory,
  type Lang,
} from "../index.ts";
import { axisTitle, chartFrame, estimateTextWidth, legend, withUnit } from "./chart.ts";
import { t } from "./i18n.ts";

const POSTS: Bilingual = { zh: "编制", en: "Posts" };
const POSTS_UNIT: Bilingual = { zh: "名", en: "posts" };

/** Colours of the chart marks (also used by the legends). */
export const CHART_COLORS = {
  today: "#9ca3af",
  allocated: "#2563eb",
  gain: "#2563eb",
  cut: "#d97706",
} as const;

const HEIGHTS = { group: 24, township: 20 } as const;
const MARGIN = { top: 8, right: 48, bottom: 44, left: 132 } as const;

/** Left margin that holds the longest township name (and the category headers above the names). */
function leftMargin(rows: readonly { readonly name: string }[], lang: Lang): number {
  const names = Math.max(0, ...rows.map((r) => estimateTextWidth(r.name)));
  const groups = Math.max(...Object.values(CATEGORY_LABELS).map((l) => estimateTextWidth(l[lang], 12)));
  return Math.min(260, Math.max(names + 20, groups * 0.6, 96));
}

interface Line<T> {
  readonly lines: ChartRow<T>[];
  readonly height: number;
}

/** Header lines (category names) and township names on the left of the plot. */
function drawRows<T extends { readonly name: string; readonly category: Category }>(
  plot: SVGGElement,
  layout: Line<T>,
  innerWidth: number,
  left: number,
  lang: Lang,
): void {
  const g = select(plot).append("g").attr("class", "rows");
  for (const line of layout.lines) {
    if (line.kind === "group") {
      g.append("line")
        .attr("class", "group-rule")
        .attr("x1", -left + 4)
        .attr("x2", innerWidth)
        .attr("y1", line.y + 0.5)
        .attr("y2", line.y + 0.5)
        .attr("stroke", "#d9e2ec");
      g.append("text")
        .attr("class", "group-label")
        .attr("x", -left + 4)
        .attr("y", line.y + line.height - 7)
        .attr("font-weight", 700)
        .attr("fill", "currentColor")
        .text(t(CATEGORY_LABELS[line.category], lang));
    } else {
      g.append("text")
        .attr("class", "township-label")
        .attr("x", -8)
        .attr("y", line.y + line.height / 2)
        .attr("dy", "0.35em")
        .attr("text-anchor", "end")
        .attr("fill", "currentColor")
        .text(line.row.name);
    }
  }
}

function wrap(svg: SVGSVGElement, items: readonly { label: string; color: string }[]): HTMLDivElement {
  const wrapper = document.createElement("div");
  wrapper.className = "qp-chart-wrap";
  wrapper.append(legend(items), svg);
  return wrapper;
}

/** One township in the overview chart. */
export interface AllocationBar {
  readonly id: string;
  readonly name: string;
  readonly category: Category;
  /** Posts today. */
  readonly current: number;
  /** Posts in the new allocation. */
  readonly allocated: number;
}

/**
 * Horizontal bars of today's and the new posts of each township, grouped by category, with the new
 * number written at the end of its bar; axis in posts, legend above. Scales to its column (viewBox).
 * @throws {RangeError} when `rows` is empty
 * @example figure.append(allocationChart({ rows: result.townships, lang: "zh" }))
 */
export function allocationChart(options: {
  readonly rows: readonly AllocationBar[];
  readonly lang: Lang;
  readonly title: string;
  readonly labels: { readonly today: string; readonly allocated: string };
  /** Outer width, px (default 1040). */
  readonly width?: number;
}): HTMLDivElement {
  const { rows, lang, title, labels } = options;
  if (rows.length === 0) throw new RangeError("allocationChart(): no townships to draw");
  const layout = groupByCategory(rows, HEIGHTS);
  const margin = { ...MARGIN, left: leftMargin(rows, lang) };
  const frame = chartFrame({
    width: options.width ?? 1040,
    height: layout.height + margin.top + margin.bottom,
    title,
    margin,
  });
  const top = max(rows, (r) => Math.max(r.current, r.allocated)) ?? 0;
  const x = scaleLinear([0, Math.max(1, top)], [0, frame.innerWidth]).nice();
  select(frame.xAxis).call(
    axisBottom(x)
      .ticks(8)
      .tickSizeInner(-layout.height)
      .tickFormat((v) => formatNumber(Number(v), lang, 0)),
  );
  select(frame.xAxis).selectAll(".tick line").attr("stroke", "#e5e7eb");
  drawRows(frame.plot, layout, frame.innerWidth, frame.margin.left, lang);
  const bars = select(frame.plot).append("g").attr("class", "bars");
  const barHeight = (HEIGHTS.township - 6) / 2;
  for (const line of layout.lines) {
    if (line.kind !== "township") continue;
    const row = line.row;
    const y = line.y + 3;
    bars
      .append("rect")
      .attr("class", "bar-today")
      .attr("x", 0)
      .attr("y", y)
      .attr("width", x(row.current))
      .attr("height", barHeight)
      .attr("fill", CHART_COLORS.today)
      .append("title")
      .text(`${row.name} ${labels.today} ${row.current}`);
    bars
      .append("rect")
      .attr("class", "bar-allocated")
      .attr("data-id", row.id)
      .attr("x", 0)
      .attr("y", y + barHeight)
      .attr("width", x(row.allocated))
      .attr("height", barHeight)
      .attr("fill", CHART_COLORS.allocated)
      .append("title")
      .text(`${row.name} ${labels.allocated} ${row.allocated}`);
    bars
      .append("text")
      .attr("class", "bar-value")
      .attr("x", x(Math.max(row.current, row.allocated)) + 4)
      .attr("y", line.y + line.height / 2)
      .attr("dy", "0.35em")
      .attr("font-size", 11)
      .attr("fill", "currentColor")
      .text(`${row.current} → ${row.allocated}`);
  }
  axisTitle(frame, "x", withUnit(POSTS, POSTS_UNIT, lang));
  return wrap(frame.svg, [
    { label: labels.today, color: CHART_COLORS.today },
    { label: labels.allocated, color: CHART_COLORS.allocated },
  ]);
}

/** One township in the change chart. */
export interface ChangeBar {
  readonly id: string;
  readonly name: string;
  readonly category: Category;
  /** Posts now minus posts in the scenario as loaded. */
  readonly difference: number;
  /** Posts now. */
  readonly now: number;
}

/**
 * Horizontal bars of each township's change in posts against the scenario as loaded (gains right,
 * cuts left of zero), grouped by category, with the signed change written beside each bar.
 * @throws {RangeError} when `rows` is empty
 * @example changeChart({ rows: compareAllocations(loaded, now), lang: "zh", … })
 */
export function changeChart(options: {
  readonly rows: readonly ChangeBar[];
  readonly lang: Lang;
  readonly title: string;
  readonly axis: Bilingual;
  readonly labels: { readonly gain: string; readonly cut: string };
  /** Outer width, px (default 560). */
  readonly width?: number;
}): HTMLDivElement {
  const { rows, lang, title, labels } = options;
  if (rows.length === 0) throw new RangeError("changeChart(): no townships to draw");
  const layout = groupByCategory(rows, HEIGHTS);
  const margin = { ...MARGIN, right: 24, left: leftMargin(rows, lang) };
  const frame = chartFrame({
    width: options.width ?? 560,
    height: layout.height + margin.top + margin.bottom,
    title,
    margin,
  });
  const reach = Math.max(2, max(rows, (r) => Math.abs(r.difference)) ?? 0);
  // room beyond the longest bar for its signed value, so it never runs into the township names
  const room = Math.max(0.5, reach * 0.15);
  const x = scaleLinear([-reach - room, reach + room], [0, frame.innerWidth]);
  select(frame.xAxis).call(
    axisBottom(x)
      .tickValues(x.ticks(Math.min(8, 2 * reach)).filter(Number.isInteger))
      .tickSizeInner(-layout.height)
      .tickFormat((v) => formatSigned(Number(v), lang)),
  );
  select(frame.xAxis).selectAll(".tick line").attr("stroke", "#e5e7eb");
  drawRows(frame.plot, layout, frame.innerWidth, frame.margin.left, lang);
  const zero = x(0);
  const marks = select(frame.plot).append("g").attr("class", "bars");
  marks
    .append("line")
    .attr("class", "zero")
    .attr("x1", zero)
    .attr("x2", zero)
    .attr("y1", 0)
    .attr("y2", layout.height)
    .attr("stroke", "#52606d");
  for (const line of layout.lines) {
    if (line.kind !== "township") continue;
    const { difference, name, id } = line.row;
    const y = line.y + 4;
    const height = HEIGHTS.township - 8;
    if (difference !== 0) {
      marks
        .append("rect")
        .attr("class", difference > 0 ? "bar-gain" : "bar-cut")
        .attr("data-id", id)
        .attr("x", Math.min(zero, x(difference)))
        .attr("y", y)
        .attr("width", Math.abs(x(difference) - zero))
        .attr("height", height)
        .attr("fill", difference > 0 ? CHART_COLORS.gain : CHART_COLORS.cut)
        .append("title")
        .text(`${name} ${formatSigned(difference, lang)}`);
      marks
        .append("text")
        .attr("class", "bar-value")
        .attr("x", x(difference) + (difference > 0 ? 4 : -4))
        .attr("y", line.y + line.height / 2)
        .attr("dy", "0.35em")
        .attr("text-anchor", difference > 0 ? "start" : "end")
        .attr("font-size", 11)
        .attr("fill", "currentColor")
        .text(formatSigned(difference, lang));
    } else {
      marks
        .append("circle")
        .attr("class", "no-change")
        .attr("cx", zero)
        .attr("cy", line.y + line.height / 2)
        .attr("r", 2.5)
        .attr("fill", "#52606d");
    }
  }
  axisTitle(frame, "x", t(options.axis, lang));
  return wrap(frame.svg, [
    { label: labels.gain, color: CHART_COLORS.gain },
    { label: labels.cut, color: CHART_COLORS.cut },
  ]);
}
