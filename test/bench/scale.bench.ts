// npm run bench, the scale table (issue 10): seeded instances of 30 (a county), 3,100 (a province) and 38,000 (the
// country) townships, five categories, with and without the category ordering; the toolkit (solveAllocation, solver
// auto) against javascript-lp-solver and HiGHS solving the same integer model directly (buildAllocationLp). Medians of
// wall-clock time in this process, the ratio to the toolkit, memory, and whether the objectives agree (or which solver
// failed or stopped at its cap). Prints a table and writes test/bench/results/scale.json (git-ignored).
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { bench, describe } from "vitest";
import { solveWithHighs } from "../../src/allocation/backends/highs.ts";
import { solveWithJsLpSolver } from "../../src/allocation/backends/js-lp-solver.ts";
import type { BackendSolution } from "../../src/allocation/backends/solution.ts";
import { allocateExact } from "../../src/allocation/exact.ts";
import { buildAllocationLp, postsVar } from "../../src/allocation/linear-model.ts";
import type { AllocationProblem } from "../../src/allocation/problem.ts";
import { solveAllocation } from "../../src/allocation/solve.ts";
import { verifyAllocation } from "../../src/allocation/verify.ts";
import { loadScenario } from "../../src/cli/load-scenario.ts";
import { runScenario } from "../../src/run/run-scenario.ts";
import { benchInstance } from "./instances.ts";

const HIGHS_CAP_SECONDS = 60;
const JS_LP_CAP_SECONDS = 10;
const SEED = 2026;

interface Measured {
  readonly medianMs: number;
  readonly runs: number;
  /** Heap + external + array buffers after the last run minus before the first (MB): what the solve kept or grew. */
  readonly memoryGrowthMb: number;
  /** The process's peak resident set after the runs (MB); monotone over the whole bench. */
  readonly processPeakRssMb: number;
  readonly status: string;
  readonly objective?: number;
  readonly note?: string;
}

const mb = (bytes: number) => Math.round((bytes / 1048576) * 10) / 10;
const inUse = () => {
  const m = process.memoryUsage();
  return m.heapUsed + m.external;
};

async function measure(
  runs: number,
  run: () => Promise<{ status: string; objective?: number; note?: string }>,
) {
  const times: number[] = [];
  const before = inUse();
  let last: { status: string; objective?: number; note?: string } = { status: "not run" };
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    last = await run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const measured: Measured = {
    medianMs: Math.round(times[Math.floor(times.length / 2)]! * 100) / 100,
    runs,
    memoryGrowthMb: mb(inUse() - before),
    processPeakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    ...last,
  };
  return measured;
}

/** A MILP backend's answer: its objective when its rounded columns pass the independent check. */
function milpOutcome(problem: AllocationProblem, solution: BackendSolution) {
  if (solution.status !== "optimal" && solution.status !== "feasible")
    return { status: solution.status, note: solution.detail };
  const posts = problem.units.map((_, j) => Math.round(solution.values?.[postsVar(j)] ?? 0));
  const violations = verifyAllocation(problem, posts);
  const objective = problem.units.reduce((s, u, j) => s + Math.abs(posts[j]! - u.target), 0);
  return violations.length > 0
    ? { status: "failed verification", note: violations.slice(0, 2).join("; ") }
    : {
        status: solution.status === "optimal" ? "optimal" : `feasible (stopped: ${solution.detail})`,
        objective,
      };
}

function agreement(toolkit: Measured, other: Measured): string {
  if (other.objective === undefined) return other.status;
  if (toolkit.objective === undefined) return "toolkit gave no answer";
  const same =
    Math.abs(toolkit.objective - other.objective) <= 1e-6 * Math.max(1, Math.abs(toolkit.objective));
  return same ? "agree" : `differ: ${other.objective.toFixed(4)} vs ${toolkit.objective.toFixed(4)}`;
}

const rows: Record<string, unknown>[] = [];
const lines: string[] = [];
const sizes = [
  { n: 30, toolkitRuns: 25, highsRuns: 5, jsRuns: 3 },
  { n: 3100, toolkitRuns: 5, highsRuns: 1, jsRuns: 1 },
  { n: 38000, toolkitRuns: 3, highsRuns: 1, jsRuns: 0 },
];
let done = false;

