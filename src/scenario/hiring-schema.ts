import { z } from "zod";
import { TARGET_USAGE_RATE } from "../policy.ts";
import { CATEGORIES, type Category, type HiringSpec } from "../types.ts";

/**
 * The hiring plan's default category weights: R4's priority order, county seat first, in even steps of 0.1 above
 * a general township's 1. A scenario's `hiring.categoryWeights` replaces any of them.
 */
export const DEFAULT_HIRING_WEIGHTS: Readonly<Record<Category, number>> = {
  countySeat: 1.4,
  central: 1.3,
  key: 1.2,
  characteristic: 1.1,
  general: 1,
};

/** Whether a number has at most six decimals (the hiring plan computes with targetUsage as a fraction of 10⁶). */
function atMostSixDecimals(value: number): boolean {
  const scaled = value * 1e6;
  return Math.abs(scaled - Math.round(scaled)) < 1e-6;
}

const weight = z.number().finite().positive();

/** The scenario's `hiring` block (R7): the year's recruitment quota, the usage to move toward, category weights. */
export const hiringBlock = z
  .strictObject({
    quota: z
      .number()
      .int()
      .nonnegative()
      .describe("Recruits the county may place this year (用编进人计划), whole persons"),
    targetUsage: z
      .number()
      .positive()
      .max(1)
      .refine(atMostSixDecimals, {
        message: "at most 6 decimals",
        params: {
          zh: "应为 0 到 1 之间、最多 6 位小数的数",
          en: "expected a number in (0, 1] with at most 6 decimals",
        },
      })
      .optional()
      .describe("Usage rate (staff in post ÷ admin + institution posts) to move toward; default 0.95 (R7)"),
    categoryWeights: z
      .strictObject({
        countySeat: weight.optional(),
        central: weight.optional(),
        key: weight.optional(),
        characteristic: weight.optional(),
        general: weight.optional(),
      })
      .optional()
      .describe(
        "Weight of a township's shortfall by category (> 0); default countySeat 1.4, central 1.3, key 1.2, characteristic 1.1, general 1",
      ),
  })
  .describe("The year's hiring plan (R7): recruits placed so that usage moves toward the target");

export type HiringBlock = z.infer<typeof hiringBlock>;

/**
 * The hiring block with its defaults: targetUsage 0.95, each category weight not given from `DEFAULT_HIRING_WEIGHTS`.
 * @example resolveHiring({ quota: 12, categoryWeights: { general: 1.5 } }).categoryWeights.general // 1.5
 */
export function resolveHiring(block: HiringBlock): HiringSpec {
  return {
    quota: block.quota,
    targetUsage: block.targetUsage ?? TARGET_USAGE_RATE,
    categoryWeights: Object.fromEntries(
      CATEGORIES.map((c) => [c, block.categoryWeights?.[c] ?? DEFAULT_HIRING_WEIGHTS[c]]),
    ) as Record<Category, number>,
  };
}
