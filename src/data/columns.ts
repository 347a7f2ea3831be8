import type { Bilingual } from "../types.ts";

/** What a column of the township table holds. */
export interface ColumnSpec {
  /** Canonical key: the field name on `Township` and the English header. */
  readonly key: string;
  readonly label: Bilingual;
  /** Headers accepted for this column (compared after trimming, case-insensitively, ignoring spaces and ()（）). */
  readonly aliases: readonly string[];
  readonly kind: "text" | "category" | "count" | "number";
  readonly required: boolean;
  /** Unit shown in messages and tables. */
  readonly unit?: Bilingual;
}

/**
 * The known columns of a county township table, in the order the demo file writes them.
 * Any other column that holds numbers is kept under its header in `Township.values`.
 */
export const TOWNSHIP_COLUMNS: readonly ColumnSpec[] = [
  {
    key: "id",
    label: { zh: "编号", en: "ID" },
    aliases: ["id", "编号", "代码", "乡镇代码", "序号", "区划代码", "行政区划代码", "乡镇编号"],
    kind: "text",
    required: true,
  },
  {
    key: "name",
    label: { zh: "乡镇名称", en: "Name" },
    aliases: [
      "name",
      "乡镇名称",
      "名称",
      "乡镇",
      "乡镇（街道）",
      "乡镇（街道）名称",
      "镇名",
      "乡镇名",
      "乡镇名称（街道）",
    ],
    kind: "text",
    required: true,
  },
  {
    key: "category",
    label: { zh: "乡镇类别", en: "Category" },
    aliases: ["category", "乡镇类别", "类别", "类型", "镇类别", "乡镇类型", "乡镇分类"],
    kind: "category",
    required: true,
  },
  {
    key: "population",
    label: { zh: "人口", en: "Population" },
    aliases: ["population", "人口", "常住人口", "户籍人口", "人口数量", "人口（人）"],
    kind: "count",
    required: true,
    unit: { zh: "人", en: "persons" },
  },
  {
    key: "areaKm2",
    label: { zh: "幅员面积", en: "Area" },
    aliases: [
      "areaKm2",
      "area",
      "area_km2",
      "面积",
      "幅员面积",
      "幅员面积（平方公里）",
      "面积（平方公里）",
      "辖区面积",
      "行政区域面积",
      "国土面积",
      "土地面积",
    ],
    kind: "number",
    required: true,
    unit: { zh: "平方公里", en: "km²" },
  },
  {
    key: "gdp",
    label: { zh: "地区生产总值", en: "GDP" },
    aliases: ["gdp", "地区生产总值", "生产总值", "地区生产总值（万元）", "GDP总量", "经济总量"],
    kind: "number",
    required: false,
    unit: { zh: "万元", en: "10k yuan" },
  },
  {
    key: "fiscalRevenue",
    label: { zh: "一般公共预算收入", en: "Fiscal revenue" },
    aliases: [
      "fiscalRevenue",
      "fiscal_revenue",
      "财政收入",
      "一般公共预算收入",
      "财政收入（万元）",
      "地方一般公共预算收入",
      "一般预算收入",
    ],
    kind: "number",
    required: false,
    unit: { zh: "万元", en: "10k yuan" },
  },
  {
    key: "distanceKm",
    label: { zh: "距县城距离", en: "Distance to county seat" },
    aliases: [
      "distanceKm",
      "distance",
      "距县城距离",
      "距县城里程",
      "距离（公里）",
      "到县城距离",
      "离县城距离",
      "距县城",
    ],
    kind: "number",
    required: false,
    unit: { zh: "公里", en: "km" },
  },
  {
    key: "locationScore",
    label: { zh: "区位得分", en: "Location score" },
    aliases: ["locationScore", "location", "location_score", "区位得分", "区位", "区位评分"],
    kind: "number",
    required: false,
  },
  {
    key: "keyProjects",
    label: { zh: "重点产业项目数", en: "Key industrial projects" },
    aliases: [
      "keyProjects",
      "key_projects",
      "重点产业项目数",
      "重点项目数",
      "重点产业项目",
      "重点项目",
      "重点项目个数",
    ],
    kind: "count",
    required: false,
    unit: { zh: "个", en: "projects" },
  },
  {
    key: "adminPosts",
    label: { zh: "现有行政编制", en: "Current admin posts" },
    aliases: [
      "adminPosts",
      "admin_posts",
      "行政编制",
      "现有行政编制",
      "行政编制数",
      "核定行政编制",
      "行政编制核定数",
    ],
    kind: "count",
    required: true,
    unit: { zh: "名", en: "posts" },
  },
  {
    key: "institutionPosts",
    label: { zh: "现有事业编制", en: "Current institution posts" },
    aliases: [
      "institutionPosts",
      "institution_posts",
      "事业编制",
      "现有事业编制",
      "事业编制数",
      "核定事业编制",
      "事业编制核定数",
    ],
    kind: "count",
    required: false,
    unit: { zh: "名", en: "posts" },
  },
  {
    key: "leaderPosts",
    label: { zh: "现有科级领导职数", en: "Current leadership posts" },
    aliases: ["leaderPosts", "leader_posts", "科级领导职数", "领导职数", "现有科级领导职数"],
    kind: "count",
    required: false,
    unit: { zh: "名", en: "posts" },
  },
  {
    key: "staffInPost",
    label: { zh: "在编人数", en: "Staff in post" },
    aliases: [
      "staffInPost",
      "staff_in_post",
      "在编人数",
      "实有人数",
      "在编在岗人数",
      "在编人员",
      "实有在编人数",
      "在岗人数",
    ],
    kind: "count",
    required: false,
    unit: { zh: "人", en: "persons" },
  },
  {
    key: "staffLentOut",
    label: { zh: "借出人员", en: "Staff lent out" },
    aliases: [
      "staffLentOut",
      "staff_lent_out",
      "借出人员",
      "借出人数",
      "被借用人数",
      "借调借出人数",
      "借调借出人员",
      "被借调人数",
    ],
    kind: "count",
    required: false,
    unit: { zh: "人", en: "persons" },
  },
  {
    key: "officeCount",
    label: { zh: "机构数", en: "Offices" },
    aliases: ["officeCount", "office_count", "机构数", "机构数量", "内设机构数", "内设机构", "内设机构个数"],
    kind: "count",
    required: false,
    unit: { zh: "个", en: "offices" },
  },
  {
    key: "county",
    label: { zh: "所属县", en: "County" },
    aliases: [
      "county",
      "县",
      "区县",
      "所属县",
      "县区",
      "所属区县",
      "县（市、区）",
      "县市区",
      "所属县（市、区）",
      "county name",
    ],
    kind: "text",
    required: false,
  },
];
