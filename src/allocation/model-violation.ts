/**
 * Whether values satisfy a linear model: every variable within its bounds (and whole where it is an integer) and
 * every row within its range, to a stated tolerance. HiGHS's limit statuses ("Time limit reached") may carry the
 * best solution found or no solution at all (then the columns read 0, whatever their bounds), so a limit answer is
 * kept only when it passes this check.
 */
import type { LinearModel } from "./linear-model.ts";

/** The first thing the values break, or null when they satisfy the model. */
export type ModelViolation =
  | { readonly kind: "missing"; readonly variable: string }
  | { readonly kind: "bound"; readonly variable: string; readonly value: number }
  | { readonly kind: "integer"; readonly variable: string; readonly value: number }
  | { readonly kind: "row"; readonly row: string; readonly activity: number };

/** Absolute tolerance on bounds, rows and integrality (the solvers' own feasibility tolerances are ~1e-7). */
export const MODEL_TOLERANCE = 1e-6;

/**
 * The first bound, integrality or row the values break, or null.
 * @example modelViolation({ variables: [{ name: "x", lower: 1, upper: 4, integer: true, cost: 1 }], constraints: [], offset: 0 }, { x: 0 }) // { kind: "bound", variable: "x", value: 0 }
 */
export function modelViolation(
  model: LinearModel,
  values: Readonly<Record<string, number>>,
  tolerance = MODEL_TOLERANCE,
): ModelViolation | null {
  for (const v of model.variables) {
    const value = values[v.name];
    if (value === undefined || !Number.isFinite(value)) return { kind: "missing", variable: v.name };
    if (value < v.lower - tolerance || value > v.upper + tolerance)
      return { kind: "bound", variable: v.name, value };
    if (v.integer && Math.abs(value - Math.round(value)) > tolerance)
      return { kind: "integer", variable: v.name, value };
  }
  for (const row of model.constraints) {
    let activity = 0;
    for (const term of row.terms) activity += term.coefficient * values[term.variable]!;
    const scale = Math.max(
      1,
      Math.abs(row.lower === -Infinity ? 0 : row.lower),
      Math.abs(row.upper === Infinity ? 0 : row.upper),
    );
    if (activity < row.lower - tolerance * scale || activity > row.upper + tolerance * scale)
      return { kind: "row", row: row.name, activity };
  }
  return null;
}
