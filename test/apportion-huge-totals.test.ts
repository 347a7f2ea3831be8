import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { apportion, apportionListLength } from "../src/allocation/apportion/apportion.ts";
import { apportionByDivisor } from "../src/allocation/apportion/divisor.ts";
import { runApportionCommand } from "../src/cli/apportion-command.ts";
import { runScenario } from "../src/index.ts";
import { APPORTION_LISTED_TAIL, APPORTION_MAX_LISTED_POSTS } from "../src/policy.ts";
import { captureIo } from "./helpers/run-cli.ts";
import { readScenarioOnDisk, resolveInMemory } from "./helpers/scenario-sources.ts";

// Issue 9 ("Hangs"): `apportion … --total 1000000000000` grew to 3.7 GB. A divisor method's priority list hands out
// posts one by one; beyond APPORTION_MAX_LISTED_POSTS the posts are found by bisection on the divisor instead and the
// list keeps its last APPORTION_LISTED_TAIL posts (issue 10); Hamilton and the divisor form do not depend on the
// total's size and answer at once.

const fixtures = fileURLToPath(new URL("./fixtures/apportion/", import.meta.url));

const states = [
  { name: "A", weight: 5 },
  { name: "B", weight: 3 },
  { name: "C", weight: 2 },
];

describe("apportionment with huge totals", () => {
  it("apportion … --total 1000000000000 --method webster answers by bisection on the divisor: 5:3:2 of the 1790 census's weights aside, its last posts listed and the truncation said in zh and en", async () => {
    const { io, out } = captureIo(fixtures);
    const code = await runApportionCommand(
      ["us-1790.csv", "--total", "1000000000000", "--method", "webster"],
      io,
    );
    expect(code).toBe(0);
    expect(out.stdout).toContain("优先顺序只列出第 999999999001 至第 1000000000000 位");
    expect(out.stdout).toContain("Virginia");
    const en = captureIo(fixtures);
    await runApportionCommand(
      ["us-1790.csv", "--total", "1000000000000", "--method", "webster", "--lang", "en"],
      en.io,
    );
    expect(en.out.stdout).toContain("The priority list shows only ranks 999999999001 to 1000000000000");
  });

  it("apportion … --total 1000000000000 --method hamilton answers: the quotas 5·10^11, 3·10^11, 2·10^11 are whole", async () => {
    const result = apportion(states, 1e12, "hamilton");
    expect(result.status === "ok" && result.units.map((u) => u.allocated)).toEqual([5e11, 3e11, 2e11]);
    const { io, out } = captureIo(fixtures);
    expect(
      await runApportionCommand(["us-1790.csv", "--total", "1000000000000", "--method", "hamilton"], io),
    ).toBe(0);
    expect(out.stdout).toContain("Virginia");
  });

  it("the divisor form finds Webster's 10^12 allocation by bisection on the divisor (5:3:2 exactly, hand calculation)", () => {
    const result = apportionByDivisor(states, 1e12, "webster");
    expect(result.status === "ok" && result.allocation.map((u) => u.allocated)).toEqual([5e11, 3e11, 2e11]);
  });

  it("the library lists a divisor method's list up to the limit whole, and beyond it by bisection (the last APPORTION_LISTED_TAIL posts)", () => {
    expect(apportionListLength(states, APPORTION_MAX_LISTED_POSTS + 1, "jefferson")).toBe(
      APPORTION_LISTED_TAIL,
    );
    const beyond = apportion(states, APPORTION_MAX_LISTED_POSTS + 10, "jefferson");
    // Jefferson at 1,000,010 posts for 5:3:2: λ just below 10^-5·… gives 500005, 300003, 200002 (hand calculation:
    // the quotients are 5, 3, 2 × 100001, whole, and the ratio is exact).
    expect(beyond.status === "ok" && beyond.units.map((u) => u.allocated)).toEqual([500005, 300003, 200002]);
    expect(beyond.status === "ok" && beyond.priorityList.length).toBe(APPORTION_LISTED_TAIL);
    const result = apportion(states, APPORTION_MAX_LISTED_POSTS, "jefferson");
    expect(result.status === "ok" && result.units.map((u) => u.allocated)).toEqual([500000, 300000, 200000]);
    expect(result.status === "ok" && result.priorityList.length).toBe(APPORTION_MAX_LISTED_POSTS);
  });

  it("Hamilton's fixed-quota take-backs count towards the limit: minimums 10^12 above the quota are refused", () => {
    expect(apportionListLength(states, 10, "hamilton", { hamiltonBounds: "fixed-quota" })).toBe(0);
    const big = [
      { name: "A", weight: 1, min: 3e6 },
      { name: "B", weight: 1e6 },
    ];
    // quotas ≈ 0 and 10 (total 10): A is lifted to 3·10^6, so 3·10^6 posts must be taken back one by one.
    expect(apportionListLength(big, 3e6 + 10, "hamilton", { hamiltonBounds: "fixed-quota" })).toBeGreaterThan(
      APPORTION_MAX_LISTED_POSTS,
    );
    expect(() => apportion(big, 3e6 + 10, "hamilton", { hamiltonBounds: "fixed-quota" })).toThrow(RangeError);
  });
});

describe("a scenario whose method would list too many posts", () => {
  it("expert-weights.yaml (Webster) with total 10^12 is allocated by bisection on the divisor, every post placed, the list's truncation stated", async () => {
    const disk = readScenarioOnDisk("scenarios/demo-county/expert-weights.yaml");
    const { transferDown: _t, band: _b, ...rest } = disk.file as Record<string, unknown>;
    const scenario = await resolveInMemory(disk, { file: { ...rest, total: 1e12 } as typeof disk.file });
    const result = await runScenario(scenario);
    expect(result.solver.status).toBe("optimal");
    expect(result.totals.allocated).toBe(result.totals.toAllocate);
    expect(result.apportionment?.priorityList.length).toBe(APPORTION_LISTED_TAIL);
  });
});
