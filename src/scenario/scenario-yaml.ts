import { Document, isScalar, visit } from "yaml";
import type { ScenarioFile } from "./scenario-schema.ts";

/**
 * Writes a scenario file object as YAML that parses back to the same object, with the schema comment first.
 * Keys keep the order of the object; numbers are written as JavaScript prints them (shortest round-trip form);
 * lists of plain values (e.g. the rows of an AHP matrix) are written on one line each.
 * @param schemaPath where the scenario schema lies relative to the file that will be saved
 * @example scenarioToYaml({ name: "x", data: "townships.csv", model: "../../models/standard.yaml", total: 520, … })
 */
export function scenarioToYaml(
  file: ScenarioFile,
  schemaPath = "../../schemas/scenario.schema.json",
): string {
  const { $schema: _, ...rest } = file;
  const doc = new Document(rest);
  // Lists of plain values (a judgement matrix's rows, ranges) read best on one line each.
  visit(doc, {
    Seq(_, node) {
      if (node.items.every((item) => isScalar(item))) node.flow = true;
    },
  });
  const body = doc.toString({ lineWidth: 0, flowCollectionPadding: true });
  return `# yaml-language-server: $schema=${schemaPath}\n${body}`;
}
