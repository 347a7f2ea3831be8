import type { Bilingual } from "../types.ts";

/** Messages of the offices table reader (R10, R11). */
export const OFFICE_TABLE_MESSAGES = {
  missingColumn: (label: string, headers: string): Bilingual => ({
    zh: `机构表缺少“${label}”列（可用表头：${headers}）`,
    en: `the offices table has no "${label}" column (accepted headers: ${headers})`,
  }),
  unknownTownship: (found: string, county: string): Bilingual => ({
    zh: `数据表 ${county} 中没有编号或名称为“${found}”的乡镇`,
    en: `the county table ${county} has no township with id or name "${found}"`,
  }),
  blankCell: (label: string): Bilingual => ({
    zh: `“${label}”为空，应填写`,
    en: `"${label}" is blank; it is needed`,
  }),
  badKind: (found: string): Bilingual => ({
    zh: `机构类型“${found}”无法识别，应为“统一设置”“因地制宜”或“派驻”`,
    en: `office type "${found}" not recognised: expected 统一设置 (uniform), 因地制宜 (adjustable) or 派驻 (stationed)`,
  }),
  badStaff: (found: string): Bilingual => ({
    zh: `人员数“${found}”应为不小于 0 的整数`,
    en: `staff "${found}" should be a whole number >= 0`,
  }),
  badYesNo: (found: string): Bilingual => ({
    zh: `“${found}”应为“是”或“否”`,
    en: `"${found}" should be 是 (yes) or 否 (no)`,
  }),
  totalsRowSkipped: (marker: string): Bilingual => ({
    zh: `“${marker}”是合计行，已跳过，不计为机构`,
    en: `"${marker}" is a totals row; skipped, not counted as an office`,
  }),
  unknownHeader: (header: string): Bilingual => ({
    zh: `列“${header}”不是机构表的已知列，未使用`,
    en: `column "${header}" is not a known column of an offices table; not used`,
  }),
  kindInferred: (rows: number): Bilingual => ({
    zh: `${rows} 行未填机构类型，已按名称推断：八个统一设置机构为“统一设置”，法庭、检察室、司法所、派出所、市场监管所、自然资源所或填了派驻部门的为“派驻”，其余为“因地制宜”`,
    en: `${rows} rows have no office type; inferred from the name: the eight uniform offices as uniform, a court, procuratorate, judicial, police, market-regulation or natural-resources office or a row with a parent department as stationed, the rest as adjustable`,
  }),
  emptyTable: { zh: "机构表没有数据行", en: "the offices table has no data rows" },
} as const;
