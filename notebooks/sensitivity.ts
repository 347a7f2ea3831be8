/**
 * 敏感性 Sensitivity: the critical change of each factor weight and AHP judgement, the tornado of the weights, and a
 * Monte Carlo with a progress bar and a stop button. Everything is computed in the analysis worker
 * (`sensitivitySources`, `simulateSources`); stopping terminates that worker and starts a fresh one, so the page
 * never waits on it.
 */
import {
  type MonteCarloOptions,
  type ScenarioSources,
  SENSITIVITY_LABELS,
  SIMULATION_LABELS,
  sensitivityTables,
  simulationTable,
} from "../src/index.ts";
import { pageLang } from "../src/notebook/i18n.ts";
import {
  createWorkerClient,
  defineStrings,
  notebook,
  pageLanguage,
  paragraphs,
  plainTable,
  plannerContext,
  planOnlyOnOverview,
  problemsView,
  t,
  tornadoChart,
  type WorkerClient,
} from "../src/notebook/index.ts";
import type { AnalysisApi, ProgressMessage } from "./analysis.worker.ts";

const S = defineStrings({
  working: { zh: "正在计算临界变化……", en: "Computing the critical changes…" },
  tornadoTitle: {
    zh: "各权重使编制变动的合计（左：减少，右：增加）",
    en: "Posts moved by each weight (left: lost, right: gained)",
  },
  tornadoAxis: {
    zh: "扫描范围内各乡镇最大变动之和（名）",
    en: "sum over townships of the largest change on the sweep (posts)",
  },
  runs: { zh: "模拟次数", en: "Runs" },
  seed: { zh: "随机种子", en: "Seed" },
  concentration: { zh: "集中度", en: "Concentration" },
  start: { zh: "开始模拟", en: "Start" },
  stop: { zh: "停止", en: "Stop" },
  stopped: { zh: "已停止，未出结果。", en: "Stopped; no result." },
  running: { zh: "模拟中：{done} / {runs}", en: "Running: {done} / {runs}" },
  done: { zh: "完成：{runs} 次", en: "Done: {runs} runs" },
  badInput: {
    zh: "请填写正整数的模拟次数（至多 100000）、0 至 4294967295 的种子和正的集中度。",
    en: "Enter a whole number of runs (at most 100,000), a seed from 0 to 4294967295 and a concentration > 0.",
  },
});

const nb = notebook();
const lang = pageLanguage(nb);
const planner = plannerContext(nb, lang);
const newWorker = () => new Worker(new URL("./analysis.worker.ts", import.meta.url), { type: "module" });
const analysis = createWorkerClient<AnalysisApi>(newWorker());

// a plan (several post types) is read on the Overview only: said so here in both languages
const analysed = nb.cell("analysed", [planner.sources], (s, { signal }) => {
  const plan = s.ok ? planOnlyOnOverview(s) : null;
  return s.ok && plan === null
    ? analysis.call("sensitivity", [s.sources, {}], { signal })
    : ({ status: "problems", problems: plan === null ? (s.ok ? [] : s.problems) : [plan] } as const);
});

nb.render(
  nb.cell("summary", [analysed, lang], (a, l) => {
    const box = document.createElement("div");
    box.dataset.testid = "sensitivity-summary";
    if (a.status === "problems") {
      box.append(problemsView(a.problems, l));
      return box;
    }
    const tables = sensitivityTables(a.result, l);
    box.append(paragraphs(tables.summary, "sensitivity-headline"), paragraphs(tables.method));
    return box;
  }),
  "summary",
);

nb.render(
  nb.cell("weights", [analysed, lang], (a, l) => {
    if (a.status !== "analysed") return document.createElement("div");
    const { weights } = sensitivityTables(a.result, l);
    return plainTable({ caption: t(SENSITIVITY_LABELS.weights, l), ...weights, testid: "weights-table" });
  }),
  "weights",
);

nb.render(
  nb.cell("judgements", [analysed, lang], (a, l) => {
    if (a.status !== "analysed") return document.createElement("div");
    const { judgements } = sensitivityTables(a.result, l);
    if (judgements === null) return document.createElement("div");
    return plainTable({
      caption: t(SENSITIVITY_LABELS.judgements, l),
      ...judgements,
      testid: "judgements-table",
    });
  }),
  "judgements",
);

nb.render(
  nb.cell("tornado", [analysed, lang], (a, l) => {
    if (a.status !== "analysed") return document.createElement("div");
    return tornadoChart({
      result: a.result,
      lang: l,
      title: t(S.tornadoTitle, l),
      axis: t(S.tornadoAxis, l),
    });
  }),
  "tornado",
);

nb.render(
  nb.cell("tornadoTable", [analysed, lang], (a, l) => {
    if (a.status !== "analysed") return document.createElement("div");
    const { tornado } = sensitivityTables(a.result, l);
    return plainTable({ caption: t(SENSITIVITY_LABELS.tornado, l), ...tornado, testid: "tornado-table" });
  }),
  "tornado-table",
);

