import type { Bilingual, PostType } from "../types.ts";

/**
 * Words of a plan's printed pack (`planToPrintHtml`) and its workbook (`planToXlsx`).
 * @example PLAN_PRINT_LABELS.packTitle.zh // "全盘方案打印本"
 */
export const PLAN_PRINT_LABELS = {
  packTitle: { zh: "全盘方案打印本", en: "Whole-policy pack" },
  townshipPages: { zh: "各乡镇", en: "Township pages" },
  postType: { zh: "编制类型", en: "Post type" },
  today: { zh: "现有", en: "Today" },
  newPosts: { zh: "核定（基本+机动）", en: "New (basic + reserve)" },
  change: { zh: "增减", en: "Change" },
  binding: { zh: "起作用的约束", en: "Binding constraint" },
  reasons: { zh: "理由", en: "Reasons" },
  noAllocation: { zh: "本类型无分配", en: "no allocation for this type" },
  township: { zh: "{name}（{id}，{category}）", en: "{name} ({id}, {category})" },
  page: { zh: "第 {page} / {pages} 页", en: "page {page} of {pages}" },
  // workbook sheet names (Excel: at most 31 characters, none of []:*?/\)
  sheetCombined: { zh: "综合表", en: "Combined" },
  sheetCompliance: { zh: "合规检查", en: "Compliance" },
  sheetReserve: { zh: "机动编制", en: "Reserve" },
  sheetSettings: { zh: "方案标识与设置", en: "Identity and settings" },
  sheetHiring: { zh: "用编进人计划", en: "Hiring" },
  sheetLending: { zh: "借调人员", en: "Lending" },
  sheetTransition: { zh: "过渡路径", en: "Transition" },
  sheetOffices: { zh: "乡镇机构", en: "Offices" },
  valuesNote: {
    zh: "本表数字为求解结果（数值，非公式）；各类型的公式测算见其“公式测算”表",
    en: "The numbers on this sheet are the solver's results (values, not formulas); each type's formulas are on its Calculation sheet",
  },
} as const satisfies Record<string, Bilingual>;

/**
 * Each post type's short name on a plan workbook's sheet names ("行政·公式测算"), short enough for Excel's 31.
 * @example PLAN_SHEET_TYPE.institution.en // "Institution"
 */
export const PLAN_SHEET_TYPE: Readonly<Record<PostType, Bilingual>> = {
  admin: { zh: "行政", en: "Admin" },
  institution: { zh: "事业", en: "Institution" },
  leader: { zh: "领导职数", en: "Leader" },
};
