/**
 * The hiring page's chart, drawn with d3: each township's usage rate before (grey) and after this year's recruits
 * (blue, on top), the target line (default 95 %), and the recruits written above each bar.
 */
import { axisBottom, axisLeft, scaleBand, scaleLinear, select } from "d3";
import type { HiringPlan, Lang } from "../index.ts";
import { HIRING_LABELS as L } from "../index.ts";
import { axisTitle, chartFrame, legend } from "./chart.ts";
import { t } from "./i18n.ts";

const BEFORE = "#9ca3af";
const AFTER = "#2563eb";
const TARGET = "#dc2626";

/**
 * Usage bars per township (before, after) with the target line and each township's recruits (+n) above its bar.
 * @example slot.append(hiringChart({ plan, lang: "zh" }))
 */
export function hiringChart(options: { readonly plan: HiringPlan; readonly lang: Lang }): HTMLElement {
  const { plan, lang } = options;
  const lines = plan.lines.filter((l) => l.usageBefore !== null);
  const frame = chartFrame({
    width: Math.max(640, 34 * lines.length + 90),
    height: 340,
    title: t(L.chartTitle, lang),
    margin: { bottom: 72, left: 56 },
  });
  const x = scaleBand(
    lines.map((l) => l.id),
    [0, frame.innerWidth],
  ).padding(0.2);
  const top = Math.max(1, ...lines.map((l) => l.usageAfter ?? 0));
  const low = Math.min(0.7, ...lines.map((l) => l.usageBefore ?? 1));
  const y = scaleLinear([Math.floor(low * 20) / 20, top], [frame.innerHeight, 0]).nice();
  const names = new Map(lines.map((l) => [l.id, l.name]));
  select(frame.xAxis)
    .call(axisBottom(x).tickFormat((id) => names.get(id) ?? id))
    .selectAll("text")
    .attr("transform", "rotate(-45)")
    .attr("text-anchor", "end")
    .attr("dx", "-0.4em")
    .attr("dy", "0.6em");
  select(frame.yAxis).call(axisLeft(y).ticks(6, "%"));
  axisTitle(frame, "y", t(L.usage, lang));
  const plot = select(frame.plot);
  const bar = (key: "usageBefore" | "usageAfter", colour: string, testid: string) =>
    plot
      .append("g")
      .attr("data-testid", testid)
      .selectAll("rect")
      .data(lines)
      .join("rect")
      .attr("x", (l) => x(l.id)!)
      .attr("width", x.bandwidth())
      .attr("y", (l) => y(l[key]!))
      .attr("height", (l) => Math.max(0, frame.innerHeight - y(l[key]!)))
      .attr("fill", colour)
      .attr("data-id", (l) => l.id)
      .attr("data-usage", (l) => String(l[key]));
  // after first, before on top of it: the blue part above the grey is what this year's recruits add
  bar("usageAfter", AFTER, "usage-after");
  bar("usageBefore", BEFORE, "usage-before");
  plot
    .append("g")
    .attr("data-testid", "recruits")
    .selectAll("text")
    .data(lines.filter((l) => l.recruits > 0))
    .join("text")
    .attr("x", (l) => x(l.id)! + x.bandwidth() / 2)
    .attr("y", (l) => y(l.usageAfter!) - 4)
    .attr("text-anchor", "middle")
    .attr("font-size", 11)
    .attr("data-id", (l) => l.id)
    .text((l) => `+${l.recruits}`);
  plot
    .append("line")
    .attr("data-testid", "target-line")
    .attr("x1", 0)
    .attr("x2", frame.innerWidth)
    .attr("y1", y(plan.targetUsage))
    .attr("y2", y(plan.targetUsage))
    .attr("stroke", TARGET)
    .attr("stroke-dasharray", "6 4")
    .attr("stroke-width", 1.5);
  const box = document.createElement("div");
  box.append(
    legend([
      { label: t(L.chartBefore, lang), color: BEFORE },
      { label: t(L.chartAfter, lang), color: AFTER },
      { label: `${t(L.chartTarget, lang)} ${Math.round(plan.targetUsage * 1000) / 10}%`, color: TARGET },
    ]),
    frame.svg,
  );
  return box;
}
