/**
 * A frame for d3 charts: an SVG with margins, axis titles with units in the page's language,
 * and an HTML legend. Draw marks with d3 into `frame.plot`, axes into `frame.xAxis`/`frame.yAxis`.
 *
 * ```ts
 * const frame = chartFrame({ width: 640, height: 320, title: t(S.chartTitle, lang) });
 * const x = d3.scaleBand(names, [0, frame.innerWidth]).padding(0.2);
 * const y = d3.scaleLinear([0, max], [frame.innerHeight, 0]).nice();
 * d3.select(frame.xAxis).call(d3.axisBottom(x));
 * d3.select(frame.yAxis).call(d3.axisLeft(y));
 * axisTitle(frame, "y", withUnit(S.posts, S.postsUnit, lang));
 * ```
 */
import type { Bilingual, Lang } from "../types.ts";

const SVG_NS = "http://www.w3.org/2000/svg";

/** Space around the plot area, px. */
export interface Margin {
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}

/** Default margins, px: room for tick labels and an axis title on the left and bottom. */
export const DEFAULT_MARGIN: Margin = { top: 28, right: 16, bottom: 48, left: 64 };

/** The parts of a chart made by `chartFrame`. */
export interface ChartFrame {
  /** The whole chart; scales with its container (viewBox), keeps its aspect ratio. */
  readonly svg: SVGSVGElement;
  /** Group translated to the plot area's top-left corner; draw marks here. */
  readonly plot: SVGGElement;
  /** Group at the bottom of the plot area, for `d3.axisBottom`. */
  readonly xAxis: SVGGElement;
  /** Group at the left of the plot area, for `d3.axisLeft`. */
  readonly yAxis: SVGGElement;
  /** Outer size, px. */
  readonly width: number;
  readonly height: number;
  /** Plot area size, px (outer size minus margins). */
  readonly innerWidth: number;
  readonly innerHeight: number;
  readonly margin: Margin;
}

function svgElement<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | number> = {},
) {
  const element = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  return element;
}

/**
 * Creates an empty chart of `width` × `height` px with the given margins and an accessible title.
 * @throws {RangeError} when the margins leave no plot area
 * @example const frame = chartFrame({ width: 640, height: 320, title: "编制对比" });
 */
export function chartFrame(options: {
  readonly width: number;
  readonly height: number;
  /** Read by screen readers and shown as a tooltip. */
  readonly title: string;
  readonly margin?: Partial<Margin>;
}): ChartFrame {
  const { width, height, title } = options;
  const margin = { ...DEFAULT_MARGIN, ...options.margin };
  const innerWidth = width - margin.left - margin.right;
  const innerHeight = height - margin.top - margin.bottom;
  if (!(innerWidth > 0 && innerHeight > 0)) {
    throw new RangeError(`chartFrame(): ${width}×${height} px leaves no room inside the margins`);
  }
  const svg = svgElement("svg", {
    viewBox: `0 0 ${width} ${height}`,
    width,
    height,
    role: "img",
    class: "qp-chart",
  });
  svg.setAttribute("aria-label", title);
  const titleElement = svgElement("title");
  titleElement.textContent = title;
  const plot = svgElement("g", { class: "plot", transform: `translate(${margin.left},${margin.top})` });
  const xAxis = svgElement("g", { class: "axis x-axis", transform: `translate(0,${innerHeight})` });
  const yAxis = svgElement("g", { class: "axis y-axis" });
  plot.append(xAxis, yAxis);
  svg.append(titleElement, plot);
  return { svg, plot, xAxis, yAxis, width, height, innerWidth, innerHeight, margin };
}

/**
 * An axis title with its unit the way each language writes it.
 * @example withUnit({ zh: "编制", en: "Posts" }, { zh: "个", en: "posts" }, "zh") // "编制（个）"
 * @example withUnit({ zh: "编制", en: "Posts" }, { zh: "个", en: "posts" }, "en") // "Posts (posts)"
 */
export function withUnit(label: Bilingual, unit: Bilingual | undefined, lang: Lang): string {
  if (unit === undefined) return label[lang];
  return lang === "zh" ? `${label.zh}（${unit.zh}）` : `${label.en} (${unit.en})`;
}

/**
 * Writes an axis title: under the x axis (right-aligned) or above the y axis (left-aligned).
 * @example axisTitle(frame, "x", "乡镇");
 */
export function axisTitle(frame: ChartFrame, axis: "x" | "y", text: string): SVGTextElement {
  const element =
    axis === "x"
      ? svgElement("text", {
          class: "axis-title",
          x: frame.innerWidth,
          y: frame.innerHeight + frame.margin.bottom - 8,
          "text-anchor": "end",
        })
      : svgElement("text", {
          class: "axis-title",
          x: -frame.margin.left + 4,
          y: -12,
          "text-anchor": "start",
        });
  element.textContent = text;
  frame.plot.append(element);
  return element;
}

/** One entry of a legend. */
export interface LegendItem {
  readonly label: string;
  /** Any CSS colour. */
  readonly color: string;
}

/**
 * A legend as an HTML list of colour swatches and labels (wraps on narrow screens, prints well).
 * @example legend([{ label: "现有", color: "#9ca3af" }, { label: "新方案", color: "#2563eb" }])
 */
export function legend(items: readonly LegendItem[]): HTMLUListElement {
  const list = document.createElement("ul");
  list.className = "qp-legend";
  for (const item of items) {
    const entry = document.createElement("li");
    const swatch = document.createElement("span");
    swatch.className = "swatch";
    swatch.style.background = item.color;
    swatch.setAttribute("aria-hidden", "true");
    entry.append(swatch, item.label);
    list.append(entry);
  }
  return list;
}

/**
 * Roughly how wide `text` is drawn at `fontSize` px in the pages' sans-serif font: CJK characters a
 * full em, Latin letters and digits about 0.58 em, spaces and narrow punctuation less. For sizing
 * margins before the text is in the document (so labels are not cut at the chart's edge).
 * @example estimateTextWidth("城厢镇") // 36
 * @example estimateTextWidth("Area", 12) // ≈ 28
 */
export function estimateTextWidth(text: string, fontSize = 12): number {
  let em = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code >= 0x2e80)
      em += 1; // CJK, full-width forms
    else if (/[\s.,:;'|!il]/.test(char)) em += 0.3;
    else if (/[A-Z MW]/.test(char)) em += 0.68;
    else em += 0.56;
  }
  return Math.ceil(em * fontSize);
}
