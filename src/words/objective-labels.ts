import type { Bilingual, Objective } from "../types.ts";

/**
 * Display names of the allocation objectives (method lp), and what each guarantees, for reports and pages.
 * @example OBJECTIVE_LABELS["least-squares-relative"].zh // "相对偏差平方和最小（韦伯斯特法，含上下限）"
 */
export const OBJECTIVE_LABELS: Readonly<Record<Objective, Bilingual>> = {
  "least-absolute-deviation": {
    zh: "偏离比例目标的绝对值之和最小",
    en: "least absolute deviation from the targets",
  },
  "least-squares-relative": {
    zh: "相对偏差平方和最小（韦伯斯特法，含上下限）",
    en: "least relative squared deviation (Webster's method with floors and caps)",
  },
};

/**
 * What each objective guarantees when the total grows (house monotonicity), in one sentence.
 * @example OBJECTIVE_GUARANTEES["least-absolute-deviation"].en // "raising the total can take a post from a township …"
 */
export const OBJECTIVE_GUARANTEES: Readonly<Record<Objective, Bilingual>> = {
  "least-absolute-deviation": {
    zh: "总编制增加时，个别乡镇的编制可能反而减少（与最大余数法相同的“阿拉巴马悖论”）",
    en: "raising the total can take a post from a township (the Alabama paradox, as with Hamilton's method)",
  },
  "least-squares-relative": {
    zh: "未启用类别排序（或排序不起约束作用）时，总编制增加不会使任何乡镇减少；启用并起约束作用时不保证",
    en: "raising the total never lowers a township while no category ordering binds; with a binding ordering this is not guaranteed",
  },
};

/**
 * The located error when a scenario names an objective together with a classical method (which rounds by its own rule).
 * @example objectiveRefusedMessage({ objective: "least-squares-relative", methodLabel: METHOD_LABELS.hamilton }).en // "… Hamilton (largest remainder) rounds by its own rule"
 */
export function objectiveRefusedMessage(facts: {
  readonly objective: Objective;
  readonly methodLabel: Bilingual;
}): Bilingual {
  const name = OBJECTIVE_LABELS[facts.objective];
  return {
    zh: `优化目标“${name.zh}”只用于线性规划方法；${facts.methodLabel.zh}按其自身规则取整`,
    en: `the objective "${facts.objective}" applies to method lp only; ${facts.methodLabel.en} rounds by its own rule`,
  };
}

/**
 * How the objective's value is named next to its number (the absolute one counts posts).
 * @example OBJECTIVE_VALUE_LABELS["least-absolute-deviation"].en // "total deviation"
 */
export const OBJECTIVE_VALUE_LABELS: Readonly<Record<Objective, Bilingual>> = {
  "least-absolute-deviation": { zh: "偏离合计", en: "total deviation" },
  "least-squares-relative": { zh: "相对偏差平方和", en: "relative squared deviation Σ(x − t)²/t" },
};

/** The heading of the objective's line in reports. */
export const OBJECTIVE_HEADING: Bilingual = { zh: "优化目标", en: "objective" };
