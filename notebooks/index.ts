/**
 * Placeholder home page: proves the chain the planner's pages rely on — typed cells, language
 * switch, inputs, a solve in a Web Worker with the local HiGHS WASM, a d3 chart, a sortable table,
 * a local file read and a CSV download — with nothing loaded from the network.
 */
import { axisBottom, axisLeft, max, scaleBand, scaleLinear, select } from "d3";
import {
  axisTitle,
  button,
  chartFrame,
  createWorkerClient,
  csvBlob,
  defineStrings,
  downloadBlob,
  filePicker,
  legend,
  notebook,
  pageLanguage,
  range,
  sortableTable,
  t,
  withUnit,
} from "../src/notebook/index.ts";
import type { Lang } from "../src/types.ts";
import type { DemoApi, DemoSolution } from "./index.worker.ts";

const S = defineStrings({
  limit: { zh: "第一个约束的上限", en: "Limit of the first constraint" },
  status: { zh: "状态", en: "Status" },
  optimal: { zh: "最优", en: "optimal" },
  infeasible: { zh: "无可行解", en: "infeasible" },
  unbounded: { zh: "无界", en: "unbounded" },
  other: { zh: "未求得最优解（{status}）", en: "not solved to optimality ({status})" },
  objective: { zh: "最优值", en: "Optimal value" },
  variable: { zh: "变量", en: "Variable" },
  value: { zh: "取值", en: "Value" },
  unit: { zh: "单位", en: "units" },
  solution: { zh: "最优解", en: "Optimal solution" },
  chartTitle: { zh: "最优解各变量取值", en: "Value of each variable at the optimum" },
  download: { zh: "下载结果（CSV）", en: "Download result (CSV)" },
  chooseFile: { zh: "选择 CSV 文件", en: "Choose a CSV file" },
  fileName: { zh: "文件名", en: "File name" },
  fileSize: { zh: "大小", en: "Size" },
  bytes: { zh: "{n} 字节", en: "{n} bytes" },
  firstLine: { zh: "第一行", en: "First line" },
});

const NAMES = ["x₁", "x₂", "x₃"] as const;

/** Rounds solver noise away (2.0000000000000004 → 2) and turns -0 into 0. */
const clean = (x: number): number => Math.round(x * 1e6) / 1e6 + 0;
const formatNumber = (x: number, lang: Lang): string =>
  new Intl.NumberFormat(lang === "zh" ? "zh-CN" : "en-US", { maximumFractionDigits: 4 }).format(clean(x));

const nb = notebook();
const lang = pageLanguage(nb);

const solver = createWorkerClient<DemoApi>(
  new Worker(new URL("./index.worker.ts", import.meta.url), { type: "module" }),
);

const limit = nb.view("limit", range({ label: S.limit, min: 0, max: 10, step: 1, value: 5 }), "limit-input");

const solution = nb.cell("solution", [limit], (value, { signal }) =>
  solver.call("solveDemoLp", [value], { signal }),
);

nb.render(
  nb.cell("summary", [solution, lang], (result, l) => {
    const p = document.createElement("p");
    p.className = "result-line";
    const status =
      result.status === "other" ? t(S.other, l, { status: result.solverStatus }) : t(S[result.status], l);
    const statusOutput = document.createElement("output");
    statusOutput.dataset.testid = "status";
    statusOutput.textContent = status;
    p.append(`${t(S.status, l)}${l === "zh" ? "：" : ": "}`, statusOutput);
    if (result.status === "optimal") {
      const objective = document.createElement("output");
      objective.dataset.testid = "objective";
      objective.textContent = formatNumber(result.objective, l);
      p.append(` · ${t(S.objective, l)}${l === "zh" ? "：" : ": "}`, objective);
    }
    return p;
  }),
  "solver-summary",
);

interface VariableRow {
  readonly name: string;
  readonly value: number;
}

const table = sortableTable<VariableRow>({
  columns: [
    { key: "variable", label: S.variable, type: "text", value: (row) => row.name },
    {
      key: "value",
      label: S.value,
      type: "number",
      value: (row) => row.value,
      format: (row, l) => {
        const span = document.createElement("span");
        span.dataset.testid = `value-${row.name}`;
        span.textContent = formatNumber(row.value, l);
        return span;
      },
    },
  ],
});

const rows = nb.cell("rows", [solution], (result: DemoSolution): VariableRow[] =>
  NAMES.map((name, index) => ({ name, value: clean(result.values[index] ?? 0) })),
);

nb.render(
  nb.cell("table", [rows, lang], (r, l) => table.update(r, l)),
  "solver-table",
);

nb.render(
  nb.cell("chart", [rows, lang], (r, l) => {
    const frame = chartFrame({ width: 420, height: 260, title: t(S.chartTitle, l) });
    const x = scaleBand(
      r.map((row) => row.name),
      [0, frame.innerWidth],
    ).padding(0.35);
    const y = scaleLinear([0, Math.max(1, max(r, (row) => row.value) ?? 0)], [frame.innerHeight, 0]).nice();
    select(frame.xAxis).call(axisBottom(x));
    select(frame.yAxis).call(axisLeft(y).ticks(5));
    select(frame.plot)
      .append("g")
      .attr("class", "bars")
      .selectAll("rect")
      .data(r)
      .join("rect")
      .attr("x", (row) => x(row.name) ?? 0)
      .attr("width", x.bandwidth())
      .attr("y", (row) => y(row.value))
      .attr("height", (row) => frame.innerHeight - y(row.value))
      .attr("fill", "var(--accent)");
    axisTitle(frame, "x", t(S.variable, l));
    axisTitle(frame, "y", withUnit(S.value, S.unit, l));
    const wrapper = document.createElement("div");
    wrapper.append(frame.svg, legend([{ label: t(S.solution, l), color: "var(--accent)" }]));
    return wrapper;
  }),
  "solver-chart",
);

const csv = nb.cell("csv", [rows, solution], (r, result) =>
  [
    "variable,value",
    ...r.map((row) => `${row.name},${row.value}`),
    `objective,${clean(result.objective)}`,
  ].join("\r\n"),
);

nb.view(
  "download",
  button({
    label: S.download,
    onClick: async () => downloadBlob("solver-check.csv", csvBlob(`${await nb.value(csv)}\r\n`)),
  }),
  "download-button",
);

const file = nb.view("file", filePicker({ label: S.chooseFile, accept: ".csv,text/csv" }), "file-input");

nb.render(
  nb.cell("fileInfo", [file, lang], (loaded, l) => {
    const box = document.createElement("dl");
    box.className = "facts";
    if (loaded === null) return box; // the picker itself says no file is chosen
    const text = new TextDecoder("utf-8").decode(loaded.bytes); // drops a byte order mark
    const facts: [string, string, string][] = [
      ["file-name", t(S.fileName, l), loaded.name],
      ["file-size", t(S.fileSize, l), t(S.bytes, l, { n: loaded.size })],
      ["file-first-line", t(S.firstLine, l), text.split(/\r?\n/, 1)[0] ?? ""],
    ];
    for (const [id, term, detail] of facts) {
      const dt = document.createElement("dt");
      dt.textContent = term;
      const dd = document.createElement("dd");
      dd.dataset.testid = id;
      dd.textContent = detail;
      box.append(dt, dd);
    }
    return box;
  }),
  "file-info",
);
