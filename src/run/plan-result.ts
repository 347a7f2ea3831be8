// The result of a plan run (several post types in one scenario file): what `runPlan` returns and the plan's
// renderers (CLI, Markdown, CSV, JSON, the overview) read.

import type { ReserveAssignment } from "../allocation/assign-reserve.ts";
import type { CategoryRuleFigures, PlanCheck } from "../explain/plan-checks.ts";
import type { Bilingual, Category, PostType } from "../types.ts";
import type { BindingKind } from "../words/reason-labels.ts";
import type { ScenarioResult } from "./result.ts";

/** One post type of one township in the combined table. */
export interface PlanTownshipPosts {
  /** Today's posts. */
  readonly current: number;
  /** Basic posts allocated (基本编制). */
  readonly basic: number;
  /** Reserve posts assigned to the township by the reserve's rule (0 when kept at county level). */
  readonly reserve: number;
  /** basic + reserve. */
  readonly total: number;
  /** total − current. */
  readonly change: number;
  readonly binding: BindingKind;
  /** The step of the township's reasons that moved it most (largest |amount|), or its reserve reason. */
  readonly mainReason: Bilingual;
}

/** One township's line of the combined table: its three numbers, three changes and three main reasons. */
export interface PlanTownship {
  readonly id: string;
  readonly name: string;
  readonly category: Category;
  /** Per post type of the plan; absent for a type without an allocation. */
  readonly posts: Readonly<Partial<Record<PostType, PlanTownshipPosts>>>;
}

/** Everything a plan produces; deterministic to the byte when serialised. */
export interface PlanResult {
  readonly scenario: {
    readonly name: Bilingual;
    readonly source: string;
    readonly data: string;
    readonly model: string;
    /** The post types run, in the order admin, institution, leader. */
    readonly postTypes: readonly PostType[];
  };
  /** Each post type's own result, as `runScenario` gives it for a single-type file. */
  readonly types: Readonly<Partial<Record<PostType, ScenarioResult>>>;
  /** Where each type's flexible reserve went (R6). */
  readonly reserves: Readonly<Partial<Record<PostType, ReserveAssignment>>>;
  /** Each type's category rules as applied (coefficient, floor, cap). */
  readonly categories: Readonly<Partial<Record<PostType, Readonly<Record<Category, CategoryRuleFigures>>>>>;
  /** The combined table, in the county table's order. */
  readonly townships: readonly PlanTownship[];
  /** The plan's checks (`planChecks`); `complianceTable` arranges them by rule. */
  readonly checks: readonly PlanCheck[];
}
