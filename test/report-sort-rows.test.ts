import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type SortColumn, sortRows } from "../src/report/sort-rows.ts";

describe("sortRows(rows, column, direction)", () => {
  interface Town {
    readonly name: string;
    readonly posts?: number;
  }
  const byName: SortColumn<Town> = {
    type: "text",
    value: (r) => r.name,
  };
  const byPosts: SortColumn<Town> = {
    type: "number",
    value: (r) => r.posts,
  };

  it("sorts Chinese names in pinyin order", () => {
    // pinyin: 芦 lú, 南 nán, 上 shàng, 宣 xuān (Xiandai Hanyu Cidian)
    const towns = ["宣风镇", "上埠镇", "芦溪镇", "南坑镇"].map((name) => ({ name }));
    expect(sortRows(towns, byName, "ascending").map((r) => r.name)).toEqual([
      "芦溪镇",
      "南坑镇",
      "上埠镇",
      "宣风镇",
    ]);
    expect(sortRows(towns, byName, "descending").map((r) => r.name)).toEqual([
      "宣风镇",
      "上埠镇",
      "南坑镇",
      "芦溪镇",
    ]);
  });

  it("sorts numbers by value (10 after 9), empty values last in both directions, ties in input order", () => {
    const towns: Town[] = [
      { name: "a", posts: 9 },
      { name: "b" },
      { name: "c", posts: 10 },
      { name: "d", posts: Number.NaN },
      { name: "e", posts: 9 },
    ];
    expect(sortRows(towns, byPosts, "ascending").map((r) => r.name)).toEqual(["a", "e", "c", "b", "d"]);
    expect(sortRows(towns, byPosts, "descending").map((r) => r.name)).toEqual(["c", "a", "e", "b", "d"]);
    expect(towns.map((r) => r.name)).toEqual(["a", "b", "c", "d", "e"]); // input untouched
  });

  it("gives a permutation in non-decreasing order for any numbers (fast-check)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.integer({ min: -1000, max: 1000 }), { nil: undefined })),
        (values) => {
          const rows = values.map((posts, i) => ({ name: String(i), posts }));
          const sorted = sortRows(rows, byPosts, "ascending");
          expect([...sorted].sort((a, b) => Number(a.name) - Number(b.name))).toEqual(rows);
          const numbers = sorted.map((r) => r.posts).filter((p) => p !== undefined);
          expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
          expect(sorted.slice(numbers.length).every((r) => r.posts === undefined)).toBe(true);
        },
      ),
      { seed: 20241125 },
    );
  });
});
