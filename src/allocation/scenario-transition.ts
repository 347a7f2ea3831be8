import { currentPosts } from "../scenario/current-posts.ts";
import type { Scenario, TransitionSpec } from "../types.ts";
import { type TransitionPath, transitionPath } from "./transition-path.ts";

/**
 * The transition path of a scenario (its `transition` block, R12): from each township's posts today to `allocated`
 * (the run's allocation, in the order of the county table), with the category floors of the post type every year.
 * @example scenarioTransition(scenario, spec, result.townships.map((t) => t.allocated)).townships[0].path
 */
export function scenarioTransition(
  scenario: Scenario,
  spec: TransitionSpec,
  allocated: readonly number[],
): TransitionPath {
  const townships = scenario.data.townships.map((t, j) => ({
    id: t.id,
    name: t.name,
    today: currentPosts(scenario.postType, t),
    target: allocated[j]!,
    floor: scenario.model.categories[t.category].floor[scenario.postType] ?? 0,
  }));
  return transitionPath(townships, spec);
}
