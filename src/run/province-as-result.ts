import type { PolicyCheck } from "../explain/policy-checks.ts";
import { countyConflictMessage, provinceCheckMessage } from "../words/province-labels.ts";
import type { ProvinceResult } from "./province-result.ts";
import type { ScenarioResult, SolverReport } from "./result.ts";

/**
 * A province run as one result, for what reads a `ScenarioResult` (the pages' tables, charts, township pages): the
 * townships of every solved county in the province's order with their numbers and reasons exactly as in their
 * county's run (the CLI's township table), the province's totals and rules, each policy check over the counties
 * (failed where any county failed it, naming them; "not checked" only where no county could check it), the ties of
 * every county, the province's conflicts and each county's with the county named. The weights are the first county's
 * (derived once for the province; the min-max ranges are each county's own). No county story: each county has its own
 * (in `province.counties`). The solver: "optimal" only when every county was proven so.
 * @example provinceAsResult(await runProvince(scenario)).townships.length // every solved county's townships
 */
export function provinceAsResult(province: ProvinceResult): ScenarioResult {
  const runs = province.counties.map((c) => c.result);
  const first = runs[0];
  const { countyRule: _rule, ...totals } = province.totals;
  return {
    scenario: province.scenario,
    weighting: province.weighting,
    totals,
    solver: provinceSolver(province),
    weights: first?.weights ?? { factors: {}, indicators: {} },
    townships: runs.flatMap((r) => r.townships),
    story: null,
    conflicts: [
      ...province.conflicts,
      ...province.counties.flatMap((c) =>
        c.result.conflicts.map((conflict) => ({
          ...conflict,
          message: countyConflictMessage(c.county, conflict.message),
        })),
      ),
    ],
    ties: runs.flatMap((r) => r.ties),
    checks: provinceChecks(province),
  };
}

function provinceSolver(province: ProvinceResult): SolverReport {
  const reports = province.counties.map((c) => c.result.solver);
  const first = reports[0];
  const objectives = reports.map((r) => r.objective);
  const status: SolverReport["status"] =
    province.status === "infeasible"
      ? "infeasible"
      : province.status === "no-solution"
        ? reports.some((r) => r.status === "timedOut")
          ? "timedOut"
          : "error"
        : reports.every((r) => r.status === "optimal")
          ? "optimal"
          : "feasible";
  return {
    requested: first?.requested ?? "auto",
    backend: first?.backend ?? "exact",
    status,
    provenOptimal: status === "optimal" && reports.every((r) => r.provenOptimal),
    ...(status !== "infeasible" && objectives.every((o) => o !== undefined)
      ? { objective: objectives.reduce((s, o) => s + o, 0) }
      : {}),
    ...(first?.objectiveName !== undefined ? { objectiveName: first.objectiveName } : {}),
    detail: [...new Set(reports.map((r) => r.detail))].join("; "),
  };
}

/** Each rule's check over the counties, in the order of the first county's checks. */
function provinceChecks(province: ProvinceResult): PolicyCheck[] {
  const rules: string[] = [];
  for (const run of province.counties)
    for (const check of run.result.checks) if (!rules.includes(check.rule)) rules.push(check.rule);
  return rules.map((rule) => {
    const of = province.counties.flatMap((c) => {
      const check = c.result.checks.find((k) => k.rule === rule);
      return check === undefined ? [] : [{ county: c.county, check }];
    });
    const checked = of.filter((o) => o.check.status !== "not-checked");
    const failed = checked.filter((o) => o.check.status === "failed" || !o.check.ok);
    if (checked.length === 0) {
      // not checked anywhere: the first county's reason (the table lacks the same column for all)
      return { ...of[0]!.check, townships: [] };
    }
    return {
      rule,
      ok: failed.length === 0,
      status: failed.length === 0 ? "passed" : "failed",
      message: provinceCheckMessage({
        counties: checked.length,
        failed: failed.map((o) => o.county),
        unsolved: province.counties.filter((c) => c.result.totals.allocated === null).map((c) => c.county),
      }),
      townships: failed.flatMap((o) => o.check.townships),
    };
  });
}
