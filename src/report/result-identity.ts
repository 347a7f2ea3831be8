/**
 * What identifies a result on every export and printed page: the county, the scenario's name and key parameters,
 * the data file, a short hash of the three files' contents and the toolkit's version. Browser-safe: the hash is
 * `crypto.subtle` SHA-256 (Web Crypto, in every browser and in Node ≥ 20), so the CLI and the pages give the same
 * hash for the same files.
 */
import type { ScenarioResult } from "../run/result.ts";
import type { WeightedScenario } from "../run/weigh-scenario.ts";
import { countiesOf } from "../scenario/resolve-counties.ts";
import type { Bilingual, Lang } from "../types.ts";
import { DEMO_COUNTY_LABEL, IDENTITY_LABELS } from "../words/identity-labels.ts";
import { METHOD_LABELS } from "../words/method-labels.ts";
import { POST_TYPE_LABELS } from "../words/post-type-labels.ts";
import { t } from "../words/t.ts";
import { WEIGHTING_METHOD_LABELS } from "../words/weighting-method-labels.ts";
import { TOOLKIT_VERSION } from "./toolkit-version.ts";

/** The files a result was computed from, as read (bytes of the data; text of the scenario and the model). */
export interface IdentityFiles {
  /** The county table: its name as shown (e.g. "scenarios/demo-county/townships.csv") and its bytes as read. */
  readonly data: { readonly name: string; readonly bytes: Uint8Array };
  /** The scenario file's text exactly as in the file. */
  readonly scenario: { readonly text: string };
  /** The staffing standard's text exactly as in the file. */
  readonly model: { readonly text: string };
  /**
   * The county-totals table a province scenario names (`counties: { file }`): its name as shown and its bytes; hashed
   * after the three (before `extra`).
   */
  readonly counties?: { readonly name: string; readonly bytes: Uint8Array };
  /**
   * Other files the scenario names (its offices table, its power lists), as read; hashed after the three, so a
   * scenario naming none keeps the hash it had.
   */
  readonly extra?: readonly { readonly name: string; readonly bytes: Uint8Array }[];
}

/** What identifies a result. */
export interface ResultIdentity {
  /**
   * The county: the demo county's label, else the data file's name without folder or extension; for a province's
   * table (a county column) its counties, how many and the first few by name ("3 个县：甲县、乙县、丙县").
   */
  readonly county: Bilingual;
  readonly scenario: Bilingual;
  /** Key parameters, one short phrase each: post type, total, reserve, band, method, weights. */
  readonly parameters: readonly Bilingual[];
  /** The data file's name without its folder, e.g. "townships.csv". */
  readonly dataFile: string;
  /** The county-totals file's name without its folder, when the scenario names one. */
  readonly countiesFile?: string;
  /**
   * Every file that goes into `hash`, in the hash's order, by name without its folder: the data, the scenario, the
   * standard, the county-totals table, then the others the scenario names (offices table, power lists), e.g.
   * ["townships.csv", "whole-policy.yaml", "standard.yaml", "offices.csv"].
   */
  readonly files: readonly string[];
  /** `contentHash` of data, scenario and model: 12 lowercase hex digits. */
  readonly hash: string;
  /** The toolkit's version (package.json), e.g. "0.1.0". */
  readonly version: string;
}

/** Length of the short hash, hex digits (48 bits). */
export const HASH_LENGTH = 12;

/**
 * The short content hash of some byte strings: SHA-256 over each part preceded by its length as 4 bytes big-endian
 * (so moving bytes from one file to the next changes it), the first 12 hex digits.
 * @example await contentHash([]) // "e3b0c44298fc" (SHA-256 of no bytes)
 */
export async function contentHash(parts: readonly Uint8Array[]): Promise<string> {
  const size = parts.reduce((s, p) => s + 4 + p.length, 0);
  const framed = new Uint8Array(size);
  const view = new DataView(framed.buffer);
  let at = 0;
  for (const part of parts) {
    view.setUint32(at, part.length);
    framed.set(part, at + 4);
    at += 4 + part.length;
  }
  const digest = new Uint8Array(await globalThis.crypto.subtle.digest("SHA-256", framed));
  return [...digest]
    .slice(0, HASH_LENGTH / 2)
    .map((b) => b.toString(16).padStart(2, "0"))
    .join("");
}

