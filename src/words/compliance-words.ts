// Every sentence of the compliance table (`complianceTable`) and of the plan's checks: rule titles (rules.md),
// figures' labels, pass / fail / not-checked sentences.
import type { Bilingual, PostType } from "../types.ts";
import { fixed } from "./fixed.ts";
import { POST_TYPE_LABELS } from "./post-type-labels.ts";

/** The rules of shared/policy/rules.md the compliance table lists, in order, with their short titles. */
export const COMPLIANCE_RULES: readonly { readonly rule: string; readonly title: Bilingual }[] = [
  { rule: "sum", title: { zh: "分配合计", en: "Exact sums" } },
  { rule: "R1", title: { zh: "乡镇分类", en: "Township categories" } },
  { rule: "R2", title: { zh: "总量控制、两个不减少", en: "Total control, no decrease" } },
  { rule: "R3", title: { zh: "一般乡镇行政编制不少于 15 名", en: "General townships keep 15 admin posts" } },
  {
    rule: "R4",
    title: {
      zh: "重点保障县政府驻地镇、中心镇、重点镇、特色镇",
      en: "Priority to county seat, central, key, characteristic towns",
    },
  },
  { rule: "R5", title: { zh: "核定标准科学赋权", en: "Weights of the staffing standard" } },
  { rule: "R6", title: { zh: "基本编制 + 机动编制", en: "Basic + flexible posts" } },
  { rule: "R7", title: { zh: "使用率达 95%、用编进人计划", en: "Usage to 95 %, hiring plan" } },
  { rule: "R8", title: { zh: "借出人员不超过 5%", en: "At most 5 % lent out" } },
  {
    rule: "R9",
    title: { zh: "科级领导职数总量控制、统筹使用", en: "Leadership posts pooled under total control" },
  },
  { rule: "R10", title: { zh: "八个统一设置机构、机构限额", en: "Eight uniform offices, office cap" } },
  { rule: "R11", title: { zh: "派驻机构", en: "Stationed agencies" } },
  { rule: "R12", title: { zh: "动态调整、过渡路径", en: "Dynamic adjustment, transition path" } },
  { rule: "R13", title: { zh: "权责清单、经费随事转", en: "Delegated powers, funds follow tasks" } },
];

/** Column headers and statuses of the compliance table. */
export const COMPLIANCE_LABELS = {
  heading: { zh: "合规检查（R1–R13）", en: "Compliance (R1–R13)" },
  rule: { zh: "规则", en: "Rule" },
  title: { zh: "内容", en: "What" },
  status: { zh: "结论", en: "Status" },
  detail: { zh: "数字与说明", en: "Figures and notes" },
  townships: { zh: "涉及乡镇", en: "Townships concerned" },
  passed: { zh: "通过", en: "pass" },
  failed: { zh: "未通过", en: "fail" },
  "not-checked": { zh: "未检查", en: "not checked" },
} as const satisfies Record<string, Bilingual>;

const typeLabel = (postType: PostType): Bilingual => POST_TYPE_LABELS[postType];
const both = (zh: string, en: string): Bilingual => ({ zh, en });

/** The figures' labels. */
export const FIGURE_LABELS = {
  basic: { zh: "基本编制", en: "basic" },
  reserve: { zh: "机动编制", en: "reserve" },
  sum: { zh: "合计", en: "sum" },
  today: { zh: "现有", en: "today" },
  total: { zh: "总量", en: "total" },
  assigned: { zh: "已分到乡镇", en: "assigned" },
  kept: { zh: "留在县级", en: "kept at county" },
  cr: { zh: "最大 CR", en: "largest CR" },
} as const satisfies Record<string, Bilingual>;

/** R2 read honestly: basic posts + the reserve kept for the townships against today's total. */
export function honestNoDecreaseMessage(input: {
  readonly postType: PostType;
  readonly basic: number;
  readonly reserve: number;
  readonly today: number;
  readonly planned: boolean;
}): Bilingual {
  const { basic, reserve, today } = input;
  const sum = basic + reserve;
  const label = typeLabel(input.postType);
  const plannedZh = input.planned ? "（无可行分配，按计划数）" : "";
  const plannedEn = input.planned ? " (no allocation: as planned)" : "";
  const head = both(
    `${label.zh}：分到乡镇的基本编制 ${basic} 名 + 为乡镇保留的机动编制 ${reserve} 名 = ${sum} 名，现有 ${today} 名${plannedZh}`,
    `${label.en}: basic posts allocated to townships ${basic} + flexible reserve kept for them ${reserve} = ${sum}, today ${today}${plannedEn}`,
  );
  if (sum < today)
    return both(
      `${head.zh}，少 ${today - sum} 名，违反“两个不减少”`,
      `${head.en}: ${today - sum} short, breaking "no decrease"`,
    );
  if (basic < today)
    return both(
      `${head.zh}；基本编制比现有少 ${today - basic} 名，靠机动编制补足`,
      `${head.en}; basic posts alone are ${today - basic} below today, made up by the reserve`,
    );
  return both(`${head.zh}，不减少`, `${head.en}: no decrease`);
}

