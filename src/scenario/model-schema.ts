import { z } from "zod";

/** A text given once (used for both languages) or per language. */
export const bilingualText = z.union([
  z.string().min(1),
  z.strictObject({ zh: z.string().min(1), en: z.string().min(1) }),
]);

const nonNegative = z.number().finite().nonnegative();
const postCount = z.number().int().nonnegative();
const categoryKeys = ["countySeat", "central", "key", "characteristic", "general"] as const;
const postTypes = z.enum(["admin", "institution", "leader"]);

/** Posts per township by category, e.g. `{ general: 15 }`; categories left out take the model's value. */
export const postsByCategory = z.strictObject({
  countySeat: postCount.optional(),
  central: postCount.optional(),
  key: postCount.optional(),
  characteristic: postCount.optional(),
  general: postCount.optional(),
});

export const indicatorFile = z
  .strictObject({
    id: z.string().min(1).describe("Identifier, unique in the model, e.g. gdp"),
    label: bilingualText.optional().describe("Display name; defaults to the id"),
    column: z
      .string()
      .min(1)
      .describe("Column of the county table: canonical key (population, areaKm2, gdp, …) or header"),
    direction: z.enum(["benefit", "cost"]).default("benefit").describe("benefit: larger means more demand"),
    transform: z.enum(["none", "log", "log1p", "sqrt"]).default("none"),
    normalise: z.enum(["minmax", "max", "share", "zscore"]).default("minmax"),
    range: z
      .tuple([z.number().finite(), z.number().finite()])
      .optional()
      .describe("Target interval of minmax scores, default [0, 1]"),
    weight: nonNegative.default(1).describe("Weight within the factor, relative"),
  })
  .describe("An indicator read from one column");

export const factorFile = z.strictObject({
  id: z.string().min(1),
  label: bilingualText.optional(),
  weight: nonNegative.describe("Factor weight, relative (renormalised over factors)"),
  indicators: z.array(indicatorFile).min(1),
});

export const categoryRuleFile = z.strictObject({
  coefficient: z.number().finite().positive().default(1).describe("Priority multiplier on the index (R4)"),
});

export const modelFile = z
  .strictObject({
    $schema: z.string().optional(),
    name: bilingualText,
    description: bilingualText.optional(),
    factors: z.array(factorFile).min(1),
    categories: z
      .strictObject(Object.fromEntries(categoryKeys.map((key) => [key, categoryRuleFile.optional()])))
      .optional()
      .describe("Per-category priority coefficients; missing categories get coefficient 1"),
    floors: z
      .partialRecord(postTypes, postsByCategory)
      .optional()
      .describe(
        "Minimum posts per township by post type and category; admin defaults to 15 for every category (R3)",
      ),
    caps: z
      .partialRecord(postTypes, postsByCategory)
      .optional()
      .describe("Maximum posts per township by post type and category"),
    allocation: z
      .strictObject({
        objective: z.enum(["absDeviation"]).default("absDeviation"),
        ordering: z.boolean().default(false).describe("Category ordering constraints (R4)"),
      })
      .optional(),
  })
  .describe("A township staffing standard (乡镇编制核定标准)");

export type ModelFile = z.infer<typeof modelFile>;
