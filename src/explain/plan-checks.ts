import type { ReserveAssignment } from "../allocation/assign-reserve.ts";
import { type Bilingual, CATEGORIES, type Category, type PostType } from "../types.ts";
import type { WeightingReport } from "../weighting/derive-weights.ts";
import { CATEGORY_LABELS } from "../words/category-labels.ts";
import {
  FIGURE_LABELS,
  honestNoDecreaseMessage,
  leaderInfeasibleMessage,
  leaderTeamMessage,
  NOT_CHECKED,
  ofAdminAndInstitution,
  ofPostType,
  planSumMessage,
  priorityMessage,
  reserveCheckMessage,
  weightsMessage,
} from "../words/compliance-words.ts";
import { fixed } from "../words/fixed.ts";
import { WEIGHTING_METHOD_LABELS } from "../words/weighting-method-labels.ts";
import type { PolicyCheck, PolicyCheckStatus } from "./policy-checks.ts";

/** A figure a check shows: its label and value (posts, or a ratio for CR). */
export interface CheckFigure {
  readonly label: Bilingual;
  readonly value: number;
}

/** A policy check of a plan: a `PolicyCheck` with the post type it is about and the figures it rests on. */
export interface PlanCheck extends PolicyCheck {
  readonly postType?: PostType;
  readonly figures?: readonly CheckFigure[];
}

/** A category's rule as applied to one post type. */
export interface CategoryRuleFigures {
  readonly coefficient: number;
  readonly floor: number | null;
  readonly cap: number | null;
}

/** What the plan's checks read of one post type (a `ScenarioResult` and its reserve fit). */
export interface PlanCheckType {
  readonly result: {
    readonly scenario: { readonly ordering: boolean };
    readonly totals: {
      readonly current: number;
      readonly total: number;
      readonly reserve: number;
      readonly toAllocate: number;
      readonly allocated: number | null;
    };
    readonly townships: readonly {
      readonly id: string;
      readonly name: string;
      readonly category: Category;
      readonly index: number;
      readonly allocated: number;
    }[];
    readonly weighting: WeightingReport;
    readonly checks: readonly PolicyCheck[];
    /** The solver's status ("infeasible" when the settings admit no allocation) and, then, why. */
    readonly solver: { readonly status: string };
    readonly conflicts: readonly { readonly message: Bilingual }[];
    /**
     * The hiring section (R7) when the scenario has a `hiring` block; `postsBasis.kind` "plan" when it counts the
     * plan's admin and institution posts together.
     */
    readonly hiring?: {
      readonly checks: readonly PolicyCheck[];
      readonly postsBasis?: { readonly kind: string };
    };
  };
  readonly reserve: ReserveAssignment;
  readonly categories: Readonly<Record<Category, CategoryRuleFigures>>;
}

const status = (ok: boolean): PolicyCheckStatus => (ok ? "passed" : "failed");

/**
 * The checks of a plan, per post type, in rule order: exact sums, R2 read honestly (basic posts + the reserve kept
 * for the townships ≥ today, admin and institution), R3 (admin), R4 (ordering or coefficients), R5 (weights), R6
 * (reserve within the total, its rule), R8 (from the data) and R9 (leadership posts pooled, every township at
 * least its minimum team). A rule whose post type is absent or has no allocation is "not-checked", with why.
 */
export function planChecks(types: Partial<Record<PostType, PlanCheckType>>): PlanCheck[] {
  const checks: PlanCheck[] = [];
  const present = (["admin", "institution", "leader"] as const).filter((p) => types[p] !== undefined);
  for (const postType of present) checks.push(sumCheck(postType, types[postType]!));
  for (const postType of ["admin", "institution"] as const) {
    const type = types[postType];
    checks.push(
      type === undefined
        ? notChecked("R2", postType, NOT_CHECKED.typeAbsent(postType))
        : honestNoDecrease(postType, type),
    );
  }
  const admin = types.admin;
  const r3 = admin?.result.checks.find((c) => c.rule === "R3");
  if (admin === undefined) checks.push(notChecked("R3", "admin", NOT_CHECKED.typeAbsent("admin")));
  else if (r3 === undefined) checks.push(notChecked("R3", "admin", NOT_CHECKED.noAllocation("admin")));
  else checks.push({ ...r3, postType: "admin" });
  for (const postType of present) checks.push(priorityCheck(postType, types[postType]!));
  for (const postType of present) checks.push(weightsCheck(postType, types[postType]!));
  for (const postType of present) checks.push(reserveCheck(postType, types[postType]!));
  const r8 = present
    .map((p) => types[p]!.result.checks.find((c) => c.rule === "R8"))
    .find((c) => c !== undefined);
  if (r8 !== undefined) checks.push(r8);
  const leader = types.leader;
  checks.push(
    leader === undefined ? notChecked("R9", "leader", NOT_CHECKED.typeAbsent("leader")) : leaderCheck(leader),
  );
  // R7 from the hiring section of the first type that has one (admin, then institution), R12 from each type's path
  const hiring = present.map((p) => ({ p, h: types[p]!.result.hiring })).find((x) => x.h !== undefined);
  const r7 = hiring?.h?.checks.find((c) => c.rule === "R7");
  const several = present.length > 1;
  const named = (c: PolicyCheck, postType: PostType): PlanCheck => ({
    ...c,
    postType,
    ...(several ? { message: ofPostType(postType, c.message) } : {}),
  });
  if (hiring !== undefined && r7 !== undefined)
    checks.push(
      // a plan's hiring plan counts admin and institution posts together: said so, not under the admin type's name
      hiring.h?.postsBasis?.kind === "plan"
        ? { ...r7, postType: hiring.p, message: ofAdminAndInstitution(r7.message) }
        : named(r7, hiring.p),
    );
  for (const postType of present)
    for (const c of types[postType]!.result.checks) if (c.rule === "R12") checks.push(named(c, postType));
  return checks;
}

