import { type ScenarioFile, scenarioFile } from "../scenario/scenario-schema.ts";
import {
  ALLOCATION_METHODS,
  type AllocationMethod,
  type BandSpec,
  type Bilingual,
  CATEGORIES,
  type Category,
  type PostType,
  type ReserveSpec,
  type Scenario,
  type TotalSpec,
} from "../types.ts";
import { type AhpEdit, ahpWeightingBlock } from "./ahp-edit.ts";

/**
 * The settings of a scenario that the weights lab lets a planner change, as plain values.
 * Read them from a resolved scenario with `scenarioEdits`, change them, and write them back into the
 * scenario file with `applyScenarioEdits`.
 */
export interface ScenarioEdits {
  /** Factor id → relative weight (>= 0, renormalised over factors by the index), in the model's order. */
  readonly factorWeights: Readonly<Record<string, number>>;
  /** Category → priority coefficient on the index (> 0, R4). */
  readonly categoryCoefficients: Readonly<Record<Category, number>>;
  /**
   * Category → minimum posts of the scenario's post type per township, whole posts >= 0 (R3).
   * 0 where the model sets no floor (the same bound: posts are never negative).
   */
  readonly floors: Readonly<Record<Category, number>>;
  /** Category ordering constraints (R4) on or off; only with `method: "lp"`. */
  readonly ordering: boolean;
  /** How whole posts are found: `lp` or a classical apportionment method (the file's `method:`). */
  readonly method: AllocationMethod;
  /**
   * Factor weights from this AHP matrix, written as `overrides.weighting` (the factor weights above are then
   * not used), or `null`: the weights as the scenario file sets them (the model's weighting, or the file's
   * own overrides).
   */
  readonly ahp: AhpEdit | null;
  /** The county-level settings: post type, total (or transfer down), reserve and band. */
  readonly settings: ScenarioSettings;
}

/**
 * A scenario's county-level settings as the file writes them (`postType`, `total` or `transferDown`,
 * `reserve`, `band`), as plain values.
 */
export interface ScenarioSettings {
  /** The scenario's `name:` (one text for both languages when the planner typed it). */
  readonly name: Bilingual;
  /** Which posts are allocated (`postType:`); the floors of `ScenarioEdits` are of this type. */
  readonly postType: PostType;
  /** `total:` (county total, posts > 0) or `transferDown:` (posts added to today's total, >= 0). */
  readonly total: TotalSpec;
  /** `reserve:` held back (R6): none, a count of posts, or a share of the total in [0, 1). */
  readonly reserve: ReserveSpec;
  /** `band:` versus today's posts (counts in whole posts, shares >= 0; a cut share <= 1), or null: no band. */
  readonly band: BandSpec | null;
}

/**
 * The editable settings of a resolved scenario (its model with the scenario's overrides applied); `ahp` is
 * `null` (the weights as the file sets them).
 * @example scenarioEdits(baseline).factorWeights // { location: 0.15, economy: 0.2, projects: 0.1, population: 0.35, area: 0.2 }
 * @example scenarioEdits(baseline).method // "lp"
 */
export function scenarioEdits(scenario: Scenario): ScenarioEdits {
  const { model, postType } = scenario;
  const byCategory = (pick: (category: Category) => number) =>
    Object.fromEntries(CATEGORIES.map((category) => [category, pick(category)])) as Record<Category, number>;
  return {
    factorWeights: Object.fromEntries(model.factors.map((factor) => [factor.id, factor.weight])),
    categoryCoefficients: byCategory((category) => model.categories[category].coefficient),
    floors: byCategory((category) => model.categories[category].floor[postType] ?? 0),
    ordering: model.allocation.ordering,
    method: scenario.method,
    ahp: null,
    settings: {
      name: scenario.name,
      postType,
      total: scenario.total,
      reserve: scenario.reserve,
      band: scenario.band === undefined ? null : { ...scenario.band },
    },
  };
}

