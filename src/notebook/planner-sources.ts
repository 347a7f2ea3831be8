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
  parseModel,
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

/** The key of the scenario the planner opened from disk (or started on the Data page). */
export const OWN_KEY = "own";

/**
 * A scenario file the planner opened from disk, with the model file opened with it (kept in localStorage).
 * It is read as if it lay in the demo county's folder, so `data: townships.csv` is the demo county's table and
 * `model: ../../models/standard.yaml` the bundled standard; any other `data` is the table loaded on the Data page.
 */
export interface StoredOwn {
  /** The file name as on the planner's disk, e.g. "my-county.yaml". */
  readonly fileName: string;
  /** The scenario file's text. */
  readonly yaml: string;
  /**
   * The model file opened with it (name as on disk, text), used whatever the scenario's `model:` says (it is
   * written to name this file, beside the scenario, when its file name differs); null: the model the scenario
   * names, from the bundle.
   */
  readonly model: { readonly name: string; readonly text: string } | null;
  /**
   * Other files opened with it — the county-totals table (`counties: { file }`), the offices table (`offices:`), the
   * power lists (`powers:`) — by their names on disk, bytes as base64; each is used where the scenario names a file of
   * that name that the pages do not carry. Absent: none.
   */
  readonly files?: readonly StoredSideFile[];
}

/** A file opened beside the planner's scenario (its name as on disk, its bytes as base64). */
export interface StoredSideFile {
  readonly name: string;
  readonly base64: string;
}

/** The scenario settings saved by the weights lab (kept in localStorage). */
export interface StoredCustom {
  /** Key of the scenario it was edited from, bundled or `own` (its folder resolves `data` and `model`). */
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
  /**
   * The original file's bytes, base64 (at most `ORIGINAL_LIMIT_BYTES`): when present the pages solve and hash the
   * file itself, as `quota-planner solve` does, so the printed content hash is the command line's.
   */
  readonly original?: string;
  /** Number of townships, for display. */
  readonly townships: number;
}

