import { assignReserve, type ReserveAssignment } from "../allocation/assign-reserve.ts";
import { officeChecks } from "../explain/office-checks.ts";
import { type CategoryRuleFigures, type PlanCheckType, planChecks } from "../explain/plan-checks.ts";
import { categoryCheck, dutiesCheck } from "../explain/rule-checks.ts";
import { type Bilingual, CATEGORIES, type Category, type PostType } from "../types.ts";
import { reserveStorySentence } from "../words/county-story.ts";
import {
  assignedReserveStorySentence,
  PROPORTIONAL_SHARE_REASON,
  RESERVE_NOT_ASSIGNED,
} from "../words/reserve-words.ts";
import { hiringSection } from "./hiring-section.ts";
import type { WeightedPlan } from "./load-plan.ts";
import type { PlanResult, PlanTownship, PlanTownshipPosts } from "./plan-result.ts";
import type { ScenarioResult, TownshipResult } from "./result.ts";
import { type RunOptions, runScenario } from "./run-scenario.ts";
import type { WeightedScenario } from "./weigh-scenario.ts";

/**
 * Runs every post type of a plan with `runScenario`, one after the other (admin, institution, leader), assigns each
 * type's reserve by its rule (`assignReserve`), and arranges the combined table (per township: each type's today,
 * basic, reserve, total, change and main reason) and the plan's checks (`planChecks`). Each type sums exactly;
 * a type that is infeasible keeps its diagnosis in `types` and is left out of the combined table.
 * @example (await runPlan(await loadPlanSources(sources))).townships[0].posts.admin?.total
 */
export async function runPlan(plan: WeightedPlan, options: RunOptions = {}): Promise<PlanResult> {
  const results: ScenarioResult[] = [];
  for (const type of plan.types) results.push(await runScenario(type.scenario, options));
  return planFromResults(plan, results);
}

/**
 * The plan of a single-type scenario already run (what the pages hold): its result with the reserve kept at county
 * level, the combined table of one type and the plan's checks, so `complianceTable` reads it like a plan's.
 */
export function planOfResult(scenario: WeightedScenario, result: ScenarioResult): PlanResult {
  return planFromResults(
    {
      source: scenario.source,
      name: scenario.name,
      types: [{ postType: scenario.postType, at: "", scenario }],
    },
    [result],
  );
}

/** A plan from its types' results (in `plan.types` order): reserves assigned, combined table, checks. */
function planFromResults(plan: WeightedPlan, given: readonly ScenarioResult[]): PlanResult {
  const results = withPlanHiring(plan, given);
  const types: Partial<Record<PostType, ScenarioResult>> = {};
  const reserves: Partial<Record<PostType, ReserveAssignment>> = {};
  const categories: Partial<Record<PostType, Record<Category, CategoryRuleFigures>>> = {};
  const checked: Partial<Record<PostType, PlanCheckType>> = {};
  plan.types.forEach((type, k) => {
    const result = results[k]!;
    const feasible = result.totals.allocated !== null;
    const reserve = feasible
      ? assignReserve(
          type.assign,
          result.totals.reserve,
          result.totals.total,
          result.townships.map((t) => ({
            id: t.id,
            name: t.name,
            category: t.category,
            share: t.share,
            allocated: t.allocated,
            upper: t.upper,
          })),
        )
      : {
          ...assignReserve(undefined, result.totals.reserve, result.totals.total, []),
          keptReason: RESERVE_NOT_ASSIGNED,
        };
    const rules = Object.fromEntries(
      CATEGORIES.map((c) => {
        const rule = type.scenario.model.categories[c];
        return [
          c,
          {
            coefficient: rule.coefficient,
            floor: rule.floor[type.postType] ?? null,
            cap: rule.cap[type.postType] ?? null,
          },
        ];
      }),
    ) as Record<Category, CategoryRuleFigures>;
    types[type.postType] = withAssignedReserve(result, reserve);
    reserves[type.postType] = reserve;
    categories[type.postType] = rules;
    checked[type.postType] = { result: types[type.postType]!, reserve, categories: rules };
  });
  const first = plan.types[0]!.scenario;
  const townships: PlanTownship[] = first.data.townships.map((t) => {
    const posts: Partial<Record<PostType, PlanTownshipPosts>> = {};
    for (const { postType } of plan.types) {
      const row = types[postType]!.townships.find((r) => r.id === t.id);
      if (row === undefined) continue;
      const assigned = reserves[postType]!.townships.find((r) => r.id === t.id);
      const extra = assigned?.posts ?? 0;
      posts[postType] = {
        current: row.current,
        basic: row.allocated,
        reserve: extra,
        total: row.allocated + extra,
        change: row.allocated + extra - row.current,
        binding: row.binding,
        mainReason: mainReason(row, assigned?.reasons ?? []),
      };
    }
    return { id: t.id, name: t.name, category: t.category, posts };
  });
  return {
    scenario: {
      name: plan.name,
      source: plan.source,
      data: first.dataSource,
      model: first.modelSource,
      postTypes: plan.types.map((t) => t.postType),
    },
    types,
    reserves,
    categories,
    townships,
    // R1, R10/R11 and R13 read the data and the standard, shared by every type: checked once, on the first type
    checks: [
      ...planChecks(checked),
      ...(plan.types[0] ? officeChecks(plan.types[0].scenario) : []),
      ...(plan.types[0] ? [categoryCheck(results[0]!.townships), dutiesCheck(plan.types[0].scenario)] : []),
    ],
  };
}

