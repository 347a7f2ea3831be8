import { z } from "zod";
import { officeStandardFile } from "./office-standard.ts";

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
      // A refinement of the tuple itself runs even when other keys of the file fail, so an empty range is reported
      // together with every other problem of the file.
      .refine(([low, high]) => low < high, { params: { code: "bad-range" } })
      .optional()
      .describe("Target interval of minmax scores, default [0, 1]"),
    weight: nonNegative.default(1).describe("Weight within the factor, relative"),
  })
  .describe("An indicator read from one column");

export const factorFile = z.strictObject({
  id: z.string().min(1),
  label: bilingualText.optional(),
  weight: nonNegative
    .optional()
    .describe("Factor weight, relative (renormalised over factors); required with manual weighting"),
  indicators: z.array(indicatorFile).min(1),
});

export const categoryRuleFile = z.strictObject({
  coefficient: z.number().finite().positive().default(1).describe("Priority multiplier on the index (R4)"),
});

const expertMatrix = z.strictObject({
  name: z.string().min(1),
  matrix: z
    .array(z.array(z.union([z.number().positive(), z.string().min(1)])))
    .min(1)
    .describe("Square matrix on Saaty's 1–9 scale; cells numbers or fractions such as 1/3"),
});
const matrixBlock = z.strictObject({ experts: z.array(expertMatrix).min(1) });
const ahpFile = z.strictObject({
  factors: matrixBlock.describe("Factors compared with each other, in the order of `factors`"),
  indicators: z
    .record(z.string(), matrixBlock)
    .optional()
    .describe(
      "By factor id: that factor's indicators compared, in model order; not needed for one indicator",
    ),
});

export const weightingFile = z
  .strictObject({
    method: z.enum(["manual", "ahp", "entropy", "critic", "combined"]).default("manual"),
    randomIndex: z.enum(["saaty", "alonso-lamata", "cn-textbook"]).default("saaty"),
    ahp: ahpFile.optional(),
    data: z.enum(["entropy", "critic"]).optional().describe("combined: the data method (default entropy)"),
    normalise: z
      .enum(["sum", "minmax"])
      .optional()
      .describe("entropy: proportions of raw values (sum) or of min-max scores (minmax, the default)"),
    expertShare: z.number().min(0).max(1).optional().describe("combined: share of the AHP weights"),
  })
  .describe("How the weights are set (R5)");

export const modelFile = z
  .strictObject({
    $schema: z.string().optional(),
    name: bilingualText,
    description: bilingualText.optional(),
    factors: z.array(factorFile).min(1),
    weighting: weightingFile.optional(),
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
    offices: officeStandardFile.optional(),
    allocation: z
      .strictObject({
        objective: z
          .enum(["least-absolute-deviation", "least-squares-relative", "absDeviation"])
          .optional()
          .describe(
            "What method lp minimises: least-absolute-deviation (Σ|x − t|; absDeviation is its old name) or least-squares-relative (Σ(x − t)²/t, Webster's method with floors and caps, house monotone without binding ordering; the default when none is named); a scenario's objective key overrides it",
          ),
        ordering: z.boolean().default(false).describe("Category ordering constraints (R4)"),
      })
      .optional(),
  })
  .describe("A township staffing standard (乡镇编制核定标准)");

export type ModelFile = z.infer<typeof modelFile>;
