/**
 * DOM views of the compare and sensitivity pages: a dumbbell chart of the scenarios' posts per township (the
 * biggest movers on top), a tornado chart of the weights, plain tables and the Monte Carlo's progress control.
 * Drawing only: every number comes from the library (`compareScenarios`, `weightSensitivity`, `monteCarlo`).
 */
import { axisBottom, axisLeft, max, min, scaleBand, scaleLinear, select } from "d3";
import type { Lang, ScenarioComparison, SensitivityResult } from "../index.ts";
import { axisTitle, chartFrame, estimateTextWidth, legend } from "./chart.ts";
import { t } from "./i18n.ts";

/** Colours of the scenarios in a comparison, in order (colour-blind safe: Okabe–Ito). */
export const SCENARIO_COLOURS = ["#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00"] as const;

const SVG_NS = "http://www.w3.org/2000/svg";

/**
 * A dumbbell chart: one row per township (largest difference first, then in data order), a dot per scenario at its
 * posts (a few px apart vertically, so equal posts stay visible) and a line from the fewest to the most. Townships
 * without posts in a scenario have no dot for it.
 * @example dumbbellChart({ comparison, lang: "zh", title: "各方案的乡镇编制", names: ["基准方案", "人口优先方案"] })
 */
export function dumbbellChart(options: {
  readonly comparison: ScenarioComparison;
  readonly lang: Lang;
  readonly title: string;
  readonly names: readonly string[];
  readonly axis: string;
}): HTMLElement {
  const { comparison, lang } = options;
  const rows = [...comparison.townships].sort((a, b) => b.largest - a.largest);
  const values = rows.flatMap((r) => r.posts.filter((x): x is number => x !== null));
  const wrapper = document.createElement("div");
  wrapper.className = "dumbbell";
  if (values.length === 0) return wrapper;
  const labelWidth = (max(rows, (r) => estimateTextWidth(r.name)) ?? 0) + 12;
  const rowHeight = 18;
  const frame = chartFrame({
    width: 720,
    height: rows.length * rowHeight + 70,
    title: options.title,
    margin: { left: labelWidth, top: 16, bottom: 44, right: 24 },
  });
  const x = scaleLinear([(min(values) ?? 0) - 1, (max(values) ?? 0) + 1], [0, frame.innerWidth]).nice();
  const y = scaleBand(
    rows.map((r) => r.id),
    [0, frame.innerHeight],
  ).padding(0.3);
  select(frame.xAxis).call(axisBottom(x).ticks(8));
  select(frame.yAxis).call(axisLeft(y).tickFormat((id) => rows.find((r) => r.id === id)?.name ?? id));
  axisTitle(frame, "x", options.axis);
  for (const row of rows) {
    const present = row.posts.filter((p): p is number => p !== null);
    const cy = (y(row.id) ?? 0) + y.bandwidth() / 2;
    const group = document.createElementNS(SVG_NS, "g");
    group.setAttribute("class", row.largest > 0 ? "row moved" : "row");
    group.setAttribute("data-id", row.id);
    if (present.length > 1) {
      const line = document.createElementNS(SVG_NS, "line");
      line.setAttribute("x1", String(x(Math.min(...present))));
      line.setAttribute("x2", String(x(Math.max(...present))));
      line.setAttribute("y1", String(cy));
      line.setAttribute("y2", String(cy));
      line.setAttribute("stroke", "#888");
      line.setAttribute("stroke-width", "2");
      group.append(line);
    }
    row.posts.forEach((p, k) => {
      if (p === null) return;
      const dot = document.createElementNS(SVG_NS, "circle");
      dot.setAttribute("cx", String(x(p)));
      // scenarios side by side a little apart vertically, so equal posts stay visible as several dots
      dot.setAttribute("cy", String(cy + (k - (row.posts.length - 1) / 2) * 3));
      dot.setAttribute("r", "4.5");
      dot.setAttribute("fill", SCENARIO_COLOURS[k % SCENARIO_COLOURS.length]!);
      dot.setAttribute("class", "dot");
      dot.setAttribute("data-scenario", String(k));
      dot.setAttribute("data-posts", String(p));
      const tip = document.createElementNS(SVG_NS, "title");
      tip.textContent = `${row.name} · ${options.names[k] ?? k + 1}: ${p}`;
      dot.append(tip);
      group.append(dot);
    });
    frame.plot.append(group);
  }
  wrapper.append(
    legend(
      options.names.map((name, k) => ({
        label: name,
        color: SCENARIO_COLOURS[k % SCENARIO_COLOURS.length]!,
      })),
    ),
    frame.svg,
  );
  wrapper.lang = lang === "zh" ? "zh-CN" : "en";
  return wrapper;
}