/**
 * One hiring plan for a file with admin and institution posts (R7), on both new allocations: the admin type's
 * `hiring` counts the admin and institution posts this file allocates (basic posts; the reserve is not a
 * township's), and the other types carry none, so the plan's numbers agree with each other. Unchanged when the file
 * has not both types or either has no allocation.
 */
function withPlanHiring(plan: WeightedPlan, results: readonly ScenarioResult[]): readonly ScenarioResult[] {
  const at = (postType: PostType) => plan.types.findIndex((t) => t.postType === postType);
  const admin = at("admin");
  const institution = at("institution");
  if (admin < 0 || institution < 0) return results;
  const adminResult = results[admin]!;
  const institutionResult = results[institution]!;
  if (adminResult.hiring === undefined) return results;
  if (adminResult.totals.allocated === null || institutionResult.totals.allocated === null) return results;
  const hiring = hiringSection(
    plan.types[admin]!.scenario,
    adminResult.townships.map((t) => t.allocated),
    institutionResult.townships.map((t) => t.allocated),
  );
  return results.map((result, k) => {
    if (k === admin) return { ...result, hiring };
    const { hiring: _, ...rest } = result;
    return rest;
  });
}

/**
 * A township's main reason: the step of its binding constraint (`binding`, what moved it most), else its reserve
 * assignment, else its largest step (|amount|, the first of equals), else its proportional share.
 */
function mainReason(row: TownshipResult, reserveReasons: readonly Bilingual[]): Bilingual {
  const largest = (reasons: readonly TownshipResult["reasons"][number][]) =>
    reasons.reduce<(typeof reasons)[number] | undefined>(
      (best, r) => (best === undefined || Math.abs(r.amount) > Math.abs(best.amount) ? r : best),
      undefined,
    );
  if (row.binding !== "free") {
    const bound = largest(row.reasons.filter((r) => r.kind === row.binding));
    if (bound !== undefined) return bound.message;
  }
  if (reserveReasons.length > 0) return reserveReasons[0]!;
  return largest(row.reasons)?.message ?? PROPORTIONAL_SHARE_REASON;
}

/** The result with its county story's reserve sentence saying where the reserve went, when a rule assigned some. */
function withAssignedReserve(result: ScenarioResult, reserve: ReserveAssignment): ScenarioResult {
  if (result.story === null || reserve.assigned === 0) return result;
  const held = reserveStorySentence(result.story.reserve);
  const assigned = assignedReserveStorySentence({
    posts: reserve.reserve,
    assigned: reserve.assigned,
    reserveRule: result.totals.reserveRule,
    rule: reserve.ruleText,
  });
  return {
    ...result,
    story: {
      ...result.story,
      sentences: result.story.sentences.map((s) => (s.zh === held.zh ? assigned : s)),
    },
  };
}
