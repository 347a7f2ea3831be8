import { z } from "zod";
import { hiringBlock } from "./hiring-schema.ts";
import { bilingualText, postsByCategory, weightingFile } from "./model-schema.ts";
import { officesKey, powersKey } from "./office-scenario-keys.ts";

const categoryNumbers = z.strictObject({
  countySeat: z.number().finite().positive().optional(),
  central: z.number().finite().positive().optional(),
  key: z.number().finite().positive().optional(),
  characteristic: z.number().finite().positive().optional(),
  general: z.number().finite().positive().optional(),
});

export const scenarioFile = z
  .strictObject({
    $schema: z.string().optional(),
    name: bilingualText,
    notes: z.string().optional(),
    data: z.string().min(1).describe("County table (CSV, XLSX or JSON), relative to this file"),
    sheet: z.string().min(1).optional().describe("XLSX sheet name; default the first sheet"),
    columns: z
      .record(z.string().min(1), z.string().min(1))
      .optional()
      .describe(
        "Column mapping: a header as the table writes it → the column it is (a canonical key such as staffLentOut, or ignore)",
      ),
    model: z.string().min(1).describe("Staffing standard (models/*.yaml), relative to this file"),
    offices: officesKey,
    powers: powersKey,
    postType: z.enum(["admin", "institution", "leader"]).default("admin"),
    total: z.number().int().positive().optional().describe("County total of the post type for all townships"),
    transferDown: z
      .number()
      .int()
      .nonnegative()
      .optional()
      .describe("Posts moved down from county level, added to today's total (R2)"),
    counties: z
      .union([
        z.strictObject({
          file: z
            .string()
            .min(1)
            .describe("A table of county totals (CSV: county, total), relative to this file"),
        }),
        z.strictObject({
          totals: z
            .record(z.string().min(1), z.number().int().nonnegative())
            .describe("Each county's total, by the name the data's county column writes"),
        }),
        z.strictObject({
          split: z
            .literal("index")
            .describe(
              "The scenario's total is the province's: split among the counties by the sum of their townships' index × coefficient, each county at least its townships' lower bounds and today's posts",
            ),
        }),
      ])
      .optional()
      .describe(
        "A province or city table (a county column): where each county's total comes from; default split: index",
      ),
    reserve: z
      .union([
        z.strictObject({ count: z.number().int().nonnegative() }),
        z.strictObject({ share: z.number().min(0).lt(1) }),
      ])
      .optional()
      .describe("Flexible reserve held back (R6): a count, or a share of the total rounded down"),
    band: z
      .strictObject({
        maxCut: z.number().int().nonnegative().optional(),
        maxGain: z.number().int().nonnegative().optional(),
        maxCutShare: z.number().min(0).max(1).optional(),
        maxGainShare: z.number().min(0).optional(),
      })
      .optional()
      .describe("Stability band versus today's posts"),
    overrides: z
      .strictObject({
        factorWeights: z.record(z.string(), z.number().finite().nonnegative()).optional(),
        indicatorWeights: z.record(z.string(), z.number().finite().nonnegative()).optional(),
        categoryCoefficients: categoryNumbers.optional(),
        floors: postsByCategory.optional(),
        caps: postsByCategory.optional(),
        ordering: z.boolean().optional(),
        weighting: weightingFile
          .optional()
          .describe("Replaces the model's weighting block (e.g. AHP judgements edited on the weights lab)"),
      })
      .optional(),
    method: z
      .enum(["lp", "hamilton", "jefferson", "webster", "adams", "dean", "huntington-hill"])
      .default("lp")
      .describe(
        "lp: least deviation with every policy constraint (default); or a classical apportionment method (jefferson = D'Hondt, webster = Sainte-Laguë)",
      ),
    objective: z
      .enum(["least-absolute-deviation", "least-squares-relative"])
      .optional()
      .describe(
        "What method lp minimises; default the model's allocation.objective, else least-squares-relative. least-squares-relative is Webster's method with floors and caps: raising the total never lowers a township (while no category ordering binds)",
      ),
    acceptInconsistent: z
      .boolean()
      .default(false)
      .describe("Use AHP weights even when a matrix has CR >= 0.10"),
    solver: z.enum(["auto", "exact", "highs", "jsLpSolver"]).default("auto"),
    timeLimitSeconds: z.number().positive().default(30),
    hiring: hiringBlock.optional(),
  })
  .describe("A staffing scenario (编制配置方案)");

export type ScenarioFile = z.infer<typeof scenarioFile>;
