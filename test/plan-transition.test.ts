// planTransitionTable / planTransitionSummary: a plan's transition paths side by side (the transition page's
// combined view), on the demo whole-policy.yaml (three types, three years, at most 1 post a year).
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { arrivalText } from "../src/report/format-transition.ts";
import { planTransitionSummary, planTransitionTable } from "../src/report/plan-transition.ts";
import type { PlanResult } from "../src/run/plan-result.ts";
import { TRANSITION_STOP_SHORT } from "../src/words/transition-labels.ts";
import { runWholePolicy } from "./helpers/demo-sources.ts";

const WHOLE = readFileSync("scenarios/demo-county/whole-policy.yaml", "utf8");

const planOf = async (text: string): Promise<PlanResult> => (await runWholePolicy(text)).result;

let plan: PlanResult;
beforeAll(async () => {
  plan = await planOf(WHOLE);
});

describe("planTransitionTable(plan, lang)", () => {
  it("has id, township, then posts by year and arrival for each of the three types", () => {
    const { headers, rows } = planTransitionTable(plan, "zh");
    expect(headers).toEqual([
      "编号",
      "乡镇",
      "行政编制·逐年编制",
      "行政编制·到达目标",
      "事业编制·逐年编制",
      "事业编制·到达目标",
      "科级领导职数·逐年编制",
      "科级领导职数·到达目标",
    ]);
    expect(rows).toHaveLength(25);
    expect(rows.every((r) => r.length === headers.length)).toBe(true);
  });

  it("gives the same heading in two rows: id and township, then each type over its two columns", () => {
    const { groups, subheaders, headers } = planTransitionTable(plan, "en");
    expect(groups).toEqual([
      { label: "ID", span: 1 },
      { label: "Township", span: 1 },
      { label: "Administrative posts", span: 2 },
      { label: "Public-institution posts", span: 2 },
      { label: "Leadership posts", span: 2 },
    ]);
    expect(subheaders).toEqual(Array(3).fill(["Posts by year", "Reaches target"]).flat());
    expect(groups.reduce((n, g) => n + g.span, 0)).toBe(headers.length);
  });

  it("writes 双河镇's admin path 24→25→26→27 short of 28, stopped by the change limit (hand: +1 a year)", () => {
    const zh = planTransitionTable(plan, "zh").rows.find((r) => r[0] === "T04")!;
    expect(zh.slice(1, 4)).toEqual(["双河镇", "24→25→26→27（目标 28）", "未到达：每年变动上限"]);
    const en = planTransitionTable(plan, "en").rows.find((r) => r[0] === "T04")!;
    expect(en.slice(2, 4)).toEqual(["24→25→26→27 (target 28)", "does not arrive: change limit"]);
  });

  it("each cell is the type's own path: the years of result.types[type].transition, its arrivalText or short limit", () => {
    const { rows } = planTransitionTable(plan, "en");
    plan.scenario.postTypes.forEach((postType, k) => {
      const path = plan.types[postType]!.transition!;
      expect(path.status).toBe("feasible");
      path.townships.forEach((tw, j) => {
        const cells = rows[j]!;
        expect(cells[0]).toBe(tw.id);
        const shown = cells[2 + 2 * k]!.replace(/ \(target \d+\)$/, "")
          .split("→")
          .map(Number);
        expect(shown).toEqual([tw.today, ...tw.path]);
        expect(cells[3 + 2 * k]).toBe(
          tw.stoppedBy === null
            ? arrivalText(tw, "en")
            : `does not arrive: ${TRANSITION_STOP_SHORT[tw.stoppedBy].en}`,
        );
      });
    });
    // 城厢镇's leader posts 18 → 19 → 20 → 21, its target in year 3; 雪山乡's admin 15 already there
    expect(rows[0]!.slice(6, 8)).toEqual(["18→19→20→21", "year 3"]);
    expect(rows.find((r) => r[0] === "T24")!.slice(2, 4)).toEqual(["15→15→15→15", "already there"]);
    // 城厢镇's institution posts stop at 71, short of 70, held by the year totals
    expect(rows[0]!.slice(4, 6)).toEqual(["72→72→72→71 (target 70)", "does not arrive: year totals"]);
  });

  it("writes — for a type without a path (no transition block)", async () => {
    const none = await planOf(WHOLE.replace("transition: { years: 3, maxChangePerYear: 1 }\n", ""));
    const { rows } = planTransitionTable(none, "zh");
    expect(rows[0]!.slice(2)).toEqual(["—", "—", "—", "—", "—", "—"]);
    expect(planTransitionSummary(none, "zh")[0]).toBe(
      "行政编制：方案没有过渡路径设置（在方案文件中加入 transition 块）",
    );
  });
});

describe("planTransitionSummary(plan, lang)", () => {
  it("names the townships that do not arrive per type, with the limit that stops each", () => {
    const zh = planTransitionSummary(plan, "zh");
    // admin: 双河镇 (change limit) and 柏林镇 (year totals), the two the baseline's path stops too (transition-page.test.ts)
    expect(zh[0]).toBe(
      "行政编制：可行，25 个乡镇中 23 个在 3 年内到达目标，2 个未到达：双河镇（每年变动上限）、柏林镇（年度总量）",
    );
    const stopped = plan.types.institution!.transition!.townships.filter((r) => r.arrives === null);
    expect(zh[1]).toContain(`${25 - stopped.length} 个在 3 年内到达目标，${stopped.length} 个未到达`);
    expect(zh[1]).toContain("雪山乡（每年变动上限）");
    expect(planTransitionSummary(plan, "en")[2]).toBe(
      "Leadership posts: feasible, all 25 townships reach their target within 3 years",
    );
  });
});