async function scaleTable() {
  lines.push(
    `machine: ${cpus().length} × ${cpus()[0]?.model ?? "?"}, ${mb(totalmem())} MB, Node ${process.version}; HiGHS cap ${HIGHS_CAP_SECONDS} s, javascript-lp-solver cap ${JS_LP_CAP_SECONDS} s`,
    "townships | ordering (binds) | toolkit: backend, median ms | HiGHS: median ms, ×toolkit, objective | javascript-lp-solver: median ms, ×toolkit, objective | memory growth MB (toolkit / HiGHS / js) | process peak RSS MB",
  );
  for (const size of sizes) {
    for (const ordering of [false, true]) {
      const problem = benchInstance(size.n, SEED, ordering);
      const pooled = allocateExact(problem.units, problem.total);
      const binds = ordering && pooled !== undefined && verifyAllocation(problem, pooled.posts).length > 0;
      let backend = "";
      // A binding chain in a province or the country takes the exact search seconds: one run there.
      const toolkit = await measure(binds && size.n > 30 ? 1 : size.toolkitRuns, async () => {
        const outcome = await solveAllocation(problem, { timeLimitSeconds: HIGHS_CAP_SECONDS });
        backend = outcome.backend;
        return outcome.status === "optimal" || outcome.status === "feasible"
          ? { status: outcome.status, objective: outcome.objective, note: outcome.detail }
          : { status: outcome.status, note: outcome.detail };
      });
      const model = buildAllocationLp(problem, { integer: true });
      const highs = await measure(size.highsRuns, async () =>
        milpOutcome(
          problem,
          await solveWithHighs(model, { timeLimitSeconds: HIGHS_CAP_SECONDS, relativeGap: 0 }),
        ),
      );
      const js: Measured =
        size.jsRuns > 0
          ? await measure(size.jsRuns, async () =>
              milpOutcome(problem, await solveWithJsLpSolver(model, { timeLimitSeconds: JS_LP_CAP_SECONDS })),
            )
          : {
              medianMs: Number.NaN,
              runs: 0,
              memoryGrowthMb: 0,
              processPeakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
              status: "not run",
              note: `dense tableau of ${3 * size.n} columns × ${size.n + 1} rows (≈ ${Math.round((3 * size.n * (size.n + 1) * 8) / 1e9)} GB of doubles); it fails from 20,000 townships (shared/notes/solvers.md)`,
            };
      const ratio = (m: Measured) =>
        Number.isFinite(m.medianMs) ? `${(m.medianMs / toolkit.medianMs).toFixed(0)}×` : "–";
      rows.push({ townships: size.n, ordering, binds, backend, toolkit, highs, jsLpSolver: js });
      lines.push(
        [
          size.n,
          ordering ? `on (${binds ? "binds" : "does not bind"})` : "off",
          `${backend}, ${toolkit.medianMs} ms (${toolkit.status})`,
          `${highs.medianMs} ms, ${ratio(highs)}, ${agreement(toolkit, highs)}`,
          js.runs > 0 ? `${js.medianMs} ms, ${ratio(js)}, ${agreement(toolkit, js)}` : "not run",
          `${toolkit.memoryGrowthMb} / ${highs.memoryGrowthMb} / ${js.memoryGrowthMb}`,
          js.processPeakRssMb,
        ].join(" | "),
      );
      console.log(lines[lines.length - 1]);
    }
  }
  // The whole county pipeline as the weights lab runs it: index, allocation (ordering on), reasons, checks.
  const county = await loadScenario("scenarios/demo-county/development-first.yaml", process.cwd());
  const pipeline = await measure(41, async () => ({ status: (await runScenario(county)).solver.status }));
  const pipelineHighs = await measure(11, async () => ({
    status: (await runScenario({ ...county, solver: "highs" })).solver.status,
  }));
  rows.push({
    pipeline: "demo county development-first (25 townships, ordering on)",
    toolkit: pipeline,
    highs: pipelineHighs,
  });
  lines.push(
    `demo county pipeline (runScenario, development-first, ordering on): toolkit ${pipeline.medianMs} ms, with solver highs ${pipelineHighs.medianMs} ms (${(pipelineHighs.medianMs / pipeline.medianMs).toFixed(1)}×)`,
  );
  console.log(lines.join("\n"));
  mkdirSync("test/bench/results", { recursive: true });
  writeFileSync(
    "test/bench/results/scale.json",
    `${JSON.stringify({ machine: { cpus: cpus().length, model: cpus()[0]?.model, memoryMb: mb(totalmem()), node: process.version }, seed: SEED, rows }, null, 2)}\n`,
  );
}

describe("scale table (prints and writes test/bench/results/scale.json)", () => {
  bench(
    "toolkit against HiGHS and javascript-lp-solver at 30, 3,100 and 38,000 townships",
    async () => {
      if (done) return;
      done = true;
      await scaleTable();
    },
    { iterations: 1, warmupIterations: 0, time: 0, warmupTime: 0 },
  );
});
