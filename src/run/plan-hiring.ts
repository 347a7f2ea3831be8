// The one hiring section (R7) and lending table (R8) of a plan, as its run made it.
import type { PostType } from "../types.ts";
import { type HiringSection, hiringSection } from "./hiring-section.ts";
import type { WeightedPlan } from "./load-plan.ts";
import type { PlanResult } from "./plan-result.ts";

/**
 * A plan's hiring section: the one the run made (`runPlan` puts it on the admin type, counting the admin and
 * institution posts the file allocates; a plan without admin posts keeps it on its institution type), else — a plan
 * without a `hiring` block — the lending table on the same posts (`hiringSection`, its plan null with why). Null when
 * no type was run.
 * @example planHiringSection(outcome.plan, outcome.result)?.plan?.placed // 50 on the demo whole-policy.yaml
 */
export function planHiringSection(plan: WeightedPlan, result: PlanResult): HiringSection | null {
  const order: readonly PostType[] = ["admin", "institution", "leader"];
  for (const postType of order) {
    const made = result.types[postType]?.hiring;
    if (made !== undefined) return made;
  }
  const typeOf = (postType: PostType) => plan.types.find((t) => t.postType === postType);
  const allocatedOf = (postType: PostType): readonly number[] | null => {
    const r = result.types[postType];
    return r === undefined || r.totals.allocated === null ? null : r.townships.map((t) => t.allocated);
  };
  const admin = typeOf("admin");
  const institution = typeOf("institution");
  const adminPosts = allocatedOf("admin");
  const institutionPosts = allocatedOf("institution");
  if (admin !== undefined && institution !== undefined && adminPosts !== null && institutionPosts !== null)
    return hiringSection(admin.scenario, adminPosts, institutionPosts);
  const first = admin ?? institution ?? plan.types[0];
  return first === undefined ? null : hiringSection(first.scenario, allocatedOf(first.postType));
}
