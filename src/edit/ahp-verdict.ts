/**
 * What the weights lab's AHP matrix editor says about the matrix being edited: its weights and consistency,
 * the verdict against the CR rule, the worst judgements with the value that would agree, and whether the
 * scenario may use the matrix (in use, blocked by an inconsistent matrix, or accepted as inconsistent).
 * The editor (src/notebook/ahp-editor.ts) only draws this.
 */

import { CONSISTENCY_THRESHOLD } from "../policy.ts";
import type { Bilingual, RandomIndexChoice } from "../types.ts";
import { type AhpResult, ahpWeights } from "../weighting/ahp.ts";
import { describeInconsistency } from "../weighting/ahp-consistency.ts";
import { formatJudgement } from "../weighting/fraction.ts";
import { RANDOM_INDEX_TABLES } from "../weighting/random-index.ts";
import { worstJudgements } from "./ahp-edit.ts";

/** The matrix being edited and the editor's two switches. */
export interface AhpVerdictInput {
  /** Factor ids, in the matrix's order (`AhpStart.factors`). */
  readonly factors: readonly string[];
  /** The factors' display names, in the same order (the messages name factors by these, never by id). */
  readonly labels: readonly Bilingual[];
  /** The factor matrix now, full n × n positive reciprocal. */
  readonly matrix: readonly (readonly number[])[];
  /** The random-index table (`AhpStart.randomIndex`). */
  readonly randomIndex: RandomIndexChoice;
  /** "Use these AHP weights" is ticked: the matrix goes into the scenario. */
  readonly use: boolean;
  /** "Accept inconsistent judgements" is ticked (`acceptInconsistent: true`). */
  readonly accept: boolean;
}

/** One judgement to point at: the cell above the diagonal, worst first. */
export interface AhpWorstCell {
  /** Row and column of the judgement (row < column). */
  readonly row: number;
  readonly column: number;
  /** 1 = the worst. */
  readonly rank: number;
  /** The nearest scale value that agrees with the other judgements, written as a judgement ("3", "1/3"). */
  readonly nearest: string;
  /** What the other judgements imply and the CR with the nearest value, for the cell's title. */
  readonly title: Bilingual;
}

/** Whether the scenario uses the matrix: not ticked, in use, blocked (inconsistent, not accepted), accepted. */
export type AhpUse = "unused" | "used" | "blocked" | "accepted";

/** What the editor shows about the matrix. */
export interface AhpVerdict {
  /** Weights, λmax, CI, RI, CR and `consistent` (factors named by id). */
  readonly result: AhpResult;
  /** "RI 取自…（n = 5）。" */
  readonly riSource: Bilingual;
  /** "✓ 通过一致性检验（CR < 0.10）" or "✗ 未通过一致性检验（CR ≥ 0.10）". */
  readonly consistency: Bilingual;
  /** The worst judgements in words, factors by display name (`describeInconsistency`); null when consistent. */
  readonly detail: Bilingual | null;
  /** The judgements to colour, worst first; empty when consistent. */
  readonly worst: readonly AhpWorstCell[];
  readonly use: AhpUse;
  /** The sentence for `use`. */
  readonly status: Bilingual;
}

const THRESHOLD = CONSISTENCY_THRESHOLD.toFixed(2);

const STATUS: Readonly<Record<AhpUse, Bilingual>> = {
  unused: {
    zh: "当前分配未使用此矩阵；勾选“使用这些 AHP 权重”后生效。",
    en: 'The allocation does not use this matrix until "Use these AHP weights" is ticked.',
  },
  used: { zh: "当前分配使用此矩阵的权重。", en: "The allocation uses this matrix's weights." },
  blocked: {
    zh: `CR ≥ ${THRESHOLD}：方案不能使用这些权重，没有分配结果。请修改标色的判断，或勾选“接受不一致的判断”。`,
    en: `CR ≥ ${THRESHOLD}: the scenario may not use these weights, so nothing is allocated. Revise the coloured judgements, or tick "Accept inconsistent judgements".`,
  },
  accepted: {
    zh: "已接受不一致的判断：方案文件记录 acceptInconsistent: true。",
    en: "Inconsistent judgements accepted: the scenario file records acceptInconsistent: true.",
  },
};

/** The sentence with its first letter in upper case. */
function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The verdict on a factor matrix being edited: weights and consistency (`ahpWeights`), the CR verdict, the
 * worst judgements (`worstJudgements`, the ones `describeInconsistency` names) with the value that would
 * agree, and whether the scenario may use it — an inconsistent matrix in use is blocked unless accepted.
 * @throws {RangeError} when `labels` and the matrix differ in size
 * @example ahpVerdict({ factors, labels, matrix, randomIndex: "saaty", use: true, accept: false }).use // "blocked" when CR ≥ 0.10
 */
export function ahpVerdict(input: AhpVerdictInput): AhpVerdict {
  const { labels, matrix } = input;
  const n = matrix.length;
  if (labels.length !== n)
    throw new RangeError(`ahpVerdict(): ${labels.length} labels for a ${n} × ${n} matrix`);
  const options = { randomIndex: input.randomIndex };
  const result = ahpWeights(input.factors, matrix, options);
  const named = (lang: "zh" | "en") =>
    ahpWeights(
      labels.map((l) => l[lang]),
      matrix,
      options,
    );
  const table = RANDOM_INDEX_TABLES[result.randomIndex].label;
  const worst = worstJudgements(result).map((j, k): AhpWorstCell => {
    const implied = formatJudgement(j.consistentValue);
    const nearest = formatJudgement(j.nearestScaleValue);
    const cr = j.crIfReplaced.toFixed(3);
    return {
      row: j.row,
      column: j.column,
      rank: k + 1,
      nearest,
      title: {
        zh: `其余判断隐含约 ${implied}（最接近的标度值 ${nearest}）；改为 ${nearest} 后 CR = ${cr}`,
        en: `The other judgements imply about ${implied} (nearest scale value ${nearest}); with ${nearest}, CR = ${cr}`,
      },
    };
  });
  const use: AhpUse = !input.use
    ? "unused"
    : result.consistent
      ? "used"
      : input.accept
        ? "accepted"
        : "blocked";
  return {
    result,
    riSource: { zh: `RI 取自${table.zh}（n = ${n}）。`, en: `RI from the ${table.en} (n = ${n}).` },
    consistency: result.consistent
      ? { zh: `✓ 通过一致性检验（CR < ${THRESHOLD}）`, en: `✓ Consistent (CR < ${THRESHOLD})` }
      : { zh: `✗ 未通过一致性检验（CR ≥ ${THRESHOLD}）`, en: `✗ Inconsistent (CR ≥ ${THRESHOLD})` },
    detail: result.consistent
      ? null
      : {
          zh: describeInconsistency(named("zh")).zh,
          en: capitalised(describeInconsistency(named("en")).en),
        },
    worst,
    use,
    status: STATUS[use],
  };
}
