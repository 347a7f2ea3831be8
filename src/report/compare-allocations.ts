/**
 * Two allocations of the same townships side by side (the weights lab: the scenario as loaded and now).
 */
import type { ScenarioResult, TownshipResult } from "../run/result.ts";
import type { Category } from "../types.ts";

/** One township's allocation in two results. */
export interface AllocationChange {
  readonly id: string;
  readonly name: string;
  readonly category: Category;
  /** Posts today. */
  readonly current: number;
  /** Posts in the first result (the scenario as loaded), or null when it has no allocation. */
  readonly loaded: number | null;
  /** Posts in the second result (now). */
  readonly now: number;
  /** now − loaded (0 when loaded is null). */
  readonly difference: number;
  /** The step that moved it most now. */
  readonly binding: TownshipResult["binding"];
}

/**
 * The allocation `now` township by township beside the one `loaded` (matched by id, in `now`'s order).
 * @throws {RangeError} when `loaded` has an allocation for other townships than `now`
 * @example compareAllocations(baseline, populationFirst)[0] // { id: "T01", name: "城厢镇", category: "countySeat", current: 45, loaded: 46, now: 50, difference: 4, binding: … } (demo county goldens)
 */
export function compareAllocations(loaded: ScenarioResult, now: ScenarioResult): AllocationChange[] {
  const before = new Map(loaded.townships.map((t) => [t.id, t.allocated]));
  if (
    before.size > 0 &&
    (before.size !== now.townships.length || now.townships.some((t) => !before.has(t.id)))
  ) {
    throw new RangeError("compareAllocations(): the two results allocate different townships");
  }
  return now.townships.map((t) => {
    const was = before.get(t.id) ?? null;
    return {
      id: t.id,
      name: t.name,
      category: t.category,
      current: t.current,
      loaded: was,
      now: t.allocated,
      difference: was === null ? 0 : t.allocated - was,
      binding: t.binding,
    };
  });
}
