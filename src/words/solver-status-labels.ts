import type { Bilingual } from "../types.ts";

/** How a solve ended (see `AllocationOutcome` in src/allocation/solve.ts). */
export type SolverStatus = "optimal" | "feasible" | "infeasible" | "timedOut" | "error";

/**
 * Names of the solver statuses.
 * @example SOLVER_STATUS_LABELS.infeasible.zh // "无可行解"
 */
export const SOLVER_STATUS_LABELS: Readonly<Record<SolverStatus, Bilingual>> = {
  optimal: { zh: "最优", en: "optimal" },
  feasible: { zh: "可行（未证明最优）", en: "feasible" },
  infeasible: { zh: "无可行解", en: "infeasible" },
  timedOut: { zh: "超时", en: "timed out" },
  error: { zh: "出错", en: "error" },
};
