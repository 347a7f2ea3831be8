import { z } from "zod";
import { hiringBlock } from "./hiring-schema.ts";
import { bilingualText, postsByCategory, weightingFile } from "./model-schema.ts";
import { officesKey, powersKey } from "./office-scenario-keys.ts";
import { transitionBlock } from "./transition-schema.ts";

const categoryNumbers = z.strictObject({
  countySeat: z.number().finite().positive().optional(),
  central: z.number().finite().positive().optional(),
  key: z.number().finite().positive().optional(),
  characteristic: z.number().finite().positive().optional(),
  general: z.number().finite().positive().optional(),
});

/**
 * How the flexible reserve is assigned (R6). Kept at county level unless a rule is named; every rule is exact and
 * deterministic (ties: the larger proportional target, then the township id).
 */
export const reserveAssign = z
  .union([
    z.strictObject({ rule: z.literal("county") }),
    z.strictObject({ rule: z.literal("furthest-below-target") }),
    z.strictObject({ rule: z.literal("by-category-priority") }),
    z.strictObject({
      rule: z.literal("named"),
      townships: z
        .array(
          z.strictObject({
            id: z.string().min(1).describe("Township id of the county table"),
            posts: z.number().int().positive(),
            task: z.string().min(1).describe("The task the posts are for"),
          }),
        )
        .min(1),
    }),
  ])
  .describe(
    "county: kept at county level (default); furthest-below-target: one post at a time to the township furthest below its share of the whole total (share × total − posts), never past its upper bound; by-category-priority: the same within the highest-priority category (county seat, central, key, characteristic, general) that still has a township below its share; named: the posts given to named townships for named tasks, the rest kept at county level",
  );

const reserveSpec = z
  .union([
    z.strictObject({ count: z.number().int().nonnegative(), assign: reserveAssign.optional() }),
    z.strictObject({ share: z.number().min(0).lt(1), assign: reserveAssign.optional() }),
  ])
  .describe(
    "Flexible reserve held back (R6): a count, or a share of the total rounded down; assign names the rule that places it (default: kept at county level)",
  );

const bandSpec = z
  .strictObject({
    maxCut: z.number().int().nonnegative().optional(),
    maxGain: z.number().int().nonnegative().optional(),
    maxCutShare: z.number().min(0).max(1).optional(),
    maxGainShare: z.number().min(0).optional(),
  })
  .describe("Stability band versus today's posts");

const overridesSpec = z.strictObject({
  factorWeights: z.record(z.string(), z.number().finite().nonnegative()).optional(),
  indicatorWeights: z.record(z.string(), z.number().finite().nonnegative()).optional(),
  categoryCoefficients: categoryNumbers.optional(),
  floors: postsByCategory.optional(),
  caps: postsByCategory.optional(),
  ordering: z.boolean().optional(),
  weighting: weightingFile
    .optional()
    .describe("Replaces the model's weighting block (e.g. AHP judgements edited on the weights lab)"),
});

const methodSpec = z
  .enum(["lp", "hamilton", "jefferson", "webster", "adams", "dean", "huntington-hill"])
  .describe(
    "lp: least deviation with every policy constraint (default); or a classical apportionment method (jefferson = D'Hondt, webster = Sainte-Laguë)",
  );

const objectiveSpec = z
  .enum(["least-absolute-deviation", "least-squares-relative"])
  .describe(
    "What method lp minimises; default the model's allocation.objective, else least-absolute-deviation. least-squares-relative is Webster's method with floors and caps: raising the total never lowers a township (while no category ordering binds)",
  );

const solverSpec = z.enum(["auto", "exact", "highs", "jsLpSolver"]);

const totalSpec = z.number().int().positive().describe("County total of the post type for all townships");
const transferDownSpec = z
  .number()
  .int()
  .nonnegative()
  .describe("Posts moved down from county level, added to today's total (R2)");

/** One post type's settings in a file with several (`postTypes`): the per-type keys of a single-type file. */
export const postTypeEntry = z
  .strictObject({
    total: totalSpec.optional(),
    transferDown: transferDownSpec.optional(),
    reserve: reserveSpec.optional(),
    band: bandSpec.optional(),
    overrides: overridesSpec.optional(),
    method: methodSpec.optional().describe("Default lp"),
    objective: objectiveSpec.optional(),
    solver: solverSpec.optional().describe("Default: the file's solver"),
    transition: transitionBlock
      .optional()
      .describe("This type's multi-year transition (R12), instead of the file's `transition` block"),
  })
  .describe("The settings of one post type");

/** The per-type keys of a single-type file, refused at the top level of a file with `postTypes`. */
export const PER_TYPE_KEYS = [
  "postType",
  "total",
  "transferDown",
  "reserve",
  "band",
  "overrides",
  "method",
  "objective",
] as const;

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
    total: totalSpec.optional(),
    transferDown: transferDownSpec.optional(),
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
    reserve: reserveSpec.optional(),
    band: bandSpec.optional(),
    overrides: overridesSpec.optional(),
    method: methodSpec.default("lp"),
    objective: objectiveSpec.optional(),
    acceptInconsistent: z
      .boolean()
      .default(false)
      .describe("Use AHP weights even when a matrix has CR >= 0.10"),
    solver: solverSpec.default("auto"),
    timeLimitSeconds: z.number().positive().default(30),
    hiring: hiringBlock.optional(),
    transition: transitionBlock.optional(),
    postTypes: z
      .strictObject({
        admin: postTypeEntry.optional(),
        institution: postTypeEntry.optional(),
        leader: postTypeEntry.optional(),
      })
      .optional()
      .describe(
        "Several post types in one run (a plan): each entry takes the per-type keys (total or transferDown, reserve, band, overrides, method, objective, solver); data, model, columns and name are shared. With postTypes, the top level holds none of postType, total, transferDown, reserve, band, overrides, method, objective",
      ),
  })
  .describe("A staffing scenario (编制配置方案)");

export type ScenarioFile = z.infer<typeof scenarioFile>;
/** How a reserve is assigned (R6), as written in a scenario file. */
export type ReserveAssign = z.infer<typeof reserveAssign>;
