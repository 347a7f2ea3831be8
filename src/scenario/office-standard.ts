import { z } from "zod";
import { PLAN_UNIFORM_OFFICES } from "../policy.ts";
import type { Category, OfficeStandard } from "../types.ts";

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
