// npm run bench: the classical methods at scale (issue 10), each against the path it replaced in the same run —
// Hamilton's method sorting the remainders once against re-sorting them for every post (test/helpers/
// hamilton-one-by-one.ts), and a divisor method by bisection on the divisor against its priority list handed out
// post by post (apportionByPriority, up to APPORTION_MAX_LISTED_POSTS). Seeded weights (the bench townships' demands),
// medians and ratios; prints a table and writes test/bench/results/apportion.json (git-ignored).
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { bench, describe } from "vitest";
import { apportionHamilton } from "../../src/allocation/apportion/hamilton.ts";
import { apportionByBisection, apportionByPriority } from "../../src/allocation/apportion/priority-list.ts";
import type { ApportionUnit } from "../../src/allocation/apportion/types.ts";
import { hamiltonOneByOne } from "../helpers/hamilton-one-by-one.ts";
import { benchInstance } from "./instances.ts";

const SEED = 2026;

function median(runs: number, run: () => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return Math.round(times[Math.floor(times.length / 2)]! * 100) / 100;
}

/** The bench townships' demands as weights, floors as minimums. */
function weights(n: number): ApportionUnit[] {
  return benchInstance(n, SEED, false).units.map((u) => ({ name: u.id, weight: u.weight, min: 0 }));
}

const ratio = (before: number | null, now: number) =>
  before === null ? null : Math.round((before / now) * 10) / 10;

let done = false;
describe("classical methods at scale (prints and writes test/bench/results/apportion.json)", () => {
  bench(
    "Hamilton sorted once vs one post at a time; a divisor method by bisection vs its full priority list",
    () => {
      if (done) return;
      done = true;
      const rows: Record<string, unknown>[] = [];
      const print = (row: Record<string, unknown>) => {
        rows.push(row);
        console.log(Object.values(row).join(" | "));
      };
      for (const { n, runs, beforeRuns } of [
        { n: 1000, runs: 20, beforeRuns: 3 },
        { n: 3100, runs: 10, beforeRuns: 1 },
        { n: 38000, runs: 5, beforeRuns: 0 },
      ]) {
        const units = weights(n);
        const total = 30 * n + 17;
        const now = median(runs, () => apportionHamilton(units, total));
        const before = beforeRuns > 0 ? median(beforeRuns, () => hamiltonOneByOne(units, total)) : null;
        print({
          case: "hamilton",
          townships: n,
          total,
          nowMs: now,
          beforeMs: before,
          ratio: ratio(before, now),
        });
      }
      for (const { n, total, runs, beforeRuns } of [
        { n: 3100, total: 93_017, runs: 10, beforeRuns: 5 },
        { n: 3100, total: 1_000_000, runs: 10, beforeRuns: 2 },
        { n: 38000, total: 1_000_000, runs: 5, beforeRuns: 1 },
        { n: 38000, total: 1e12, runs: 5, beforeRuns: 0 },
      ]) {
        const units = weights(n);
        const now = median(runs, () => apportionByBisection(units, total, "webster"));
        const before =
          beforeRuns > 0 ? median(beforeRuns, () => apportionByPriority(units, total, "webster")) : null;
        print({
          case: "webster",
          townships: n,
          total,
          nowMs: now,
          beforeMs: before,
          ratio: ratio(before, now),
        });
      }
      mkdirSync("test/bench/results", { recursive: true });
      writeFileSync(
        "test/bench/results/apportion.json",
        `${JSON.stringify({ machine: { cpus: cpus().length, model: cpus()[0]?.model }, seed: SEED, rows }, null, 2)}\n`,
      );
    },
    { iterations: 1, warmupIterations: 0, time: 0, warmupTime: 0 },
  );
});
