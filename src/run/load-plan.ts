import { scenarioTotals } from "../allocation/totals.ts";
import { countiesOf, resolveCounties } from "../scenario/resolve-counties.ts";
import { toBilingual } from "../scenario/resolve-model.ts";
import { type PlanTypeScenario, prefixPath, resolvePlan } from "../scenario/resolve-plan.ts";
import { type Bilingual, InputError, type InputProblem } from "../types.ts";
import {
  namedLinePlace,
  namedOverReserveMessage,
  planOnProvinceTableMessage,
  townshipNamedTwiceMessage,
  unknownTownshipMessage,
} from "../words/plan-messages.ts";
import { loadScenarioParts, type ScenarioSources } from "./load-scenario.ts";
import { type WeightedScenario, weighScenario } from "./weigh-scenario.ts";

/** One post type of a plan, its weights derived. */
export interface WeightedPlanType extends Omit<PlanTypeScenario, "scenario"> {
  readonly scenario: WeightedScenario;
}

/** A scenario file with one or several post types, resolved and weighed: what `runPlan` runs. */
export interface WeightedPlan {
  readonly source: string;
  readonly name: Bilingual;
  /** In the order admin, institution, leader (those the file has). */
  readonly types: readonly WeightedPlanType[];
}

/**
 * The loader of a plan: the scenario's parts as `loadScenarioSources` reads them, then every post type resolved
 * and weighed; the problems of every type reported together (a scenario key under its type's path,
 * `postTypes.institution.band.maxCut`). A single-type file is a plan of one type.
 * @throws {InputError} with every problem found.
 */
export async function loadPlanSources(sources: ScenarioSources): Promise<WeightedPlan> {
  const source = sources.scenario.name;
  const { file, countyTotals, ...inputs } = await loadScenarioParts(sources);
  // A province table (a county column) is split county by county for a single-type file (`runProvince`); a file
  // with several post types is refused there (it would allocate the whole table as one county).
  const counties = countiesOf(inputs.data.townships);
  if (file.postTypes !== undefined && counties.length > 0)
    throw new InputError([
      {
        code: "plan-on-province-table",
        file: source,
        path: "postTypes",
        found: String(counties.length),
        message: planOnProvinceTableMessage(counties),
      },
    ]);
  const resolved = resolvePlan(file, { source, ...inputs }).map((type) =>
    file.postTypes === undefined
      ? { ...type, scenario: resolveCounties(type.scenario, file, countyTotals) }
      : type,
  );
  const problems: InputProblem[] = [];
  const types: WeightedPlanType[] = [];
  for (const type of resolved) {
    if (type.assign?.rule === "named") namedProblems(type, source, problems);
    try {
      types.push({ ...type, scenario: weighScenario(type.scenario) });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      for (const p of error.problems) problems.push(prefixPath(p, type.at, source));
    }
  }
  if (problems.length > 0) throw new InputError(problems);
  return { source, name: toBilingual(file.name, source), types };
}

/** A named reserve assignment checked against the county table and the reserve: ids known, once each, fitting. */
function namedProblems(type: PlanTypeScenario, source: string, problems: InputProblem[]): void {
  if (type.assign?.rule !== "named") return;
  const path = `${type.at === "" ? "" : `${type.at}.`}reserve.assign.townships`;
  const ids = type.scenario.data.townships.map((t) => t.id);
  const known = new Set(ids);
  const seen = new Set<string>();
  type.assign.townships.forEach((named, i) => {
    if (!known.has(named.id))
      problems.push({
        code: "unknown-township",
        file: source,
        path: `${path}.${i}.id`,
        place: namedLinePlace(type.postType, i + 1, `${path}.${i}.id`),
        found: named.id,
        message: unknownTownshipMessage(named.id, ids),
      });
    else if (seen.has(named.id))
      problems.push({
        code: "township-named-twice",
        file: source,
        path: `${path}.${i}.id`,
        place: namedLinePlace(type.postType, i + 1, `${path}.${i}.id`),
        found: named.id,
        message: townshipNamedTwiceMessage(named.id),
      });
    seen.add(named.id);
  });
  const named = type.assign.townships.reduce((s, t) => s + t.posts, 0);
  const { reserve } = scenarioTotals(type.scenario).totals;
  if (named > reserve)
    problems.push({
      code: "named-over-reserve",
      file: source,
      path,
      found: String(named),
      message: namedOverReserveMessage(named, reserve),
    });
}
