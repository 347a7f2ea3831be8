/**
 * The worker of the compare and sensitivity pages: comparison of scenarios, sensitivity to the weights and the
 * Monte Carlo run here, off the page's thread (HiGHS is synchronous WebAssembly, and 10,000 runs take seconds).
 * The Monte Carlo posts `{ progress: { done, runs } }` as it goes (at most every whole percent); those messages
 * carry no RPC id, so the RPC client ignores them and the page listens for them itself. A page stops a run by
 * terminating this worker.
 */
import {
  compareSources,
  loadHighs,
  type MonteCarloOptions,
  type ScenarioSources,
  type SensitivityOptions,
  sensitivitySources,
  simulateSources,
} from "../src/index.ts";
import { highsInitOptions } from "../src/notebook/highs-wasm.ts";
import { exposeWorkerApi } from "../src/notebook/worker.ts";

const highs = loadHighs(highsInitOptions);

/** A progress message of the Monte Carlo (no RPC id). */
export interface ProgressMessage {
  readonly progress: { readonly done: number; readonly runs: number };
}

const api = {
  /** Loads, runs and compares two or more scenarios. */
  async compare(list: readonly ScenarioSources[]) {
    await highs;
    return compareSources(list);
  },
  /** The sensitivity of a scenario to its weights and AHP judgements. */
  async sensitivity(sources: ScenarioSources, options: Omit<SensitivityOptions, "onProgress">) {
    await highs;
    return sensitivitySources(sources, options);
  },
  /** The Monte Carlo, posting progress messages. */
  async simulate(sources: ScenarioSources, options: Omit<MonteCarloOptions, "onProgress">) {
    await highs;
    let shown = -1;
    return simulateSources(sources, {
      ...options,
      onProgress: (done, runs) => {
        const percent = Math.floor((100 * done) / runs);
        if (percent === shown) return;
        shown = percent;
        const message: ProgressMessage = { progress: { done, runs } };
        (self as unknown as { postMessage: (m: unknown) => void }).postMessage(message);
      },
    });
  },
};

export type AnalysisApi = typeof api;

// Pages import only the types of this module (`import type`), so none of it is bundled into a page.
exposeWorkerApi(api);
