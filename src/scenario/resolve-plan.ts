import { InputError, type InputProblem, type PostType, type Scenario } from "../types.ts";
import {
  EMPTY_POST_TYPES_MESSAGE,
  perTypeKeyAtTopMessage,
  SHARED_YEAR_TOTALS_MESSAGE,
} from "../words/plan-messages.ts";
import { PLAN_POST_TYPES } from "./plan-post-types.ts";
import { resolveScenario, type ScenarioInputs } from "./resolve-scenario.ts";
import { PER_TYPE_KEYS, type ReserveAssign, type ScenarioFile } from "./scenario-schema.ts";

/** One post type of a plan file: the single-type scenario file it stands for, and where its keys are. */
export interface PlanTypeFile {
  readonly postType: PostType;
  /** A single-type scenario file (no `postTypes`), what `resolveScenario` reads. */
  readonly file: ScenarioFile;
  /** Key path of this type's settings: "postTypes.admin", or "" for a single-type file. */
  readonly at: string;
  /** The reserve's assignment rule (R6); absent: kept at county level. */
  readonly assign?: ReserveAssign;
}

/** True when a file is a plan: several post types (`postTypes`), or a reserve assigned by rule. */
export function isPlanFile(file: ScenarioFile): boolean {
  return file.postTypes !== undefined || file.reserve?.assign !== undefined;
}

/**
 * The single-type scenario files of a scenario file: one per entry of `postTypes` (admin, institution, leader in
 * that order; the shared keys — name, notes, data, sheet, columns, model, acceptInconsistent, solver,
 * timeLimitSeconds — copied into each), or the file itself when it has no `postTypes`.
 * @throws {InputError} when `postTypes` is empty or a per-type key is also written at the top level.
 */
export function planTypeFiles(file: ScenarioFile, source: string): PlanTypeFile[] {
  const { postTypes, ...shared } = file;
  if (postTypes === undefined) {
    const { reserve } = file;
    if (reserve?.assign === undefined) return [{ postType: file.postType, file, at: "" }];
    const { assign, ...kept } = reserve;
    return [{ postType: file.postType, file: { ...file, reserve: kept }, at: "", assign }];
  }
  const problems: InputProblem[] = [];
  // Keys with a default cannot be told from absent once parsed: a value other than the default was written.
  const written = PER_TYPE_KEYS.filter((key) =>
    key === "postType"
      ? file.postType !== "admin"
      : key === "method"
        ? file.method !== "lp"
        : file[key] !== undefined,
  );
  for (const key of written)
    problems.push({
      code: "per-type-key-at-top",
      file: source,
      path: key,
      message: perTypeKeyAtTopMessage(key),
    });
  const types = PLAN_POST_TYPES.filter((p) => postTypes[p] !== undefined);
  // year totals are one type's numbers (511 admin posts, 733 institution, 250 leader in the demo)
  if (file.transition?.yearTotals !== undefined && types.length > 1)
    problems.push({
      code: "shared-year-totals",
      file: source,
      path: "transition.yearTotals",
      message: SHARED_YEAR_TOTALS_MESSAGE,
    });
  if (types.length === 0)
    problems.push({
      code: "empty-post-types",
      file: source,
      path: "postTypes",
      message: EMPTY_POST_TYPES_MESSAGE,
    });
  if (problems.length > 0) throw new InputError(problems);
  return types.map((postType) => {
    const entry = postTypes[postType]!;
    const { reserve, solver, method, ...rest } = entry;
    const kept = reserve === undefined ? undefined : (({ assign: _, ...r }) => r)(reserve);
    const single: ScenarioFile = {
      ...shared,
      postType,
      ...rest,
      ...(kept !== undefined ? { reserve: kept } : {}),
      method: method ?? "lp",
      solver: solver ?? file.solver,
    };
    return {
      postType,
      file: single,
      at: `postTypes.${postType}`,
      ...(reserve?.assign !== undefined ? { assign: reserve.assign } : {}),
    };
  });
}

/** One resolved post type of a plan. */
export interface PlanTypeScenario extends Omit<PlanTypeFile, "file"> {
  readonly scenario: Scenario;
}

/**
 * Resolves every post type of a scenario file against its data and model (`resolveScenario` for each), collecting
 * the problems of all types in one pass; a problem of the scenario file itself gets its type's key path
 * (`postTypes.institution.band.maxCut`).
 * @throws {InputError} listing every problem.
 */
export function resolvePlan(file: ScenarioFile, inputs: ScenarioInputs): PlanTypeScenario[] {
  const problems: InputProblem[] = [];
  const resolved: PlanTypeScenario[] = [];
  for (const { file: single, ...type } of planTypeFiles(file, inputs.source)) {
    try {
      resolved.push({ ...type, scenario: resolveScenario(single, inputs) });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      for (const p of error.problems) problems.push(prefixPath(p, type.at, inputs.source));
    }
  }
  if (problems.length > 0) {
    // A problem of the data or the model is met once per post type: listed once.
    const seen = new Set<string>();
    throw new InputError(
      problems.filter((p) => {
        const key = JSON.stringify(p);
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      }),
    );
  }
  return resolved;
}

/** A problem of the scenario file moved under its post type's key path. */
export function prefixPath(problem: InputProblem, at: string, source: string): InputProblem {
  if (at === "" || problem.file !== source) return problem;
  const path = problem.path === undefined || problem.path === "(root)" ? at : `${at}.${problem.path}`;
  return { ...problem, path };
}
