import type { Bilingual } from "../types.ts";

/**
 * Names of the weights lab's fields and what each accepts, for the sentence that says why the settings give no
 * allocation (`editProblems` in src/edit/edit-problems.ts).
 */
export const EDIT_FIELDS = {
  name: { zh: "方案名称", en: "Scenario name" },
  total: { zh: "县域总量（名）", en: "County total (posts)" },
  transferDown: { zh: "在现有基础上下沉（名）", en: "Transfer down (posts)" },
  reserveCount: { zh: "机动编制·预留名数", en: "Reserve: count of posts" },
  reserveShare: { zh: "机动编制·按总量比例", en: "Reserve: share of the total" },
  maxCut: { zh: "稳定区间·最多减少（名）", en: "Band: at most fewer (posts)" },
  maxGain: { zh: "稳定区间·最多增加（名）", en: "Band: at most more (posts)" },
  maxCutShare: { zh: "稳定区间·最多减少（比例）", en: "Band: at most fewer (share of today)" },
  maxGainShare: { zh: "稳定区间·最多增加（比例）", en: "Band: at most more (share of today)" },
  coefficient: { zh: "{category}·系数", en: "{category}: coefficient" },
  floor: { zh: "{category}·最低编制", en: "{category}: floor" },
} as const satisfies Record<string, Bilingual>;

/** What a field accepts. */
export const EDIT_EXPECTED = {
  notEmpty: { zh: "不能为空", en: "must not be empty" },
  wholeAtLeast1: { zh: "应为不小于 1 的整数", en: "must be a whole number of at least 1" },
  wholeAtLeast0: { zh: "应为不小于 0 的整数", en: "must be a whole number of at least 0" },
  shareBelow1: {
    zh: "应在 0 与 1 之间（不含 1：机动编制不能占满总量）",
    en: "must be from 0 to below 1 (a reserve cannot take the whole total)",
  },
  shareAtMost1: {
    zh: "应在 0 与 1 之间（1 即可减去现有编制的全部，不能更多）",
    en: "must be from 0 to 1 (1 allows cutting all of today's posts, no more)",
  },
  finiteAtLeast0: { zh: "应为不小于 0 的数", en: "must be a number of at least 0" },
  positive: { zh: "应为大于 0 的数", en: "must be a number above 0" },
} as const satisfies Record<string, Bilingual>;

/** The sentence for one field: "<field>：填写 <found>，<expected>". */
export function editProblemSentence(field: Bilingual, found: string, expected: Bilingual): Bilingual {
  const shown = found === "" ? { zh: "（空）", en: "(empty)" } : { zh: found, en: found };
  return {
    zh: `${field.zh}：填写 ${shown.zh}，${expected.zh}`,
    en: `${field.en}: ${shown.en} entered; it ${expected.en}`,
  };
}

/** Heading of the list: why these settings give no allocation. */
export const EDIT_PROBLEMS_LABELS = {
  title: { zh: "这些设置无法计算，请修改：", en: "These settings cannot be solved; change:" },
} as const satisfies Record<string, Bilingual>;