/**
 * The floors of each category for `postType` as the scenario file would give them once its `postType:` is that
 * type: the file's `overrides.floors` (which apply to the scenario's post type, whichever it is), else the
 * standard's floor for that type, else 0. The weights lab shows these when the post type is changed.
 * @example floorsOfPostType(baseline, "institution", undefined).general // the standard's institution floor, or 0
 */
export function floorsOfPostType(
  scenario: Scenario,
  postType: PostType,
  overrides: { readonly floors?: Readonly<Partial<Record<Category, number>>> } | undefined,
): Record<Category, number> {
  return Object.fromEntries(
    CATEGORIES.map((category) => [
      category,
      overrides?.floors?.[category] ?? scenario.model.categories[category].floor[postType] ?? 0,
    ]),
  ) as Record<Category, number>;
}

/** Which of the `ScenarioEdits` a scenario accepts. */
export interface EditableSettings {
  /** Factor weights: only when the model sets them by hand (`weighting.method: manual`). */
  readonly factorWeights: boolean;
  /** The ordering switch: only with the LP method (classical apportionment methods have no ordering rows). */
  readonly ordering: boolean;
}

/**
 * Which settings a planner may change in a resolved scenario: factor weights are derived (not editable)
 * when the model uses AHP, entropy, CRITIC or a combination; ordering needs `method: lp`.
 * Coefficients and floors are always editable.
 * @example editableSettings(baseline) // { factorWeights: true, ordering: true }
 */
export function editableSettings(scenario: Scenario): EditableSettings {
  return {
    factorWeights: scenario.model.weighting.method === "manual",
    ordering: scenario.method === "lp",
  };
}

/** Options of `applyScenarioEdits`. */
export interface ApplyScenarioEditsOptions {
  /** New `name` of the scenario; default: the file's own. */
  readonly name?: ScenarioFile["name"];
  /** New `notes`; default: the file's own. */
  readonly notes?: string;
}

/**
 * The scenario file with `edits` written into it, so that resolving it gives exactly the edited settings.
 * `loaded` are the settings the file resolves to as it is (`scenarioEdits` of it): only values that differ
 * from them are added to `overrides`; the file's own overrides are kept (with their values replaced where
 * edited), so an unedited file comes back equal to itself. `method` is written as edited. With `edits.ahp`,
 * the AHP matrix goes into `overrides.weighting` (`ahpWeightingBlock`), `acceptInconsistent` is set from it,
 * and factor and indicator weight overrides are dropped (a scenario may not override weights that AHP sets).
 * Keys follow the model's factor order and the category order of `CATEGORIES`. The input is not changed.
 *
 * @throws {RangeError} when `edits` and `loaded` name different factors, or a value is out of range:
 * a weight not finite or < 0, a coefficient not finite or <= 0, a floor not a whole number >= 0; when
 * ordering is on with a method other than `lp`; when the AHP matrix is not n × n for the n factors, or not
 * positive and reciprocal with 1 on the diagonal; when a setting is out of range (a total not a whole number > 0,
 * a transfer, reserve count or band count not a whole number >= 0, a reserve share outside [0, 1), a band share < 0)
 * @example
 * const loaded = scenarioEdits(baseline);
 * const file = applyScenarioEdits(baselineFile, { ...loaded, factorWeights: { ...loaded.factorWeights, population: 0.5 } }, loaded);
 * file.overrides // { factorWeights: { population: 0.5 } }
 * @example
 * applyScenarioEdits(baselineFile, { ...loaded, method: "webster" }, loaded).method // "webster"
 */
