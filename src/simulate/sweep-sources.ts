/**
 * A total sweep from in-memory files with a chosen method, its outcome as a status: the sweep with what the
 * sweep page shows about it, or every problem of the files. What the pages' Web Worker calls.
 */
import { loadScenarioSources, type ScenarioSources } from "../run/load-scenario.ts";
import type { WeightedScenario } from "../run/weigh-scenario.ts";
import {
  type AllocationMethod,
  type Bilingual,
  type Category,
  InputError,
  type InputProblem,
} from "../types.ts";
import { type SweepResult, sweepTotals } from "./sweep-totals.ts";

/** What the sweep page asks the worker: a method and a range of county totals. */
export interface SweepRequest {
  /** The allocation method to sweep with (may differ from the scenario's). */
  readonly method: AllocationMethod;
  /** First and last county total, whole posts, first <= last. */
  readonly from: number;
  readonly to: number;
}

/** What `sweepSources` gives: the sweep with what the page shows about it, or the problems in the files. */
export type SweepOutcome =
  | {
      readonly status: "swept";
      readonly name: Bilingual;
      readonly method: AllocationMethod;
      /** The scenario has category ordering rows, which the classical method asked for does not use. */
      readonly orderingOff: boolean;
      readonly townships: readonly {
        readonly id: string;
        readonly name: string;
        readonly category: Category;
      }[];
      readonly sweep: SweepResult;
    }
  | { readonly status: "problems"; readonly problems: readonly InputProblem[] };

/**
 * Resolves a scenario from in-memory files and solves it at every county total of the request's range
 * with the request's method (`sweepTotals`), flagging every Alabama-paradox case. A classical method is
 * swept without the scenario's ordering rows (it has none; `orderingOff` says so); the LP keeps them.
 * @throws {RangeError} when the range is not whole totals with from <= to (see `sweepTotals`)
 * @example
 * const outcome = await sweepSources(sources, { method: "webster", from: 511, to: 571 })
 * // the demo baseline: { status: "swept", method: "webster", orderingOff: false, sweep: { steps: 61 totals, … }, … }
 */
export async function sweepSources(sources: ScenarioSources, request: SweepRequest): Promise<SweepOutcome> {
  let scenario: WeightedScenario;
  try {
    scenario = await loadScenarioSources(sources);
  } catch (error) {
    if (error instanceof InputError) return { status: "problems", problems: error.problems };
    throw error;
  }
  const orderingOff = request.method !== "lp" && scenario.model.allocation.ordering;
  const swept: WeightedScenario = {
    ...scenario,
    method: request.method,
    ...(orderingOff
      ? { model: { ...scenario.model, allocation: { ...scenario.model.allocation, ordering: false } } }
      : {}),
  };
  try {
    return {
      status: "swept",
      name: scenario.name,
      method: request.method,
      orderingOff,
      townships: scenario.data.townships.map((tw) => ({ id: tw.id, name: tw.name, category: tw.category })),
      sweep: await sweepTotals(swept, request.from, request.to),
    };
  } catch (error) {
    if (error instanceof InputError) return { status: "problems", problems: error.problems };
    throw error;
  }
}
