import { z } from "zod";
import { modelFile } from "./model-schema.ts";
import { powerListsFile } from "./power-lists.ts";
import { scenarioFile } from "./scenario-schema.ts";

/**
 * JSON Schemas of the model, scenario and power-list files, for editors (`# yaml-language-server: $schema=…`).
 * Generated from the same zod schemas that validate the files, so they cannot drift; published in schemas/.
 */
export function fileJsonSchemas(): {
  readonly model: string;
  readonly scenario: string;
  readonly powerLists: string;
} {
  const render = (schema: z.ZodType, title: string) =>
    `${JSON.stringify({ title, ...z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) }, null, 2)}\n`;
  return {
    model: render(modelFile, "quota-planner staffing model (乡镇编制核定标准)"),
    scenario: render(scenarioFile, "quota-planner scenario (编制配置方案)"),
    powerLists: render(powerListsFile, "quota-planner power lists (乡镇权责清单“1+4”)"),
  };
}
