/**
 * The placeholder page's solver worker: proves HiGHS runs in a Web Worker from the locally served
 * WASM. The real pages' workers host the library's solve functions the same way.
 */
import type { Highs, InitOptions } from "highs";
import * as highsNamespace from "highs";
import { highsInitOptions } from "../src/notebook/highs-wasm.ts";
import { exposeWorkerApi } from "../src/notebook/worker.ts";

// The package's types describe its CommonJS face; bundled as ESM the loader is the default export.
const highsLoader = (highsNamespace as unknown as { default: (options?: InitOptions) => Promise<Highs> })
  .default;
const highs = highsLoader(highsInitOptions);

/** Result of the demonstration LP. */
export interface DemoSolution {
  readonly status: "optimal" | "infeasible" | "unbounded" | "other";
  /** HiGHS's own status text, e.g. "Optimal". */
  readonly solverStatus: string;
  readonly objective: number;
  /** Optimal x1, x2, x3. */
  readonly values: readonly [number, number, number];
}

/**
 * maximise 5 x1 + 4 x2 + 3 x3 subject to 2 x1 + 3 x2 + x3 <= limit, 4 x1 + x2 + 2 x3 <= 11,
 * 3 x1 + 4 x2 + 2 x3 <= 8, x >= 0 (Chvátal, Linear Programming, 1983, ch. 2, with limit = 5).
 */
function demoLp(limit: number): string {
  return [
    "Maximize",
    " obj: 5 x1 + 4 x2 + 3 x3",
    "Subject To",
    ` c1: 2 x1 + 3 x2 + x3 <= ${limit}`,
    " c2: 4 x1 + x2 + 2 x3 <= 11",
    " c3: 3 x1 + 4 x2 + 2 x3 <= 8",
    "End",
  ].join("\n");
}

const api = {
  async solveDemoLp(limit: number): Promise<DemoSolution> {
    if (!Number.isFinite(limit)) throw new RangeError(`limit must be a finite number, got ${limit}`);
    const result = (await highs).solve(demoLp(limit));
    const status =
      result.Status === "Optimal"
        ? "optimal"
        : result.Status === "Infeasible"
          ? "infeasible"
          : result.Status === "Unbounded"
            ? "unbounded"
            : "other";
    const primal = (name: string): number => {
      const column = result.Columns[name] as { Primal?: number } | undefined;
      return column?.Primal ?? 0;
    };
    return {
      status,
      solverStatus: result.Status,
      objective: result.ObjectiveValue,
      values: [primal("x1"), primal("x2"), primal("x3")],
    };
  },
};

export type DemoApi = typeof api;

// Pages import only types from this module (`import type`), so none of it is bundled into a page.
exposeWorkerApi(api);
