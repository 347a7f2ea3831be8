import { describe, expect, it } from "vitest";
import { CATEGORIES } from "../src/types.ts";

describe("types", () => {
  it("CATEGORIES lists the five categories of R1 in priority order", () => {
    expect(CATEGORIES).toEqual(["countySeat", "central", "key", "characteristic", "general"]);
  });
});
