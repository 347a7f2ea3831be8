import { describe, expect, it } from "vitest";
import { type NextPostFacts, nextPostSentence } from "../src/words/next-post.ts";

const WEBSTER = { zh: "韦伯斯特法（圣拉古法）", en: "Webster (Sainte-Laguë)" };
const HAMILTON = { zh: "汉密尔顿法（最大余数法）", en: "Hamilton (largest remainder)" };
const TIE_BREAK = { zh: "权重大者优先", en: "the larger weight first" };

// scenarios/demo-county/golden/expert-weights.json, apportionment.nextPost (Webster, 511 posts allocated):
// T02 芦溪镇 post 31 at priority 0.02500461636667489, runner-up T08 太平镇 post 23 at 0.024868189837735675,
// margin 0.00013642652893921386; 0.000136427 / 0.0248682 = 0.5486 % → "0.55%".
const expertWeights: NextPostFacts = {
  method: WEBSTER,
  measure: "priority",
  postNumber: 512,
  next: { name: "芦溪镇", post: 31, priority: 0.02500461636667489 },
  runnerUp: { name: "太平镇", post: 23, priority: 0.024868189837735675 },
  margin: 0.00013642652893921386,
  tieBreak: TIE_BREAK,
};

describe("nextPostSentence(facts)", () => {
  it("names the township, its post, the runner-up and how much higher the priority is (golden expert-weights)", () => {
    expect(nextPostSentence(expertWeights)).toEqual({
      zh: "按韦伯斯特法（圣拉古法），下一个名额（第 512 名）将给芦溪镇（其第 31 名），领先太平镇（其第 23 名）：优先值 0.0250046 对 0.0248682，高 0.55%。",
      en: "Under Webster (Sainte-Laguë), the next post (no. 512) would go to 芦溪镇 (its post no. 31), ahead of 太平镇 (its post no. 23): priority 0.0250046 against 0.0248682, 0.55% higher.",
    });
  });

  it("without the method it is a clause to follow 分配方法：…； (as in golden/expert-weights.zh.md)", () => {
    const text = nextPostSentence({ ...expertWeights, method: null });
    expect(text.zh).toBe(
      "下一个名额（第 512 名）将给芦溪镇（其第 31 名），领先太平镇（其第 23 名）：优先值 0.0250046 对 0.0248682，高 0.55%。",
    );
    expect(text.en.startsWith("the next post (no. 512) would go to 芦溪镇")).toBe(true);
  });

  it("gives Hamilton's margin as remainders in posts, three decimals", () => {
    // remainders 0.37468 and 0.25776 (the demo baseline with method: hamilton, T09 and T08): 0.11692 more
    const text = nextPostSentence({
      ...expertWeights,
      method: HAMILTON,
      measure: "remainder",
      next: { name: "古佛镇", post: 21, priority: 0.37468 },
      runnerUp: { name: "太平镇", post: 23, priority: 0.25776 },
      margin: 0.37468 - 0.25776,
    });
    expect(text.zh).toBe(
      "按汉密尔顿法（最大余数法），下一个名额（第 512 名）将给古佛镇（其第 21 名），领先太平镇（其第 23 名）：余数 0.375 对 0.258 名，多 0.117 名。",
    );
    expect(text.en).toBe(
      "Under Hamilton (largest remainder), the next post (no. 512) would go to 古佛镇 (its post no. 21), ahead of 太平镇 (its post no. 23): remainder 0.375 against 0.258 posts, 0.117 more.",
    );
  });

  it("says a tie and the rule that breaks it instead of a margin of 0", () => {
    // A 60/4 = B 30/2 = 15 under Jefferson (test/apportion-methods.test.ts): equal priorities
    const text = nextPostSentence({
      ...expertWeights,
      next: { name: "甲", post: 5, priority: 15 },
      runnerUp: { name: "乙", post: 3, priority: 15 },
      margin: 0,
    });
    expect(text.zh).toBe(
      "按韦伯斯特法（圣拉古法），下一个名额（第 512 名）将给甲（其第 5 名），与乙并列（优先值同为 15），按平局规则给前者：权重大者优先。",
    );
    expect(text.en).toContain(
      "tied with 乙 (both at priority 15); the tie-break rule gives it to the former",
    );
  });

  it("says a first post (infinite priority), a township alone below its maximum, and nobody left", () => {
    const first = nextPostSentence({
      ...expertWeights,
      next: { name: "甲", post: 1, priority: Number.POSITIVE_INFINITY },
      runnerUp: { name: "乙", post: 3, priority: 2 },
      margin: Number.POSITIVE_INFINITY,
    });
    expect(first.zh.endsWith("将给甲（其第 1 名）：该乡镇尚无编制，此方法先给每个乡镇 1 名。")).toBe(true);
    const alone = nextPostSentence({ ...expertWeights, runnerUp: null, margin: Number.POSITIVE_INFINITY });
    expect(alone.en.endsWith("(its post no. 31); every other township is at its maximum.")).toBe(true);
    const none = nextPostSentence({ ...expertWeights, next: null, runnerUp: null });
    expect(none).toEqual({
      zh: "按韦伯斯特法（圣拉古法），所有乡镇均已达到上限，无法再分配名额。",
      en: "Under Webster (Sainte-Laguë), every township is at its maximum: no further post can be placed.",
    });
    expect(nextPostSentence({ ...expertWeights, method: null, next: null }).zh).toBe(
      "所有乡镇均已达到上限，无法再分配名额。",
    );
  });
});
