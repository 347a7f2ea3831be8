import { describe, expect, it } from "vitest";
import { solveSources } from "../src/run/solve-sources.ts";
import { BAD_CATEGORY_CSV, demoSources } from "./helpers/demo-sources.ts";

describe("solveSources(sources)", () => {
  it("solves a scenario from in-memory files as the CLI does from disk (golden/baseline.json)", async () => {
    const outcome = await solveSources(demoSources("baseline"));
    expect(outcome.status).toBe("solved");
    // golden/baseline.json: T01 城厢镇 46 posts, 511 allocated
    expect(outcome.status === "solved" && outcome.result.townships[0]!.allocated).toBe(46);
    expect(outcome.status === "solved" && outcome.result.totals.toAllocate).toBe(511);
  });

  it("gives the problems of bad data as a status (not a thrown error that would lose them in the worker)", async () => {
    const outcome = await solveSources(demoSources("baseline", BAD_CATEGORY_CSV));
    expect(outcome.status).toBe("problems");
    expect(outcome.status === "problems" && outcome.problems.map((p) => [p.code, p.row, p.found])).toEqual([
      ["unknown-category", 2, "城关镇"],
    ]);
  });
});
