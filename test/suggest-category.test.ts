import { describe, expect, it } from "vitest";
import { loadScenario } from "../src/cli/load-scenario.ts";
import { type CategoryInput, suggestCategories } from "../src/explain/suggest-category.ts";
import { runScenario } from "../src/run/run-scenario.ts";

const town = (id: string, category: CategoryInput["category"], composite: number): CategoryInput => ({
  id,
  name: id,
  category,
  composite,
});

describe("suggestCategories(townships)", () => {
  it("splits a tiny county into the four natural pairs (by hand), the county seat kept as declared", () => {
    // Four well-separated pairs: any grouping other than the pairs has a larger within-group sum of squares.
    const input = [
      town("S", "countySeat", 0.5),
      town("A", "general", 0.8),
      town("B", "central", 0.78),
      town("C", "key", 0.6),
      town("D", "key", 0.58),
      town("E", "characteristic", 0.4),
      town("F", "general", 0.38),
      town("G", "general", 0.2),
      town("H", "general", 0.19),
    ];
    const { townships } = suggestCategories(input);
    expect(townships.map((s) => s.suggested)).toEqual([
      "countySeat",
      "central",
      "central",
      "key",
      "key",
      "characteristic",
      "characteristic",
      "general",
      "general",
    ]);
    expect(townships.map((s) => s.agrees)).toEqual([true, false, true, true, true, true, false, true, true]);
    expect(townships[0]!.group).toBeNull();
    expect(townships[1]!.group).toEqual({ rank: 1, of: 4, low: 0.78, high: 0.8 });
    expect(townships[1]!.reason.zh).toBe("建议中心镇：综合得分 0.80，位于第1组（共4组，0.78–0.80）");
    expect(townships[1]!.reason.en).toBe(
      "suggested Central town: composite 0.80, in group 1 of 4 (0.78–0.80)",
    );
  });

  it("with fewer distinct composites than four groups, the lowest group is still general", () => {
    const { townships, rule } = suggestCategories([
      town("A", "general", 0.7),
      town("B", "general", 0.7),
      town("C", "central", 0.3),
    ]);
    expect(townships.map((s) => s.suggested)).toEqual(["central", "central", "general"]);
    expect(rule.en).toContain("into 2 groups");
  });

  it("never changes the declared category and is the same on every run (the demo baseline)", async () => {
    const result = await runScenario(
      await loadScenario("scenarios/demo-county/baseline.yaml", process.cwd()),
    );
    const input = result.townships.map((t) => town(t.id, t.category, t.index));
    const first = suggestCategories(input);
    expect(suggestCategories(input)).toEqual(first);
    expect(first.townships.map((s) => s.declared)).toEqual(result.townships.map((t) => t.category));
    expect(first.townships.filter((s) => s.suggested === "countySeat").map((s) => s.id)).toEqual(["T01"]);
    // The groups are ordered: every composite of group r is above every composite of group r + 1.
    const groups = first.townships.filter((s) => s.group !== null);
    for (const a of groups)
      for (const b of groups)
        if (a.group!.rank < b.group!.rank) expect(a.composite).toBeGreaterThan(b.composite);
  });
});
