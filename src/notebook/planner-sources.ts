/**
 * Which files a page solves: a scenario of the bundled demo county (or the planner's custom one from
 * the weights lab), the demo county's table or the county data the planner loaded on the Data page,
 * and the staffing standard the scenario names. Pure: the bundle and the stored values are passed in.
 */
import {
  applyScenarioEdits,
  type Bilingual,
  type InMemorySources,
  InputError,
  type InputProblem,
  parseScenarioFile,
  type ScenarioEdits,
  type ScenarioFile,
  scenarioEditsEqual,
  scenarioToYaml,
} from "../index.ts";

/** The repository files bundled with the pages. */
export interface DemoBundle {
  /** Scenario files in menu order (the shipped scenarios first), keyed by file stem, e.g. "baseline". */
  readonly scenarios: readonly { readonly key: string; readonly path: string; readonly text: string }[];
  /** Every other bundled file by repository path, e.g. "models/standard.yaml", "scenarios/demo-county/townships.csv". */
  readonly files: Readonly<Record<string, string>>;
}

/** The key of the planner's own scenario from the weights lab. */
export const CUSTOM_KEY = "custom";

/** The scenario settings saved by the weights lab (kept in localStorage). */
export interface StoredCustom {
  /** Key of the bundled scenario it was edited from (its folder resolves `data` and `model`). */
  readonly base: string;
  /** The scenario file as YAML (`scenarioToYaml`). */
  readonly yaml: string;
}

/** County data loaded on the Data page (kept in localStorage, never uploaded). */
export interface StoredData {
  /** The file name as on the planner's disk, e.g. "县乡镇数据.xlsx". */
  readonly name: string;
  /** The validated table as canonical CSV (`countyTableToCsv`). */
  readonly csv: string;
  /** Number of townships, for display. */
  readonly townships: number;
}

/** What a page solves, with what it shows about it. */
export interface PlannerSources {
  readonly key: string;
  /** The bundled scenario it is (or, for "custom", was edited from). */
  readonly base: string;
  /** The scenario's name. */
  readonly label: Bilingual;
  /** The scenario file; `data` names the planner's file when their data is in use. */
  readonly file: ScenarioFile;
  /** `data` as the scenario file writes it (the bundled table's path relative to the file). */
  readonly bundledData: string;
  /** The scenario as YAML to download: the bundled text as it is, or written from `file`. */
  readonly yaml: string;
  /** File name to download it under, e.g. "baseline.yaml". */
  readonly fileName: string;
  /** The in-memory files for `loadScenarioSources`. */
  readonly sources: InMemorySources;
  /** The demo county's table, or the planner's own. */
  readonly data:
    | { readonly kind: "demo" }
    | { readonly kind: "own"; readonly name: string; readonly townships: number };
}

/** `plannerSources` gives the sources, or the problems that stop them (e.g. a damaged custom scenario). */
export type PlannerSourcesOutcome =
  | ({ readonly ok: true } & PlannerSources)
  | { readonly ok: false; readonly key: string; readonly problems: readonly InputProblem[] };

/**
 * The scenario keys a page offers: the bundled scenarios in menu order, then "custom" when one is stored.
 * @example scenarioKeys(bundle, null) // ["baseline", "population-first", "development-first", …]
 */
export function scenarioKeys(bundle: DemoBundle, custom: StoredCustom | null): string[] {
  const keys = bundle.scenarios.map((s) => s.key);
  return custom === null ? keys : [...keys, CUSTOM_KEY];
}

/**
 * `rel` resolved against the folder `dir`, both repository paths with "/" (".." and "." folded).
 * @throws {RangeError} when the path climbs above the repository root
 * @example resolvePath("scenarios/demo-county", "../../models/standard.yaml") // "models/standard.yaml"
 */
export function resolvePath(dir: string, rel: string): string {
  const parts = dir === "" ? [] : dir.split("/");
  for (const part of rel.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") {
      if (parts.length === 0) throw new RangeError(`resolvePath(): ${rel} climbs above the root from ${dir}`);
      parts.pop();
    } else {
      parts.push(part);
    }
  }
  return parts.join("/");
}

function folderOf(path: string): string {
  const at = path.lastIndexOf("/");
  return at < 0 ? "" : path.slice(0, at);
}

/** A CSV name for the stored table (it is kept as CSV whatever the original format). */
function csvName(name: string): string {
  return `${name.replace(/\.[^./\\]*$/, "")}.csv`;
}

/**
 * The files of scenario `key` with the data in use: the bundled scenario or the stored custom one,
 * the demo county's table or `storedData`, and the model the scenario names (from the bundle).
 * A key that is not offered falls back to the first bundled scenario.
 * @throws {RangeError} when the bundle holds no scenario
 * @example plannerSources({ bundle, key: "baseline", storedData: null, custom: null }).fileName // "baseline.yaml"
 */
