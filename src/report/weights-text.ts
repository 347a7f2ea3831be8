import type { Bilingual, Lang } from "../types.ts";
import { type AhpResult, CONSISTENCY_THRESHOLD } from "../weighting/ahp.ts";
import { describeInconsistency } from "../weighting/ahp-consistency.ts";
import type { AhpHierarchyResult } from "../weighting/ahp-hierarchy.ts";
import type { CriticResult } from "../weighting/critic.ts";
import type { EntropyNormalisation, EntropyResult } from "../weighting/entropy.ts";
import { formatJudgement } from "../weighting/fraction.ts";
import { formatRandomIndex, RANDOM_INDEX_TABLES } from "../weighting/random-index.ts";
import { textTable } from "./text-table.ts";
import type { CombinedReport, CountySource } from "./weights-json.ts";

const L = {
  ahpTitle: { zh: "层次分析法（AHP）权重", en: "AHP weights" },
  entropyTitle: { zh: "熵权法权重", en: "Entropy weights" },
  criticTitle: { zh: "CRITIC 法权重", en: "CRITIC weights" },
  combinedTitle: { zh: "组合赋权（主观 + 客观）", en: "Combined weights (expert + data)" },
  indicator: { zh: "指标", en: "Indicator" },
  weight: { zh: "权重", en: "Weight" },
  direction: { zh: "方向", en: "Direction" },
  benefit: { zh: "效益型", en: "benefit" },
  cost: { zh: "成本型", en: "cost" },
  riTable: { zh: "随机一致性指标表", en: "Random index table" },
} as const satisfies Record<string, Bilingual>;

/**
 * The `weights --method ahp` table of one matrix: weights, λmax, CI, RI, CR, the verdict and the
 * judgements that deviate most.
 * @example
 * ahpToText("leader-criteria.csv", ahpWeights(names, matrix), "zh")
 * // a table with the lines "Experience  0.5476" and "一致性比率 CR      0.0439" (Wikipedia's leader example: 0.547, CR 0.044)
 */
export function ahpToText(file: string, r: AhpResult, lang: Lang): string {
  const colon = lang === "zh" ? "：" : ": ";
  const lines = [
    `${L.ahpTitle[lang]} — ${file}`,
    `${L.riTable[lang]}${colon}${RANDOM_INDEX_TABLES[r.randomIndex].label[lang]}`,
    "",
  ];
  lines.push(
    textTable(
      [L.indicator[lang], L.weight[lang]],
      r.names.map((name, i) => [name, r.weights[i]!.toFixed(4)]),
      ["left", "right"],
    ),
  );
  lines.push("");
  const verdict = r.consistent
    ? lang === "zh"
      ? `通过一致性检验（CR < ${CONSISTENCY_THRESHOLD.toFixed(2)}）`
      : `consistent (CR < ${CONSISTENCY_THRESHOLD.toFixed(2)})`
    : lang === "zh"
      ? `未通过一致性检验（CR ≥ ${CONSISTENCY_THRESHOLD.toFixed(2)}）`
      : `inconsistent (CR >= ${CONSISTENCY_THRESHOLD.toFixed(2)})`;
  const stats: [Bilingual, string][] = [
    [{ zh: "最大特征根 λmax", en: "Principal eigenvalue λmax" }, r.lambdaMax.toFixed(4)],
    [{ zh: "一致性指标 CI", en: "Consistency index CI" }, r.ci.toFixed(4)],
    [{ zh: "随机一致性指标 RI", en: "Random index RI" }, formatRandomIndex(r.ri)],
    [{ zh: "一致性比率 CR", en: "Consistency ratio CR" }, r.cr.toFixed(4)],
    [{ zh: "结论", en: "Verdict" }, verdict],
  ];
  lines.push(
    textTable(
      null,
      stats.map(([label, value]) => [label[lang], value]),
      ["left", "left"],
    ),
  );
  if (r.judgements.length > 0 && r.names.length >= 3) {
    lines.push("");
    lines.push(
      lang === "zh"
        ? "判断复核（与权重偏离最大者在前）："
        : "Judgement review (largest deviation from the weights first):",
    );
    const headers =
      lang === "zh"
        ? ["行指标", "列指标", "给定值", "一致值 wi/wj", "最接近标度值", "只改此项后 CR"]
        : ["Row", "Column", "Given", "Consistent wi/wj", "Nearest scale value", "CR if changed"];
    lines.push(
      textTable(
        headers,
        r.judgements
          .slice(0, 5)
          .map((j) => [
            j.rowName,
            j.columnName,
            formatJudgement(j.given),
            j.consistentValue.toFixed(3),
            formatJudgement(j.nearestScaleValue),
            j.crIfReplaced.toFixed(4),
          ]),
        ["left", "left", "right", "right", "right", "right"],
      ),
    );
  }
  lines.push("");
  lines.push(describeInconsistency(r)[lang]);
  return `${lines.join("\n")}\n`;
}

