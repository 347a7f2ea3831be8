// npm run bench: the multi-year transition path (R12, issue 11). Two groups, each against a baseline measured in the
// same run, medians and the ratio:
// - the whole-policy demo plan (three post types, 25 townships): its three paths (`scenarioTransition` on each
//   type's allocation) and `runPlan` with the paths, against `runPlan` without them (the baseline);
// - seeded paths of 800 and 3,100 townships (three years, one post a year), against the demo's admin path (25
//   townships, the baseline): how the path's greedy with its flow checks scales, and 38,000; at 800 and 3,100 the
//   previous implementation (test/helpers/transition-path-reference.ts: a fresh flow for every step, faster than n²)
//   on the same townships, timed once with the new one (so its figure includes one new run), and whether the paths
//   are the same.
// Prints a table and writes test/bench/results/transition.json (git-ignored).
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { bench, describe } from "vitest";
import { scenarioTransition } from "../../src/allocation/scenario-transition.ts";
import { type PathTownship, transitionPath } from "../../src/allocation/transition-path.ts";
import { loadPlanWithFiles } from "../../src/cli/load-scenario.ts";
import { runPlan } from "../../src/run/run-plan.ts";
import { transitionPath as referencePath } from "../helpers/transition-path-reference.ts";

const SEED = 2026;
const SETTINGS = { years: 3, maxChangePerYear: 1, noCuts: false } as const;

/**
 * n seeded townships (a linear congruential generator, no Math.random): today 15–60 posts, the target today −4…+4
 * (at least the floor of 15), so the year totals (linear from today's sum to the targets') may rise or fall.
 */
function seededTownships(n: number, seed: number): PathTownship[] {
  let state = seed >>> 0;
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
  return Array.from({ length: n }, (_, j) => {
    const today = 15 + Math.floor(45 * next());
    const target = Math.max(15, today + Math.round(8 * next() - 4));
    return { id: `T${String(j + 1).padStart(5, "0")}`, name: `乡镇${j + 1}`, today, target, floor: 15 };
  });
}

async function median(
  runs: number,
  work: () => unknown | Promise<unknown>,
): Promise<{ medianMs: number; runs: number }> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { medianMs: Math.round(times[Math.floor(times.length / 2)]! * 100) / 100, runs };
}

let done = false;
describe("transition paths (prints and writes test/bench/results/transition.json)", () => {
  bench(
    "the whole-policy plan's three paths and seeded 800 / 3,100-township paths, each against its baseline",
    async () => {
      if (done) return;
      done = true;
      const { plan } = await loadPlanWithFiles("scenarios/demo-county/whole-policy.yaml", process.cwd());
      const solved = await runPlan(plan, { remedies: false, transition: false });
      const paths = () =>
        plan.types.map((type) =>
          scenarioTransition(
            type.scenario,
            type.scenario.transition!,
            solved.types[type.postType]!.townships.map((t) => t.allocated),
          ),
        );
      const statuses = paths().map((p) => p.status);
      const rows: Record<string, unknown>[] = [];
      const report = (group: string, what: string, m: { medianMs: number; runs: number }, base: number) => {
        const ratio = Math.round((m.medianMs / base) * 100) / 100;
        rows.push({ group, what, ...m, ratio });
        console.log(`${group} | ${what} | ${m.medianMs} ms (${m.runs} runs) | ${ratio}× baseline`);
      };
      const plain = await median(9, () => runPlan(plan, { remedies: false, transition: false }));
      report("whole-policy plan", "runPlan without paths — the baseline", plain, plain.medianMs);
      report(
        "whole-policy plan",
        `the three paths alone (${statuses.join(", ")})`,
        await median(9, paths),
        plain.medianMs,
      );
      report(
        "whole-policy plan",
        "runPlan with the three paths",
        await median(9, () => runPlan(plan, { remedies: false, transition: true })),
        plain.medianMs,
      );
      const demo = plan.types[0]!;
      const demoAdmin = () => paths()[0];
      const small = await median(15, demoAdmin);
      report(
        "path size",
        `${demo.postType} path of the demo, 25 townships — the baseline`,
        small,
        small.medianMs,
      );
      for (const { n, runs, reference } of [
        { n: 800, runs: 3, reference: true },
        { n: 3100, runs: 3, reference: true },
        { n: 38000, runs: 1, reference: false },
      ]) {
        const townships = seededTownships(n, SEED);
        let status = "";
        const m = await median(runs, () => {
          status = transitionPath(townships, SETTINGS).status;
        });
        report(
          "path size",
          `seeded path, ${n.toLocaleString("en")} townships (${status})`,
          m,
          small.medianMs,
        );
        if (!reference) continue;
        // the previous implementation (a fresh flow for every step) on the same townships, in the same run
        let same = false;
        const before = await median(1, () => {
          same =
            JSON.stringify(referencePath(townships, SETTINGS)) ===
            JSON.stringify(transitionPath(townships, SETTINGS));
        });
        report(
          "path size",
          `  the same, previous implementation (${same ? "same path" : "DIFFERENT path"}); ratio to the new: ${Math.round(before.medianMs / m.medianMs)}×`,
          before,
          small.medianMs,
        );
      }
      mkdirSync("test/bench/results", { recursive: true });
      writeFileSync(
        "test/bench/results/transition.json",
        `${JSON.stringify({ machine: { cpus: cpus().length, model: cpus()[0]?.model }, seed: SEED, settings: SETTINGS, rows }, null, 2)}\n`,
      );
    },
    { iterations: 1, warmupIterations: 0, time: 0, warmupTime: 0 },
  );
});