export function plannerSources(input: {
  readonly bundle: DemoBundle;
  readonly key: string;
  readonly storedData: StoredData | null;
  readonly custom: StoredCustom | null;
}): PlannerSourcesOutcome {
  const { bundle, storedData, custom } = input;
  const first = bundle.scenarios[0];
  if (first === undefined) throw new RangeError("plannerSources(): the bundle holds no scenario");
  const isCustom = input.key === CUSTOM_KEY && custom !== null;
  const bundled = bundle.scenarios.find((s) => s.key === (isCustom ? custom.base : input.key)) ?? first;
  const key = isCustom ? CUSTOM_KEY : bundled.key;
  const fileName = isCustom ? `${CUSTOM_KEY}.yaml` : bundled.path.slice(bundled.path.lastIndexOf("/") + 1);
  const folder = folderOf(bundled.path);
  const path = `${folder}/${fileName}`;
  try {
    const parsed = parseScenarioFile(isCustom ? custom.yaml : bundled.text, path);
    const modelPath = resolvePath(folder, parsed.model);
    const modelText = bundle.files[modelPath];
    const dataPath = resolvePath(folder, parsed.data);
    const dataText = storedData === null ? bundle.files[dataPath] : storedData.csv;
    const missing: InputProblem[] = [];
    if (modelText === undefined) missing.push(notBundled(path, "model", parsed.model, modelPath));
    if (dataText === undefined) missing.push(notBundled(path, "data", parsed.data, dataPath));
    if (modelText === undefined || dataText === undefined) return { ok: false, key, problems: missing };
    const file: ScenarioFile = storedData === null ? parsed : { ...parsed, data: storedData.name };
    // the file's text as it is when it is the scenario file (the content hash of `resultIdentity` reads it)
    const yaml = storedData !== null ? scenarioToYaml(file) : isCustom ? custom.yaml : bundled.text;
    return {
      ok: true,
      key,
      base: bundled.key,
      label: typeof parsed.name === "string" ? { zh: parsed.name, en: parsed.name } : parsed.name,
      file,
      bundledData: parsed.data,
      yaml,
      fileName,
      sources: {
        scenario: { name: path, file },
        data: {
          name: storedData === null ? dataPath : csvName(storedData.name),
          bytes: new TextEncoder().encode(dataText),
        },
        model: { name: modelPath, text: modelText },
      },
      data:
        storedData === null
          ? { kind: "demo" }
          : { kind: "own", name: storedData.name, townships: storedData.townships },
    };
  } catch (error) {
    if (error instanceof InputError) return { ok: false, key, problems: error.problems };
    throw error;
  }
}

function notBundled(file: string, key: string, written: string, resolved: string): InputProblem {
  return {
    code: "not-bundled",
    file,
    path: key,
    found: written,
    message: {
      zh: `页面只带有本仓库中的文件，找不到 ${resolved}`,
      en: `the pages carry only this repository's files; ${resolved} is not among them`,
    },
  };
}

/** A scenario as edited in the weights lab. */
export interface EditedScenario {
  /** The edited scenario file (named "… (edited)"), `data` as in `PlannerSources.file`. */
  readonly file: ScenarioFile;
  /** It as YAML, to save beside the scenario it was edited from. */
  readonly yaml: string;
  /** File name to save it under, e.g. "baseline-edited.yaml". */
  readonly fileName: string;
  /** The in-memory files to solve it. */
  readonly sources: InMemorySources;
  /** Whether anything differs from the scenario as loaded. */
  readonly changed: boolean;
  /** What the store keeps as the custom scenario (with the bundled table's path as `data`). */
  readonly custom: StoredCustom;
}

const EDITED: Bilingual = { zh: "（调整）", en: " (edited)" };

/**
 * The scenario of `planner` with `edits` applied (`applyScenarioEdits` against `loaded`, the settings
 * it resolves to), named "… (edited)", with the files to solve it and what to store as the custom scenario.
 * @throws {RangeError} when the edits are out of range (see `applyScenarioEdits`)
 * @example withEdits(sources, { ...loaded, ordering: true }, loaded).fileName // "baseline-edited.yaml"
 */
export function withEdits(
  planner: PlannerSources,
  edits: ScenarioEdits,
  loaded: ScenarioEdits,
): EditedScenario {
  const label = {
    zh: planner.label.zh.endsWith(EDITED.zh) ? planner.label.zh : `${planner.label.zh}${EDITED.zh}`,
    en: planner.label.en.endsWith(EDITED.en) ? planner.label.en : `${planner.label.en}${EDITED.en}`,
  };
  const file = applyScenarioEdits(planner.file, edits, loaded, { name: label });
  const stem = planner.fileName.replace(/\.ya?ml$/, "").replace(/-edited$/, "");
  const fileName = `${stem}-edited.yaml`;
  const scenarioName = planner.sources.scenario.name;
  const folder = scenarioName.slice(0, scenarioName.lastIndexOf("/") + 1);
  return {
    file,
    yaml: scenarioToYaml(file),
    fileName,
    sources: { ...planner.sources, scenario: { name: `${folder}${fileName}`, file } },
    changed: !scenarioEditsEqual(edits, loaded),
    custom: { base: planner.base, yaml: scenarioToYaml({ ...file, data: planner.bundledData }) },
  };
}
