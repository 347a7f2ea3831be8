import { describe, expect, it } from "vitest";
import { groupByCategory } from "../src/report/group-by-category.ts";

describe("groupByCategory(rows, heights)", () => {
  it("puts a header before each category present, highest priority first, townships in input order", () => {
    const rows = [
      { name: "c", category: "general" as const },
      { name: "a", category: "countySeat" as const },
      { name: "d", category: "general" as const },
    ];
    const { lines, height } = groupByCategory(rows, { group: 24, township: 20 });
    // CATEGORIES (src/types.ts): countySeat, central, key, characteristic, general
    expect(lines.map((l) => (l.kind === "group" ? l.category : l.row.name))).toEqual([
      "countySeat",
      "a",
      "general",
      "c",
      "d",
    ]);
    expect(lines.map((l) => l.y)).toEqual([0, 24, 44, 68, 88]);
    expect(height).toBe(2 * 24 + 3 * 20);
  });

  it("gives no lines and height 0 for no rows", () => {
    expect(groupByCategory([], { group: 24, township: 20 })).toEqual({ lines: [], height: 0 });
  });
});
