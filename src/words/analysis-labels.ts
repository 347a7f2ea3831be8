import type { Bilingual } from "../types.ts";

/**
 * Labels and sentences of the comparison of scenarios (`quota-planner compare`), the sensitivity to the weights
 * (`sensitivity`) and the Monte Carlo (`simulate`): headings, column heads, setting names, statements of method.
 * @example COMPARE_LABELS.title.zh // "方案对比"
 */
export const COMPARE_LABELS = {
  title: { zh: "方案对比", en: "Comparison of scenarios" },
  reference: { zh: "对比基准：第 1 个方案（{name}）", en: "Differences against the first scenario ({name})" },
  scenarioNo: { zh: "方案{n}", en: "Scenario {n}" },
  identityHead: {
    zh: "对比的 {count} 个方案（quota-planner {version}；内容校验码为数据、方案与编制标准文件内容的 SHA-256 前 12 位）：",
    en: "The {count} scenarios compared (quota-planner {version}; content hash: first 12 hex digits of the SHA-256 of the data, scenario and standard files):",
  },
  identityLine: {
    zh: "方案{n}：{name}（{file}，编制标准 {model}，{county}，数据 {data}，内容校验码 {hash}）",
    en: "Scenario {n}: {name} ({file}, model {model}, {county}, data {data}, content hash {hash})",
  },
  settings: { zh: "设置差异", en: "Settings that differ" },
  noSettingDiffers: { zh: "各方案的设置完全相同。", en: "The scenarios have the same settings." },
  setting: { zh: "设置", en: "Setting" },
  allocations: { zh: "各乡镇分配", en: "Allocation per township" },
  movers: { zh: "变化最大的乡镇（按最大差值排序）", en: "Biggest movers first (by the largest difference)" },
  noDifference: {
    zh: "各方案对每个乡镇的分配完全相同。",
    en: "Every township has the same posts in every scenario.",
  },
  categories: { zh: "各类别合计", en: "Totals per category" },
  missing: { zh: "只在部分方案中出现的乡镇", en: "Townships missing in some of the files" },
  missingIn: { zh: "{name}（{id}）不在：{files}", en: "{name} ({id}) is missing in: {files}" },
  noSolution: {
    zh: "{name}：无可行分配（{status}），请用 solve 查看诊断。",
    en: "{name}: no allocation ({status}); see solve for the diagnosis.",
  },
  difference: { zh: "差值", en: "Difference" },
  largest: { zh: "最大差值", en: "Largest difference" },
  total: { zh: "合计", en: "Total" },
  provenance: { zh: "来源", en: "Provenance" },
  file: { zh: "文件", en: "File" },
} as const satisfies Record<string, Bilingual>;

/** Names of the settings compared between scenarios (read from the resolved scenarios). */
export const SETTING_LABELS = {
  postType: { zh: "编制类型", en: "Post type" },
  data: { zh: "数据文件", en: "Data file" },
  model: { zh: "编制标准文件", en: "Standard (model file)" },
  method: { zh: "分配方法", en: "Allocation method" },
  total: { zh: "县域总量", en: "County total" },
  reserve: { zh: "机动编制", en: "Flexible reserve" },
  band: { zh: "稳定区间", en: "Stability band" },
  ordering: { zh: "类别排序", en: "Category ordering" },
  weighting: { zh: "赋权方法", en: "Weighting method" },
  factorWeight: { zh: "因素权重：{name}", en: "Factor weight: {name}" },
  indicatorWeight: { zh: "指标权重：{name}", en: "Indicator weight: {name}" },
  coefficient: { zh: "类别系数：{name}", en: "Category coefficient: {name}" },
  floor: { zh: "下限：{name}", en: "Floor: {name}" },
  cap: { zh: "上限：{name}", en: "Cap: {name}" },
  on: { zh: "开", en: "on" },
  off: { zh: "关", en: "off" },
  none: { zh: "无", en: "none" },
  absent: { zh: "（无此项）", en: "(not in this file)" },
} as const satisfies Record<string, Bilingual>;

