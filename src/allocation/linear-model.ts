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

/** Name of the unit-step variable of unit j's step from `lower + k` posts (the `least-squares-relative` model). */
const stepVar = (j: number, k: number) => `s${j}_${k}`;

/**
 * Builds the allocation LP: minimise Σ (p_j + m_j) subject to x_j − p_j + m_j = target_j,
 * Σ x_j = total, lower_j <= x_j <= upper_j, and for each ordering pair (h, l):
 * S_l · Σ_{j∈h} x_j − S_h · Σ_{j∈l} x_j >= 0 (posts per unit of weight in h >= in l), S_c = Σ weights in c.
 * Under `least-squares-relative` the objective is an LP over unit steps instead: x_j = lower_j + Σ_k s_jk with
 * 0 ≤ s_jk ≤ 1 costing (2(lower_j + k − t_j) + 1)/t_j, the step's change in (x − t)²/t (increasing in k, so the LP
 * fills the steps in order), k < min(upper_j, lower_j + total − Σ lower) − lower_j; the offset Σ (lower_j − t_j)²/t_j
 * makes the model's objective Σ (x − t)²/t. Undefined when that needs more than `maxSteps` step variables.
 * @example buildAllocationLp(problem, { integer: true }).variables.length // 3 × townships
 */
export function buildAllocationLp(
  problem: AllocationProblem,
  options: { readonly integer: boolean; readonly maxSteps?: number },
): LinearModel {
  if (problem.objective === "least-squares-relative") {
    const model = buildStepLp(problem, options.integer, options.maxSteps ?? Number.POSITIVE_INFINITY);
    if (model === undefined) throw new RangeError("buildAllocationLp: more unit steps than maxSteps");
    return model;
  }
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
  orderingRows(problem, constraints);
  return { variables, constraints, offset: 0 };
}

/**
 * How many unit-step variables the `least-squares-relative` model of a problem needs (Infinity when a unit without
 * an upper bound meets a total beyond whole-number arithmetic).
 */
export function unitStepCount(problem: AllocationProblem): number {
  const spare = problem.total - problem.units.reduce((s, u) => s + u.lower, 0);
  return problem.units.reduce((s, u) => s + Math.max(0, Math.min(u.upper - u.lower, spare)), 0);
}

function buildStepLp(
  problem: AllocationProblem,
  integer: boolean,
  maxSteps: number,
): LinearModel | undefined {
  if (!(unitStepCount(problem) <= maxSteps)) return undefined;
  const spare = problem.total - problem.units.reduce((s, u) => s + u.lower, 0);
  const variables: LinearVariable[] = [];
  const constraints: LinearConstraint[] = [];
  let offset = 0;
  problem.units.forEach((unit, j) => {
    const scale = Math.max(unit.target, 1e-9);
    offset += (unit.lower - unit.target) ** 2 / scale;
    variables.push({ name: postsVar(j), lower: unit.lower, upper: unit.upper, integer, cost: 0 });
    const steps = Math.max(0, Math.min(unit.upper - unit.lower, spare));
    const terms = [{ variable: postsVar(j), coefficient: 1 }];
    for (let k = 0; k < steps; k++) {
      variables.push({
        name: stepVar(j, k),
        lower: 0,
        upper: 1,
        integer: false,
        cost: (2 * (unit.lower + k - unit.target) + 1) / scale,
      });
      terms.push({ variable: stepVar(j, k), coefficient: -1 });
    }
    constraints.push({ name: `steps${j}`, terms, lower: unit.lower, upper: unit.lower });
  });
  constraints.push({
    name: "total",
    terms: problem.units.map((_, j) => ({ variable: postsVar(j), coefficient: 1 })),
    lower: problem.total,
    upper: problem.total,
  });
  orderingRows(problem, constraints);
  return { variables, constraints, offset };
}

/** The ordering rows: S_l · Σ_{j∈h} x_j − S_h · Σ_{j∈l} x_j ≥ 0 for each pair (h, l). */
function orderingRows(problem: AllocationProblem, constraints: LinearConstraint[]): void {
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
}