export function applyScenarioEdits(
  file: ScenarioFile,
  edits: ScenarioEdits,
  loaded: ScenarioEdits,
  options: ApplyScenarioEditsOptions = {},
): ScenarioFile {
  checkEdits(edits, loaded);
  const base = file.overrides ?? {};
  const merge = <K extends string>(
    keys: readonly K[],
    next: Readonly<Record<K, number>>,
    before: Readonly<Record<K, number>>,
    existing: Readonly<Partial<Record<K, number>>> | undefined,
  ): Record<string, number> | undefined => {
    const entries = keys
      .filter((key) => next[key] !== before[key] || existing?.[key] !== undefined)
      .map((key) => [key, next[key]] as const);
    // only the listed keys are present, each with a number
    return entries.length > 0 ? (Object.fromEntries(entries) as Record<string, number>) : undefined;
  };
  const ahp = edits.ahp;
  const factorWeights =
    ahp === null
      ? merge(Object.keys(edits.factorWeights), edits.factorWeights, loaded.factorWeights, base.factorWeights)
      : undefined;
  const categoryCoefficients = merge(
    CATEGORIES,
    edits.categoryCoefficients,
    loaded.categoryCoefficients,
    base.categoryCoefficients,
  );
  const floors = merge(CATEGORIES, edits.floors, loaded.floors, base.floors);
  const ordering = edits.ordering !== loaded.ordering ? edits.ordering : base.ordering;
  // the file's other overrides (indicator weights, caps, a weighting block, …) stay as they are and where they
  // are; new keys follow in the schema's order (the order of `managed`)
  const overrides: Record<string, unknown> = { ...base };
  const managed = {
    factorWeights,
    categoryCoefficients,
    floors,
    ordering,
    ...(ahp !== null ? { indicatorWeights: undefined, weighting: ahpWeightingBlock(ahp) } : {}),
  };
  for (const [key, value] of Object.entries(managed)) {
    if (value === undefined) delete overrides[key];
    else overrides[key] = value;
  }
  const next: Record<string, unknown> = {
    ...file,
    name: options.name ?? file.name,
    ...settingsKeys(edits.settings, loaded.settings),
    ...(options.notes !== undefined ? { notes: options.notes } : {}),
    overrides: Object.keys(overrides).length > 0 ? overrides : undefined,
    method: edits.method,
    ...(ahp !== null ? { acceptInconsistent: ahp.acceptInconsistent } : {}),
  };
  // keys in the schema's order (as parsing gives them), so the saved YAML reads like a hand-written file
  const order = Object.keys(scenarioFile.shape);
  const keys = Object.keys(next).sort((a, b) => rank(order, a) - rank(order, b));
  return Object.fromEntries(
    keys.filter((key) => next[key] !== undefined).map((key) => [key, next[key]]),
  ) as ScenarioFile;
}

/**
 * The file keys of the county-level settings that differ from `loaded` (undefined removes a key): `postType`,
 * `total` / `transferDown` (one of the two), `reserve`, `band`. Unchanged settings leave the file as it is.
 */
function settingsKeys(settings: ScenarioSettings, loaded: ScenarioSettings): Record<string, unknown> {
  const keys: Record<string, unknown> = {};
  if (!sameJson(settings.name, loaded.name)) {
    keys.name = settings.name.zh === settings.name.en ? settings.name.zh : settings.name;
  }
  if (settings.postType !== loaded.postType) keys.postType = settings.postType;
  if (!sameJson(settings.total, loaded.total)) {
    keys.total = settings.total.kind === "total" ? settings.total.value : undefined;
    keys.transferDown = settings.total.kind === "transferDown" ? settings.total.value : undefined;
  }
  if (!sameJson(settings.reserve, loaded.reserve)) {
    const reserve = settings.reserve;
    keys.reserve =
      reserve.kind === "none"
        ? undefined
        : reserve.kind === "count"
          ? { count: reserve.value }
          : { share: reserve.value };
  }
  if (!sameBand(settings.band, loaded.band)) {
    const band = settings.band === null ? {} : withoutUndefined(settings.band);
    keys.band = Object.keys(band).length > 0 ? band : undefined;
  }
  return keys;
}