/** The exact sums of one post type: basic posts to the townships and the reserve. */
export function planSumMessage(input: {
  readonly postType: PostType;
  readonly allocated: number | null;
  readonly toAllocate: number;
  readonly assigned: number;
  readonly kept: number;
  readonly reserve: number;
  /** Why there is no allocation (the run's conflicts), listed when `allocated` is null. */
  readonly conflicts?: readonly Bilingual[];
}): Bilingual {
  const label = typeLabel(input.postType);
  if (input.allocated === null) {
    const conflicts = input.conflicts ?? [];
    return conflicts.length === 0
      ? both(`${label.zh}：无可行分配`, `${label.en}: no allocation`)
      : both(
          `${label.zh}：无可行分配——${conflicts.map((c) => c.zh).join("；")}`,
          `${label.en}: no allocation — ${conflicts.map((c) => c.en).join("; ")}`,
        );
  }
  return both(
    `${label.zh}：基本编制合计 ${input.allocated} 名，应为 ${input.toAllocate} 名；机动编制 ${input.assigned} 名分到乡镇 + ${input.kept} 名留在县级 = ${input.assigned + input.kept} 名，应为 ${input.reserve} 名`,
    `${label.en}: basic posts sum to ${input.allocated}, expected ${input.toAllocate}; reserve ${input.assigned} assigned + ${input.kept} kept = ${input.assigned + input.kept}, expected ${input.reserve}`,
  );
}

/** R4 on one post type. */
export function priorityMessage(input: {
  readonly postType: PostType;
  readonly kind: "ordering-holds" | "ordering-broken" | "coefficients" | "reversed" | "none";
  /** e.g. "县政府驻地镇 1.3 ≥ 中心镇 1.2 ≥ …" in each language. */
  readonly chain: Bilingual;
}): Bilingual {
  const label = typeLabel(input.postType);
  switch (input.kind) {
    case "ordering-holds":
      return both(
        `${label.zh}：类别排序约束成立（每单位指数的编制数 ${input.chain.zh}）`,
        `${label.en}: the category ordering holds (posts per unit of index ${input.chain.en})`,
      );
    case "ordering-broken":
      return both(
        `${label.zh}：类别排序不成立（每单位指数的编制数 ${input.chain.zh}）`,
        `${label.en}: the category ordering is broken (posts per unit of index ${input.chain.en})`,
      );
    case "coefficients":
      return both(
        `${label.zh}：类别系数体现优先（${input.chain.zh}）`,
        `${label.en}: category coefficients give priority (${input.chain.en})`,
      );
    case "reversed":
      return both(
        `${label.zh}：类别系数次序颠倒（${input.chain.zh}），高优先类别的系数低于低优先类别`,
        `${label.en}: category coefficients reversed (${input.chain.en}): a higher-priority category has a lower coefficient`,
      );
    case "none":
      return both(
        `${label.zh}：未体现优先——各类别系数相同（${input.chain.zh}），且未启用类别排序`,
        `${label.en}: no priority given — every category has the same coefficient (${input.chain.en}) and the ordering is off`,
      );
  }
}

/** R5 on one post type's weights. */
export function weightsMessage(input: {
  readonly postType: PostType;
  readonly method: string;
  readonly methodLabel: Bilingual;
  readonly cr?: number;
  readonly accepted: boolean;
}): Bilingual {
  const label = typeLabel(input.postType);
  const m = input.methodLabel;
  if (input.cr === undefined)
    return both(
      `${label.zh}：权重由${m.zh}确定（无需一致性检验）`,
      `${label.en}: weights ${m.en} (no consistency check needed)`,
    );
  if (input.accepted)
    return both(
      `${label.zh}：${m.zh}，最大 CR = ${fixed(input.cr, 4)} ≥ 0.10，未通过一致性检验；方案已确认接受不一致的判断，照常分配，判断矩阵应予修正`,
      `${label.en}: ${m.en}, largest CR = ${fixed(input.cr, 4)} ≥ 0.10, inconsistent; the scenario accepts the inconsistent judgements (acceptInconsistent) and allocates anyway; the judgements should be revised`,
    );
  return both(
    `${label.zh}：${m.zh}，最大 CR = ${fixed(input.cr, 4)} < 0.10，通过一致性检验`,
    `${label.en}: ${m.en}, largest CR = ${fixed(input.cr, 4)} < 0.10, consistent`,
  );
}

