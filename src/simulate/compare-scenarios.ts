/**
 * Several scenarios side by side: each township's posts in each (matched by id), the difference against the first,
 * the totals per category, and which settings differ, read from the resolved scenarios (not from the files' text:
 * a total written as a transfer down and one written as a number compare by the total they give).
 */
import type { ScenarioResult } from "../run/result.ts";
import type { WeightedScenario } from "../run/weigh-scenario.ts";
import { currentPosts } from "../scenario/current-posts.ts";
import { type Bilingual, CATEGORIES, type Category } from "../types.ts";
import { SETTING_LABELS } from "../words/analysis-labels.ts";
import { CATEGORY_LABELS } from "../words/category-labels.ts";
import { factorLabel } from "../words/factor-label.ts";
import { fixed } from "../words/fixed.ts";
import { IDENTITY_LABELS } from "../words/identity-labels.ts";
import { indicatorLabel } from "../words/indicator-label.ts";
import { METHOD_LABELS } from "../words/method-labels.ts";
import { POST_TYPE_LABELS } from "../words/post-type-labels.ts";
import { t } from "../words/t.ts";
import { WEIGHTING_METHOD_LABELS } from "../words/weighting-method-labels.ts";

/** One scenario to compare: as resolved and as run. */
export interface ComparedRun {
  readonly scenario: WeightedScenario;
  readonly result: ScenarioResult;
}

/** One setting in every scenario; `differs` when the values are not all the same. */
export interface SettingRow {
  /** Stable key for JSON, e.g. "factorWeight:population" (never shown in Chinese text). */
  readonly key: string;
  readonly label: Bilingual;
  /** Per scenario, in the order given. */
  readonly values: readonly Bilingual[];
  readonly differs: boolean;
}

/** One township across the scenarios. */
export interface ComparedTownship {
  readonly id: string;
  readonly name: string;
  readonly category: Category;
  /** Today's posts of the first scenario's post type, from the first file that has the township. */
  readonly current: number;
  /** Posts per scenario; null when the township is not in that file or the scenario has no allocation. */
  readonly posts: readonly (number | null)[];
  /** posts[k] − posts[0] (index 0 is 0); null where either is null. */
  readonly differences: readonly (number | null)[];
  /** The largest |difference|, 0 when none can be taken. */
  readonly largest: number;
}

/** One category's posts across the scenarios (each scenario's own categories). */
export interface ComparedCategory {
  readonly category: Category;
  readonly posts: readonly (number | null)[];
  readonly differences: readonly (number | null)[];
}

/** What `compareScenarios` gives. */
export interface ScenarioComparison {
  readonly scenarios: readonly {
    readonly name: Bilingual;
    readonly source: string;
    readonly status: ScenarioResult["solver"]["status"];
    readonly allocated: number | null;
  }[];
  /** The first scenario's townships in its order, then those only in later files. */
  readonly townships: readonly ComparedTownship[];
  /** Townships absent from at least one file, with the indices of the files that lack them. */
  readonly missing: readonly {
    readonly id: string;
    readonly name: string;
    readonly missingIn: readonly number[];
  }[];
  /** Categories present in any scenario, in the policy's order. */
  readonly categories: readonly ComparedCategory[];
  /** Every setting compared; `differs` marks the ones to show. */
  readonly settings: readonly SettingRow[];
}

/**
 * Compares two or more scenarios township by township (matched by id) and setting by setting.
 * @throws {RangeError} with fewer than two runs
 * @example compareScenarios([baseline, baseline]).townships.every((t) => t.largest === 0) // true
 */
export function compareScenarios(runs: readonly ComparedRun[]): ScenarioComparison {
  if (runs.length < 2)
    throw new RangeError(`compareScenarios needs at least two scenarios, got ${runs.length}`);
  const order: string[] = [];
  const info = new Map<string, { name: string; category: Category; current: number }>();
  for (const { scenario } of runs) {
    for (const t of scenario.data.townships) {
      if (!info.has(t.id)) {
        order.push(t.id);
        info.set(t.id, { name: t.name, category: t.category, current: currentPosts(scenario.postType, t) });
      }
    }
  }
  const postsOf = runs.map(({ result }) => new Map(result.townships.map((r) => [r.id, r.allocated])));
  const idsOf = runs.map(({ scenario }) => new Set(scenario.data.townships.map((t) => t.id)));
  const diff = (posts: readonly (number | null)[]): (number | null)[] =>
    posts.map((x, k) => (x === null || posts[0] === null ? null : k === 0 ? 0 : x - posts[0]!));
  const townships = order.map((id) => {
    const meta = info.get(id)!;
    const posts = postsOf.map((m) => m.get(id) ?? null);
    const differences = diff(posts);
    return {
      id,
      ...meta,
      posts,
      differences,
      largest: Math.max(0, ...differences.map((d) => Math.abs(d ?? 0))),
    };
  });
  const missing = order.flatMap((id) => {
    const missingIn = idsOf.flatMap((ids, k) => (ids.has(id) ? [] : [k]));
    return missingIn.length > 0 ? [{ id, name: info.get(id)!.name, missingIn }] : [];
  });
  const categories = CATEGORIES.flatMap((category) => {
    if (!runs.some(({ scenario }) => scenario.data.townships.some((t) => t.category === category))) return [];
    const posts = runs.map(({ result }) =>
      result.townships.length === 0
        ? null
        : result.townships.filter((t) => t.category === category).reduce((s, t) => s + t.allocated, 0),
    );
    return [{ category, posts, differences: diff(posts) }];
  });
  return {
    scenarios: runs.map(({ scenario, result }) => ({
      name: scenario.name,
      source: scenario.source,
      status: result.solver.status,
      allocated: result.totals.allocated,
    })),
    townships,
    missing,
    categories,
    settings: settingRows(runs),
  };
}

