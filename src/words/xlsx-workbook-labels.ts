import type { Bilingual, Direction, Normalisation, Transform } from "../types.ts";

/**
 * Words of the workbook's input, settings and calculation sheets (`resultToXlsx` with a scenario): headers,
 * notes and the mark on the solver's numbers.
 * @example XLSX_WORKBOOK_LABELS.solverMark.zh // "由求解器计算，非公式"
 */
export const XLSX_WORKBOOK_LABELS = {
  inputNote: {
    zh: "本县数据（指标为原始值，单位同数据文件）；公式测算表引用本表。",
    en: "The county's data (indicators as raw values, in the data file's units); the calculation sheet refers to this sheet.",
  },
  settingsNote: {
    zh: "可修改带底色的数值单元格（权重、标准化区间、类别系数、待分配总数），公式测算表的得分、指数与按比例测算数随之更新；分配结果不随之更新（由求解器计算）。",
    en: "Change the shaded number cells (weights, normalisation ranges, category coefficients, posts to allocate) and the calculation sheet's scores, index and proportional targets follow; the allocation does not (the solver computed it).",
  },
  calculationNote: {
    zh: "得分、因素得分、指数与按比例测算数为公式（引用输入数据表与参数设置表）；最后几列由求解器计算，非公式。",
    en: "Scores, factor scores, index and proportional targets are formulas over the input and settings sheets; the last columns were computed by the solver, not by a formula.",
  },
  factors: { zh: "因素", en: "Factor" },
  factorWeight: { zh: "因素权重（相对值）", en: "Factor weight (relative)" },
  factorShare: { zh: "因素权重（归一，公式）", en: "Factor weight (normalised, formula)" },
  indicator: { zh: "指标", en: "Indicator" },
  innerWeight: { zh: "因素内权重（相对值）", en: "Weight within factor (relative)" },
  transform: { zh: "变换", en: "Transform" },
  normalise: { zh: "标准化", en: "Normalisation" },
  direction: { zh: "方向", en: "Direction" },
  rangeLow: { zh: "区间下限", en: "Range low" },
  rangeHigh: { zh: "区间上限", en: "Range high" },
  globalWeight: { zh: "综合权重（公式）", en: "Global weight (formula)" },
  note: { zh: "说明", en: "Note" },
  category: { zh: "类别", en: "Category" },
  coefficient: { zh: "类别系数", en: "Category coefficient" },
  floor: { zh: "下限（编制数）", en: "Floor (posts)" },
  cap: { zh: "上限（编制数）", en: "Cap (posts)" },
  noCap: { zh: "无", en: "none" },
  toAllocate: { zh: "待分配编制总数", en: "Posts to allocate" },
  band: { zh: "稳定区间（相对现有编制）", en: "Stability band (against today)" },
  maxCut: { zh: "最多减少（名）", en: "Largest cut (posts)" },
  maxGain: { zh: "最多增加（名）", en: "Largest gain (posts)" },
  maxCutShare: { zh: "最多减少（占现有比例）", en: "Largest cut (share of today)" },
  maxGainShare: { zh: "最多增加（占现有比例）", en: "Largest gain (share of today)" },
  noBand: { zh: "未设稳定区间", en: "no stability band" },
  transformed: { zh: "变换值", en: "transformed" },
  score: { zh: "得分", en: "score" },
  factorScore: { zh: "因素得分", en: "factor score" },
  index: { zh: "综合指数", en: "Index" },
  demand: { zh: "指数×系数", en: "Index × coefficient" },
  target: { zh: "按比例测算数", en: "Proportional target" },
  solverMark: { zh: "由求解器计算，非公式", en: "computed by the solver, not a formula" },
  allocated: { zh: "核定编制", en: "New posts" },
  lower: { zh: "下界", en: "Lower bound" },
  upper: { zh: "上界", en: "Upper bound" },
  total: { zh: "合计", en: "Total" },
  derivedWeights: {
    zh: "权重由赋权方法从判断矩阵或数据算得，此处为数值：修改判断或数据不会重新赋权；修改这些数值则按所填权重测算。",
    en: "The weights were derived by the weighting method from judgements or data and are written as values: changing judgements or data does not re-derive them; changing these numbers recomputes with the numbers given.",
  },
  valuesOnly: {
    zh: "该标准化方式未写成公式，得分为数值（由工具算得），不随设置变化。",
    en: "This normalisation is not written as a formula: the scores are values (computed by the toolkit) and do not follow the settings.",
  },
} as const satisfies Record<string, Bilingual>;

/** The indicator transforms as the settings sheet names them. */
export const XLSX_TRANSFORM_NAMES: Readonly<Record<Transform, Bilingual>> = {
  none: { zh: "无", en: "none" },
  log: { zh: "自然对数 LN(x)", en: "natural log LN(x)" },
  log1p: { zh: "LN(1+x)", en: "LN(1+x)" },
  sqrt: { zh: "平方根 SQRT(x)", en: "square root SQRT(x)" },
};

/** The normalisations as the settings sheet names them. */
export const XLSX_NORMALISE_NAMES: Readonly<Record<Normalisation, Bilingual>> = {
  minmax: { zh: "极差（映射到区间）", en: "min-max onto the range" },
  max: { zh: "除以最大值", en: "divide by the maximum" },
  share: { zh: "占合计比例", en: "share of the sum" },
  zscore: { zh: "z 分数", en: "z-score" },
};

/** The indicator directions as the settings sheet names them. */
export const XLSX_DIRECTION_NAMES: Readonly<Record<Direction, Bilingual>> = {
  benefit: { zh: "正向（越大越多）", en: "benefit (more is more)" },
  cost: { zh: "逆向（越大越少）", en: "cost (more is less)" },
};
