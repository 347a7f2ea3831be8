import type { HiringPlan } from "../allocation/hiring-plan.ts";
import { MAX_LENT_SHARE } from "../policy.ts";
import type { Bilingual } from "../types.ts";
import { fixed } from "../words/fixed.ts";
import { HIRING_LABELS, HIRING_CHECK_LABELS as L } from "../words/hiring-labels.ts";
import { t } from "../words/t.ts";
import type { LendingReport } from "./lending.ts";
import type { PolicyCheck } from "./policy-checks.ts";

const both = (text: Bilingual, params: Readonly<Record<string, string | number>>): Bilingual => ({
  zh: t(text, "zh", params),
  en: t(text, "en", params),
});
const pct = (share: number): string => `${fixed(share * 100, 1)}%`;

/**
 * R7 checked on a hiring plan: within the quota, no township beyond its vacancies, and usage moving toward the target
 * — no township gets a recruit beyond its need while another is left below the target with a vacancy. Listed
 * townships: those that break it (value: recruits, limit: vacancies or need). `why` instead of a plan: not checked.
 * @example hiringCheck(planHiring(townships, settings)).status // "passed"
 */
export function hiringCheck(plan: HiringPlan | { readonly why: Bilingual }): PolicyCheck {
  if ("why" in plan)
    return {
      rule: "R7",
      ok: true,
      status: "not-checked",
      message: {
        zh: t(L.r7NotChecked, "zh", { why: plan.why.zh }),
        en: t(L.r7NotChecked, "en", { why: plan.why.en }),
      },
      townships: [],
    };
  const leftBelow = plan.lines.some((l) => l.recruits < l.need);
  const broken = plan.lines
    .filter((l) => l.recruits > l.vacancies || (leftBelow && l.recruits > l.need) || l.recruits < 0)
    .map((l) => ({
      id: l.id,
      name: l.name,
      value: l.recruits,
      limit: l.recruits > l.vacancies ? l.vacancies : l.need,
    }));
  const placed = plan.lines.reduce((s, l) => s + l.recruits, 0);
  const overQuota = placed > plan.quota;
  const ok = broken.length === 0 && !overQuota;
  const params = {
    target: pct(plan.targetUsage),
    placed,
    quota: plan.quota,
    before: plan.belowTargetBefore,
    after: plan.belowTargetAfter,
    n: broken.length,
  };
  return {
    rule: "R7",
    ok,
    status: ok ? "passed" : "failed",
    message: ok ? both(L.r7Passed, params) : both(overQuota ? L.r7OverQuota : L.r7Failed, params),
    townships: broken,
  };
}

/**
 * R8 checked on the lending report: each township over 5 % of today's admin + institution posts (value: lent,
 * limit: 5 % of its posts), "not checked" when the table has no figure. Agrees with `policyChecks`' R8 (tested).
 * @example lendingCheck(lendingReport(data)).townships.map((t) => t.id) // ["T17", "T24"] on the demo county
 */
export function lendingCheck(report: LendingReport): PolicyCheck {
  if (report.status === "not-checked") {
    const reason = report.why === "no-column" ? HIRING_LABELS.noLentColumn : HIRING_LABELS.lentColumnEmpty;
    return {
      rule: "R8",
      ok: true,
      status: "not-checked",
      message: {
        zh: t(L.r8NotChecked, "zh", { why: reason.zh }),
        en: t(L.r8NotChecked, "en", { why: reason.en }),
      },
      townships: [],
    };
  }
  const over = report.lines
    .filter((l) => l.over)
    .map((l) => ({
      id: l.id,
      name: l.name,
      value: l.lent,
      limit: Math.round(l.posts * MAX_LENT_SHARE * 100) / 100,
    }));
  const params = {
    n: over.length,
    callBack: report.totalCallBack,
    lent: report.totalLent,
    share: report.share === null ? "—" : pct(report.share),
  };
  return {
    rule: "R8",
    ok: over.length === 0,
    status: over.length === 0 ? "passed" : "failed",
    message: both(over.length === 0 ? L.r8Passed : L.r8Failed, params),
    townships: over,
  };
}
