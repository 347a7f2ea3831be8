import { z } from "zod";

/** Scenario key `offices`: the offices table (R10, R11), relative to the scenario file. */
export const officesKey = z
  .string()
  .min(1)
  .optional()
  .describe(
    "Offices table (CSV or XLSX, one row per office: 乡镇, 机构名称, 机构类型, 派驻部门, 人员数 …), relative to this file (R10, R11)",
  );

/** Scenario key `powers`: the "1+4" power lists and what each township accepted (R13), relative to the scenario file. */
export const powersKey = z
  .string()
  .min(1)
  .optional()
  .describe(
    "Power lists (YAML: base list, category lists, accepted items), relative to this file; gives the indicator column dutyWorkload (R13)",
  );