function directionLabel(direction: "benefit" | "cost", lang: Lang): string {
  return direction === "benefit" ? L.benefit[lang] : L.cost[lang];
}

function normaliseLine(normalise: EntropyNormalisation, lang: Lang): string {
  const text: Record<EntropyNormalisation, Bilingual> = {
    sum: {
      zh: "归一化方式：sum（原始值占列和的比重；成本型指标取倒数 1/x 后求比重）",
      en: "Normalisation: sum (proportions of the raw values; cost indicators use reciprocals 1/x)",
    },
    minmax: {
      zh: "归一化方式：minmax（先极差标准化：效益型 (x−min)/(max−min)，成本型 (max−x)/(max−min)，再求比重）",
      en: "Normalisation: minmax (min-max standardisation — benefit (x−min)/(max−min), cost (max−x)/(max−min) — then proportions)",
    },
  };
  return text[normalise][lang];
}

function constantLine(constant: readonly string[], lang: Lang): string[] {
  if (constant.length === 0) return [];
  return [
    lang === "zh"
      ? `以下指标在各乡镇间没有差异，不含信息，权重为 0：${constant.join("、")}`
      : `These indicators do not vary across alternatives, carry no information and get weight 0: ${constant.join(", ")}`,
  ];
}

/**
 * The `weights --method entropy` table: e, d and w per indicator with its direction; display names and
 * the model when read from a county table.
 * @example
 * entropyToText("test/fixtures/weights/xu2004.csv", entropyWeights(xu2004, { normalise: "minmax" }), "zh")
 * // = test/fixtures/golden-cli/weights-entropy-xu2004.zh.txt
 */
export function entropyToText(file: string, r: EntropyResult, lang: Lang, county?: CountySource): string {
  const headers =
    lang === "zh"
      ? ["指标", "方向", "信息熵 e", "差异系数 d", "权重 w"]
      : ["Indicator", "Direction", "Entropy e", "Divergence d", "Weight w"];
  const rows = r.indicators.map((name, j) => [
    shown(name, county, lang),
    directionLabel(r.directions[j]!, lang),
    r.entropy[j]!.toFixed(4),
    r.divergence[j]!.toFixed(4),
    r.weights[j]!.toFixed(4),
  ]);
  const lines = [
    `${L.entropyTitle[lang]} — ${file}`,
    ...modelLine(county, lang),
    normaliseLine(r.normalise, lang),
    "",
    textTable(headers, rows, ["left", "left", "right", "right", "right"]),
    ...constantLine(
      r.constant.map((name) => shown(name, county, lang)),
      lang,
    ),
  ];
  return `${lines.join("\n")}\n`;
}

/**
 * The `weights --method critic` table: σ, conflict, information and w per indicator with its direction.
 * @example
 * criticToText("test/fixtures/weights/xu2004.csv", criticWeights(xu2004), "zh") // = test/fixtures/golden-cli/weights-critic-xu2004.zh.txt
 */
export function criticToText(file: string, r: CriticResult, lang: Lang, county?: CountySource): string {
  const headers =
    lang === "zh"
      ? ["指标", "方向", "标准差 σ", "冲突性 Σ(1−r)", "信息量 C", "权重 w"]
      : ["Indicator", "Direction", "Std dev σ", "Conflict Σ(1−r)", "Information C", "Weight w"];
  const rows = r.indicators.map((name, j) => [
    shown(name, county, lang),
    directionLabel(r.directions[j]!, lang),
    r.standardDeviation[j]!.toFixed(4),
    r.conflict[j]!.toFixed(4),
    r.information[j]!.toFixed(4),
    r.weights[j]!.toFixed(4),
  ]);
  const lines = [
    `${L.criticTitle[lang]} — ${file}`,
    ...modelLine(county, lang),
    lang === "zh"
      ? "标准化：极差标准化（minmax）；σ 为总体标准差（除以 n，换成样本标准差权重不变）"
      : "Standardisation: min-max; σ is the population standard deviation (divisor n; the sample SD gives the same weights)",
    "",
    textTable(headers, rows, ["left", "left", "right", "right", "right", "right"]),
    ...constantLine(
      r.constant.map((name) => shown(name, county, lang)),
      lang,
    ),
  ];
  return `${lines.join("\n")}\n`;
}

/**
 * The `weights --method combined` table: the form, both sources and the three weights per indicator.
 * @example
 * combinedToText({ expertFile, dataFile, ahp: undefined, data, combined }, "zh")
 * // a table with the line "人口            0.4000    0.3042    0.3521" (expert, data and combined weight)
 */
