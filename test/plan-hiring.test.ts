// planHiringSection: the one hiring section and lending table of a plan, as its run made it.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { planHiringSection } from "../src/run/plan-hiring-section.ts";
import { HIRING_LABELS } from "../src/words/hiring-labels.ts";
import { runWholePolicy } from "./helpers/demo-sources.ts";

const WHOLE = readFileSync("scenarios/demo-county/whole-policy.yaml", "utf8");

const planOf = (text: string) => runWholePolicy(text);

describe("planHiringSection(plan, result)", () => {
  it("is the run's own section on whole-policy.yaml: admin + institution basic posts, 50 recruits placed", async () => {
    const { plan, result } = await planOf(WHOLE);
    const section = planHiringSection(plan, result)!;
    // the very section runPlan put on the admin type (run-plan.ts withPlanHiring), none on the others
    expect(section).toBe(result.types.admin!.hiring);
    expect(result.types.institution!.hiring).toBeUndefined();
    expect(section.postsBasis).toEqual({ kind: "plan" });
    expect(section.plan?.placed).toBe(50);
    // second computation: each township's posts are its admin basic + institution basic posts of the run
    const expected = result.types.admin!.townships.map(
      (t, j) => t.allocated + result.types.institution!.townships[j]!.allocated,
    );
    expect(section.plan!.lines.map((l) => l.posts)).toEqual(expected);
    expect(section.plan!.lines[0]).toMatchObject({ id: "T01", posts: 116 }); // 46 + 70 (golden/whole-policy.json)
  });

  it("without a hiring block: no plan (the block is missing) and the same lending table on the same posts", async () => {
    const withBlock = await planOf(WHOLE);
    const text = WHOLE.replace("hiring: { quota: 50 }\n", "");
    expect(text).not.toBe(WHOLE);
    const { plan, result } = await planOf(text);
    const section = planHiringSection(plan, result)!;
    expect(section.plan).toBeNull();
    expect(section.notPlanned).toEqual(HIRING_LABELS.noBlock);
    expect(section.postsBasis).toEqual({ kind: "plan" });
    // lending reads posts and staff lent only: the hiring quota cannot change it
    expect(section.lending).toEqual(planHiringSection(withBlock.plan, withBlock.result)!.lending);
  });

  it("a plan of admin and leader posts: the admin type's own section (its new admin posts, institution as today)", async () => {
    const start = WHOLE.indexOf("  institution:\n");
    const end = WHOLE.indexOf("  leader:\n");
    const text = WHOLE.slice(0, start) + WHOLE.slice(end);
    const { plan, result } = await planOf(text);
    expect(result.scenario.postTypes).toEqual(["admin", "leader"]);
    const section = planHiringSection(plan, result)!;
    expect(section).toBe(result.types.admin!.hiring);
    expect(section.postsBasis).toEqual({ kind: "allocated", postType: "admin" });
  });
});
