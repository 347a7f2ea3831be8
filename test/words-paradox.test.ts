import { describe, expect, it } from "vitest";
import { paradoxHeadline, paradoxSentence } from "../src/words/paradox.ts";

const LP = { zh: "线性规划（偏离比例目标最小）", en: "linear programme (least deviation)" };

describe("paradoxSentence(case)", () => {
  it("says one case with both totals and both post counts", () => {
    // `quota-planner sweep scenarios/demo-county/baseline.yaml --totals 511..600`: 凤凰乡 16 posts at 538, 15 at 539
    expect(paradoxSentence({ name: "凤凰乡", fromTotal: 538, toTotal: 539, before: 16, after: 15 })).toEqual({
      zh: "凤凰乡：县域总量由 538 增至 539 名时，编制由 16 名减为 15 名",
      en: "凤凰乡: 16 → 15 posts as the county total rises from 538 to 539",
    });
  });
});

describe("paradoxHeadline(facts)", () => {
  it("says none under the method and range, or how many cases follow", () => {
    expect(paradoxHeadline({ method: LP, from: 511, to: 571, cases: 0 })).toEqual({
      zh: "✓ 线性规划（偏离比例目标最小）：县域总量 511–571 名之间，没有乡镇在总量增加时减少编制（无阿拉巴马悖论）。",
      en: "✓ linear programme (least deviation): for county totals 511–571, no township loses a post as the total rises (no Alabama paradox).",
    });
    expect(paradoxHeadline({ method: LP, from: 511, to: 600, cases: 2 })).toEqual({
      zh: "✗ 线性规划（偏离比例目标最小）：县域总量 511–600 名之间有 2 处阿拉巴马悖论（总量增加，某乡镇编制反而减少）：",
      en: "✗ linear programme (least deviation): for county totals 511–600, 2 Alabama-paradox case(s) (the total rises, a township loses a post):",
    });
  });
});
