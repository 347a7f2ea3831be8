import type { Bilingual } from "../types.ts";

/**
 * Headings and column names of a province run's reports (CLI table, Markdown, CSV, the overview's county table).
 * @example PROVINCE_LABELS.county.zh // "所属县"
 */
export const PROVINCE_LABELS = {
  county: { zh: "所属县", en: "County" },
  townships: { zh: "乡镇数", en: "Townships" },
  current: { zh: "现有", en: "Today" },
  total: { zh: "县总量", en: "County total" },
  allocated: { zh: "核定", en: "New" },
  status: { zh: "状态", en: "Status" },
  checks: { zh: "检查", en: "Checks" },
  summaryHeading: { zh: "各县汇总", en: "Counties" },
  townshipHeading: { zh: "各乡镇", en: "Townships" },
  countyHeading: { zh: "县", en: "County" },
  solved: { zh: "已求解", en: "solved" },
  infeasible: { zh: "无解", en: "infeasible" },
  noSolution: { zh: "未给出结果", en: "no result" },
  allChecksPassed: { zh: "全部通过", en: "all passed" },
  checksFailed: { zh: "{n} 项未通过", en: "{n} failed" },
  reasonsHeading: { zh: "各县理由与检查", en: "Reasons and checks by county" },
  onlyCounty: {
    zh: "本报告只列出{county}；总量与县数为全表的，其余各县见完整报告",
    en: "This report shows {county} only; the totals and counts above are the whole table's, the other counties are in the full report",
  },
} as const satisfies Record<string, Bilingual>;

/**
 * The province's counts in one line: counties, townships, solved and infeasible counties ("1 county", not "1 counties").
 * @example countiesSolvedLine({ counties: 1, townships: 30, solved: 1, infeasible: 0 }).en // "1 county, 30 townships; 1 solved, 0 infeasible"
 */
export function countiesSolvedLine(counts: {
  readonly counties: number;
  readonly townships: number;
  readonly solved: number;
  readonly infeasible: number;
}): Bilingual {
  const { counties, townships, solved, infeasible } = counts;
  return {
    zh: `共 ${counties} 个县、${townships} 个乡镇；${solved} 个县已求解，${infeasible} 个县无解`,
    en: `${counties} ${counties === 1 ? "county" : "counties"}, ${townships} ${townships === 1 ? "township" : "townships"}; ${solved} solved, ${infeasible} infeasible`,
  };
}

/**
 * How the province's counties got their totals, in words (the province run's `totals.countyRule`).
 * @example countyTotalsRule({ kind: "given", source: "county-totals.csv" }).en // "each county's total as given in county-totals.csv"
 */
export function countyTotalsRule(
  rule:
    | { readonly kind: "given"; readonly source: string }
    | { readonly kind: "split"; readonly toAllocate: number },
): Bilingual {
  return rule.kind === "given"
    ? { zh: `各县总量按 ${rule.source} 给定`, en: `each county's total as given in ${rule.source}` }
    : {
        zh: `全省（市）可分配 ${rule.toAllocate} 名，先按各县乡镇指数×系数之和分到各县（跨层级调剂），各县不少于其乡镇下限之和与现有编制，再在县内分到乡镇`,
        en: `the province's ${rule.toAllocate} posts to allocate are split among the counties first, by the sum of their townships' index × coefficient (each county at least its townships' lower bounds and today's posts), then within each county among its townships`,
      };
}

/**
 * One county's share of a split, in words.
 * @example countySplitReason({ county: "甲县", target: 100.4, lower: 90, upper: 120, allocated: 100 }).en
 */
export function countySplitReason(split: {
  readonly county: string;
  readonly target: number;
  readonly lower: number;
  readonly upper: number | null;
  readonly allocated: number;
}): Bilingual {
  const upper = split.upper === null ? "" : split.upper;
  return {
    zh: `${split.county}：按指数份额 ${split.target.toFixed(2)} 名，下限 ${split.lower}${upper === "" ? "" : `、上限 ${upper}`}，分得 ${split.allocated} 名`,
    en: `${split.county}: index share ${split.target.toFixed(2)} posts, at least ${split.lower}${upper === "" ? "" : `, at most ${upper}`}; given ${split.allocated}`,
  };
}

