import { GENERAL_ADMIN_FLOOR, MAX_LENT_SHARE } from "../policy.ts";
import type { Bilingual, Scenario } from "../types.ts";

/** What came of checking a rule: passed, failed, or not checked for want of data (R8 without a lent-out column). */
export type PolicyCheckStatus = "passed" | "failed" | "not-checked";

/** One policy rule checked on a result. */
export interface PolicyCheck {
  /** Rule id of shared/policy/rules.md, e.g. "R3", or "sum" for the exact-total invariant. */
  readonly rule: string;
  /** `true` unless the rule failed: also `true` for a rule not checked (see `status`). */
  readonly ok: boolean;
  /** "passed", "failed", or "not-checked" when the data lack what the rule needs; shown as ✓, ✗ or –. */
  readonly status: PolicyCheckStatus;
  readonly message: Bilingual;
  /** Townships that break the rule, with the value found and the limit. */
  readonly townships: readonly {
    readonly id: string;
    readonly name: string;
    readonly value: number;
    readonly limit: number;
  }[];
}

/** R3: the policy's minimum admin posts of a general township. */
export const POLICY_GENERAL_ADMIN_MINIMUM = GENERAL_ADMIN_FLOOR;
/** R8: at most this share of a township's posts may be lent out. */
export const POLICY_MAX_LENT_SHARE = MAX_LENT_SHARE;

/**
 * Checks a result against the policy rules a program can check: the exact sum, R2 (no decrease), R3 (general
 * townships >= 15 admin posts, when admin posts are allocated) and R8 (staff lent out <= 5% of posts, from the data;
 * listed as "not-checked" when the table has no staff-lent-out column, so that it never vanishes unsaid).
 * @example policyChecks(scenario, { current: 500, total: 510, toAllocate: 500 }, [15, 18, …])
 */
export function policyChecks(
  scenario: Scenario,
  totals: { readonly current: number; readonly total: number; readonly toAllocate: number },
  allocated: readonly number[],
): PolicyCheck[] {
  const townships = scenario.data.townships;
  const checks: PolicyCheck[] = [];
  const sum = allocated.reduce((s, x) => s + x, 0);
  checks.push({
    rule: "sum",
    ok: sum === totals.toAllocate,
    status: sum === totals.toAllocate ? "passed" : "failed",
    message: {
      zh: `分配合计 ${sum} 名，应等于可分配总量 ${totals.toAllocate} 名`,
      en: `allocations sum to ${sum}; the total to allocate is ${totals.toAllocate}`,
    },
    townships: [],
  });
  checks.push({
    rule: "R2",
    ok: totals.total >= totals.current,
    status: totals.total >= totals.current ? "passed" : "failed",
    message: {
      zh: `新总量 ${totals.total} 名，现有 ${totals.current} 名（两个不减少）`,
      en: `new total ${totals.total}, today ${totals.current} (no decrease)`,
    },
    townships: [],
  });
  if (scenario.postType === "admin") {
    const below = townships
      .map((t, j) => ({
        id: t.id,
        name: t.name,
        value: allocated[j]!,
        limit: POLICY_GENERAL_ADMIN_MINIMUM,
        category: t.category,
      }))
      .filter((t) => t.category === "general" && t.value < POLICY_GENERAL_ADMIN_MINIMUM)
      .map(({ category: _, ...rest }) => rest);
    checks.push({
      rule: "R3",
      ok: below.length === 0,
      status: below.length === 0 ? "passed" : "failed",
      message: {
        zh:
          below.length === 0
            ? `一般乡镇行政编制均不低于 ${GENERAL_ADMIN_FLOOR} 名`
            : `${below.length} 个一般乡镇行政编制低于 ${GENERAL_ADMIN_FLOOR} 名`,
        en:
          below.length === 0
            ? `every general township has at least ${GENERAL_ADMIN_FLOOR} admin posts`
            : `${below.length} general townships have fewer than ${GENERAL_ADMIN_FLOOR} admin posts`,
      },
      townships: below,
    });
  }
  const withLending = townships.filter((t) => t.staffLentOut !== undefined);
  if (withLending.length > 0) {
    const over = withLending
      .map((t) => {
        const posts = t.adminPosts + (t.institutionPosts ?? 0);
        return {
          id: t.id,
          name: t.name,
          value: t.staffLentOut!,
          limit: Math.round(posts * POLICY_MAX_LENT_SHARE * 100) / 100,
        };
      })
      .filter((t) => t.value > t.limit);
    checks.push({
      rule: "R8",
      ok: over.length === 0,
      status: over.length === 0 ? "passed" : "failed",
      message: {
        zh:
          over.length === 0
            ? `各乡镇借出人员均未超过编制总数的 ${MAX_LENT_SHARE * 100}%`
            : `${over.length} 个乡镇借出人员超过编制总数的 ${MAX_LENT_SHARE * 100}%（按现有行政+事业编制）`,
        en:
          over.length === 0
            ? `no township lends out more than ${MAX_LENT_SHARE * 100}% of its posts`
            : `${over.length} townships lend out more than ${MAX_LENT_SHARE * 100}% of their posts (today's admin + institution posts)`,
      },
      townships: over,
    });
  } else {
    checks.push({
      rule: "R8",
      ok: true,
      status: "not-checked",
      message: scenario.data.columns.includes("staffLentOut")
        ? {
            zh: "R8：未检查——数据表的借出人员列没有填写",
            en: "R8: not checked — the staff-lent-out column is empty",
          }
        : {
            zh: "R8：未检查——数据表没有借出人员列",
            en: "R8: not checked — no staff-lent-out column",
          },
      townships: [],
    });
  }
  return checks;
}
