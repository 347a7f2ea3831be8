/**
 * The identity of a comparison: every scenario compared, with its file, standard, county, data file and content hash
 * (`filesHash`, the CLI's hash for the same files), and the toolkit's version. What the compare page shows and prints
 * in place of the one-scenario line of the other pages.
 */
import type { InMemorySources } from "../run/load-scenario.ts";
import type { Bilingual, Lang } from "../types.ts";
import { COMPARE_LABELS } from "../words/analysis-labels.ts";
import { t } from "../words/t.ts";
import { countyOf, filesHash } from "./result-identity.ts";
import { TOOLKIT_VERSION } from "./toolkit-version.ts";

/**
 * One scenario of a comparison as the pages hold it (`PlannerSources`): its label, its file name and text (the text
 * the content hash reads, as on the pages' printed identity), and the data and model files.
 */
export interface ComparedFiles {
  readonly label: Bilingual;
  readonly fileName: string;
  readonly yaml: string;
  readonly sources: Pick<InMemorySources, "data" | "model">;
}

/** What identifies a comparison. */
export interface ComparedIdentity {
  readonly version: string;
  readonly scenarios: readonly {
    readonly name: Bilingual;
    /** File names without their folders. */
    readonly file: string;
    readonly model: string;
    readonly data: string;
    readonly county: Bilingual;
    /** `filesHash` of the data, scenario and model: 12 hex digits. */
    readonly hash: string;
  }[];
}

const baseName = (path: string): string => path.slice(path.replace(/\\/g, "/").lastIndexOf("/") + 1);

/**
 * The identity of a comparison of these scenarios, in their order.
 * @example (await comparedIdentity([{ label, fileName: "baseline.yaml", yaml, sources }, …])).scenarios[0].hash // "24442a947c71", as `quota-planner compare` prints
 */
export async function comparedIdentity(list: readonly ComparedFiles[]): Promise<ComparedIdentity> {
  const scenarios = [];
  for (const { label, fileName, yaml, sources } of list) {
    scenarios.push({
      name: label,
      file: baseName(fileName),
      model: baseName(sources.model.name),
      data: baseName(sources.data.name),
      county: countyOf(sources.data.name),
      hash: await filesHash({ data: sources.data, scenario: { text: yaml }, model: sources.model }),
    });
  }
  return { version: TOOLKIT_VERSION, scenarios };
}

/**
 * The identity as lines: a head with the count and the version, then one line per scenario.
 * @example comparedIdentityLines(identity, "en")[1] // "Scenario 1: Baseline (baseline.yaml, model standard.yaml, Demo county, data townships.csv, content hash 24442a947c71)"
 */
export function comparedIdentityLines(identity: ComparedIdentity, lang: Lang): string[] {
  return [
    t(COMPARE_LABELS.identityHead, lang, { count: identity.scenarios.length, version: identity.version }),
    ...identity.scenarios.map((s, k) =>
      t(COMPARE_LABELS.identityLine, lang, {
        n: k + 1,
        name: t(s.name, lang),
        file: s.file,
        model: s.model,
        county: t(s.county, lang),
        data: s.data,
        hash: s.hash,
      }),
    ),
  ];
}
