import { describe, expect, it } from "vitest";
import { assignReserve, type ReserveTownship } from "../src/allocation/assign-reserve.ts";

// Every expected value below is worked by hand: due = share × total (the whole total, reserve included),
// gap = due − (basic + reserve posts so far); each post goes to the largest gap.

const town = (
  id: string,
  share: number,
  allocated: number,
  category: ReserveTownship["category"] = "general",
  upper: number | null = null,
): ReserveTownship => ({ id, name: id, category, share, allocated, upper });

const posts = (a: ReturnType<typeof assignReserve>) => a.townships.map((t) => t.posts);

describe("assignReserve(rule, reserve, total, townships)", () => {
  it("without a rule (or rule county) keeps the whole reserve at county level", () => {
    for (const rule of [undefined, { rule: "county" as const }]) {
      const a = assignReserve(rule, 3, 10, [town("a", 0.6, 4), town("b", 0.4, 3)]);
      expect(posts(a)).toEqual([0, 0]);
      expect([a.assigned, a.keptAtCounty, a.rule]).toEqual([0, 3, "county"]);
    }
  });

  it("furthest-below-target: a is due 6 and holds 5 (gap 1), b due 4 holds 4 (gap 0): the one post goes to a", () => {
    const a = assignReserve({ rule: "furthest-below-target" }, 1, 10, [town("a", 0.6, 5), town("b", 0.4, 4)]);
    expect(posts(a)).toEqual([1, 0]);
    expect(a.townships[0]!.reasons[0]!.en).toBe(
      "reserve post 1: 6 by its share (60% × 10), 5 held, 1 below — the furthest below",
    );
  });

  it("furthest-below-target: equal gaps go to the larger share, then to the smaller id", () => {
    // after a's first post both gaps are 0: the larger share (a) takes the second
    expect(
      posts(assignReserve({ rule: "furthest-below-target" }, 2, 10, [town("a", 0.6, 5), town("b", 0.4, 4)])),
    ).toEqual([2, 0]);
    // equal shares and gaps: "a" before "b" by id, whatever the table order
    expect(
      posts(assignReserve({ rule: "furthest-below-target" }, 1, 10, [town("b", 0.5, 4), town("a", 0.5, 4)])),
    ).toEqual([0, 1]);
  });

  it("furthest-below-target never passes a township's upper bound; when every one is full the rest stays at county", () => {
    const a = assignReserve({ rule: "furthest-below-target" }, 3, 12, [
      town("a", 0.6, 5, "general", 6),
      town("b", 0.4, 4, "general", 5),
    ]);
    // a (gap 2.2) takes one to its upper bound 6; b (gap 0.8) one to 5; the third has nowhere to go
    expect(posts(a)).toEqual([1, 1]);
    expect(a.keptAtCounty).toBe(1);
    expect(a.keptReason.en).toBe("1 kept at county level: every township is at its upper bound");
  });

  it("by-category-priority gives the post to the highest category still below its share, not the furthest overall", () => {
    // total 20: seat due 4 holds 4 (gap 0), central due 6 holds 5 (gap 1), general due 10 holds 7 (gap 3)
    const towns = [
      town("s", 0.2, 4, "countySeat"),
      town("c", 0.3, 5, "central"),
      town("g", 0.5, 7, "general"),
    ];
    expect(posts(assignReserve({ rule: "by-category-priority" }, 1, 20, towns))).toEqual([0, 1, 0]);
    expect(posts(assignReserve({ rule: "furthest-below-target" }, 1, 20, towns))).toEqual([0, 0, 1]);
    // four posts: central once (then at its share), general three times (gaps 3, 2, 1)
    const four = assignReserve({ rule: "by-category-priority" }, 4, 20, towns);
    expect(posts(four)).toEqual([0, 1, 3]);
    expect(four.townships[1]!.reasons[0]!.en).toContain(
      "Central town is the highest-priority category still below its share",
    );
  });

  it("by-category-priority, when no township is below its share, goes to the furthest below overall", () => {
    // total 10, everyone at its due: gaps 0, 0 → the larger share
    expect(
      posts(
        assignReserve({ rule: "by-category-priority" }, 1, 10, [
          town("s", 0.4, 4, "countySeat"),
          town("g", 0.6, 6),
        ]),
      ),
    ).toEqual([0, 1]);
  });

  it("named gives the posts as written, with their task, and keeps the rest at county level", () => {
    const a = assignReserve({ rule: "named", townships: [{ id: "b", posts: 2, task: "园区" }] }, 3, 10, [
      town("a", 0.6, 4),
      town("b", 0.4, 3),
    ]);
    expect(posts(a)).toEqual([0, 2]);
    expect(a.keptAtCounty).toBe(1);
    expect(a.townships[1]!.reasons[0]!.zh).toBe("机动编制 2 名：方案指定用于“园区”");
  });

  it("named posts beyond the reserve, or an unknown id, are a caller's mistake (RangeError)", () => {
    const towns = [town("a", 1, 4)];
    expect(() =>
      assignReserve({ rule: "named", townships: [{ id: "a", posts: 2, task: "x" }] }, 1, 5, towns),
    ).toThrow(RangeError);
    expect(() =>
      assignReserve({ rule: "named", townships: [{ id: "z", posts: 1, task: "x" }] }, 1, 5, towns),
    ).toThrow(RangeError);
  });
});
