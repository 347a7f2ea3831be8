import { z } from "zod";
import type { Category } from "../types.ts";

/**
 * R10 (source plan 二(二)1): the eight offices the county sets up in every township, uniformly ("由全县统一设置、统一调整"),
 * as the plan names them. A model's `offices.uniform` may name others (a county with other names for them).
 */
export const PLAN_UNIFORM_OFFICES: readonly string[] = [
  "综合办公室",
  "党建工作办公室",
  "综合行政执法协调办公室",
  "社会事务办公室",
  "经济发展和乡村振兴办公室",
  "财政工作办公室",
  "便民服务中心",
  "农民工服务中心",
];

/**
 * R11 (source plan 二(二)2): the stationed agencies (派驻机构) the central and provincial level keep stationed as they
 * are — court, procuratorate office, judicial office, police station, market-regulation office, natural-resources
 * office. An office of the table is one of them when its name contains the word (人民法庭 → 法庭). Other stationed
 * agencies "adjust as needed".
 */
export const RETAINED_STATIONED_AGENCIES: readonly { readonly key: string; readonly word: string }[] = [
  { key: "court", word: "法庭" },
  { key: "procuratorate", word: "检察室" },
  { key: "judicial", word: "司法所" },
  { key: "police", word: "派出所" },
  { key: "marketRegulation", word: "市场监管所" },
  { key: "naturalResources", word: "自然资源所" },
];

const officeName = z.string().min(1);
const capCount = z.number().int().nonnegative();

/** The `offices:` block of a model file (R10). */
export const officeStandardFile = z
  .strictObject({
    uniform: z
      .array(
        z.union([officeName, z.strictObject({ name: officeName, aliases: z.array(officeName).default([]) })]),
      )
      .min(1)
      .optional()
      .describe(
        "The offices every township sets up uniformly (R10); default the eight the source plan names (二(二)1). An entry is a name, or a name with the other names a table may write it under",
      ),
    institutionCap: z
      .strictObject({
        countySeat: capCount.optional(),
        central: capCount.optional(),
        key: capCount.optional(),
        characteristic: capCount.optional(),
        general: capCount.optional(),
      })
      .optional()
      .describe(
        "机构限额: the most offices a township of the category may set up (its own offices; stationed agencies not counted)",
      ),
  })
  .describe("Offices of a township (R10): the uniform ones and the cap per category");

/** One uniform office: its name and the other names a table may write it under. */
export interface UniformOffice {
  readonly name: string;
  readonly aliases: readonly string[];
}

/** R10 of a staffing standard: the uniform offices and each category's institution cap (absent: not set). */
export interface OfficeStandard {
  readonly uniform: readonly UniformOffice[];
  readonly institutionCap: Readonly<Partial<Record<Category, number>>>;
  /** Whether `uniform` is the source plan's eight (the model named none). */
  readonly uniformFromPlan: boolean;
}

/** The standard of a model without an `offices:` block: the plan's eight, no caps. */
export const PLAN_OFFICE_STANDARD: OfficeStandard = {
  uniform: PLAN_UNIFORM_OFFICES.map((name) => ({ name, aliases: [] })),
  institutionCap: {},
  uniformFromPlan: true,
};

/**
 * Resolves a model's `offices:` block: the plan's eight when it names no uniform offices.
 * @example resolveOfficeStandard({ institutionCap: { general: 9 } }).uniform.length // 8
 */
export function resolveOfficeStandard(file: z.output<typeof officeStandardFile> | undefined): OfficeStandard {
  if (file === undefined) return PLAN_OFFICE_STANDARD;
  const uniform =
    file.uniform === undefined
      ? PLAN_OFFICE_STANDARD.uniform
      : file.uniform.map((entry) =>
          typeof entry === "string"
            ? { name: entry, aliases: [] }
            : { name: entry.name, aliases: entry.aliases },
        );
  const institutionCap: Partial<Record<Category, number>> = {};
  for (const [category, cap] of Object.entries(file.institutionCap ?? {})) {
    if (cap !== undefined) institutionCap[category as Category] = cap;
  }
  return { uniform, institutionCap, uniformFromPlan: file.uniform === undefined };
}
