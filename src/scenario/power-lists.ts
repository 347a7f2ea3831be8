import { z } from "zod";
import { InputError } from "../types.ts";
import { parseYamlFile } from "./parse-yaml.ts";

const categoryKey = z.enum(["countySeat", "central", "key", "characteristic", "general"]);

const powerItem = z.strictObject({
  id: z.string().min(1).describe("Identifier, unique over every list, e.g. B01"),
  name: z.string().min(1).describe("The power (行政权力事项) as the list names it"),
  workload: z
    .number()
    .finite()
    .nonnegative()
    .describe("Estimated annual workload of the item in one township, person-days per year (人·日/年)"),
});

/** A "1+4" power-list file (R13, source plan 二(一)2): the base list, the category lists, what each township accepted. */
export const powerListsFile = z
  .strictObject({
    $schema: z.string().optional(),
    name: z.string().min(1).optional().describe("The lists' title, e.g. 下放乡镇行政权力事项“1+4”清单"),
    base: z
      .array(powerItem)
      .describe("基础清单: the items every township takes on (全面承接); counted for every township"),
    lists: z
      .array(
        z.strictObject({
          id: z.string().min(1),
          name: z.string().min(1).describe("e.g. 中心镇特色清单"),
          categories: z
            .array(categoryKey)
            .min(1)
            .describe("The township categories that may choose from this list (按乡镇类别划分)"),
          items: z.array(powerItem).min(1),
        }),
      )
      .default([])
      .describe(
        "特色清单: the category lists (four in the plan); each township chooses from its category's lists",
      ),
    accepted: z
      .record(z.string().min(1), z.array(z.string().min(1)))
      .default({})
      .describe(
        "By township id: the category-list items it accepted (自主选择承接); a township not named takes the base list only",
      ),
  })
  .describe("Delegated powers (权责清单 “1+4”, R13)");

/** A power-list file as parsed (schema-valid; ids not yet checked against the county table). */
export type PowerListsFile = z.output<typeof powerListsFile>;

/**
 * Parses a power-list file's text (YAML) against the schema.
 * @throws {InputError} with every syntax and schema problem, each with its key path and line.
 * @example parsePowerLists("base:\n  - { id: B01, name: 农村建房审批, workload: 40 }\n", "powers.yaml").base[0].workload // 40
 */
export function parsePowerLists(text: string, source: string): PowerListsFile {
  const parsed = parseYamlFile(text, powerListsFile, source);
  if (parsed.status === "problems") throw new InputError(parsed.problems);
  return parsed.value;
}
