import { type HiringSection, hiringSection } from "./hiring-section.ts";
import type { WeightedPlan } from "./load-plan.ts";
import type { PlanResult } from "./plan-result.ts";

/**
 * The one hiring plan (R7) and lending table (R8) of a plan run (`runPlan`): the section of the first post type that
 * carries one (admin, institution, leader: with admin and institution posts, the admin type's, which counts both
 * types' new basic posts), else the section `runPlan` would make without a hiring block (admin + institution posts
 * of this plan when both are allocated, else the first type's posts), so that the lending is listed and the missing
 * plan said. A single-type file gives its own section, as `runScenario` makes it.
 * @example planHiringSection(outcome.plan, outcome.result).plan?.placed // 50 on the demo whole-policy.yaml
 */
export function planHiringSection(plan: WeightedPlan, result: PlanResult): HiringSection {
  for (const type of plan.types) {
    const hiring = result.types[type.postType]?.hiring;
    if (hiring !== undefined) return hiring;
  }
  const allocated = (k: number): number[] | null => {
    const r = result.types[plan.types[k]!.postType];
    return r === undefined || r.totals.allocated === null ? null : r.townships.map((t) => t.allocated);
  };
  const admin = plan.types.findIndex((t) => t.postType === "admin");
  const institution = plan.types.findIndex((t) => t.postType === "institution");
  if (admin >= 0 && institution >= 0) {
    const a = allocated(admin);
    const i = allocated(institution);
    if (a !== null && i !== null) return hiringSection(plan.types[admin]!.scenario, a, i);
  }
  return hiringSection(plan.types[0]!.scenario, allocated(0));
}
