import type { Bilingual, Scenario } from "../types.ts";
import { CATEGORY_LABELS } from "../words/category-labels.ts";
import { OFFICE_CHECK_MESSAGES as M } from "../words/office-check-messages.ts";
import { type OfficeReport, officeReport } from "./office-report.ts";
import type { PolicyCheck } from "./policy-checks.ts";

/**
 * R10 and R11 checked on a scenario's data, as `PolicyCheck`s for the compliance table.
 * R10 fails when a township lacks one of the uniform offices (needs the offices table) or has more offices of its own
 * than its category's institution cap (needs a cap in the standard, and the table or the 机构数 column); each part that
 * cannot run is said in the message, and the check is "not-checked" when neither can. R11 fails when one of the six
 * agencies that stay stationed is listed as a township's own office, or when the table marks a stationed agency's staff
 * as counted in the township's staff in post; "not-checked" without an offices table. A township missing one of the
 * six is not a failure (a court or police station often serves several townships); the report lists them.
 * @example officeChecks(scenario).map((c) => c.rule) // ["R10", "R11"]
 */
export function officeChecks(
  scenario: Scenario,
  report: OfficeReport = officeReport(scenario),
): PolicyCheck[] {
  return [r10(report), r11(report)];
}

const join = (parts: readonly Bilingual[]): Bilingual => ({
  zh: parts.map((p) => p.zh).join("；"),
  en: parts.map((p) => p.en).join("; "),
});

function r10(report: OfficeReport): PolicyCheck {
  if (report.countFrom === "none")
    return { rule: "R10", ok: true, status: "not-checked", message: M.r10NotChecked, townships: [] };
  const parts: Bilingual[] = [];
  const failing: PolicyCheck["townships"][number][] = [];
  let checked = false;
  let failed = false;
  if (report.countFrom === "table") {
    checked = true;
    const lacking = report.townships.filter((t) => (t.missingUniform?.length ?? 0) > 0);
    const n = report.uniform.length;
    parts.push(
      lacking.length === 0
        ? M.r10UniformPassed(n)
        : M.r10UniformFailed(
            n,
            lacking.map((t) => ({ name: t.name, missing: t.missingUniform! })),
          ),
    );
    for (const t of lacking)
      failing.push({ id: t.id, name: t.name, value: n - t.missingUniform!.length, limit: n });
    failed ||= lacking.length > 0;
  } else parts.push(M.r10UniformNotChecked);
  const capped = report.townships.filter((t) => t.cap !== null && t.officeCount !== null);
  if (capped.length === 0) parts.push(M.r10CapNotChecked);
  else {
    checked = true;
    const from = report.countFrom === "table" ? M.fromTable : M.fromColumn;
    const over = capped.filter((t) => t.over! > 0);
    const sentence =
      over.length === 0
        ? M.r10CapPassed(from)
        : M.r10CapFailed(
            over.map((t) => ({ name: t.name, count: t.officeCount!, cap: t.cap! })),
            from,
          );
    const partly =
      report.uncapped.length === 0
        ? { zh: "", en: "" }
        : M.r10CapPartly(
            report.uncapped.map((c) => CATEGORY_LABELS[c].zh).join("、"),
            report.uncapped.map((c) => CATEGORY_LABELS[c].en).join(", "),
          );
    parts.push({ zh: sentence.zh + partly.zh, en: sentence.en + partly.en });
    for (const t of over) failing.push({ id: t.id, name: t.name, value: t.officeCount!, limit: t.cap! });
    failed ||= over.length > 0;
  }
  return {
    rule: "R10",
    ok: !failed,
    status: !checked ? "not-checked" : failed ? "failed" : "passed",
    message: join(parts),
    townships: failing,
  };
}

function r11(report: OfficeReport): PolicyCheck {
  if (report.table === undefined)
    return { rule: "R11", ok: true, status: "not-checked", message: M.r11NotChecked, townships: [] };
  const parts: Bilingual[] = [];
  const failing: PolicyCheck["townships"][number][] = [];
  const adjusted = report.townships.filter((t) => t.adjusted.length > 0);
  const adjustedCount = adjusted.reduce((s, t) => s + t.adjusted.length, 0);
  parts.push(adjustedCount === 0 ? M.r11Passed : M.r11Adjusted(adjusted.flatMap((t) => t.adjusted)));
  for (const t of adjusted) failing.push({ id: t.id, name: t.name, value: t.adjusted.length, limit: 0 });
  let counted = 0;
  if (report.table.hasCounted) {
    const counting = report.townships.filter((t) => (t.countedStationed?.length ?? 0) > 0);
    counted = counting.length;
    parts.push(counted === 0 ? M.r11CountedPassed : M.r11Counted(counting.map((t) => t.name)));
    for (const t of counting)
      failing.push({ id: t.id, name: t.name, value: t.countedStationed!.length, limit: 0 });
  } else parts.push(M.r11CountedUnseen);
  parts.push(M.r11PostsUnseen);
  const failed = adjustedCount > 0 || counted > 0;
  return {
    rule: "R11",
    ok: !failed,
    status: failed ? "failed" : "passed",
    message: join(parts),
    townships: failing,
  };
}
