import { describe, expect, it } from "vitest";
import { TIE_BREAK_RULE } from "../src/allocation/apportion/ties.ts";
import { tieLine } from "../src/report/format-result.ts";
import type { ScenarioResult } from "../src/run/result.ts";

describe("tieLine(result, tie, lang)", () => {
  const tie = { taken: "T03", left: "T07" };

  it("names table order for the LP, whose greedy breaks equal claims by row", () => {
    const lp = {} as ScenarioResult;
    expect(tieLine(lp, tie, "en")).toBe(
      "tie: T03 and T07 had equal claims on the last post; given to T03 (by table order)",
    );
    expect(tieLine(lp, tie, "zh")).toContain("按表中顺序");
  });

  it("names the method's own rule (larger weight, then name) for an apportionment method, never table order", () => {
    const webster = { apportionment: { tieBreak: TIE_BREAK_RULE } } as unknown as ScenarioResult;
    const en = tieLine(webster, tie, "en");
    expect(en).toContain(TIE_BREAK_RULE.en);
    expect(en).not.toContain("table order");
    expect(tieLine(webster, tie, "zh")).toContain(TIE_BREAK_RULE.zh);
  });
});
