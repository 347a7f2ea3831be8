import { type HiringPlan, type HiringTownship, planHiring } from "../allocation/hiring-plan.ts";
import { hiringCheck, lendingCheck } from "../explain/hiring-checks.ts";
import { type LendingReport, lendingReport } from "../explain/lending.ts";
import type { PolicyCheck } from "../explain/policy-checks.ts";
import type { Bilingual, Scenario } from "../types.ts";
import { HIRING_LABELS } from "../words/hiring-labels.ts";

/**
 * Which posts the hiring plan counts: admin + institution, with the scenario's new posts of the type it allocates
 * (`allocated`), or both as today (`today`: the scenario allocates leader posts, or has no allocation).
 */
export type HiringPostsBasis =
  | { readonly kind: "allocated"; readonly postType: "admin" | "institution" }
  | { readonly kind: "plan" }
  | { readonly kind: "today"; readonly why: "leader" | "no-allocation" };

/** The hiring plan (R7) and the lending table (R8) of a run, with their checks. */
export interface HiringSection {
  readonly postsBasis: HiringPostsBasis;
  /** The plan; null when it cannot be made (`notPlanned` says why). */
  readonly plan: HiringPlan | null;
  readonly notPlanned: Bilingual | null;
  /** Townships left out of the plan for want of a figure (ids), so that none goes unsaid. */
  readonly leftOut: { readonly staff: readonly string[]; readonly institution: readonly string[] };
  readonly lending: LendingReport;
  /** R7 (from the plan) and R8 (from the lending table), as the compliance table takes them. */
  readonly checks: readonly PolicyCheck[];
}

/**
 * The hiring section of a run: each township's admin + institution posts (the scenario's new posts of the type it
 * allocates, the other type as today; both as today for a leader-post scenario or without an allocation), its staff
 * in post, the plan from the scenario's `hiring` block (`planHiring`), the lending table (`lendingReport`) and the
 * R7 and R8 checks. A township without a staff or institution figure is left out and listed; no plan (null, with
 * why) without a hiring block or any staff figure.
 * @example hiringSection(scenario, result.townships.map((t) => t.allocated)).plan?.placed // 50 on the demo baseline
 */
export function hiringSection(
  scenario: Scenario,
  allocated: readonly number[] | null,
  institution?: readonly number[],
): HiringSection {
  const postType = scenario.postType;
  const postsBasis: HiringPostsBasis =
    postType === "leader"
      ? { kind: "today", why: "leader" }
      : allocated === null
        ? { kind: "today", why: "no-allocation" }
        : postType === "admin" && institution !== undefined
          ? { kind: "plan" }
          : { kind: "allocated", postType };
  const townships = scenario.data.townships;
  const inPlan: HiringTownship[] = [];
  const leftOut = { staff: [] as string[], institution: [] as string[] };
  townships.forEach((t, j) => {
    const mine = postsBasis.kind === "today" ? undefined : allocated![j]!;
    const admin = postType === "admin" && mine !== undefined ? mine : t.adminPosts;
    const other =
      postsBasis.kind === "plan"
        ? institution![j]!
        : postType === "institution" && mine !== undefined
          ? mine
          : t.institutionPosts;
    if (t.staffInPost === undefined) leftOut.staff.push(t.id);
    else if (other === undefined) leftOut.institution.push(t.id);
    else
      inPlan.push({
        id: t.id,
        name: t.name,
        category: t.category,
        posts: admin + other,
        staff: t.staffInPost,
      });
  });
  const spec = scenario.hiring;
  const notPlanned =
    spec === undefined
      ? HIRING_LABELS.noBlock
      : leftOut.staff.length === townships.length
        ? scenario.data.columns.includes("staffInPost")
          ? HIRING_LABELS.staffColumnEmpty
          : HIRING_LABELS.noStaffColumn
        : null;
  const plan = spec !== undefined && notPlanned === null ? planHiring(inPlan, spec) : null;
  const lending = lendingReport(scenario.data);
  return {
    postsBasis,
    plan,
    notPlanned,
    leftOut,
    lending,
    checks: [hiringCheck(plan ?? { why: notPlanned! }), lendingCheck(lending)],
  };
}