// ---- Monte Carlo: imperative controls around a worker that a stop terminates ----

const controls = document.querySelector<HTMLElement>('[data-slot="mc-controls"]')!;
const progressHost = document.querySelector<HTMLElement>('[data-slot="mc-progress"]')!;
const resultHost = document.querySelector<HTMLElement>('[data-slot="mc-result"]')!;

function field(label: { zh: string; en: string }, value: string, name: string): HTMLInputElement {
  const wrap = document.createElement("label");
  wrap.className = "qp-field qp-number";
  const text = document.createElement("span");
  text.className = "qp-label";
  text.dataset.zh = label.zh;
  text.dataset.en = label.en;
  text.textContent = t(label, pageLang());
  const input = document.createElement("input");
  input.type = "number";
  input.value = value;
  input.name = name;
  wrap.append(text, input);
  controls.append(wrap);
  return input;
}

function actionButton(label: { zh: string; en: string }, testid: string): HTMLButtonElement {
  const b = document.createElement("button");
  b.type = "button";
  b.dataset.zh = label.zh;
  b.dataset.en = label.en;
  b.dataset.testid = testid;
  b.textContent = t(label, pageLang());
  controls.append(b);
  return b;
}

const runsInput = field(S.runs, "1000", "runs");
const seedInput = field(S.seed, "1", "seed");
const concentrationInput = field(S.concentration, "100", "concentration");
const startButton = actionButton(S.start, "mc-start");
const stopButton = actionButton(S.stop, "mc-stop");
stopButton.disabled = true;
const bar = document.createElement("progress");
bar.max = 1;
bar.value = 0;
bar.dataset.testid = "mc-bar";
const status = document.createElement("span");
status.dataset.testid = "mc-status";
status.setAttribute("role", "status");
progressHost.append(bar, status);

let simulator: { worker: Worker; client: WorkerClient<AnalysisApi> } | undefined;
let sources: ScenarioSources | undefined;
let last: Awaited<ReturnType<AnalysisApi["simulate"]>> | undefined;

nb.render(
  nb.cell("mcSources", [planner.sources], (s) => {
    sources = s.ok ? s.sources : undefined;
    last = undefined;
    resultHost.replaceChildren();
    startButton.disabled = sources === undefined || simulator !== undefined;
    return document.createElement("span");
  }),
  document.createElement("div"),
);

function showResult(): void {
  resultHost.replaceChildren();
  if (last === undefined) return;
  const l = pageLang();
  if (last.status === "problems") {
    resultHost.append(problemsView(last.problems, l));
    return;
  }
  const table = simulationTable(last.result, l);
  resultHost.append(
    paragraphs(table.lines),
    plainTable({
      caption: t(SIMULATION_LABELS.title, l),
      headers: table.headers,
      rows: table.rows,
      testid: "mc-table",
    }),
  );
}

function setStatus(text: { zh: string; en: string }, params: Record<string, number> = {}): void {
  status.dataset.zh = t(text, "zh", params);
  status.dataset.en = t(text, "en", params);
  status.textContent = t(text, pageLang(), params);
}

startButton.addEventListener("click", async () => {
  const runs = Number(runsInput.value);
  const seed = Number(seedInput.value);
  const concentration = Number(concentrationInput.value);
  if (
    !(
      Number.isInteger(runs) &&
      runs >= 1 &&
      runs <= 100_000 &&
      Number.isInteger(seed) &&
      seed >= 0 &&
      seed <= 0xffffffff &&
      concentration > 0
    ) ||
    sources === undefined
  ) {
    setStatus(S.badInput);
    return;
  }
  const worker = newWorker();
  const client = createWorkerClient<AnalysisApi>(worker);
  simulator = { worker, client };
  worker.addEventListener("message", (event) => {
    const progress = (event.data as Partial<ProgressMessage>).progress;
    if (progress === undefined) return;
    bar.value = progress.done / progress.runs;
    setStatus(S.running, { done: progress.done, runs: progress.runs });
  });
  startButton.disabled = true;
  stopButton.disabled = false;
  bar.value = 0;
  setStatus(S.running, { done: 0, runs });
  const options: Omit<MonteCarloOptions, "onProgress"> = { runs, seed, concentration };
  try {
    last = await client.call("simulate", [sources, options]);
    setStatus(S.done, { runs });
    bar.value = 1;
    showResult();
  } catch {
    // stopped: the worker was terminated and its call rejected
  } finally {
    if (simulator?.worker === worker) simulator = undefined;
    worker.terminate();
    startButton.disabled = sources === undefined;
    stopButton.disabled = true;
  }
});

stopButton.addEventListener("click", () => {
  if (simulator === undefined) return;
  simulator.client.terminate();
  simulator = undefined;
  setStatus(S.stopped);
});

nb.render(
  nb.cell("mcLang", [lang], () => {
    showResult();
    return document.createElement("span");
  }),
  document.createElement("div"),
);
