import { runScenario } from "../run/run-scenario.ts";
import type { WeightedScenario } from "../run/weigh-scenario.ts";

/** One county total of a sweep. */
export interface SweepStep {
  /** The county total tried. */
  readonly total: number;
  /** What the townships shared at that total (total less the reserve). */
  readonly toAllocate: number;
  readonly status: "optimal" | "feasible" | "infeasible" | "timedOut" | "error";
  /** Posts per township in data order; empty without a solution. */
  readonly posts: readonly number[];
}

/** A township that lost a post although the posts to share went up: the Alabama paradox. */
export interface ParadoxFlag {
  readonly id: string;
  readonly name: string;
  /** The smaller and the larger total of the pair of steps. */
  readonly fromTotal: number;
  readonly toTotal: number;
  readonly before: number;
  readonly after: number;
}

export interface SweepResult {
  readonly townships: readonly { readonly id: string; readonly name: string }[];
  readonly steps: readonly SweepStep[];
  readonly flags: readonly ParadoxFlag[];
}

/**
 * Solves a scenario at every county total from `from` to `to` (inclusive, whole numbers) and flags every township
 * that loses a post when the posts to share rise (the Alabama paradox). Steps without a solution are kept with
 * their status and break the comparison chain.
 * @throws {RangeError} when from > to, either is not a whole number, or the range has more than 2,000 totals.
 * @example await sweepTotals(scenario, 500, 540)
 */
export async function sweepTotals(
  scenario: WeightedScenario,
  from: number,
  to: number,
): Promise<SweepResult> {
  if (!Number.isInteger(from) || !Number.isInteger(to) || from > to) {
    throw new RangeError(`sweep needs whole totals with from <= to, got ${from}..${to}`);
  }
  if (to - from > 2000) throw new RangeError(`sweep range too long: ${to - from + 1} totals (at most 2,001)`);
  const steps: SweepStep[] = [];
  for (let total = from; total <= to; total++) {
    const result = await runScenario({ ...scenario, total: { kind: "total", value: total } });
    steps.push({
      total,
      toAllocate: result.totals.toAllocate,
      status: result.solver.status,
      posts: result.townships.map((t) => t.allocated),
    });
  }
  const townships = scenario.data.townships.map((t) => ({ id: t.id, name: t.name }));
  const flags: ParadoxFlag[] = [];
  for (let k = 1; k < steps.length; k++) {
    const before = steps[k - 1]!;
    const after = steps[k]!;
    if (before.posts.length === 0 || after.posts.length === 0 || after.toAllocate <= before.toAllocate)
      continue;
    townships.forEach((township, j) => {
      if (after.posts[j]! < before.posts[j]!) {
        flags.push({
          ...township,
          fromTotal: before.total,
          toTotal: after.total,
          before: before.posts[j]!,
          after: after.posts[j]!,
        });
      }
    });
  }
  return { townships, steps, flags };
}
