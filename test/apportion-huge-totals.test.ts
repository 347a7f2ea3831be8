import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { apportion, apportionListLength } from "../src/allocation/apportion/apportion.ts";
import { apportionByDivisor } from "../src/allocation/apportion/divisor.ts";
import { runApportionCommand } from "../src/cli/apportion-command.ts";
import { runScenario } from "../src/index.ts";
import { APPORTION_MAX_LISTED_POSTS } from "../src/policy.ts";
import { InputError } from "../src/types.ts";
import { captureIo } from "./helpers/run-cli.ts";
import { readScenarioOnDisk, resolveInMemory } from "./helpers/scenario-sources.ts";

// Issue 9 ("Hangs"): `apportion … --total 1000000000000` grew to 3.7 GB. A divisor method's priority list hands out
// posts one by one, so a total beyond APPORTION_MAX_LISTED_POSTS is refused (exit 2, both languages); Hamilton and the
// divisor form do not depend on the total's size and answer at once.

const fixtures = fileURLToPath(new URL("./fixtures/apportion/", import.meta.url));

const states = [
  { name: "A", weight: 5 },
  { name: "B", weight: 3 },
  { name: "C", weight: 2 },
];

describe("apportionment with huge totals", () => {
  it("apportion … --total 1000000000000 --method webster is refused with exit 2, the total and the limit in zh and en", async () => {
    const { io, out } = captureIo(fixtures);
    const code = await runApportionCommand(
      ["us-1790.csv", "--total", "1000000000000", "--method", "webster"],
      io,
    );
    expect(code).toBe(2);
    expect(out.stdout).toBe("");
    expect(out.stderr).toContain("--total 1000000000000：该方法需逐个分配");
    expect(out.stderr).toContain(`上限为 ${APPORTION_MAX_LISTED_POSTS} 个`);
    const en = captureIo(fixtures);
    await runApportionCommand(
      ["us-1790.csv", "--total", "1000000000000", "--method", "webster", "--lang", "en"],
      en.io,
    );
    expect(en.out.stderr).toContain(`at most ${APPORTION_MAX_LISTED_POSTS} are allowed`);
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

  it("the library refuses a list longer than the limit with a RangeError, and lists one of exactly the limit", () => {
    expect(apportionListLength(states, APPORTION_MAX_LISTED_POSTS + 1, "jefferson")).toBe(
      APPORTION_MAX_LISTED_POSTS + 1,
    );
    expect(() => apportion(states, APPORTION_MAX_LISTED_POSTS + 1, "jefferson")).toThrow(RangeError);
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
  it("expert-weights.yaml (Webster) with total 10^12 is an InputError at the key total, in zh and en", async () => {
    const disk = readScenarioOnDisk("scenarios/demo-county/expert-weights.yaml");
    const { transferDown: _t, band: _b, ...rest } = disk.file as Record<string, unknown>;
    const scenario = await resolveInMemory(disk, { file: { ...rest, total: 1e12 } as typeof disk.file });
    const error = await runScenario(scenario).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(InputError);
    const problem = (error as InputError).problems[0]!;
    expect(problem.path).toBe("total");
    // The posts to allocate: 10^12 less the reserve the scenario holds back; far beyond the limit either way.
    expect(Number(problem.found)).toBeGreaterThan(9e11);
    expect(problem.file).toBe("scenarios/demo-county/expert-weights.yaml");
    expect(problem.message.zh).toContain("韦伯斯特");
    expect(problem.message.en).toContain(`at most ${APPORTION_MAX_LISTED_POSTS} are allowed`);
  });
});