function withoutUndefined(band: BandSpec): BandSpec {
  return Object.fromEntries(
    (["maxCut", "maxGain", "maxCutShare", "maxGainShare"] as const)
      .filter((key) => band[key] !== undefined)
      .map((key) => [key, band[key]]),
  );
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function sameBand(a: BandSpec | null, b: BandSpec | null): boolean {
  const norm = (band: BandSpec | null) => (band === null ? {} : withoutUndefined(band));
  return sameJson(norm(a), norm(b));
}

function sameSettings(a: ScenarioSettings, b: ScenarioSettings): boolean {
  return (
    sameJson(a.name, b.name) &&
    a.postType === b.postType &&
    sameJson(a.total, b.total) &&
    sameJson(a.reserve, b.reserve) &&
    sameBand(a.band, b.band)
  );
}

function checkSettings(settings: ScenarioSettings): void {
  const { name, postType, total, reserve, band } = settings;
  if (name.zh.trim() === "" || name.en.trim() === "") {
    throw new RangeError("applyScenarioEdits(): the scenario's name must not be empty");
  }
  if (!["admin", "institution", "leader"].includes(postType)) {
    throw new RangeError(`applyScenarioEdits(): unknown post type "${postType}"`);
  }
  const whole = (value: number, min: number) => Number.isInteger(value) && value >= min;
  if (total.kind === "total" ? !whole(total.value, 1) : !whole(total.value, 0)) {
    throw new RangeError(
      `applyScenarioEdits(): ${total.kind} must be a whole number ${total.kind === "total" ? "> 0" : ">= 0"}, got ${total.value}`,
    );
  }
  if (reserve.kind === "count" && !whole(reserve.value, 0)) {
    throw new RangeError(
      `applyScenarioEdits(): reserve count must be a whole number >= 0, got ${reserve.value}`,
    );
  }
  if (reserve.kind === "share" && !(reserve.value >= 0 && reserve.value < 1)) {
    throw new RangeError(`applyScenarioEdits(): reserve share must be in [0, 1), got ${reserve.value}`);
  }
  if (band !== null) {
    for (const key of ["maxCut", "maxGain"] as const) {
      const value = band[key];
      if (value !== undefined && !whole(value, 0)) {
        throw new RangeError(`applyScenarioEdits(): band ${key} must be a whole number >= 0, got ${value}`);
      }
    }
    const cut = band.maxCutShare;
    if (cut !== undefined && !(cut >= 0 && cut <= 1)) {
      throw new RangeError(`applyScenarioEdits(): band maxCutShare must be in [0, 1], got ${cut}`);
    }
    const gain = band.maxGainShare;
    if (gain !== undefined && !(Number.isFinite(gain) && gain >= 0)) {
      throw new RangeError(`applyScenarioEdits(): band maxGainShare must be finite and >= 0, got ${gain}`);
    }
  }
}

function rank(order: readonly string[], key: string): number {
  const at = order.indexOf(key);
  return at === -1 ? order.length : at;
}

/**
 * Whether two sets of edits are the same settings (same factors with equal weights, equal
 * coefficients, floors, ordering and method, and the same AHP matrix and options or none).
 * @example scenarioEditsEqual(scenarioEdits(a), scenarioEdits(a)) // true
 */
export function scenarioEditsEqual(a: ScenarioEdits, b: ScenarioEdits): boolean {
  const same = (x: Readonly<Record<string, number>>, y: Readonly<Record<string, number>>): boolean => {
    const keys = Object.keys(x);
    return keys.length === Object.keys(y).length && keys.every((key) => x[key] === y[key]);
  };
  return (
    a.ordering === b.ordering &&
    a.method === b.method &&
    same(a.factorWeights, b.factorWeights) &&
    same(a.categoryCoefficients, b.categoryCoefficients) &&
    same(a.floors, b.floors) &&
    sameAhp(a.ahp, b.ahp) &&
    sameSettings(a.settings, b.settings)
  );
}

function sameAhp(a: AhpEdit | null, b: AhpEdit | null): boolean {
  if (a === null || b === null) return a === b;
  return (
    a.randomIndex === b.randomIndex &&
    a.acceptInconsistent === b.acceptInconsistent &&
    a.factors.length === b.factors.length &&
    a.factors.every(
      (row, i) => row.length === b.factors[i]!.length && row.every((x, j) => x === b.factors[i]![j]),
    ) &&
    JSON.stringify(a.indicators) === JSON.stringify(b.indicators)
  );
}

/**
 * Relative weights renormalised to shares summing to 1, as the index uses them; `undefined` when
 * they sum to 0 (no share can be formed). Keys keep their order.
 * @throws {RangeError} when a weight is negative or not finite
 * @example weightShares({ a: 1, b: 3 }) // { a: 0.25, b: 0.75 }
 * @example weightShares({ a: 0, b: 0 }) // undefined
 */
export function weightShares(
  weights: Readonly<Record<string, number>>,
): Readonly<Record<string, number>> | undefined {
  const entries = Object.entries(weights);
  for (const [key, value] of entries) {
    if (!(Number.isFinite(value) && value >= 0)) {
      throw new RangeError(`weightShares(): weight of "${key}" must be a finite number >= 0, got ${value}`);
    }
  }
  const sum = entries.reduce((s, [, value]) => s + value, 0);
  if (!(sum > 0)) return undefined;
  return Object.fromEntries(entries.map(([key, value]) => [key, value / sum]));
}

function checkEdits(edits: ScenarioEdits, loaded: ScenarioEdits): void {
  const editKeys = Object.keys(edits.factorWeights);
  const loadedKeys = Object.keys(loaded.factorWeights);
  if (editKeys.length !== loadedKeys.length || editKeys.some((key) => !(key in loaded.factorWeights))) {
    throw new RangeError(
      `applyScenarioEdits(): edits name factors ${editKeys.join(", ")}, the scenario has ${loadedKeys.join(", ")}`,
    );
  }
  for (const [key, value] of Object.entries(edits.factorWeights)) {
    if (!(Number.isFinite(value) && value >= 0)) {
      throw new RangeError(
        `applyScenarioEdits(): factor weight "${key}" must be finite and >= 0, got ${value}`,
      );
    }
  }
  for (const category of CATEGORIES) {
    const coefficient = edits.categoryCoefficients[category];
    if (!(Number.isFinite(coefficient) && coefficient > 0)) {
      throw new RangeError(
        `applyScenarioEdits(): coefficient of ${category} must be finite and > 0, got ${coefficient}`,
      );
    }
    const floor = edits.floors[category];
    if (!(Number.isInteger(floor) && floor >= 0)) {
      throw new RangeError(
        `applyScenarioEdits(): floor of ${category} must be a whole number >= 0, got ${floor}`,
      );
    }
  }
  if (!ALLOCATION_METHODS.includes(edits.method)) {
    throw new RangeError(`applyScenarioEdits(): unknown method "${edits.method}"`);
  }
  if (edits.ordering && edits.method !== "lp") {
    throw new RangeError(
      `applyScenarioEdits(): category ordering works only with method lp, not ${edits.method}`,
    );
  }
  if (edits.ahp !== null) checkAhp(edits.ahp.factors, editKeys.length);
  checkSettings(edits.settings);
}

function checkAhp(matrix: readonly (readonly number[])[], n: number): void {
  if (matrix.length !== n || matrix.some((row) => row.length !== n)) {
    throw new RangeError(`applyScenarioEdits(): the AHP matrix must be ${n} × ${n}, one row per factor`);
  }
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const value = matrix[i]![j]!;
      const mirror = matrix[j]![i]!;
      const ok =
        Number.isFinite(value) && value > 0 && (i === j ? value === 1 : Math.abs(value * mirror - 1) <= 1e-9);
      if (!ok) {
        throw new RangeError(
          `applyScenarioEdits(): AHP judgement (${i + 1}, ${j + 1}) = ${value} is not positive, reciprocal to (${j + 1}, ${i + 1}) = ${mirror}, or 1 on the diagonal`,
        );
      }
    }
  }
}
