import type { Bilingual } from "../types.ts";
import { COMPLIANCE_RULES, NOT_CHECKED } from "../words/compliance-words.ts";
import type { PlanCheck } from "./plan-checks.ts";
import type { PolicyCheck, PolicyCheckStatus } from "./policy-checks.ts";

/** One rule of the compliance table: its checks and their verdict. */
export interface ComplianceRow {
  /** Rule id of shared/policy/rules.md ("R2" …), or "sum" for the exact sums. */
  readonly rule: string;
  readonly title: Bilingual;
  /** failed when any check failed; passed when none failed and one passed; not-checked when none was checked. */
  readonly status: PolicyCheckStatus;
  readonly checks: readonly PlanCheck[];
}

/** Every rule R1–R13 (and the exact sums) with its status: what `quota-planner check` prints. */
export interface ComplianceTable {
  readonly rows: readonly ComplianceRow[];
  /** failed when any row failed, else passed (rules not checked do not fail the plan). */
  readonly status: "passed" | "failed";
}

/** Rules listed "not checked" with this reason until a helper's check is plugged in. */
const PLACEHOLDERS: Readonly<Record<string, Bilingual>> = {
  R7: NOT_CHECKED.R7,
  R10: NOT_CHECKED.R10,
  R11: NOT_CHECKED.R11,
  R12: NOT_CHECKED.R12,
};

/**
 * The compliance table of a plan: the plan's own checks (`planChecks`) under their rule, in the order of rules.md,
 * each rule with a status. `extra` plugs in checks computed elsewhere (the hiring plan R7, offices R10/R11, the
 * transition R12 …): the checks of a rule given in `extra` replace the plan's own for that rule; a rule id outside
 * R1–R13 is listed after them when `extra` has it. A rule no code checks is listed "not checked" with why.
 * @example complianceTable({ checks: [] }).rows.find((r) => r.rule === "R7")?.status // "not-checked"
 */
export function complianceTable(
  plan: { readonly checks: readonly PlanCheck[] },
  extra: readonly PolicyCheck[] = [],
): ComplianceTable {
  // a rule id beyond rules.md's is listed when a check of its is plugged in or in the plan's own checks
  const extraRules = [...new Set([...extra, ...plan.checks].map((c) => c.rule))];
  const listed = new Set(COMPLIANCE_RULES.map((r) => r.rule));
  const rules = [
    ...COMPLIANCE_RULES,
    ...extraRules
      .filter((rule) => !listed.has(rule))
      .map((rule) => ({ rule, title: { zh: rule, en: rule } })),
  ];
  const rows = rules.map(({ rule, title }): ComplianceRow => {
    const plugged = extra.filter((c) => c.rule === rule);
    const own = plan.checks.filter((c) => c.rule === rule);
    const placeholder = PLACEHOLDERS[rule];
    const checks: PlanCheck[] =
      plugged.length > 0
        ? plugged
        : own.length > 0
          ? own
          : placeholder !== undefined
            ? [{ rule, ok: true, status: "not-checked", message: placeholder, townships: [] }]
            : [];
    return { rule, title, status: rowStatus(checks), checks };
  });
  return { rows, status: rows.some((r) => r.status === "failed") ? "failed" : "passed" };
}

function rowStatus(checks: readonly PolicyCheck[]): PolicyCheckStatus {
  if (checks.some((c) => c.status === "failed")) return "failed";
  if (checks.some((c) => c.status === "passed")) return "passed";
  return "not-checked";
}
