import { describe, expect, it } from "vitest";
import { filterRows, largestChanges, pageOf } from "../src/report/table-page.ts";

const rows = [
  { id: "T1", name: "城厢镇", county: "甲县", change: 2 },
  { id: "T2", name: "东乡", county: "甲县", change: -2 },
  { id: "t3", name: "城关镇", county: "乙县", change: 5 },
];
const countyOf = (r: (typeof rows)[number]) => r.county;

describe("the overview's long table", () => {
  it("filterRows(rows, countyOf, filter): county and search together, in row order; an empty filter keeps all", () => {
    expect(filterRows(rows, countyOf, {}).map((r) => r.id)).toEqual(["T1", "T2", "t3"]);
    expect(filterRows(rows, countyOf, { county: "甲县" }).map((r) => r.id)).toEqual(["T1", "T2"]);
    expect(filterRows(rows, countyOf, { search: " 城 " }).map((r) => r.id)).toEqual(["T1", "t3"]);
    expect(filterRows(rows, countyOf, { county: "乙县", search: "城" }).map((r) => r.id)).toEqual(["t3"]);
    // ids case-insensitively
    expect(filterRows(rows, countyOf, { search: "T3" }).map((r) => r.id)).toEqual(["t3"]);
  });

  it("pageOf(rows, page, size): 3,100 rows in 31 pages of 100; a page past the end is the last; no rows is one empty page", () => {
    const many = Array.from({ length: 3100 }, (_, k) => k);
    expect(pageOf(many, 31, 100)).toMatchObject({ page: 31, pages: 31, first: 3001, last: 3100 });
    expect(pageOf(many, 99, 100).page).toBe(31);
    expect(pageOf(many, 0, 100)).toMatchObject({ page: 1, first: 1, last: 100 });
    expect(pageOf([], 1, 100)).toEqual({ rows: [], page: 1, pages: 1, first: 0, last: 0 });
    expect(() => pageOf(many, 1, 0)).toThrow(RangeError);
  });

  it("largestChanges(rows, n): by |change|, ties in row order", () => {
    expect(largestChanges(rows, 2).map((r) => r.id)).toEqual(["t3", "T1"]);
  });
});
