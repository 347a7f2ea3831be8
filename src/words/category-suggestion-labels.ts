import type { Bilingual } from "../types.ts";

/** Words of the category suggestion (R1). */
export const CATEGORY_SUGGESTION_LABELS = {
  title: { zh: "乡镇类别建议（R1）", en: "Suggested township categories (R1)" },
  rule: {
    zh: "规则：综合得分为编制标准的加权指数（区位、经济、重点项目、人口、面积等因素按标准的权重合成）；除申报的县政府驻地镇外，其余乡镇按综合得分以自然断点法（Jenks，ckmeans）分为{k}组，由高到低依次建议为{categories}；县政府驻地镇保持申报的一个不变。特色镇依据历史文化或特色产业，因素得分反映不了，其建议仅供参考。建议不改变申报类别。",
    en: "Rule: the composite is the standard's weighted index (location, economy, key projects, population, area … weighted as the standard says); townships other than the declared county seat are split by Jenks natural breaks (ckmeans) on the composite into {k} groups, suggested from the highest down as {categories}; the county seat stays the one declared. A characteristic town rests on heritage or a specialty industry, which the factors do not measure: read its suggestion with care. The suggestion never changes the declared category.",
  },
  seatReason: {
    zh: "县政府驻地镇保持申报类别（综合得分 {composite}）",
    en: "the county seat stays as declared (composite {composite})",
  },
  reason: {
    zh: "建议{category}：综合得分 {composite}，位于第{rank}组（共{k}组，{low}–{high}）",
    en: "suggested {category}: composite {composite}, in group {rank} of {k} ({low}–{high})",
  },
  id: { zh: "编号", en: "ID" },
  name: { zh: "乡镇", en: "Township" },
  composite: { zh: "综合得分", en: "Composite" },
  declared: { zh: "申报类别", en: "Declared" },
  suggested: { zh: "建议类别", en: "Suggested" },
  agrees: { zh: "一致", en: "Agrees" },
  yes: { zh: "是", en: "yes" },
  no: { zh: "否", en: "no" },
  why: { zh: "理由", en: "Reason" },
  indexOf: {
    zh: "综合得分所用指数：{type}的加权指数（多编制类型方案取行政编制的指数；没有行政编制时取第一种编制类型的）",
    en: "Composite from the weighted index of: {type} (a file with several post types uses the admin posts' index, else its first post type's)",
  },
  differ: {
    zh: "{n} 个乡镇的建议类别与申报类别不同",
    en: "{n} townships' suggested category differs from the declared one",
  },
} as const satisfies Record<string, Bilingual>;
