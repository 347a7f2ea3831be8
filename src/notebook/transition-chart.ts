/**
 * The transition path's chart, drawn with d3: small multiples, one panel per township, its posts from today (year
 * 0) to the last year as a line with dots, its target as a dashed line; a township that does not arrive is drawn in
 * red with the limit that stops it under its name. Every panel shares the same year axis and the same span of posts
 * around its own numbers, so slopes compare across panels.
 */
import { line, scaleLinear, select } from "d3";
import type { TownshipPath, TransitionPath } from "../index.ts";
import { arrivalText, type Lang, TRANSITION_LABELS, TRANSITION_STOP_SHORT } from "../index.ts";
import { t } from "./i18n.ts";

const SVG_NS = "http://www.w3.org/2000/svg";
const PANEL = { width: 168, height: 104, top: 30, right: 10, bottom: 18, left: 26 } as const;
const COLORS = { line: "#2563eb", stopped: "#dc2626", target: "#1f2933" } as const;

/**
 * Draws the chart of a feasible path (nothing to draw for an infeasible one: an empty figure).
 * @example transitionChart({ path: result.transition, lang: "zh", columns: 5 })
 */
export function transitionChart(options: {
  readonly path: TransitionPath;
  readonly lang: Lang;
  readonly columns?: number;
}): SVGSVGElement {
  const { path, lang } = options;
  const columns = options.columns ?? 5;
  const rows = Math.ceil(path.townships.length / columns);
  const width = columns * PANEL.width;
  const height = rows * PANEL.height;
  const svg = document.createElementNS(SVG_NS, "svg");
  svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
  svg.setAttribute("width", "100%");
  svg.style.maxWidth = `${width * 1.5}px`;
  svg.setAttribute("role", "img");
  svg.dataset.testid = "transition-chart";
  const title = document.createElementNS(SVG_NS, "title");
  title.textContent = t(TRANSITION_LABELS.chartHint, lang);
  svg.append(title);
  if (path.status !== "feasible") return svg;
  // the same span of posts in every panel: the largest distance between a township's lowest and highest number
  const span = Math.max(
    2,
    ...path.townships.map((tw) => Math.max(tw.today, tw.target) - Math.min(tw.today, tw.target)),
  );
  const x = scaleLinear([0, path.years], [PANEL.left, PANEL.width - PANEL.right]);
  path.townships.forEach((tw, k) => {
    panel(select(svg), tw, k, { columns, span, x, lang, years: path.years });
  });
  return svg;
}

function panel(
  root: ReturnType<typeof select<SVGSVGElement, unknown>>,
  tw: TownshipPath,
  k: number,
  o: {
    columns: number;
    span: number;
    x: ReturnType<typeof scaleLinear<number, number>>;
    lang: Lang;
    years: number;
  },
): void {
  const stopped = tw.arrives === null;
  const colour = stopped ? COLORS.stopped : COLORS.line;
  const values = [tw.today, ...tw.path];
  const middle = (Math.max(tw.today, tw.target) + Math.min(tw.today, tw.target)) / 2;
  const y = scaleLinear(
    [middle - o.span / 2 - 0.5, middle + o.span / 2 + 0.5],
    [PANEL.height - PANEL.bottom, PANEL.top],
  );
  const g = root
    .append("g")
    .attr(
      "transform",
      `translate(${(k % o.columns) * PANEL.width},${Math.floor(k / o.columns) * PANEL.height})`,
    )
    .attr("data-township", tw.id)
    .attr("data-arrives", tw.arrives === null ? "no" : String(tw.arrives));
  g.append("text")
    .attr("x", PANEL.left)
    .attr("y", 11)
    .attr("font-size", 11)
    .attr("font-weight", 600)
    .attr("fill", stopped ? COLORS.stopped : COLORS.target)
    .text(`${tw.name} ${tw.today}→${tw.target}`);
  g.append("text")
    .attr("x", PANEL.left)
    .attr("y", 24)
    .attr("font-size", 9)
    .attr("fill", stopped ? COLORS.stopped : "#52606d")
    .text(
      tw.stoppedBy === null
        ? arrivalText(tw, o.lang)
        : `${t(TRANSITION_LABELS.notArriving, o.lang)}${o.lang === "zh" ? "：" : ": "}${t(TRANSITION_STOP_SHORT[tw.stoppedBy], o.lang)}`,
    );
  g.append("line")
    .attr("x1", o.x(0))
    .attr("x2", o.x(o.years))
    .attr("y1", y(tw.target))
    .attr("y2", y(tw.target))
    .attr("stroke", COLORS.target)
    .attr("stroke-dasharray", "3 2")
    .attr("stroke-width", 1);
  g.append("path")
    .attr(
      "d",
      line<number>(
        (_, i) => o.x(i),
        (v) => y(v),
      )(values) ?? "",
    )
    .attr("fill", "none")
    .attr("stroke", colour)
    .attr("stroke-width", 2);
  values.forEach((v, i) => {
    g.append("circle").attr("cx", o.x(i)).attr("cy", y(v)).attr("r", 2.5).attr("fill", colour);
    g.append("text")
      .attr("x", o.x(i))
      .attr("y", y(v) - 4)
      .attr("text-anchor", "middle")
      .attr("font-size", 8)
      .attr("fill", "#52606d")
      .text(String(v));
  });
  for (let i = 0; i <= o.years; i++) {
    g.append("text")
      .attr("x", o.x(i))
      .attr("y", PANEL.height - 5)
      .attr("text-anchor", "middle")
      .attr("font-size", 8)
      .attr("fill", "#7b8794")
      .text(i === 0 ? t(TRANSITION_LABELS.today, o.lang) : String(i));
  }
}
