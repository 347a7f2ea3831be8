import { describeLastPost } from "../allocation/apportion/last-post.ts";
import { allocateExact } from "../allocation/exact.ts";
import { relaxations } from "../allocation/relaxations.ts";
import { scenarioTransition } from "../allocation/scenario-transition.ts";
import { countyStory } from "../explain/county-story.ts";
import { policyChecks } from "../explain/policy-checks.ts";
import { bindingReason, explainTownships } from "../explain/reasons.ts";
import { transitionCheck } from "../explain/transition-check.ts";
import { currentPosts } from "../scenario/current-posts.ts";
import { APPORTION_METHOD_LABELS } from "../words/method-labels.ts";
import { hiringSection } from "./hiring-section.ts";
import type { ScenarioResult, TownshipResult } from "./result.ts";
import { solveScenario } from "./solve-scenario.ts";
import type { WeightedScenario } from "./weigh-scenario.ts";

/** What a run may leave out. */
export interface RunOptions {
  /**
   * Search the smallest change of each setting that makes an infeasible scenario feasible (`remedies`). Default true;
   * many runs in a row (a sweep) turn it off.
   */
  readonly remedies?: boolean;
  /**
   * Compute the multi-year transition path (R12) when the scenario has a `transition` block. Default: as `remedies`
   * (true unless remedies are off), so that many runs in a row (a sweep, a Monte Carlo) leave both out.
   */
  readonly transition?: boolean;
}

/**
 * Conducts a run of a scenario whose weights are derived (see `loadScenarioSources`, `weighScenario`): index →
 * totals, targets and bounds → integer allocation (solver or classical method) → reasons → policy checks.
 * Infeasible settings give a result with status "infeasible" and the conflicts; bad data throws InputError.
 * @throws {InputError} when the index cannot be computed from the data (e.g. log of 0).
 * @example const result = await runScenario(await loadScenarioSources(sources)); result.townships.map((t) => t.allocated)
 */
export async function runScenario(
  scenario: WeightedScenario,
  options: RunOptions = {},
): Promise<ScenarioResult> {
  const townships = scenario.data.townships;
  const names = new Map(townships.map((t) => [t.id, t.name]));
  const { index: indexResult, built, outcome, apportioned } = await solveScenario(scenario, { names });
  const index = indexResult.townships;
  const { problem, totals } = built;
  const header = {
    name: scenario.name,
    source: scenario.source,
    data: scenario.dataSource,
    model: scenario.modelSource,
    postType: scenario.postType,
    ordering: problem.ordering.length > 0,
    method: scenario.method,
    factors: scenario.model.factors.map((factor) => ({
      id: factor.id,
      label: factor.label,
      indicators: factor.indicators.map((indicator) => ({ id: indicator.id, label: indicator.label })),
    })),
  };
  const base = { scenario: header, weights: indexResult.weights, weighting: scenario.weighting };

  if (outcome.status !== "optimal" && outcome.status !== "feasible") {
    const remedies =
      outcome.status === "infeasible" && options.remedies !== false ? await relaxations(scenario, index) : [];
    return {
      ...base,
      totals: { ...totals, allocated: null },
      solver: {
        requested: scenario.solver,
        backend: outcome.backend,
        status: outcome.status,
        provenOptimal: false,
        ...(scenario.method === "lp" ? { objectiveName: scenario.model.allocation.objective } : {}),
        detail: outcome.detail,
        ...("message" in outcome && outcome.message !== undefined ? { message: outcome.message } : {}),
      },
      townships: [],
      story: null,
      conflicts: outcome.status === "infeasible" ? outcome.conflicts : [],
      ...(remedies.length > 0 ? { remedies } : {}),
      ties: [],
      checks: [],
      ...(scenario.hiring !== undefined ? { hiring: hiringSection(scenario, null) } : {}),
    };
  }

  const posts = outcome.posts;
  const withoutOrdering =
    problem.ordering.length > 0
      ? (allocateExact(problem.units, problem.total, problem.objective)?.posts ?? [...posts])
      : posts;
  const demandSum = built.demands.reduce((s, d) => s + d, 0);
  const explained = explainTownships(
    townships.map((t, j) => {
      const lastPost = apportioned?.units[j]?.lastPost;
      return {
        name: t.name,
        unit: problem.units[j]!,
        plainTarget: built.plainTargets[j]!,
        coefficient: scenario.model.categories[t.category].coefficient,
        withoutOrdering: withoutOrdering[j]!,
        allocated: posts[j]!,
        ...(apportioned && lastPost
          ? {
              method: {
                label: APPORTION_METHOD_LABELS[apportioned.method],
                lastPost: { zh: describeLastPost(lastPost, "zh"), en: describeLastPost(lastPost, "en") },
              },
            }
          : {}),
      };
    }),
  );
  const rows: TownshipResult[] = townships.map((t, j) => {
    const unit = problem.units[j]!;
    const coefficient = scenario.model.categories[t.category].coefficient;
    const reasons = explained[j]!;
    const current = currentPosts(scenario.postType, t);
    return {
      id: t.id,
      name: t.name,
      category: t.category,
      current,
      index: index[j]!.index,
      factorParts: index[j]!.factorParts,
      indicatorParts: index[j]!.indicatorParts,
      coefficient,
      share: built.demands[j]! / demandSum,
      plainTarget: built.plainTargets[j]!,
      target: unit.target,
      lower: unit.lower,
      upper: Number.isFinite(unit.upper) ? unit.upper : null,
      allocated: posts[j]!,
      change: posts[j]! - current,
      binding: bindingReason(reasons),
      reasons,
    };
  });
  const allocatedSum = posts.reduce((s, x) => s + x, 0);
  const wantTransition = options.transition ?? options.remedies !== false;
  const transition =
    wantTransition && scenario.transition
      ? scenarioTransition(scenario, scenario.transition, posts)
      : undefined;
  return {
    ...base,
    totals: { ...totals, allocated: allocatedSum },
    solver: {
      requested: scenario.solver,
      backend: outcome.backend,
      status: outcome.status,
      provenOptimal: outcome.provenOptimal,
      objective: outcome.objective,
      ...(scenario.method === "lp" ? { objectiveName: scenario.model.allocation.objective } : {}),
      detail: outcome.detail,
    },
    townships: rows,
    story: countyStory({ townships: rows, totals, ordering: problem.ordering.length > 0 }),
    conflicts: [],
    ties: outcome.ties,
    checks: [...policyChecks(scenario, totals, posts), ...(transition ? [transitionCheck(transition)] : [])],
    ...(transition ? { transition } : {}),
    ...(apportioned
      ? {
          apportionment: {
            method: apportioned.method,
            label: APPORTION_METHOD_LABELS[apportioned.method],
            priorityList: apportioned.priorityList,
            nextPost: apportioned.nextPost,
            tieBreak: apportioned.tieBreak,
            ...(apportioned.divisor ? { divisor: apportioned.divisor } : {}),
          },
        }
      : {}),
    ...(scenario.hiring !== undefined ? { hiring: hiringSection(scenario, posts) } : {}),
  };
}
