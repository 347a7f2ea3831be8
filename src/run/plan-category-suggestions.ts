import { type CategorySuggestions, suggestCategories } from "../explain/suggest-category.ts";
import { InputError, type PostType } from "../types.ts";
import { computeIndex } from "../weighting/weighted-index.ts";
import type { WeightedPlan } from "./load-plan.ts";

/**
 * The category suggestion (R1, `suggestCategories`) of a plan: each township's natural-breaks suggestion on the
 * weighted index of one post type — the admin type's when the plan has one, else its first type's (the types come
 * in the order admin, institution, leader), the index the compliance table's R1 reads too — with that type named.
 * No allocation is needed for it. A single-type file suggests on its own index.
 * @throws {InputError} when the index cannot be computed from the data (e.g. log of 0).
 */
export function planCategorySuggestions(plan: WeightedPlan): {
  readonly postType: PostType;
  readonly suggestions: CategorySuggestions;
} {
  const type = plan.types.find((t) => t.postType === "admin") ?? plan.types[0]!;
  const { model, data } = type.scenario;
  const index = computeIndex(model, data);
  if (index.status === "problems") throw new InputError(index.problems);
  return {
    postType: type.postType,
    suggestions: suggestCategories(
      data.townships.map((t, j) => ({
        id: t.id,
        name: t.name,
        category: t.category,
        composite: index.result.townships[j]!.index,
      })),
    ),
  };
}
