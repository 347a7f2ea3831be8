// The sentences of the R1 (township categories) and R13 (delegated powers) rows of the compliance table.
import type { Bilingual } from "../types.ts";

const both = (zh: string, en: string): Bilingual => ({ zh, en });

/** How many townships R1's sentence names before "等" (a province's table can have thousands that differ). */
export const R1_NAMED = 10;

/** R1 and R13 sentences (`categoryCheck`, `dutiesCheck`). */
export const RULE_CHECK_MESSAGES = {
  /** R1: every township's category comes from the data; the suggestion differs for `differ` of them. */
  categories: (
    townships: number,
    differ: readonly { name: string; declared: Bilingual; suggested: Bilingual }[],
  ) =>
    differ.length === 0
      ? both(
          `${townships} 个乡镇的类别均按数据申报；按综合指数自然断点建议的类别与申报一致（建议仅供参考，未改变申报类别）`,
          `all ${townships} townships' categories are declared in the data; the natural-breaks suggestion from the composite agrees with every one (a suggestion only; declared categories kept)`,
        )
      : both(
          `${townships} 个乡镇的类别均按数据申报；按综合指数自然断点建议的类别与申报不同的有 ${differ.length} 个：${differ
            .slice(0, R1_NAMED)
            .map((d) => `${d.name}（申报${d.declared.zh}，建议${d.suggested.zh}）`)
            .join(
              "、",
            )}${differ.length > R1_NAMED ? "等" : ""}（建议仅供参考，未改变申报类别；逐乡镇的依据见“乡镇类别建议”）`,
          `all ${townships} townships' categories are declared in the data; the natural-breaks suggestion from the composite differs for ${differ.length}: ${differ
            .slice(0, R1_NAMED)
            .map((d) => `${d.name} (declared ${d.declared.en}, suggested ${d.suggested.en})`)
            .join(
              ", ",
            )}${differ.length > R1_NAMED ? ", …" : ""} (a suggestion only; declared categories kept; the reasons: quota-planner categories)`,
        ),
  /** R13 checked: the lists' workload is an indicator the standard weights. */
  dutiesWeighted: (input: { source: string; items: number; low: number; high: number; share: number }) =>
    both(
      `权责清单（${input.source}）中乡镇承接的事项共 ${input.items} 项；各乡镇承接事项的年工作量 ${input.low}–${input.high} 人·日，作为指标“承接事项工作量”计入指数，占权重 ${(input.share * 100).toFixed(1)}%（经费、编制随事转）`,
      `power lists (${input.source}): ${input.items} items carried; each township's annual workload of the items it carries ${input.low}–${input.high} person-days, an indicator of the index with ${(input.share * 100).toFixed(1)} % of the weight (funds and posts follow tasks)`,
    ),
  /** R13 not checked: lists read but the standard gives their workload no weight. */
  dutiesUnweighted: (source: string) =>
    both(
      `未检查——已读入权责清单（${source}），但核定标准没有给承接事项工作量任何权重`,
      `not checked — the power lists (${source}) were read, but the standard gives their workload no weight`,
    ),
  /** R13 not checked: no lists. */
  noDuties: both(
    "未检查——方案没有指定乡镇权责清单（“1+4”清单及各乡镇承接的事项）",
    'not checked — the scenario names no power lists (the "1+4" lists and the items each township accepted)',
  ),
} as const;
