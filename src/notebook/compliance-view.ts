import { COMPLIANCE_LABELS, type ComplianceTable, complianceRows, type Lang } from "../index.ts";
import { t } from "./i18n.ts";

/**
 * The compliance table (rules R1–R13 and the exact sums) as an HTML table: rule, what, status, figures and notes,
 * townships concerned; one row per rule, marked with its status (`data-rule`, `data-status`).
 * @example slot.append(complianceView(complianceTable(planOfResult(scenario, result)), "zh"))
 */
export function complianceView(table: ComplianceTable, lang: Lang): HTMLElement {
  const node = document.createElement("table");
  node.className = "compliance";
  node.dataset.testid = "compliance";
  const head = node.createTHead().insertRow();
  for (const label of [
    COMPLIANCE_LABELS.rule,
    COMPLIANCE_LABELS.title,
    COMPLIANCE_LABELS.status,
    COMPLIANCE_LABELS.detail,
    COMPLIANCE_LABELS.townships,
  ]) {
    const th = document.createElement("th");
    th.scope = "col";
    th.textContent = t(label, lang);
    head.append(th);
  }
  const body = node.createTBody();
  complianceRows(table, lang).forEach((cells, k) => {
    const row = body.insertRow();
    const rule = table.rows[k]!;
    row.dataset.rule = rule.rule;
    row.dataset.status = rule.status;
    row.className = `compliance-${rule.status}`;
    for (const text of cells) row.insertCell().textContent = text;
  });
  return node;
}
