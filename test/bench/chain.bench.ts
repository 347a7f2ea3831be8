// npm run bench: the search of the ordering chain at scale (issue 10) against the previous implementation
// (test/helpers/ordering-chain-reference.ts), the same seeded binding provinces in the same run: medians and the
// ratio. Prints a table and writes test/bench/results/chain.json (git-ignored).
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { bench, describe } from "vitest";
import { solveOrderingChain } from "../../src/allocation/ordering-chain.ts";
import type { AllocationProblem } from "../../src/allocation/problem.ts";
import { solveOrderingChain as referenceChain } from "../helpers/ordering-chain-reference.ts";
import { benchInstance } from "./instances.ts";

const SEED = 2026;

function median(runs: number, solve: () => { status: string }): { medianMs: number; status: string } {
  const times: number[] = [];
  let status = "";
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    status = solve().status;
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { medianMs: Math.round(times[Math.floor(times.length / 2)]! * 10) / 10, status };
}

let done = false;
describe("ordering chain at scale (prints and writes test/bench/results/chain.json)", () => {
  bench(
    "solveOrderingChain against the previous implementation, 3,100 and 38,000 binding townships",
    () => {
      if (done) return;
      done = true;
      const rows: Record<string, unknown>[] = [];
      const sizes = [
        { n: 3100, runs: 15, referenceRuns: 5 },
        { n: 38000, runs: 5, referenceRuns: 1 },
      ];
      for (const { n, runs, referenceRuns } of sizes) {
        for (const objective of ["least-absolute-deviation", "least-squares-relative"] as const) {
          const problem: AllocationProblem = { ...benchInstance(n, SEED, true), objective };
          const ours = median(runs, () => solveOrderingChain(problem));
          const reference = median(referenceRuns, () => referenceChain(problem));
          const row = {
            townships: n,
            objective,
            ours,
            reference,
            ratio: Math.round((reference.medianMs / ours.medianMs) * 10) / 10,
          };
          rows.push(row);
          console.log(
            `${n} | ${objective} | now ${ours.medianMs} ms (${ours.status}, ${runs} runs) | before ${reference.medianMs} ms (${reference.status}, ${referenceRuns} runs) | ${row.ratio}× faster`,
          );
        }
      }
      mkdirSync("test/bench/results", { recursive: true });
      writeFileSync(
        "test/bench/results/chain.json",
        `${JSON.stringify({ machine: { cpus: cpus().length, model: cpus()[0]?.model }, seed: SEED, rows }, null, 2)}\n`,
      );
    },
    { iterations: 1, warmupIterations: 0, time: 0, warmupTime: 0 },
  );
});