/** Problems of a province scenario's `counties` block and county totals (InputError messages). */
export const PROVINCE_PROBLEMS = {
  noCountyColumn: {
    zh: "方案给出了各县总量，但数据表没有“所属县”列：应在数据表中加一列所属县（县 / 区县 / 所属县），或删去方案中的各县总量",
    en: "the scenario gives county totals (counties), but the table has no county column: add a county column (县 / 区县 / 所属县 / county) or remove counties",
  },
  missingTotal: (county: string): Bilingual => ({
    zh: `数据表中有县“${county}”，但没有给出它的总量：应为每个县给出总量`,
    en: `the table has county "${county}", but no total is given for it: expected a total for each county`,
  }),
  unknownCounty: (county: string): Bilingual => ({
    zh: `给出了县“${county}”的总量，但数据表中没有这个县：应与数据表“所属县”列的写法一致`,
    en: `a total is given for county "${county}", which the table does not have: expected the names the table's county column writes`,
  }),
  duplicateCounty: (county: string, firstRow: number): Bilingual => ({
    zh: `县“${county}”的总量重复（第${firstRow}行已给出）：每个县只应给一次`,
    en: `county "${county}" is given twice (first at row ${firstRow}): expected each county once`,
  }),
  totalMismatch: (total: number, sum: number): Bilingual => ({
    zh: `方案总量 ${total} 名与各县总量之和 ${sum} 名不符：应删去总量，或使二者相等`,
    en: `the scenario's total ${total} differs from the sum of the county totals, ${sum}: remove the total or make them equal`,
  }),
  transferWithTotals: {
    zh: "已给出各县总量，不能再给下沉编制：请在各县总量中计入下沉编制",
    en: "with each county's total given, transferDown does not apply: include the posts transferred down in the county totals",
  },
  reserveCountWithTotals: {
    zh: "已给出各县总量，机动编制不能按名数给出（它该留在哪个县？）：应按比例给出（各县各留），或计入各县总量",
    en: "with each county's total given, a reserve count cannot be placed (in which county?): give it as a share (reserve: { share: … }, each county holds its own) or within the county totals",
  },
  missingColumn: (what: Bilingual, headers: string): Bilingual => ({
    zh: `县总量表缺少“${what.zh}”列：表头应含以下列名之一：${headers}`,
    en: `the county totals table has no "${what.en}" column: expected one of the headers ${headers}`,
  }),
  badTotal: (found: string): Bilingual => ({
    zh: `县总量“${found}”不是非负整数：应为名数，如 520`,
    en: `county total "${found}" is not a whole number ≥ 0: expected posts, e.g. 520`,
  }),
  emptyCounty: {
    zh: "县名为空：每行应写明县名",
    en: "empty county name: expected a county on every row",
  },
  noRows: {
    zh: "县总量表没有数据行：表头下应至少有一个县",
    en: "the county totals table has no rows: expected at least one county below the header",
  },
  unknownCountyOption: (county: string, known: string): Bilingual => ({
    zh: `没有县“${county}”：应为以下之一：${known}`,
    en: `no county "${county}": expected one of ${known}`,
  }),
} as const;

/**
 * Why the province's posts cannot be split among its counties.
 * @example countySplitConflict({ kind: "short", need: 900, toAllocate: 880 }).en
 */
export function countySplitConflict(conflict: {
  readonly kind: "short" | "over";
  readonly need: number;
  readonly toAllocate: number;
}): Bilingual {
  return conflict.kind === "short"
    ? {
        zh: `各县至少需要 ${conflict.need} 名（各县乡镇下限之和与现有编制中的较大者），全省（市）可分配 ${conflict.toAllocate} 名：少 ${conflict.need - conflict.toAllocate} 名`,
        en: `the counties need at least ${conflict.need} posts (each the larger of its townships' lower bounds and today's posts), the province has ${conflict.toAllocate} to allocate: short by ${conflict.need - conflict.toAllocate}`,
      }
    : {
        zh: `各县最多能容纳 ${conflict.need} 名（各县乡镇上限之和），全省（市）可分配 ${conflict.toAllocate} 名：多 ${conflict.toAllocate - conflict.need} 名`,
        en: `the counties can take at most ${conflict.need} posts (their townships' upper bounds), the province has ${conflict.toAllocate} to allocate: ${conflict.toAllocate - conflict.need} too many`,
      };
}