function notChecked(rule: string, postType: PostType, message: Bilingual): PlanCheck {
  return { rule, postType, ok: true, status: "not-checked", message, townships: [] };
}

function sumCheck(postType: PostType, type: PlanCheckType): PlanCheck {
  const { totals } = type.result;
  const { reserve } = type;
  const ok =
    totals.allocated !== null &&
    totals.allocated === totals.toAllocate &&
    reserve.assigned + reserve.keptAtCounty === totals.reserve;
  return {
    rule: "sum",
    postType,
    ok,
    status: status(ok),
    message: planSumMessage({
      postType,
      allocated: totals.allocated,
      toAllocate: totals.toAllocate,
      assigned: reserve.assigned,
      kept: reserve.keptAtCounty,
      reserve: totals.reserve,
      conflicts: type.result.conflicts.map((c) => c.message),
    }),
    figures: [
      { label: FIGURE_LABELS.basic, value: totals.allocated ?? 0 },
      { label: FIGURE_LABELS.reserve, value: totals.reserve },
      { label: FIGURE_LABELS.total, value: totals.total },
    ],
    townships: [],
  };
}

/**
 * R2 read honestly for one post type: the basic posts allocated to the townships plus the flexible reserve kept for
 * them must reach today's total; each part is shown. Without an allocation the planned figures (total − reserve)
 * are judged and the message says so.
 */
export function honestNoDecrease(postType: PostType, type: PlanCheckType): PlanCheck {
  const { totals } = type.result;
  const basic = totals.allocated ?? totals.toAllocate;
  const reserve = totals.reserve;
  const ok = basic + reserve >= totals.current;
  return {
    rule: "R2",
    postType,
    ok,
    status: status(ok),
    message: honestNoDecreaseMessage({
      postType,
      basic,
      reserve,
      today: totals.current,
      planned: totals.allocated === null,
    }),
    figures: [
      { label: FIGURE_LABELS.basic, value: basic },
      { label: FIGURE_LABELS.reserve, value: reserve },
      { label: FIGURE_LABELS.sum, value: basic + reserve },
      { label: FIGURE_LABELS.today, value: totals.current },
    ],
    townships: [],
  };
}

function priorityCheck(postType: PostType, type: PlanCheckType): PlanCheck {
  const rows = type.result.townships;
  const chain = CATEGORIES.filter((c) => rows.some((t) => t.category === c));
  if (type.result.scenario.ordering && rows.length > 0) {
    const rate = (c: Category) => {
      const of = rows.filter((t) => t.category === c);
      return of.reduce((s, t) => s + t.allocated, 0) / of.reduce((s, t) => s + t.index, 0);
    };
    const rates = chain.map(rate);
    const ok = rates.every((r, k) => k === 0 || rates[k - 1]! >= r - 1e-9);
    const words = (lang: "zh" | "en") =>
      chain.map((c, k) => `${CATEGORY_LABELS[c][lang]} ${fixed(rates[k]!, 2)}`).join(" ≥ ");
    return {
      rule: "R4",
      postType,
      ok,
      status: status(ok),
      message: priorityMessage({
        postType,
        kind: ok ? "ordering-holds" : "ordering-broken",
        chain: { zh: words("zh"), en: words("en") },
      }),
      townships: [],
    };
  }
  const categories = chain.length > 0 ? chain : CATEGORIES;
  const coefficients = categories.map((c) => type.categories[c].coefficient);
  const reversed = coefficients.some((x, k) => k > 0 && coefficients[k - 1]! < x);
  const flat = coefficients.every((x) => x === coefficients[0]);
  const words = (lang: "zh" | "en") =>
    categories
      .map((c, k) => `${CATEGORY_LABELS[c][lang]} ${fixed(coefficients[k]!)}`)
      .join(reversed ? ", " : " ≥ ");
  const ok = !reversed && !flat;
  return {
    rule: "R4",
    postType,
    ok,
    status: status(ok),
    message: priorityMessage({
      postType,
      kind: reversed ? "reversed" : flat ? "none" : "coefficients",
      chain: { zh: words("zh"), en: words("en") },
    }),
    townships: [],
  };
}

