import type { ScenarioResult } from "../run/result.ts";

/** What one run allocated: its status and each township's posts (data order; empty without a solution). */
export interface RunAllocation {
  readonly status: ScenarioResult["solver"]["status"];
  readonly posts: readonly number[];
}

/**
 * The allocation of a result, for comparing runs: status and posts. Two runs allocate the same when their
 * status is solved in both and the posts are equal, or when neither has a solution.
 * @example allocationOf(result).posts[0] // 46 for 城厢镇 in the demo baseline
 */
export function allocationOf(result: ScenarioResult): RunAllocation {
  return { status: result.solver.status, posts: result.townships.map((t) => t.allocated) };
}

/** Whether two runs allocate the same posts to every township (both without a solution counts as the same). */
export function sameAllocation(a: RunAllocation, b: RunAllocation): boolean {
  const solvedA = a.posts.length > 0;
  const solvedB = b.posts.length > 0;
  if (solvedA !== solvedB) return false;
  if (!solvedA) return true;
  return a.posts.length === b.posts.length && a.posts.every((x, j) => x === b.posts[j]);
}
