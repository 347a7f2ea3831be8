import type { SolverCap } from "../../words/solver-cap.ts";

/** What a backend says of a solve. */
export type BackendStatus = "optimal" | "feasible" | "infeasible" | "unbounded" | "timedOut" | "error";

/** A backend's answer for a LinearModel, in the backend-independent form. */
export interface BackendSolution {
  readonly status: BackendStatus;
  /** Whether the solver proved optimality (only with status "optimal"). */
  readonly provenOptimal: boolean;
  /** Variable values by name (present when a solution exists). */
  readonly values?: Readonly<Record<string, number>>;
  /** Objective value as the solver reports it. */
  readonly objective?: number;
  /** The solver's own words, for the record (e.g. HiGHS "Time limit reached"). */
  readonly detail: string;
  /** The cap the solve ran into (its time limit, or a size cap it was refused for), when it did. */
  readonly cap?: SolverCap;
}