/** What a page solves, with what it shows about it. */
export interface PlannerSources {
  readonly key: string;
  /** Whether the scenario came from the planner's disk (`own`, or edited from it). */
  readonly opened: boolean;
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
export function scenarioKeys(
  bundle: DemoBundle,
  custom: StoredCustom | null,
  own: StoredOwn | null = null,
): string[] {
  const keys = bundle.scenarios.map((s) => s.key);
  if (own !== null) keys.push(OWN_KEY);
  return custom === null ? keys : [...keys, CUSTOM_KEY];
}

/** The file name part of a path written with "/" or "\\". */
function baseName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\")) + 1);
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
/** Largest original file the pages keep in localStorage (as base64, 4/3 of its size), bytes. */
export const ORIGINAL_LIMIT_BYTES = 1_000_000;

/** Bytes as base64 (for localStorage). */
export function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

/** The bytes of a base64 text. */
export function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

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
  /** The scenario opened from disk; default none. */
  readonly own?: StoredOwn | null;
}): PlannerSourcesOutcome {
  const { bundle, storedData, custom } = input;
  const own = input.own ?? null;
  const first = bundle.scenarios[0];
  if (first === undefined) throw new RangeError("plannerSources(): the bundle holds no scenario");
  const isCustom = input.key === CUSTOM_KEY && custom !== null && (custom.base !== OWN_KEY || own !== null);
  const baseKey = isCustom ? custom.base : input.key;
  const isOwn = baseKey === OWN_KEY && own !== null;
  const bundled = isOwn ? undefined : (bundle.scenarios.find((s) => s.key === baseKey) ?? first);
  // the opened file lies, as far as the pages can tell, in the demo county's folder
  const base = isOwn
    ? { key: OWN_KEY, path: `${folderOf(first.path)}/${baseName(own.fileName)}`, text: own.yaml }
    : bundled!;
  const key = isCustom ? CUSTOM_KEY : base.key;
  const baseFile = base.path.slice(base.path.lastIndexOf("/") + 1);
  // the weights lab saves an edit of "x.yaml" as "x-edited.yaml": the pages name it so too
  const fileName = isCustom ? baseFile.replace(/(-edited)?\.ya?ml$/, "-edited.yaml") : baseFile;
  const folder = folderOf(base.path);
  const path = `${folder}/${fileName}`;
  try {
    const read = parseScenarioFile(isCustom ? custom.yaml : base.text, path);
    // a model opened with the scenario: the file names it (beside the scenario when its name differs)
    const ownModel = isOwn ? own.model : null;
    const parsed =
      ownModel !== null && baseName(read.model) !== ownModel.name ? { ...read, model: ownModel.name } : read;
    const modelPath = resolvePath(folder, parsed.model);
    const modelText = ownModel !== null ? ownModel.text : bundle.files[modelPath];
    const dataPath = resolvePath(folder, parsed.data);
    const dataText = storedData === null ? bundle.files[dataPath] : storedData.csv;
    const original = storedData?.original === undefined ? undefined : fromBase64(storedData.original);
    const missing: InputProblem[] = [];
    if (modelText === undefined) missing.push(notBundled(path, "model", parsed.model, modelPath));
    if (dataText === undefined) missing.push(notBundled(path, "data", parsed.data, dataPath));
    // the files a scenario names beside its table: bundled, else opened with the planner's scenario
    const sideFile = (key: SideKey, written: string | undefined) => {
      if (written === undefined) return undefined;
      const resolved = resolvePath(folder, written);
      const bundledText = bundle.files[resolved];
      if (bundledText !== undefined) return { name: resolved, bytes: new TextEncoder().encode(bundledText) };
      const opened = isOwn ? own?.files?.find((f) => f.name === baseName(written)) : undefined;
      if (opened !== undefined) return { name: opened.name, bytes: fromBase64(opened.base64) };
      missing.push(notBundled(path, key, written, resolved));
      return undefined;
    };
    const offices = sideFile("offices", parsed.offices);
    const powers = sideFile("powers", parsed.powers);
    const countiesBlock = parsed.counties;
    const counties = sideFile(
      "counties",
      countiesBlock !== undefined && "file" in countiesBlock ? countiesBlock.file : undefined,
    );
    if (modelText === undefined || dataText === undefined || missing.length > 0)
      return { ok: false, key, problems: missing };
    const file: ScenarioFile = storedData === null ? parsed : { ...parsed, data: storedData.name };
    // the file's text as it is when it is the scenario file unchanged (the content hash of `resultIdentity` reads it)
    const yaml =
      storedData !== null || parsed !== read ? scenarioToYaml(file) : isCustom ? custom.yaml : base.text;
    return {
      ok: true,
      key,
      opened: isOwn,
      base: base.key,
      label: typeof parsed.name === "string" ? { zh: parsed.name, en: parsed.name } : parsed.name,
      file,
      bundledData: parsed.data,
      yaml,
      fileName,
      sources: {
        scenario: { name: path, file },
        data:
          storedData === null
            ? { name: dataPath, bytes: new TextEncoder().encode(dataText) }
            : original !== undefined
              ? { name: storedData.name, bytes: original }
              : { name: csvName(storedData.name), bytes: new TextEncoder().encode(dataText) },
        model: { name: modelPath, text: modelText },
        ...(offices !== undefined ? { offices } : {}),
        ...(powers !== undefined
          ? { powers: { name: powers.name, text: new TextDecoder().decode(powers.bytes) } }
          : {}),
        ...(counties !== undefined ? { counties } : {}),
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

/** The files a scenario names beside its table and model, which the planner opens with "Open other files". */
type SideKey = "offices" | "powers" | "counties";

/** What each side file is, in a sentence. */
const SIDE_FILE_KINDS: Record<SideKey, Bilingual> = {
  offices: { zh: "机构表", en: "offices table" },
  powers: { zh: "权责清单", en: "power lists" },
  counties: { zh: "县总量表", en: "county-totals table" },
};

function notBundled(
  file: string,
  key: "data" | "model" | SideKey,
  written: string,
  resolved: string,
): InputProblem {
  const message: Bilingual =
    key === "data"
      ? {
          zh: `找不到数据文件 ${written}：请在“数据”页载入它（页面只带有示例县的数据）`,
          en: `the data file ${written} is not with the pages: load it on the Data page (the pages carry only the demo county's table; looked for ${resolved})`,
        }
      : key === "model"
        ? {
            zh: `找不到编制标准 ${written}：请在页首“打开编制标准”中选择它（页面只带有本仓库的编制标准）`,
            en: `the model ${written} is not with the pages: open it with "Open a model" at the top (the pages carry only this repository's models; looked for ${resolved})`,
          }
        : {
            zh: `找不到方案所列的${SIDE_FILE_KINDS[key].zh} ${written}：请在页首“打开其他文件”中选择它（页面只带有示例县的文件）`,
            en: `the ${SIDE_FILE_KINDS[key].en} ${written} the scenario names is not with the pages: open it with "Open other files" at the top (the pages carry only the demo county's files; looked for ${resolved})`,
          };
  return {
    code: "not-bundled",
    file,
    path: key === "counties" ? "counties.file" : key,
    found: written,
    message,
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
  // a name the planner typed is used as typed; otherwise the scenario's own, marked as edited
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

/** The scenario to store as opened, or the problems of the file (nothing is stored then). */
export type OpenedOutcome =
  | { readonly ok: true; readonly own: StoredOwn }
  | { readonly ok: false; readonly problems: readonly InputProblem[] };

function problemsOf(run: () => void): readonly InputProblem[] {
  try {
    run();
    return [];
  } catch (error) {
    if (error instanceof InputError) return error.problems;
    throw error;
  }
}

/**
 * A scenario file opened from disk as the scenario to store, checked against the schema first. The model
 * opened before is kept when the scenario names a file of that name, else dropped (the scenario's own `model:`); the
 * other files opened before (`StoredOwn.files`) are kept.
 * @example openScenarioFile("my-county.yaml", text, null) // { ok: true, own: { fileName: "my-county.yaml", yaml: text, model: null } }
 */
export function openScenarioFile(fileName: string, text: string, previous: StoredOwn | null): OpenedOutcome {
  let model: string | undefined;
  const problems = problemsOf(() => {
    model = parseScenarioFile(text, fileName).model;
  });
  if (problems.length > 0) return { ok: false, problems };
  const kept = previous?.model ?? null;
  return {
    ok: true,
    own: {
      fileName,
      yaml: text,
      model: kept !== null && baseName(model!) === kept.name ? kept : null,
      // the other files opened before stay: used where this scenario names them
      ...(previous?.files !== undefined ? { files: previous.files } : {}),
    },
  };
}

/**
 * A model file opened from disk for the scenario in use: the scenario opened before, or else the scenario shown
 * (bundled or edited, with its `data` as the bundled file writes it) becomes the opened one, with this model.
 * @example openModelFile("my-model.yaml", text, sources, null).ok // true
 */
export function openModelFile(
  fileName: string,
  text: string,
  current: PlannerSources | null,
  previous: StoredOwn | null,
): OpenedOutcome {
  const problems = problemsOf(() => parseModel(text, fileName));
  if (problems.length > 0) return { ok: false, problems };
  const model = { name: fileName, text };
  if (previous !== null && (current === null || current.opened))
    return { ok: true, own: { ...previous, model } };
  if (current === null) {
    return {
      ok: false,
      problems: [
        {
          code: "no-scenario",
          file: fileName,
          message: {
            zh: "请先打开一个方案文件，再打开它使用的编制标准",
            en: "open a scenario file first, then the model it uses",
          },
        },
      ],
    };
  }
  return {
    ok: true,
    own: {
      fileName: current.fileName,
      yaml: scenarioToYaml({ ...current.file, data: current.bundledData }),
      model,
    },
  };
}

/** At most this many bytes per file opened beside a scenario (it is kept in localStorage as base64). */
export const SIDE_FILE_LIMIT_BYTES = 1_000_000;

/**
 * Files opened from disk beside the scenario in use (a county-totals table, an offices table, power lists): kept with
 * the scenario opened before (a file of the same name replaced), or else the scenario shown becomes the opened one
 * with them. Each is used where the scenario names a file of its name that the pages do not carry; what it holds is
 * read when the scenario is solved (its problems shown then, with the file's name).
 * @example openSideFiles([{ name: "县总量.csv", bytes }], sources, null).ok // true
 */
export function openSideFiles(
  files: readonly { readonly name: string; readonly bytes: Uint8Array }[],
  current: PlannerSources | null,
  previous: StoredOwn | null,
): OpenedOutcome {
  const tooBig = files.filter((f) => f.bytes.length > SIDE_FILE_LIMIT_BYTES);
  if (tooBig.length > 0)
    return {
      ok: false,
      problems: tooBig.map((f) => ({
        code: "file-too-large",
        file: f.name,
        found: String(f.bytes.length),
        message: {
          zh: `文件过大（${f.bytes.length.toLocaleString("en")} 字节），页面最多保存 ${SIDE_FILE_LIMIT_BYTES.toLocaleString("en")} 字节；请用命令行 quota-planner 计算`,
          en: `the file is too large (${f.bytes.length.toLocaleString("en")} bytes; the pages keep at most ${SIDE_FILE_LIMIT_BYTES.toLocaleString("en")}): use the quota-planner CLI`,
        },
      })),
    };
  const withFiles = (own: StoredOwn): StoredOwn => {
    const names = new Set(files.map((f) => f.name));
    return {
      ...own,
      files: [
        ...(own.files ?? []).filter((f) => !names.has(f.name)),
        ...files.map((f) => ({ name: f.name, base64: toBase64(f.bytes) })),
      ],
    };
  };
  if (previous !== null && (current === null || current.opened))
    return { ok: true, own: withFiles(previous) };
  if (current === null)
    return {
      ok: false,
      problems: [
        {
          code: "no-scenario",
          file: files[0]?.name ?? "",
          message: {
            zh: "请先打开一个方案文件，再打开它所列的其他文件",
            en: "open a scenario file first, then the other files it names",
          },
        },
      ],
    };
  return {
    ok: true,
    own: withFiles({
      fileName: current.fileName,
      yaml: scenarioToYaml({ ...current.file, data: current.bundledData }),
      model: null,
    }),
  };
}

/**
 * The scenario in use as the planner's opened scenario, changed: a new name (the file is then "<name>.yaml"), the
 * `data` file it reads (e.g. the table loaded on the Data page, "县数据.xlsx") and its `columns:` mapping (empty:
 * none). The model stays the one in use (the opened model, or the bundled one the scenario names).
 * @example ownScenarioFrom(sources, null, { name: "我县方案", data: "县数据.xlsx", columns: { 借调借出人数: "staffLentOut" } }).fileName // "我县方案.yaml"
 */
export function ownScenarioFrom(
  current: PlannerSources,
  own: StoredOwn | null,
  changes: {
    readonly name?: string;
    readonly data?: string;
    readonly columns?: Readonly<Record<string, string>>;
  },
): StoredOwn {
  const name = changes.name?.trim();
  const columns = changes.columns ?? current.file.columns;
  const file: Record<string, unknown> = {
    ...current.file,
    ...(name !== undefined && name !== "" ? { name } : {}),
    data: changes.data ?? current.bundledData,
    columns: columns !== undefined && Object.keys(columns).length > 0 ? { ...columns } : undefined,
  };
  // keys in the schema's order, as parsing gives them
  const order = ["$schema", "name", "notes", "data", "sheet", "columns"];
  const keys = Object.keys(file)
    .filter((key) => file[key] !== undefined)
    .sort((a, b) => rankOf(order, a) - rankOf(order, b));
  const ordered = Object.fromEntries(keys.map((key) => [key, file[key]])) as ScenarioFile;
  return {
    fileName:
      name !== undefined && name !== "" ? `${name.replace(/[\\/:*?"<>|]/g, "_")}.yaml` : current.fileName,
    yaml: scenarioToYaml(ordered),
    model: current.opened ? (own?.model ?? null) : null,
    ...(current.opened && own?.files !== undefined ? { files: own.files } : {}),
  };
}

function rankOf(order: readonly string[], key: string): number {
  const at = order.indexOf(key);
  return at === -1 ? order.length : at;
}