function weightsCheck(postType: PostType, type: PlanCheckType): PlanCheck {
  const weighting = type.result.weighting;
  const ahp = weighting.ahp;
  const crs =
    ahp === undefined
      ? []
      : [ahp.factors.combined.cr, ...Object.values(ahp.indicators).map((group) => group.combined.cr)];
  const cr = crs.length > 0 ? Math.max(...crs) : undefined;
  const consistent = ahp === undefined || ahp.consistent;
  // Judgements accepted as inconsistent still fail the consistency check the rule asks for: the run allocates (the
  // scenario says so), the table says the check failed.
  const ok = consistent;
  return {
    rule: "R5",
    postType,
    ok,
    status: status(ok),
    message: weightsMessage({
      postType,
      method: weighting.method,
      methodLabel: WEIGHTING_METHOD_LABELS[weighting.method],
      ...(cr !== undefined ? { cr } : {}),
      accepted: !consistent && weighting.acceptedInconsistent,
    }),
    ...(cr !== undefined ? { figures: [{ label: FIGURE_LABELS.cr, value: cr }] } : {}),
    townships: [],
  };
}

function reserveCheck(postType: PostType, type: PlanCheckType): PlanCheck {
  const { totals } = type.result;
  const { reserve } = type;
  const ok = totals.reserve <= totals.total && reserve.assigned <= totals.reserve;
  return {
    rule: "R6",
    postType,
    ok,
    status: status(ok),
    message: reserveCheckMessage({
      postType,
      reserve: totals.reserve,
      total: totals.total,
      assigned: reserve.assigned,
      rule: reserve.ruleText,
    }),
    figures: [
      { label: FIGURE_LABELS.reserve, value: totals.reserve },
      { label: FIGURE_LABELS.assigned, value: reserve.assigned },
      { label: FIGURE_LABELS.kept, value: reserve.keptAtCounty },
      { label: FIGURE_LABELS.total, value: totals.total },
    ],
    townships: [],
  };
}

function leaderCheck(type: PlanCheckType): PlanCheck {
  const { totals, townships } = type.result;
  if (totals.allocated === null) {
    // settings that admit no allocation break the rule (e.g. minimum teams above the pooled total); a solver that
    // stopped without an answer leaves it unchecked
    if (type.result.solver.status !== "infeasible")
      return notChecked("R9", "leader", NOT_CHECKED.noAllocation("leader"));
    return {
      rule: "R9",
      postType: "leader",
      ok: false,
      status: "failed",
      message: leaderInfeasibleMessage(type.result.conflicts.map((c) => c.message)),
      figures: [{ label: FIGURE_LABELS.total, value: totals.total }],
      townships: [],
    };
  }
  const extra = new Map(type.reserve.townships.map((t) => [t.id, t.posts]));
  const anyFloor = CATEGORIES.some((c) => type.categories[c].floor !== null);
  const below = townships
    .map((t) => ({
      id: t.id,
      name: t.name,
      value: t.allocated + (extra.get(t.id) ?? 0),
      limit: type.categories[t.category].floor ?? 0,
    }))
    .filter((t) => t.value < t.limit);
  const pooled = totals.allocated + totals.reserve;
  const ok = pooled === totals.total && below.length === 0;
  const message = leaderTeamMessage({ total: totals.total, pooled, below: below.length });
  return {
    rule: "R9",
    postType: "leader",
    ok,
    status: status(ok),
    message: anyFloor
      ? message
      : {
          zh: `${message.zh}；${NOT_CHECKED.noLeaderFloor.zh}`,
          en: `${message.en}; ${NOT_CHECKED.noLeaderFloor.en}`,
        },
    figures: [
      { label: FIGURE_LABELS.basic, value: totals.allocated },
      { label: FIGURE_LABELS.reserve, value: totals.reserve },
      { label: FIGURE_LABELS.total, value: totals.total },
    ],
    townships: below,
  };
}
