import type { Bilingual } from "../types.ts";

/** The sentences of the office checks (R10, R11). */
export const OFFICE_CHECK_MESSAGES = {
  r10NotChecked: {
    zh: "未检查：方案未指定机构表，数据表也没有“机构数”列，无从得知各乡镇设置了哪些机构",
    en: "not checked: the scenario names no offices table and the county table has no office-count column, so which offices a township has cannot be seen",
  },
  r10UniformPassed: (n: number): Bilingual => ({
    zh: `各乡镇均设有${n}个统一设置机构`,
    en: `every township has the ${n} uniform offices`,
  }),
  r10UniformFailed: (
    n: number,
    lacking: readonly { name: string; missing: readonly string[] }[],
  ): Bilingual => ({
    zh: `${lacking.length} 个乡镇缺少${n}个统一设置机构中的部分机构：${lacking.map((t) => `${t.name}缺${t.missing.join("、")}`).join("，")}`,
    en: `${lacking.length} township(s) lack some of the ${n} uniform offices: ${lacking.map((t) => `${t.name} lacks ${t.missing.join(", ")}`).join("; ")}`,
  }),
  r10UniformNotChecked: {
    zh: "统一设置机构未检查：没有机构表（只有“机构数”列，看不出是哪些机构）",
    en: "uniform offices not checked: no offices table (an office count does not say which offices)",
  },
  r10CapPassed: (from: Bilingual): Bilingual => ({
    zh: `各乡镇机构数均未超过所属类别的机构限额（机构数取自${from.zh}）`,
    en: `no township has more offices than its category's cap (counts from ${from.en})`,
  }),
  r10CapFailed: (
    over: readonly { name: string; count: number; cap: number }[],
    from: Bilingual,
  ): Bilingual => ({
    zh: `${over.length} 个乡镇机构数超过所属类别的机构限额：${over.map((t) => `${t.name} ${t.count} 个，限额 ${t.cap} 个，超出 ${t.count - t.cap} 个`).join("，")}（机构数取自${from.zh}）`,
    en: `${over.length} township(s) have more offices than their category's cap: ${over.map((t) => `${t.name} ${t.count}, cap ${t.cap}, ${t.count - t.cap} over`).join("; ")} (counts from ${from.en})`,
  }),
  r10CapNotChecked: {
    zh: "机构限额未检查：编制标准未给出各类别的机构限额",
    en: "institution cap not checked: the standard gives no cap per category (offices.institutionCap)",
  },
  r10CapPartly: (zh: string, en: string): Bilingual => ({
    zh: `（${zh}未给出机构限额，未检查）`,
    en: ` (no cap for ${en}: not checked)`,
  }),
  fromTable: { zh: "机构表（不含派驻机构）", en: "the offices table (stationed agencies not counted)" },
  fromColumn: { zh: "数据表“机构数”列", en: "the county table's office-count column" },
  r11NotChecked: {
    zh: "未检查：方案未指定机构表，看不到各乡镇的派驻机构及其人员",
    en: "not checked: the scenario names no offices table, so the stationed agencies and their staff cannot be seen",
  },
  r11Passed: {
    zh: "法庭、检察室、司法所、派出所、市场监管所、自然资源所均保持派驻",
    en: "courts, procuratorate, judicial, police, market-regulation and natural-resources offices all stay stationed",
  },
  r11Adjusted: (names: readonly string[]): Bilingual => ({
    zh: `${names.length} 个应保持派驻的机构被列为乡镇自设机构：${names.join("、")}`,
    en: `${names.length} agency(ies) that stay stationed are listed as a township's own office: ${names.join(", ")}`,
  }),
  r11Counted: (names: readonly string[]): Bilingual => ({
    zh: `${names.length} 个乡镇的在编人数计入了派驻机构人员（派驻机构人员不占乡镇编制）：${names.join("、")}`,
    en: `${names.length} township(s) count stationed agencies' staff in their staff in post (stationed staff hold no township posts): ${names.join(", ")}`,
  }),
  r11CountedPassed: {
    zh: "派驻机构人员均未计入乡镇在编人数",
    en: "no township counts stationed staff in its staff in post",
  },
  r11CountedUnseen: {
    zh: "派驻机构人员是否计入乡镇在编人数未检查：机构表没有“计入乡镇在编人数”列",
    en: "whether stationed staff are counted in township staff not checked: the offices table has no counted-in-township column",
  },
  r11PostsUnseen: {
    zh: "注：现有编制数取自数据表，其中是否含派驻机构人员，表中看不出",
    en: "note: today's posts come from the county table, which cannot say whether they include stationed staff",
  },
} as const;

/** Labels of the offices table (R10, R11) and its columns. */
export const OFFICE_LABELS = {
  title: { zh: "乡镇机构与派驻机构（R10、R11）", en: "Township offices and stationed agencies (R10, R11)" },
  id: { zh: "编号", en: "ID" },
  name: { zh: "乡镇", en: "Township" },
  category: { zh: "类别", en: "Category" },
  offices: { zh: "机构数", en: "Offices" },
  cap: { zh: "机构限额", en: "Cap" },
  over: { zh: "超出", en: "Over" },
  missing: { zh: "缺少的统一设置机构", en: "Missing uniform offices" },
  retained: { zh: "保持派驻", en: "Stationed (kept)" },
  adjusted: { zh: "应派驻但列为自设", en: "Should stay stationed" },
  otherStationed: { zh: "其他派驻机构", en: "Other stationed" },
  stationedStaff: { zh: "派驻人员", en: "Stationed staff" },
  counted: { zh: "计入乡镇在编", en: "Counted in township" },
  none: { zh: "无", en: "none" },
  unknown: { zh: "—", en: "—" },
  checks: { zh: "检查", en: "Checks" },
  passed: { zh: "通过", en: "passed" },
  failed: { zh: "未通过", en: "failed" },
  notChecked: { zh: "未检查", en: "not checked" },
} as const satisfies Record<string, Bilingual>;

/** The six stationed agencies of R11 by key, for people. */
export const RETAINED_AGENCY_LABELS: Readonly<Record<string, Bilingual>> = {
  court: { zh: "法庭", en: "court" },
  procuratorate: { zh: "检察室", en: "procuratorate office" },
  judicial: { zh: "司法所", en: "judicial office" },
  police: { zh: "派出所", en: "police station" },
  marketRegulation: { zh: "市场监管所", en: "market-regulation office" },
  naturalResources: { zh: "自然资源所", en: "natural-resources office" },
};
