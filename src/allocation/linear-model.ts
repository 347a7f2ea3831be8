import type { AllocationProblem } from "./problem.ts";

/** A variable of a linear model. Bounds may be ±Infinity. */
export interface LinearVariable {
  readonly name: string;
  readonly lower: number;
  readonly upper: number;
  readonly integer: boolean;
  /** Objective coefficient (minimised). */
  readonly cost: number;
}

/** A row lower <= Σ coefficient·variable <= upper (either side may be ±Infinity; equal sides = equality). */
export interface LinearConstraint {
  readonly name: string;
  readonly terms: readonly { readonly variable: string; readonly coefficient: number }[];
  readonly lower: number;
  readonly upper: number;
}

/** A (mixed-integer) linear program in plain data: minimise Σ cost·x + offset. Solver-independent. */
export interface LinearModel {
  readonly variables: readonly LinearVariable[];
  readonly constraints: readonly LinearConstraint[];
  readonly offset: number;
}

/** Names of the allocation variables of unit j: posts x, excess p and shortfall m versus the target. */
export const postsVar = (j: number) => `x${j}`;
const excessVar = (j: number) => `p${j}`;
const shortfallVar = (j: number) => `m${j}`;

/**
 * Builds the allocation LP: minimise Σ (p_j + m_j) subject to x_j − p_j + m_j = target_j,
 * Σ x_j = total, lower_j <= x_j <= upper_j, and for each ordering pair (h, l):
 * S_l · Σ_{j∈h} x_j − S_h · Σ_{j∈l} x_j >= 0 (posts per unit of weight in h >= in l), S_c = Σ weights in c.
 * @example buildAllocationLp(problem, { integer: true }).variables.length // 3 × townships
 */
export function buildAllocationLp(
  problem: AllocationProblem,
  options: { readonly integer: boolean },
): LinearModel {
  const variables: LinearVariable[] = [];
  const constraints: LinearConstraint[] = [];
  problem.units.forEach((unit, j) => {
    variables.push({
      name: postsVar(j),
      lower: unit.lower,
      upper: unit.upper,
      integer: options.integer,
      cost: 0,
    });
    variables.push({
      name: excessVar(j),
      lower: 0,
      upper: Number.POSITIVE_INFINITY,
      integer: false,
      cost: 1,
    });
    variables.push({
      name: shortfallVar(j),
      lower: 0,
      upper: Number.POSITIVE_INFINITY,
      integer: false,
      cost: 1,
    });
    constraints.push({
      name: `dev${j}`,
      terms: [
        { variable: postsVar(j), coefficient: 1 },
        { variable: excessVar(j), coefficient: -1 },
        { variable: shortfallVar(j), coefficient: 1 },
      ],
      lower: unit.target,
      upper: unit.target,
    });
  });
  constraints.push({
    name: "total",
    terms: problem.units.map((_, j) => ({ variable: postsVar(j), coefficient: 1 })),
    lower: problem.total,
    upper: problem.total,
  });
  problem.ordering.forEach((pair, k) => {
    const weightOf = (category: string) =>
      problem.units.filter((u) => u.category === category).reduce((s, u) => s + u.weight, 0);
    const higherWeight = weightOf(pair.higher);
    const lowerWeight = weightOf(pair.lower);
    const terms: { variable: string; coefficient: number }[] = [];
    problem.units.forEach((unit, j) => {
      if (unit.category === pair.higher) terms.push({ variable: postsVar(j), coefficient: lowerWeight });
      if (unit.category === pair.lower) terms.push({ variable: postsVar(j), coefficient: -higherWeight });
    });
    constraints.push({ name: `ord${k}`, terms, lower: 0, upper: Number.POSITIVE_INFINITY });
  });
  return { variables, constraints, offset: 0 };
}
