import { townshipBounds } from "../allocation/bounds.ts";
import { allocateExact } from "../allocation/exact.ts";
import { chainRange } from "../allocation/ordering-chain.ts";
import type { AllocationUnit, Conflict } from "../allocation/problem.ts";
import { buildScenarioProblem } from "../allocation/scenario-problem.ts";
import { type ScenarioTotals, scenarioTotals } from "../allocation/totals.ts";
import { currentPosts } from "../scenario/current-posts.ts";
import { countiesOf } from "../scenario/resolve-counties.ts";
import { InputError, type InputProblem, type Township } from "../types.ts";
import { computeIndex } from "../weighting/weighted-index.ts";
import {
  countyReservesSum,
  countySplitConflict,
  countySplitReason,
  countyTotalsRule,
  countyTotalsSum,
} from "../words/province-labels.ts";
import type { CountyRun, CountySplit, ProvinceResult } from "./province-result.ts";
import type { ScenarioResult } from "./result.ts";
import { type RunOptions, runScenario } from "./run-scenario.ts";
import type { WeightedScenario } from "./weigh-scenario.ts";

/**
 * Whether a resolved scenario is a province run: its table has a county column.
 * @example isProvinceScenario(await loadScenarioSources(sources)) // false for the demo county
 */
export function isProvinceScenario(scenario: WeightedScenario): boolean {
  return scenario.data.townships.some((t) => t.county !== undefined);
}

/**
 * A province (or city) in one run. Each county gets its total — as given (`counties: { file }` or `{ totals }`), or
 * split from the province's (default, `counties: { split: index }`: the province's total less its reserve, shared by
 * the counties in proportion to Σ index × coefficient of their townships, the index normalised across the province,
 * each county at least its townships' lower bounds with the ordering chain's least need and today's posts (R2), at
 * most its townships' upper bounds, whole posts by the same exact allocation as the townships', 跨层级调剂) — then
 * each county is run as the county's own scenario with that total: index normalised across the county, its bounds,
 * allocation, reasons and checks (R2, R3, R8). A county that is infeasible comes back with its diagnosis while the
 * others are solved; a split that cannot be made is a result with its conflict. The model's weights are derived once
 * for the province. Deterministic: counties in the order they first appear in the table, townships in table order.
 * @throws {InputError} when an index cannot be computed (every county's problems at once).
 * @example const province = await runProvince(scenario); province.counties.map((c) => [c.county, c.total])
 */
export async function runProvince(
  scenario: WeightedScenario,
  options: RunOptions = {},
): Promise<ProvinceResult> {
  const townships = scenario.data.townships;
  const counties = countiesOf(townships);
  const byCounty = new Map<string, Township[]>(counties.map((c) => [c, []]));
  for (const township of townships) byCounty.get(township.county ?? "")?.push(township);
  const setting = scenario.counties ?? { kind: "split" as const, by: "index" as const };

  const countyScenario = (county: string, total: number): WeightedScenario => {
    const { counties: _province, ...rest } = scenario;
    return {
      ...rest,
      data: { ...scenario.data, townships: byCounty.get(county)!, notices: [] },
      total: { kind: "total", value: total },
      // the province's reserve is held at its level when the counties share a split
      reserve: setting.kind === "split" ? { kind: "none" } : scenario.reserve,
    };
  };

  const province = scenarioTotals(scenario);
  let totals: { county: string; total: number; split?: CountySplit }[];
  // with totals given, each county's own run checks R2 and its reserve; the province's figures are their sums
  const conflicts: Conflict[] = setting.kind === "given" ? [] : [...province.conflicts];
  if (setting.kind === "given") {
    totals = setting.totals.map((t) => ({ county: t.county, total: t.total }));
  } else {
    totals =
      conflicts.length > 0 ? [] : splitByIndex(scenario, counties, byCounty, countyScenario, conflicts);
  }

  const problems: InputProblem[] = [];
  const runs: CountyRun[] = [];
  for (const { county, total, split } of totals) {
    let result: ScenarioResult;
    try {
      result = await runScenario(countyScenario(county, total), options);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      for (const p of error.problems) problems.push(p);
      continue;
    }
    runs.push({
      county,
      townships: byCounty.get(county)!.length,
      total,
      ...(split !== undefined ? { split } : {}),
      result,
    });
  }
  if (problems.length > 0) throw new InputError(problems);

  const solved = runs.filter((r) => r.result.totals.allocated !== null);
  const statuses = new Set(runs.map((r) => r.result.solver.status));
  const status =
    conflicts.length > 0 || statuses.has("infeasible")
      ? "infeasible"
      : statuses.has("timedOut") || statuses.has("error")
        ? "no-solution"
        : "solved";
  return {
    scenario: {
      name: scenario.name,
      source: scenario.source,
      data: scenario.dataSource,
      model: scenario.modelSource,
      postType: scenario.postType,
      ordering: scenario.model.allocation.ordering,
      method: scenario.method,
      factors: scenario.model.factors.map((factor) => ({
        id: factor.id,
        label: factor.label,
        indicators: factor.indicators.map((indicator) => ({ id: indicator.id, label: indicator.label })),
      })),
    },
    weighting: scenario.weighting,
    totals: {
      ...(setting.kind === "given" ? givenTotals(runs, province.totals) : province.totals),
      countyRule: countyTotalsRule(
        setting.kind === "given"
          ? { kind: "given", source: setting.source }
          : { kind: "split", toAllocate: province.totals.toAllocate },
      ),
      allocated: solved.length > 0 ? solved.reduce((s, r) => s + (r.result.totals.allocated ?? 0), 0) : null,
    },
    status,
    conflicts,
    counties: runs,
  };
}