/**
 * The hash of a result's files: `contentHash` of the data bytes, the scenario text and the model text (UTF-8), and
 * the county-totals file's bytes after them when the scenario names one (without it, the hash is the three files' as
 * before).
 * @example await filesHash({ data: { name: "t.csv", bytes }, scenario: { text }, model: { text: modelText } }) // e.g. "3f9a0c1b2d4e"
 */
export function filesHash(files: IdentityFiles): Promise<string> {
  const utf8 = new TextEncoder();
  return contentHash([
    files.data.bytes,
    utf8.encode(files.scenario.text),
    utf8.encode(files.model.text),
    ...(files.counties === undefined ? [] : [files.counties.bytes]),
    ...(files.extra ?? []).map((f) => f.bytes),
  ]);
}

const baseName = (path: string): string => path.slice(path.replace(/\\/g, "/").lastIndexOf("/") + 1);

/**
 * The county a data file stands for: the demo county's label for the bundled demo table, else the file's name
 * without its folder and extension (a county table has no county field).
 * @example countyOf("scenarios/demo-county/townships.csv").zh // "示例县（虚构数据）"
 * @example countyOf("data/溪县乡镇数据.xlsx").zh // "溪县乡镇数据"
 */
export function countyOf(dataName: string): Bilingual {
  if (dataName.replace(/\\/g, "/").endsWith("demo-county/townships.csv")) return DEMO_COUNTY_LABEL;
  const stem = baseName(dataName).replace(/\.[^.]*$/, "");
  return { zh: stem, en: stem };
}

/** How many counties the identity's county line names before "…". */
export const IDENTITY_COUNTIES_SHOWN = 3;

/**
 * The county line of a province's table: how many counties and the first `IDENTITY_COUNTIES_SHOWN` by name, in the
 * table's order; one county is named alone.
 * @example provinceCountyLine(["甲县", "乙县"]).zh // "2 个县：甲县、乙县"
 */
export function provinceCountyLine(counties: readonly string[]): Bilingual {
  if (counties.length === 1) return { zh: counties[0]!, en: counties[0]! };
  const shown = counties.slice(0, IDENTITY_COUNTIES_SHOWN);
  const more = counties.length > shown.length;
  return {
    zh: t(IDENTITY_LABELS.counties, "zh", {
      n: counties.length,
      list: `${shown.join("、")}${more ? "等" : ""}`,
    }),
    en: t(IDENTITY_LABELS.counties, "en", {
      n: counties.length,
      list: `${shown.join(", ")}${more ? ", …" : ""}`,
    }),
  };
}

/**
 * The county line of a report cut to one county of a province's table.
 * @example oneOfCounties("乙县", 3).zh // "乙县（全表 3 个县之一）"
 */
export function oneOfCounties(county: string, counties: number): Bilingual {
  return {
    zh: t(IDENTITY_LABELS.oneOfCounties, "zh", { county, n: counties }),
    en: t(IDENTITY_LABELS.oneOfCounties, "en", { county, n: counties }),
  };
}

const fill = (label: Bilingual, n: number | string): Bilingual => ({
  zh: label.zh.replace("{n}", String(n)),
  en: label.en.replace("{n}", String(n)),
});

const colon = (lang: Lang): string => (lang === "zh" ? "：" : ": ");

const both = (f: (lang: Lang) => string): Bilingual => ({ zh: f("zh"), en: f("en") });

/**
 * The identity of `result`, solved from `scenario` and `files`. `dataName` overrides the data file's name when the
 * planner's file was converted before solving (the pages keep an XLSX as CSV).
 * @example (await resultIdentity(scenario, result, files)).hash // 12 hex digits, the same on the CLI and the pages
 */