/**
 * A tornado chart of the weights: for each weight (the largest swing on top) a bar from the posts lost (left, the
 * sum over townships of their largest cut on the sweep) to the posts gained (right, the sum of their largest gain).
 * @example tornadoChart({ result, lang: "en", title: "Which weight moves posts most", axis: "posts moved" })
 */
export function tornadoChart(options: {
  readonly result: SensitivityResult;
  readonly lang: Lang;
  readonly title: string;
  readonly axis: string;
}): HTMLElement {
  const { result, lang } = options;
  const rows = [...result.weights]
    .map((w) => ({
      factor: w.factor,
      label: t(w.label, lang),
      lost: w.tornado.reduce((s, e) => s + Math.max(0, -e.least), 0),
      gained: w.tornado.reduce((s, e) => s + Math.max(0, e.most), 0),
      swing: w.swing,
    }))
    .sort((a, b) => b.swing - a.swing);
  const wrapper = document.createElement("div");
  wrapper.className = "tornado";
  const extent = Math.max(1, ...rows.map((r) => Math.max(r.lost, r.gained)));
  const labelWidth = (max(rows, (r) => estimateTextWidth(r.label)) ?? 0) + 12;
  const frame = chartFrame({
    width: 640,
    height: rows.length * 34 + 70,
    title: options.title,
    margin: { left: labelWidth, top: 16, bottom: 44, right: 24 },
  });
  const x = scaleLinear([-extent, extent], [0, frame.innerWidth]).nice();
  const y = scaleBand(
    rows.map((r) => r.factor),
    [0, frame.innerHeight],
  ).padding(0.25);
  select(frame.xAxis).call(
    axisBottom(x)
      .ticks(8)
      .tickFormat((v) => String(Math.abs(Number(v)))),
  );
  select(frame.yAxis).call(axisLeft(y).tickFormat((id) => rows.find((r) => r.factor === id)?.label ?? id));
  axisTitle(frame, "x", options.axis);
  for (const row of rows) {
    for (const [side, value, colour] of [
      ["lost", -row.lost, "#d55e00"],
      ["gained", row.gained, "#0072b2"],
    ] as const) {
      const bar = document.createElementNS(SVG_NS, "rect");
      bar.setAttribute("x", String(Math.min(x(0), x(value))));
      bar.setAttribute("width", String(Math.abs(x(value) - x(0))));
      bar.setAttribute("y", String(y(row.factor) ?? 0));
      bar.setAttribute("height", String(y.bandwidth()));
      bar.setAttribute("fill", colour);
      bar.setAttribute("class", `bar ${side}`);
      bar.setAttribute("data-factor", row.factor);
      bar.setAttribute("data-value", String(Math.abs(value)));
      frame.plot.append(bar);
    }
  }
  const zero = document.createElementNS(SVG_NS, "line");
  zero.setAttribute("x1", String(x(0)));
  zero.setAttribute("x2", String(x(0)));
  zero.setAttribute("y1", "0");
  zero.setAttribute("y2", String(frame.innerHeight));
  zero.setAttribute("stroke", "#333");
  frame.plot.append(zero);
  wrapper.append(frame.svg);
  return wrapper;
}

/**
 * A plain table: a caption, header cells and rows of text (cells holding only a number or a signed number are
 * right-aligned).
 * @example plainTable({ caption: "设置差异", headers: ["设置", "方案1"], rows: [["总量", "521"]] })
 */
export function plainTable(options: {
  readonly caption?: string;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly string[])[];
  readonly testid?: string;
}): HTMLTableElement {
  const table = document.createElement("table");
  table.className = "qp-table";
  if (options.testid !== undefined) table.dataset.testid = options.testid;
  if (options.caption !== undefined) {
    const caption = document.createElement("caption");
    caption.textContent = options.caption;
    table.append(caption);
  }
  const head = document.createElement("thead");
  const headRow = document.createElement("tr");
  for (const h of options.headers) {
    const th = document.createElement("th");
    th.scope = "col";
    th.textContent = h;
    headRow.append(th);
  }
  head.append(headRow);
  const body = document.createElement("tbody");
  for (const row of options.rows) {
    const tr = document.createElement("tr");
    for (const cell of row) {
      const td = document.createElement("td");
      td.textContent = cell;
      td.className = /^[+−\-\d.,%–]+$/.test(cell) ? "num" : "text";
      tr.append(td);
    }
    body.append(tr);
  }
  table.append(head, body);
  return table;
}

/** Lines of text as paragraphs with a class. */
export function paragraphs(lines: readonly string[], className = "note"): HTMLElement {
  const box = document.createElement("div");
  for (const line of lines) {
    const p = document.createElement("p");
    p.className = className;
    p.textContent = line;
    box.append(p);
  }
  return box;
}