/** Labels of the sensitivity to the weights. */
export const SENSITIVITY_LABELS = {
  title: { zh: "权重敏感性", en: "Sensitivity to the weights" },
  factorsMatrix: { zh: "因素", en: "factors" },
  method: {
    zh: "临界变化的求法：由精确贪心算法（含与其结果一致的 MILP 求解器）、除数法或最大余数法分配时，因素权重的临界变化由断点精确求得——沿单一权重变化（其余按比例归一），各乡镇的测算数是权重的线性分式，两乡镇的边际一步（已取的最后一步与未取的下一步）交换次序、两乡镇的优先值或余数相等、份额越过整数或上下限、或类别排序的一行不再成立之处，是一个线性方程的根；所报数值给到 12 位小数，在其外侧分配已变、内侧未变（两处均已实算验证）。其余情形（AHP 判断值、起约束作用的类别排序）以 {scan} 为步长扫描，再二分至 {resolution}：在所报数值处分配已变，差 {resolution} 处未变（两处均已实算验证），在一个扫描步长内出现又复原的变化可能漏报；判断值按 log₉ 取网格。",
    en: "Critical changes: under the exact greedy (a MILP backend too, when its answer is the greedy's), a divisor method or Hamilton's method a factor weight's are computed exactly from the breakpoints — along a one-weight sweep (the others renormalised in proportion) each township's target is a ratio of linear functions of the weight, and two townships' marginal steps (the last taken, the next left) swap, two priorities or remainders become equal, a share crosses a whole number or a bound, or a category ordering row fails, at the root of a linear equation; the value is given to 12 decimals, the allocation differs just beyond it and not just short of it (both runs made). Otherwise (AHP judgements, a binding category ordering): scanned in steps of {scan}, then bisected to {resolution}; at the value reported the allocation differs, {resolution} short of it it does not (both runs made); a change that appears and reverts within one scan step can be missed; judgements are gridded on log₉ of their value.",
  },
  sweepRange: {
    zh: "单因素扫描：每个权重在 ±{range} 范围内取 {steps} 个点，其余权重按比例重新归一。",
    en: "One-at-a-time sweeps: each weight over ±{range} in {steps} points, the others renormalised in proportion.",
  },
  weights: { zh: "各因素权重的临界变化", en: "Critical change of each factor weight" },
  factor: { zh: "因素", en: "Factor" },
  weight: { zh: "现权重", en: "Weight" },
  up: { zh: "上调", en: "Up" },
  down: { zh: "下调", en: "Down" },
  moves: { zh: "变动的乡镇", en: "Townships that move" },
  none: { zh: "无（调至端点也不改变分配）", en: "none (no change up to the end of the scale)" },
  atValue: { zh: "{value}（{delta}）", en: "{value} ({delta})" },
  mostCriticalWeight: {
    zh: "最敏感的权重：{name}，变化 {delta} 即改变分配。",
    en: "Most critical weight: {name}; a change of {delta} changes the allocation.",
  },
  noCriticalWeight: {
    zh: "任何单个权重的变化都不改变分配。",
    en: "No change of a single weight changes the allocation.",
  },
  judgements: { zh: "AHP 判断的临界变化", en: "Critical change of each AHP judgement" },
  judgement: { zh: "判断（行比列）", en: "Judgement (row over column)" },
  matrix: { zh: "矩阵", en: "Matrix" },
  value: { zh: "现值", en: "Value" },
  crThere: { zh: "CR={cr}", en: "CR={cr}" },
  mostCriticalJudgement: {
    zh: "最关键的判断：{matrix}矩阵中“{row}比{column}”，由 {from} 改为 {to} 即改变分配。",
    en: "Most critical judgement: {row} over {column} in the {matrix} matrix; from {from} to {to} changes the allocation.",
  },
  tornado: {
    zh: "龙卷风图摘要：扫描范围内各乡镇编制的变化（最少..最多）",
    en: "Tornado summary: each township's change over the sweep (least..most)",
  },
  swing: { zh: "合计摆幅", en: "Total swing" },
  sweep: { zh: "扫描明细：{name}", en: "Sweep: {name}" },
  noSolution: {
    zh: "方案本身无可行分配（{status}），无法分析敏感性。",
    en: "The scenario has no allocation ({status}); there is nothing to be sensitive.",
  },
} as const satisfies Record<string, Bilingual>;