export async function resultIdentity(
  scenario: WeightedScenario,
  result: Pick<ScenarioResult, "scenario" | "totals" | "weighting">,
  files: IdentityFiles,
  options: { readonly dataName?: string } = {},
): Promise<ResultIdentity> {
  const L = IDENTITY_LABELS;
  const dataName = options.dataName ?? files.data.name;
  const band = scenario.band;
  const bandParts: Bilingual[] = [];
  if (band?.maxCut !== undefined) bandParts.push(fill(L.maxCut, band.maxCut));
  if (band?.maxGain !== undefined) bandParts.push(fill(L.maxGain, band.maxGain));
  if (band?.maxCutShare !== undefined)
    bandParts.push(fill(L.maxCutShare, +(band.maxCutShare * 100).toFixed(6)));
  if (band?.maxGainShare !== undefined)
    bandParts.push(fill(L.maxGainShare, +(band.maxGainShare * 100).toFixed(6)));
  const fromScenario = scenario.weightingAt.path === "overrides.weighting";
  const parameters: Bilingual[] = [
    both((l) => `${t(L.postType, l)}${colon(l)}${t(POST_TYPE_LABELS[scenario.postType], l)}`),
    both((l) => `${t(L.total, l)}${colon(l)}${t(result.totals.totalRule, l)}`),
    both((l) => t(result.totals.reserveRule, l)),
    both(
      (l) =>
        `${t(L.band, l)}${colon(l)}${bandParts.length === 0 ? t(L.noBand, l) : bandParts.map((p) => t(p, l)).join(l === "zh" ? "、" : ", ")}`,
    ),
    both((l) => {
      const ordering = result.scenario.ordering ? t(L.ordering, l) : "";
      return `${t(L.method, l)}${colon(l)}${t(METHOD_LABELS[scenario.method], l)}${ordering}`;
    }),
    both((l) => {
      const source = `${t(fromScenario ? L.weightsFromScenario : L.weightsFromModel, l)} ${baseName(scenario.weightingAt.file)}`;
      const method = t(WEIGHTING_METHOD_LABELS[result.weighting.method], l);
      return l === "zh"
        ? `${t(L.weights, l)}${colon(l)}${method}（${source}）`
        : `${t(L.weights, l)}${colon(l)}${method} (${source})`;
    }),
  ];
  const counties = countiesOf(scenario.data.townships);
  return {
    county: counties.length > 0 ? provinceCountyLine(counties) : countyOf(dataName),
    scenario: scenario.name,
    parameters,
    dataFile: baseName(dataName),
    ...(files.counties === undefined ? {} : { countiesFile: baseName(files.counties.name) }),
    files: [
      baseName(dataName),
      baseName(result.scenario.source),
      baseName(result.scenario.model),
      ...(files.counties === undefined ? [] : [baseName(files.counties.name)]),
      ...(files.extra ?? []).map((f) => baseName(f.name)),
    ],
    hash: await filesHash(files),
    version: TOOLKIT_VERSION,
  };
}

/**
 * The files line of an identity: every file the hash covers, by short name, the county-totals table marked as such.
 * @example identityFilesText(identity, "zh") // "townships.csv、baseline.yaml、standard.yaml"
 */
export function identityFilesText(identity: ResultIdentity, lang: Lang): string {
  return identity.files
    .map((name, i) =>
      identity.countiesFile !== undefined && i === 3
        ? lang === "zh"
          ? `${name}（${t(IDENTITY_LABELS.countyTotals, lang)}）`
          : `${name} (${t(IDENTITY_LABELS.countyTotals, lang)})`
        : name,
    )
    .join(lang === "zh" ? "、" : ", ");
}

/**
 * The identity as lines of text, for the Markdown report's header and the XLSX summary: label and value.
 * @example identityRows(identity, "zh")[5] // ["工具版本", "quota-planner 0.1.0"]
 */
export function identityRows(identity: ResultIdentity, lang: Lang): [string, string][] {
  const L = IDENTITY_LABELS;
  return [
    [t(L.county, lang), t(identity.county, lang)],
    [t(L.scenario, lang), t(identity.scenario, lang)],
    [t(L.parameters, lang), identity.parameters.map((p) => t(p, lang)).join(lang === "zh" ? "；" : "; ")],
    [t(L.files, lang), identityFilesText(identity, lang)],
    [t(L.hash, lang), identity.hash],
    [t(L.version, lang), `quota-planner ${identity.version}`],
  ];
}