export function combinedToText(report: CombinedReport, lang: Lang): string {
  const { ahp, data, combined } = report;
  const formLine =
    combined.form === "additive"
      ? lang === "zh"
        ? `合成方式：加法，w = ${combined.expertShare} × 专家权重 + ${round6(1 - combined.expertShare!)} × 数据权重`
        : `Form: additive, w = ${combined.expertShare} × expert + ${round6(1 - combined.expertShare!)} × data`
      : lang === "zh"
        ? "合成方式：乘法，w ∝ 专家权重 × 数据权重"
        : "Form: multiplicative, w ∝ expert × data";
  const expertLine =
    ahp === undefined
      ? lang === "zh"
        ? `专家权重：${report.expertFile}（权重表）`
        : `Expert weights: ${report.expertFile} (list of weights)`
      : lang === "zh"
        ? `专家权重：${report.expertFile}（AHP 判断矩阵，CR = ${ahp.cr.toFixed(4)}，${ahp.consistent ? "通过" : "未通过"}一致性检验，${RANDOM_INDEX_TABLES[ahp.randomIndex].label.zh}）`
        : `Expert weights: ${report.expertFile} (AHP matrix, CR = ${ahp.cr.toFixed(4)}, ${ahp.consistent ? "consistent" : "inconsistent"}, ${RANDOM_INDEX_TABLES[ahp.randomIndex].label.en})`;
  const dataName =
    data.method === "entropy"
      ? lang === "zh"
        ? `熵权法，${data.normalise}`
        : `entropy, ${data.normalise}`
      : "CRITIC";
  const dataLine =
    lang === "zh"
      ? `数据权重：${report.dataFile}（${dataName}）`
      : `Data weights: ${report.dataFile} (${dataName})`;
  const headers =
    lang === "zh"
      ? ["指标", "专家权重", "数据权重", "组合权重"]
      : ["Indicator", "Expert", "Data", "Combined"];
  const rows = combined.names.map((name, j) => [
    shown(name, report.county, lang),
    combined.expert[j]!.toFixed(4),
    combined.data[j]!.toFixed(4),
    combined.weights[j]!.toFixed(4),
  ]);
  const lines = [
    `${L.combinedTitle[lang]}`,
    formLine,
    expertLine,
    dataLine,
    ...modelLine(report.county, lang),
    "",
    textTable(headers, rows, ["left", "right", "right", "right"]),
  ];
  if (ahp !== undefined && !ahp.consistent) lines.push("", describeInconsistency(ahp)[lang]);
  return `${lines.join("\n")}\n`;
}

/**
 * The `weights --method ahp <model.yaml>` table: factor, local and global weights, and each matrix's verdict.
 * @example
 * hierarchyToText("models/standard-ahp.yaml", hierarchy, "zh") // = test/fixtures/golden-cli/weights-ahp-standard.zh.txt
 */
export function hierarchyToText(file: string, h: AhpHierarchyResult, lang: Lang): string {
  const lines = [`${L.ahpTitle[lang]} — ${file}`, ""];
  const headers =
    lang === "zh"
      ? ["因素", "因素权重", "指标", "层内权重", "全局权重"]
      : ["Factor", "Factor weight", "Indicator", "Local weight", "Global weight"];
  lines.push(
    textTable(
      headers,
      h.global.map((g) => [
        g.factor,
        g.factorWeight.toFixed(4),
        g.indicator,
        g.localWeight.toFixed(4),
        g.weight.toFixed(4),
      ]),
      ["left", "right", "left", "right", "right"],
    ),
  );
  lines.push("");
  lines.push(describeInconsistency(h.factors.combined, { label: { zh: "因素层", en: "Factors" } })[lang]);
  for (const [factor, group] of Object.entries(h.indicators)) {
    if (group.names.length >= 2)
      lines.push(
        describeInconsistency(group.combined, {
          label: { zh: `“${factor}”的指标`, en: `Indicators of "${factor}"` },
        })[lang],
      );
  }
  return `${lines.join("\n")}\n`;
}

/** An indicator as a reader knows it: its display name when read from a county table, else its header. */
function shown(name: string, county: CountySource | undefined, lang: Lang): string {
  return county?.labels[name]?.[lang] ?? name;
}

function modelLine(county: CountySource | undefined, lang: Lang): string[] {
  if (county === undefined) return [];
  return [
    lang === "zh"
      ? `指标及其方向取自标准 ${county.model}（数据为乡镇表）`
      : `Indicators and their directions from the standard ${county.model} (the data is a county table)`,
  ];
}

function round6(x: number): number {
  return Number(x.toFixed(6));
}
