import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { fileJsonSchemas } from "../src/scenario/json-schemas.ts";

describe("published JSON Schemas", () => {
  it("schemas/*.schema.json are generated from the zod schemas (run `npm run schema` after changing them)", async () => {
    const schemas = fileJsonSchemas();
    await expect(schemas.model).toMatchFileSnapshot("../schemas/model.schema.json");
    await expect(schemas.scenario).toMatchFileSnapshot("../schemas/scenario.schema.json");
    await expect(schemas.powerLists).toMatchFileSnapshot("../schemas/power-lists.schema.json");
  });

  it("every shipped YAML file points its editor at the right schema", () => {
    const scenarioFiles = readdirSync("scenarios/demo-county").filter((f) => f.endsWith(".yaml"));
    for (const file of scenarioFiles) {
      expect(readFileSync(`scenarios/demo-county/${file}`, "utf8")).toMatch(
        /^# yaml-language-server: \$schema=\.\.\/\.\.\/schemas\/scenario\.schema\.json\n/,
      );
    }
    expect(readFileSync("scenarios/demo-county/lists/powers.yaml", "utf8")).toMatch(
      /^# yaml-language-server: \$schema=\.\.\/\.\.\/\.\.\/schemas\/power-lists\.schema\.json\n/,
    );
    expect(readFileSync("models/standard.yaml", "utf8")).toMatch(
      /^# yaml-language-server: \$schema=\.\.\/schemas\/model\.schema\.json\n/,
    );
  });
});
