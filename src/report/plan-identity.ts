import type { WeightedPlan } from "../run/load-plan.ts";
import type { PlanResult } from "../run/plan-result.ts";
import { type IdentityFiles, type ResultIdentity, resultIdentity } from "./result-identity.ts";

/**
 * The identity of a plan: county, scenario, data file, content hash and version as `resultIdentity` gives them
 * (the three files are the same for every type), and the key parameters of every post type one after the other;
 * `dataName` as `resultIdentity` takes it (the planner's own file name on the pages).
 */
export async function planIdentity(
  plan: WeightedPlan,
  result: PlanResult,
  files: IdentityFiles,
  options: { readonly dataName?: string } = {},
): Promise<ResultIdentity> {
  const identities: ResultIdentity[] = [];
  for (const type of plan.types)
    identities.push(await resultIdentity(type.scenario, result.types[type.postType]!, files, options));
  const first = identities[0]!;
  return { ...first, scenario: plan.name, parameters: identities.flatMap((i) => i.parameters) };
}
