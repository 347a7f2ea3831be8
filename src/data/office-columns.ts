import type { ColumnSpec } from "./columns.ts";

/**
 * The columns of an offices table (R10, R11) as an office keeps it: one row per office of a township, its own
 * offices and the county departments' stationed agencies. `township` and `office` are required.
 */
export const OFFICE_COLUMNS: readonly ColumnSpec[] = [
  {
    key: "township",
    label: { zh: "乡镇", en: "Township" },
    aliases: [
      "township",
      "乡镇",
      "乡镇名称",
      "乡镇（街道）",
      "所属乡镇",
      "乡镇编号",
      "驻地乡镇",
      "township id",
    ],
    kind: "text",
    required: true,
  },
  {
    key: "office",
    label: { zh: "机构名称", en: "Office" },
    aliases: ["office", "机构名称", "机构", "名称", "单位名称", "机构全称"],
    kind: "text",
    required: true,
  },
  {
    key: "kind",
    label: { zh: "机构类型", en: "Office type" },
    aliases: ["kind", "type", "机构类型", "类型", "机构类别", "设置方式", "机构性质"],
    kind: "text",
    required: false,
  },
  {
    key: "department",
    label: { zh: "派驻部门", en: "Parent department" },
    aliases: ["department", "派驻部门", "主管部门", "派出部门", "上级主管部门"],
    kind: "text",
    required: false,
  },
  {
    key: "staff",
    label: { zh: "人员数", en: "Staff" },
    aliases: ["staff", "人员数", "人数", "实有人数", "在岗人数", "工作人员数", "人员"],
    kind: "count",
    required: false,
    unit: { zh: "人", en: "persons" },
  },
  {
    key: "countedInTownship",
    label: { zh: "计入乡镇在编人数", en: "Counted in township staff" },
    aliases: [
      "countedInTownship",
      "计入乡镇在编人数",
      "是否计入乡镇在编人数",
      "占用乡镇编制",
      "是否占用乡镇编制",
      "计入乡镇编制",
      "是否计入乡镇编制",
    ],
    kind: "text",
    required: false,
  },
];
