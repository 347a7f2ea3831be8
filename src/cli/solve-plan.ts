import { complianceTable } from "../explain/compliance.ts";
import { planToCsv, planToJson, planToMarkdown, planToText } from "../report/format-plan.ts";
import { planIdentity } from "../report/plan-identity.ts";
import { planOfficesView, planSections } from "../report/plan-sections.ts";
import type { IdentityFiles } from "../report/result-identity.ts";
import type { WeightedPlan } from "../run/load-plan.ts";
import { runPlan } from "../run/run-plan.ts";
import type { Lang, SolverChoice } from "../types.ts";

/** A plan run and rendered for `solve`: the four formats, and whether any type has no allocation. */
export async function solvePlan(
  plan: WeightedPlan,
  files: IdentityFiles,
  lang: Lang,
  solver: SolverChoice | undefined,
): Promise<{
  readonly rendered: Record<"json" | "csv" | "md" | "table", () => string>;
  readonly statuses: readonly string[];
}> {
  const chosen =
    solver === undefined
      ? plan
      : { ...plan, types: plan.types.map((type) => ({ ...type, scenario: { ...type.scenario, solver } })) };
  const result = await runPlan(chosen);
  const compliance = complianceTable(result);
  const identity = await planIdentity(chosen, result, files);
  const sections = planSections(result, planOfficesView(plan.source, plan.types[0]!.scenario), lang);
  return {
    rendered: {
      json: () => planToJson(result, compliance),
      csv: () => planToCsv(result, lang),
      md: () => planToMarkdown(result, compliance, lang, identity, sections),
      table: () => planToText(result, compliance, lang, sections),
    },
    statuses: Object.values(result.types).map((r) => r.solver.status),
  };
}