/** R6 on one post type. */
export function reserveCheckMessage(input: {
  readonly postType: PostType;
  readonly reserve: number;
  readonly total: number;
  readonly assigned: number;
  readonly rule: Bilingual;
}): Bilingual {
  const label = typeLabel(input.postType);
  const within = input.reserve <= input.total && input.assigned <= input.reserve;
  return both(
    `${label.zh}：机动编制 ${input.reserve} 名${within ? "在" : "超出"}总量 ${input.total} 名${within ? "之内" : ""}，分到乡镇 ${input.assigned} 名；规则：${input.rule.zh}`,
    `${label.en}: reserve ${input.reserve} ${within ? "within" : "beyond"} the total ${input.total}, ${input.assigned} assigned; rule: ${input.rule.en}`,
  );
}

/** R9 on the leadership posts. */
export function leaderTeamMessage(input: {
  readonly total: number;
  readonly pooled: number;
  readonly below: number;
}): Bilingual {
  const pooledOk = input.pooled === input.total;
  return both(
    `科级领导职数统筹：乡镇合计 ${input.pooled} 名（含机动），总量 ${input.total} 名${pooledOk ? "" : "，不一致"}；${input.below === 0 ? "各乡镇均不低于最低班子职数" : `${input.below} 个乡镇低于最低班子职数`}`,
    `leadership posts pooled: townships ${input.pooled} (reserve included), total ${input.total}${pooledOk ? "" : ", not equal"}; ${input.below === 0 ? "every township has at least its minimum team" : `${input.below} townships below their minimum team`}`,
  );
}

/** R9 when the leadership posts have no allocation because the settings admit none: the run's conflicts. */
export function leaderInfeasibleMessage(conflicts: readonly Bilingual[]): Bilingual {
  return both(
    `科级领导职数无可行分配，总量控制与各乡镇最低班子职数等设置不能同时满足：${conflicts.map((c) => c.zh).join("；")}`,
    `leadership posts have no allocation: the total and the minimum teams (and the other settings) cannot all hold: ${conflicts.map((c) => c.en).join("; ")}`,
  );
}

/** Why a rule was not checked. */
export const NOT_CHECKED = {
  typeAbsent: (postType: PostType): Bilingual =>
    both(
      `未检查——方案不分配${typeLabel(postType).zh}`,
      `not checked — the scenario does not allocate ${typeLabel(postType).en.toLowerCase()}`,
    ),
  noAllocation: (postType: PostType): Bilingual =>
    both(
      `未检查——${typeLabel(postType).zh}没有可行分配`,
      `not checked — no allocation of ${typeLabel(postType).en.toLowerCase()}`,
    ),
  noLeaderFloor: both(
    "最低班子职数未检查——标准和方案均未规定科级领导职数的类别下限",
    "minimum team not checked — neither the standard nor the scenario sets a floor of leadership posts",
  ),
  R7: both("未检查——方案中没有用编进人计划（招录名额）", "not checked — no hiring quota in the scenario"),
  R10: both(
    "未检查——数据中没有乡镇机构设置（机构数或机构清单）",
    "not checked — no office data (office count or list) in the table",
  ),
  R11: both("未检查——数据中没有派驻机构及其人员", "not checked — no stationed agencies in the table"),
  R12: both(
    "未检查——方案没有设置过渡期（年数和每年最大调整幅度）",
    "not checked — the scenario sets no transition (years and the largest change per year)",
  ),
} as const;

/**
 * A check of one post type's run (R7's hiring plan, R12's transition path) as the plan lists it: its message after
 * the post type's name, as the plan's own checks write it.
 * @example ofPostType("leader", { zh: "过渡路径 3 年", en: "a 3-year path" }).en // "Leadership posts: a 3-year path"
 */
export function ofPostType(postType: PostType, message: Bilingual): Bilingual {
  const label = typeLabel(postType);
  return both(`${label.zh}：${message.zh}`, `${label.en}: ${message.en}`);
}

/**
 * A check of the admin and institution posts together (a plan's hiring plan, R7), after both types' names.
 * @example ofAdminAndInstitution({ zh: "使用率", en: "usage" }).zh // "行政编制和事业编制：使用率"
 */
export function ofAdminAndInstitution(message: Bilingual): Bilingual {
  const admin = typeLabel("admin");
  const institution = typeLabel("institution");
  return both(
    `${admin.zh}和${institution.zh}：${message.zh}`,
    `${admin.en} and ${institution.en.toLowerCase()}: ${message.en}`,
  );
}
