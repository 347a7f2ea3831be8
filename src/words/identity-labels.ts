import type { Bilingual } from "../types.ts";

/**
 * Labels of the block that identifies a result on every export and printed page (`resultIdentity`).
 * @example IDENTITY_LABELS.hash.zh // "内容校验码"
 */
export const IDENTITY_LABELS = {
  title: { zh: "方案标识", en: "Identity of this result" },
  county: { zh: "县", en: "County" },
  scenario: { zh: "方案", en: "Scenario" },
  parameters: { zh: "主要参数", en: "Key parameters" },
  data: { zh: "数据文件", en: "Data file" },
  files: { zh: "所用文件", en: "Files" },
  hash: { zh: "内容校验码", en: "Content hash" },
  hashNote: {
    zh: "“所用文件”所列各文件（数据、方案、编制标准，以及方案指定的县总量表、机构表、权责清单）内容的 SHA-256 前 12 位",
    en: "first 12 hex digits of the SHA-256 of the files listed under Files (data, scenario and standard, and the county totals, offices table and power lists the scenario names)",
  },
  version: { zh: "工具版本", en: "Toolkit version" },
  counties: { zh: "{n} 个县：{list}", en: "{n} counties: {list}" },
  oneOfCounties: { zh: "{county}（全表 {n} 个县之一）", en: "{county} (one of the table's {n} counties)" },
  countyTotals: { zh: "县总量表", en: "county totals" },
  postType: { zh: "编制类型", en: "post type" },
  total: { zh: "总量", en: "total" },
  band: { zh: "稳定区间", en: "band" },
  noBand: { zh: "无", en: "none" },
  maxCut: { zh: "最多减 {n}", en: "cut at most {n}" },
  maxGain: { zh: "最多增 {n}", en: "gain at most {n}" },
  maxCutShare: { zh: "最多减 {n}%", en: "cut at most {n}%" },
  maxGainShare: { zh: "最多增 {n}%", en: "gain at most {n}%" },
  method: { zh: "分配方法", en: "method" },
  ordering: { zh: "，含类别排序", en: ", with category ordering" },
  weights: { zh: "权重", en: "weights" },
  weightsFromScenario: { zh: "方案覆盖", en: "set by the scenario" },
  weightsFromModel: { zh: "编制标准", en: "from the standard" },
} as const satisfies Record<string, Bilingual>;

/** The demo county's name as the pages label its bundle. */
export const DEMO_COUNTY_LABEL: Bilingual = { zh: "示例县（虚构数据）", en: "Demo county (fictional data)" };