/**
 * The province's total when each county's was given.
 * @example countyTotalsSum(1000).en // "the sum of the county totals: 1000"
 */
export function countyTotalsSum(total: number): Bilingual {
  return { zh: `各县总量之和 ${total} 名`, en: `the sum of the county totals: ${total}` };
}

/**
 * The province's reserve when each county holds its own.
 * @example countyReservesSum(12).en // "flexible reserves held by the counties: 12 in all"
 */
export function countyReservesSum(reserve: number): Bilingual {
  return {
    zh: `各县各留机动编制，合计 ${reserve} 名`,
    en: `flexible reserves held by the counties: ${reserve} in all`,
  };
}

/** `solve --county` on a table without a county column. */
export const COUNTY_WITHOUT_COLUMN: Bilingual = {
  zh: "--county 只用于含“所属县”列的省（市）数据表，该方案的数据表没有这一列",
  en: "--county applies to a province or city table with a county column; this scenario's table has none",
};

/** Words of `solve` on a province scenario's files. */
export const PROVINCE_CLI_LABELS = {
  wrote: { zh: "已写入", en: "wrote" },
} as const satisfies Record<string, Bilingual>;

/** The pager and filters of a long township table (the overview with a province's townships). */
export const TABLE_PAGER_LABELS = {
  previous: { zh: "上一页", en: "Previous" },
  next: { zh: "下一页", en: "Next" },
  page: {
    zh: "第 {page} / {pages} 页（第 {first}–{last} 行，共 {rows} 行）",
    en: "page {page} of {pages} (rows {first}–{last} of {rows})",
  },
  county: { zh: "所属县", en: "County" },
  allCounties: { zh: "全部县", en: "All counties" },
  search: { zh: "按名称或编号查找", en: "Find by name or ID" },
  printed: {
    zh: "打印的是：所属县 {county}；查找 {search}（页码见表下）",
    en: "Printed: county {county}; search {search} (the page under the table)",
  },
  printedAll: { zh: "全部", en: "all" },
  printedNone: { zh: "无", en: "none" },
  chartTop: {
    zh: "乡镇较多，图中只画增减最大的 {n} 个（共 {rows} 个）；选一个县可看该县全部乡镇",
    en: "Many townships: the chart draws the {n} that change most (of {rows}); pick a county to see all of its townships",
  },
} as const satisfies Record<string, Bilingual>;

/**
 * A policy check over a province's counties (the pages' one result of a province, `provinceAsResult`): passed in
 * every county that was checked, or the counties where it failed; the counties without an allocation (not checked)
 * named after it.
 * @example provinceCheckMessage({ counties: 3, failed: ["县0002"] }).zh // "3 个县中 1 个未通过：县0002"
 */
export function provinceCheckMessage(check: {
  readonly counties: number;
  readonly failed: readonly string[];
  readonly unsolved?: readonly string[];
}): Bilingual {
  const unsolved = check.unsolved ?? [];
  const rest: Bilingual =
    unsolved.length === 0
      ? { zh: "", en: "" }
      : {
          zh: `；${unsolved.length} 个县无分配结果，未检查：${unsolved.join("、")}`,
          en: `; not checked in ${unsolved.length} without an allocation: ${unsolved.join(", ")}`,
        };
  if (check.failed.length === 0)
    return {
      zh: `${unsolved.length === 0 ? "各县均通过" : "已检查的县均通过"}（${check.counties} 个县）${rest.zh}`,
      en: `passed in every county ${unsolved.length === 0 ? "" : "checked "}(${check.counties} counties)${rest.en}`,
    };
  return {
    zh: `${check.counties} 个县中 ${check.failed.length} 个未通过：${check.failed.join("、")}${rest.zh}`,
    en: `failed in ${check.failed.length} of ${check.counties} counties: ${check.failed.join(", ")}${rest.en}`,
  };
}

/**
 * A county's conflict in the province's one result: the county named before the county's own message.
 * @example countyConflictMessage("县0002", { zh: "下限之和超过总量", en: "lower bounds exceed the total" }).en // "县0002: lower bounds exceed the total"
 */
export function countyConflictMessage(county: string, message: Bilingual): Bilingual {
  return { zh: `${county}：${message.zh}`, en: `${county}: ${message.en}` };
}