const same = (text: string): Bilingual => ({ zh: text, en: text });
const both = (f: (lang: "zh" | "en") => string): Bilingual => ({ zh: f("zh"), en: f("en") });

function settingRows(runs: readonly ComparedRun[]): SettingRow[] {
  const rows: SettingRow[] = [];
  const add = (key: string, label: Bilingual, value: (run: ComparedRun) => Bilingual) => {
    const values = runs.map(value);
    rows.push({
      key,
      label,
      values,
      differs: values.some((v) => v.en !== values[0]!.en || v.zh !== values[0]!.zh),
    });
  };
  add("postType", SETTING_LABELS.postType, ({ scenario }) => POST_TYPE_LABELS[scenario.postType]);
  add("data", SETTING_LABELS.data, ({ scenario }) => same(scenario.dataSource));
  add("model", SETTING_LABELS.model, ({ scenario }) => same(scenario.modelSource));
  add("method", SETTING_LABELS.method, ({ scenario }) => METHOD_LABELS[scenario.method]);
  add("total", SETTING_LABELS.total, ({ result }) => same(String(result.totals.total)));
  add("reserve", SETTING_LABELS.reserve, ({ result }) => same(String(result.totals.reserve)));
  add("band", SETTING_LABELS.band, ({ scenario }) => {
    const band = scenario.band;
    const L = IDENTITY_LABELS;
    const parts: Bilingual[] = [];
    const fill = (label: Bilingual, n: number) => both((l) => t(label, l, { n }));
    if (band?.maxCut !== undefined) parts.push(fill(L.maxCut, band.maxCut));
    if (band?.maxGain !== undefined) parts.push(fill(L.maxGain, band.maxGain));
    if (band?.maxCutShare !== undefined)
      parts.push(fill(L.maxCutShare, +(band.maxCutShare * 100).toFixed(6)));
    if (band?.maxGainShare !== undefined)
      parts.push(fill(L.maxGainShare, +(band.maxGainShare * 100).toFixed(6)));
    return parts.length === 0
      ? SETTING_LABELS.none
      : both((l) => parts.map((p) => p[l]).join(l === "zh" ? "、" : ", "));
  });
  add("ordering", SETTING_LABELS.ordering, ({ result }) =>
    result.scenario.ordering ? SETTING_LABELS.on : SETTING_LABELS.off,
  );
  add(
    "weighting",
    SETTING_LABELS.weighting,
    ({ scenario }) => WEIGHTING_METHOD_LABELS[scenario.weighting.method],
  );
  const absent = SETTING_LABELS.absent;
  const factorIds = unique(runs.flatMap(({ scenario }) => scenario.model.factors.map((f) => f.id)));
  const labelModel = runs.find(() => true)!.scenario.model;
  for (const id of factorIds) {
    const model = runs.find(({ scenario }) => scenario.model.factors.some((f) => f.id === id))!.scenario
      .model;
    add(
      `factorWeight:${id}`,
      both((l) => t(SETTING_LABELS.factorWeight, l, { name: factorLabel(model, id)[l] })),
      ({ result }) => {
        const w = result.weights.factors[id];
        return w === undefined ? absent : same(fixed(w, 4));
      },
    );
  }
  const indicatorIds = unique(
    runs.flatMap(({ scenario }) => scenario.model.factors.flatMap((f) => f.indicators.map((i) => i.id))),
  );
  for (const id of indicatorIds) {
    const model =
      runs.find(({ scenario }) => scenario.model.factors.some((f) => f.indicators.some((i) => i.id === id)))
        ?.scenario.model ?? labelModel;
    add(
      `indicatorWeight:${id}`,
      both((l) => t(SETTING_LABELS.indicatorWeight, l, { name: indicatorLabel(model, id)[l] })),
      ({ result }) => {
        const w = result.weights.indicators[id];
        return w === undefined ? absent : same(fixed(w, 4));
      },
    );
  }
  for (const category of CATEGORIES) {
    const name = CATEGORY_LABELS[category];
    add(
      `coefficient:${category}`,
      both((l) => t(SETTING_LABELS.coefficient, l, { name: name[l] })),
      ({ scenario }) => same(String(scenario.model.categories[category].coefficient)),
    );
    add(
      `floor:${category}`,
      both((l) => t(SETTING_LABELS.floor, l, { name: name[l] })),
      ({ scenario }) => {
        const v = scenario.model.categories[category].floor[scenario.postType];
        return v === undefined ? SETTING_LABELS.none : same(String(v));
      },
    );
    add(
      `cap:${category}`,
      both((l) => t(SETTING_LABELS.cap, l, { name: name[l] })),
      ({ scenario }) => {
        const v = scenario.model.categories[category].cap[scenario.postType];
        return v === undefined ? SETTING_LABELS.none : same(String(v));
      },
    );
  }
  return rows;
}

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}
