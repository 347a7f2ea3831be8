// npm run bench: the weights lab's redraw in Chromium (issue 10's target: slider → redrawn table and chart < 20 ms
// median with the ordering on). The pages built and served as in the browser tests; each case moves the population
// weight 60 times (0.30 … 0.89) and measures, in the page, from the input event to the moment both the table's body
// and the chart's svg have been replaced. Cases, in one run: the baseline (exact greedy, no ordering) — the ratio's
// baseline —, development-first (ordering rows, the exact chain search) and the same scenario with `solver: highs`
// (HiGHS WASM in the worker), opened from disk. Medians, min, max; prints a table and writes
// test/bench/results/weights-lab.json (git-ignored).
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { bench, describe } from "vitest";
import { buildSite, launchBrowser, openGuardedPage, removeSite, serve } from "../browser/harness.ts";

const CHANGES = 60;
const SLIDER = "[data-slot=editor] [data-factor=population] input[type=range]";

/** Redraw times of CHANGES weight changes, in ms, measured in the page. */
function redraws(page: Page): Promise<number[]> {
  return page.evaluate(
    async ({ selector, changes }) => {
      const control = document.querySelector<HTMLInputElement>(selector)!;
      const table = document.querySelector('[data-slot="lab-table"]')!;
      const chart = document.querySelector('[data-slot="change-chart"]')!;
      const out: number[] = [];
      for (let i = 0; i < changes; i++) {
        const oldBody = table.querySelector("tbody");
        const oldChart = chart.querySelector("svg");
        const redrawn = new Promise<void>((resolve) => {
          const observer = new MutationObserver(() => {
            const body = table.querySelector("tbody");
            const svg = chart.querySelector("svg");
            if (body !== null && svg !== null && body !== oldBody && svg !== oldChart) {
              observer.disconnect();
              resolve();
            }
          });
          observer.observe(table, { childList: true, subtree: true });
          observer.observe(chart, { childList: true, subtree: true });
        });
        const start = performance.now();
        control.value = (0.3 + 0.01 * i).toFixed(2);
        control.dispatchEvent(new Event("input", { bubbles: true }));
        await redrawn;
        out.push(performance.now() - start);
      }
      return out;
    },
    { selector: SLIDER, changes: CHANGES },
  );
}

function summary(times: readonly number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  const median = (sorted[(sorted.length - 1) >> 1]! + sorted[sorted.length >> 1]!) / 2;
  const round = (x: number) => Math.round(x * 10) / 10;
  return { medianMs: round(median), minMs: round(sorted[0]!), maxMs: round(sorted.at(-1)!) };
}

let done = false;
describe("weights lab redraw in Chromium (prints and writes test/bench/results/weights-lab.json)", () => {
  bench(
    "slider → redrawn table and chart: baseline, development-first (ordering, exact), the same on HiGHS",
    async () => {
      if (done) return;
      done = true;
      const dir = await buildSite();
      const served = await serve(dir);
      const browser = await launchBrowser();
      const highsScenario = join(
        mkdtempSync(join(tmpdir(), "qp-bench-lab-")),
        "development-first-highs.yaml",
      );
      writeFileSync(
        highsScenario,
        `${readFileSync("scenarios/demo-county/development-first.yaml", "utf8").replace(/^name: .*$/m, "name: { zh: 发展优先（HiGHS）, en: Development first (HiGHS) }")}solver: highs\n`,
      );
      const rows: Record<string, unknown>[] = [];
      try {
        const cases = [
          { what: "baseline (exact greedy, no ordering) — the baseline", scenario: "baseline" },
          { what: "development-first (ordering on, exact chain search)", scenario: "development-first" },
          {
            what: "development-first on HiGHS (ordering on, solver: highs)",
            scenario: "development-first",
            file: highsScenario,
          },
        ];
        let base = 0;
        for (const c of cases) {
          const guarded = await openGuardedPage(browser);
          const { page } = guarded;
          await page.goto(`${served.url}weights.html?scenario=${c.scenario}`);
          await page.waitForSelector("[data-slot=lab-table] [data-testid=sums]", { timeout: 60_000 });
          if (c.file !== undefined) {
            await Promise.all([
              page.waitForURL(/scenario=own/, { waitUntil: "load" }),
              page.setInputFiles(".open-scenario input[type=file]", c.file),
            ]);
            await page.waitForSelector("[data-slot=lab-table] [data-testid=sums]", { timeout: 60_000 });
          }
          // which solver the page says it used (the lab's status line names HiGHS when it ran)
          const highs = ((await page.textContent("body")) ?? "").includes("HiGHS");
          const m = summary(await redraws(page));
          if (base === 0) base = m.medianMs;
          const ratio = Math.round((m.medianMs / base) * 100) / 100;
          const clean = guarded.external.length === 0 && guarded.errors.length === 0;
          rows.push({ what: c.what, scenario: c.scenario, ...m, ratio, clean, highsNamed: highs });
          console.log(
            `${c.what} | median ${m.medianMs} ms (min ${m.minMs}, max ${m.maxMs}; ${CHANGES} changes) | ${ratio}× baseline${highs ? " | page names HiGHS" : ""}${clean ? "" : " | ERRORS or external requests"}`,
          );
          await guarded.close();
        }
      } finally {
        await browser.close();
        await served.close();
        await removeSite(dir);
      }
      mkdirSync("test/bench/results", { recursive: true });
      writeFileSync(
        "test/bench/results/weights-lab.json",
        `${JSON.stringify({ machine: { cpus: cpus().length, model: cpus()[0]?.model }, changes: CHANGES, rows }, null, 2)}\n`,
      );
    },
    { iterations: 1, warmupIterations: 0, time: 0, warmupTime: 0 },
  );
});