/** The province's figures as the sums of its counties' when each county's total was given (each holds its reserve). */
function givenTotals(runs: readonly CountyRun[], province: ScenarioTotals): ScenarioTotals {
  const sum = (f: (r: CountyRun) => number) => runs.reduce((s, r) => s + f(r), 0);
  const reserve = sum((r) => r.result.totals.reserve);
  return {
    current: province.current,
    total: province.total,
    totalRule: countyTotalsSum(province.total),
    reserve,
    reserveRule: reserve === 0 ? province.reserveRule : countyReservesSum(reserve),
    toAllocate: sum((r) => r.result.totals.toAllocate),
  };
}

/**
 * The split of the province's posts to allocate among its counties (see `runProvince`); pushes a conflict and
 * returns [] when the counties' least needs exceed it or their greatest room falls short.
 */
function splitByIndex(
  scenario: WeightedScenario,
  counties: readonly string[],
  byCounty: ReadonlyMap<string, readonly Township[]>,
  countyScenario: (county: string, total: number) => WeightedScenario,
  conflicts: Conflict[],
): { county: string; total: number; split: CountySplit }[] {
  const { toAllocate } = scenarioTotals(scenario).totals;
  const indexOutcome = computeIndex(scenario.model, scenario.data);
  if (indexOutcome.status === "problems") throw new InputError(indexOutcome.problems);
  const demandOf = new Map<Township, number>();
  scenario.data.townships.forEach((t, j) => {
    demandOf.set(
      t,
      indexOutcome.result.townships[j]!.index * scenario.model.categories[t.category].coefficient,
    );
  });
  const demandSum = [...demandOf.values()].reduce((s, d) => s + d, 0);
  const problems: InputProblem[] = [];
  const units: AllocationUnit[] = [];
  for (const county of counties) {
    const members = byCounty.get(county)!;
    const demand = members.reduce((s, t) => s + demandOf.get(t)!, 0);
    const current = members.reduce((s, t) => s + currentPosts(scenario.postType, t), 0);
    // the county's own bounds, as its run will build them (the total does not move a bound)
    let lower = 0;
    let upper = 0;
    for (const t of members) {
      const bounds = townshipBounds(
        t,
        scenario.model.categories[t.category],
        scenario.postType,
        scenario.band,
      );
      lower += bounds.lower;
      upper += bounds.upper;
    }
    if (scenario.model.allocation.ordering) {
      // the chain's least need, from the county's own problem (its index normalised across the county)
      const sub = countyScenario(county, current);
      const subIndex = computeIndex(sub.model, sub.data);
      if (subIndex.status === "problems") {
        for (const p of subIndex.problems) problems.push(p);
        continue;
      }
      const { problem } = buildScenarioProblem(sub, subIndex.result.townships);
      const range = problem.ordering.length > 0 ? chainRange(problem) : undefined;
      if (range?.feasible) {
        lower = Math.max(lower, range.leastSum);
        upper = Math.min(upper, range.greatestSum);
      }
    }
    lower = Math.max(lower, current);
    units.push({
      id: county,
      category: "general",
      target: demandSum > 0 ? (toAllocate * demand) / demandSum : 0,
      weight: demand,
      lower,
      upper: Math.max(lower, upper),
      lowerParts: { rule: lower },
      upperParts: Number.isFinite(upper) ? { rule: upper } : {},
    });
  }
  if (problems.length > 0) throw new InputError(problems);
  const need = units.reduce((s, u) => s + u.lower, 0);
  const room = units.reduce((s, u) => s + u.upper, 0);
  const allocation = allocateExact(units, toAllocate, scenario.model.allocation.objective);
  if (allocation === undefined) {
    const short = need > toAllocate;
    conflicts.push({
      kind: short ? "lower-above-total" : "upper-below-total",
      involves: counties,
      numbers: { need: short ? need : room, total: toAllocate },
      message: countySplitConflict({ kind: short ? "short" : "over", need: short ? need : room, toAllocate }),
    });
    return [];
  }
  return units.map((unit, c) => {
    const total = allocation.posts[c]!;
    const upper = Number.isFinite(unit.upper) ? unit.upper : null;
    return {
      county: unit.id,
      total,
      split: {
        target: unit.target,
        lower: unit.lower,
        upper,
        reason: countySplitReason({
          county: unit.id,
          target: unit.target,
          lower: unit.lower,
          upper,
          allocated: total,
        }),
      },
    };
  });
}
