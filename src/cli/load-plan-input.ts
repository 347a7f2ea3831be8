import type { Provenance } from "../report/analysis-format.ts";
import { filesHash } from "../report/result-identity.ts";
import { TOOLKIT_VERSION } from "../report/toolkit-version.ts";
import type { WeightedPlan } from "../run/load-plan.ts";
import { provenanceFile } from "./analysis-input.ts";
import { loadPlanWithFiles } from "./load-scenario.ts";

/**
 * What the per-rule commands (hiring, transition, offices, categories) read: a scenario file with one post type or
 * several (`postTypes`), loaded as a plan (`loadPlanWithFiles`), whether it is one (a single-type file keeps its
 * single-type outputs), and the provenance of its outputs (version and content hash of its files, as
 * `provenanceOf` gives them for a single-type file).
 * @throws {InputError} with every problem found.
 */
export async function loadPlanInput(
  path: string,
  cwd: string,
): Promise<{ readonly plan: WeightedPlan; readonly isPlan: boolean; readonly provenance: Provenance }> {
  const { plan, files, isPlan } = await loadPlanWithFiles(path, cwd);
  return {
    plan,
    isPlan,
    provenance: {
      version: TOOLKIT_VERSION,
      files: [provenanceFile(plan.source, await filesHash(files), plan.types[0]!.scenario.dataSource)],
    },
  };
}