/** Labels of the Monte Carlo. */
export const SIMULATION_LABELS = {
  title: { zh: "蒙特卡洛模拟", en: "Monte Carlo simulation" },
  drawsWeights: {
    zh: "{runs} 次模拟，种子 {seed}；因素权重（及因素内指标权重）按狄利克雷分布抽取，均值为方案权重，集中度 {concentration}。",
    en: "{runs} runs, seed {seed}; factor weights (and indicator weights within a factor) drawn from a Dirichlet around the scenario's, concentration {concentration}.",
  },
  drawsJudgements: {
    zh: "{runs} 次模拟，种子 {seed}；每个 AHP 判断在 1–9 标度上移动 {steps}·Z 四舍五入后的级数（Z 为标准正态）。",
    en: "{runs} runs, seed {seed}; each AHP judgement moved round({steps}·Z) steps along the 1–9 scale (Z standard normal).",
  },
  indicatorError: {
    zh: "指标误差：{name} 乘以 exp(σZ − σ²/2)，σ = {sigma}。",
    en: "Indicator error: {name} times exp(σZ − σ²/2), σ = {sigma}.",
  },
  unsolved: {
    zh: "无可行分配的模拟：{n} 次（{statuses}）。",
    en: "Runs without an allocation: {n} ({statuses}).",
  },
  inconsistent: {
    zh: "抽得的判断矩阵中 {n} 次 CR ≥ 0.10（照常计入）。",
    en: "{n} runs drew a matrix with CR >= 0.10 (counted all the same).",
  },
  percentiles: {
    zh: "百分位为最近秩法（第 ⌈p·N⌉ 小值）。",
    en: "Percentiles by nearest rank (the ⌈p·N⌉-th smallest).",
  },
  scenario: { zh: "方案", en: "Scenario" },
  p5: { zh: "P5", en: "P5" },
  median: { zh: "中位数", en: "Median" },
  p95: { zh: "P95", en: "P95" },
  mean: { zh: "均值", en: "Mean" },
  gainToday: { zh: "较现有增", en: "Gain vs today" },
  loseToday: { zh: "较现有减", en: "Lose vs today" },
  gainScenario: { zh: "较方案增", en: "Gain vs scenario" },
  loseScenario: { zh: "较方案减", en: "Lose vs scenario" },
  rank: { zh: "位次", en: "Rank" },
  rankRange: { zh: "位次 P5–P95", en: "Rank P5–P95" },
  sameRank: { zh: "位次不变", en: "Same rank" },
  noSolution: { zh: "没有一次模拟得到可行分配。", en: "No run gave an allocation." },
} as const satisfies Record<string, Bilingual>;

/** Labels of the provenance line on the outputs of compare, sensitivity and simulate. */
export const PROVENANCE_LABELS = {
  line: {
    zh: "quota-planner {version}；内容校验码 {hash}（{file}）",
    en: "quota-planner {version}; content hash {hash} ({file})",
  },
  seed: { zh: "种子 {seed}", en: "seed {seed}" },
  data: { zh: "县：{county}；数据文件：{data}", en: "County: {county}; data file: {data}" },
} as const satisfies Record<string, Bilingual>;

/** The progress bar of long runs on a terminal. */
export const PROGRESS_LABELS = {
  runs: { zh: "计算中", en: "running" },
} as const satisfies Record<string, Bilingual>;
