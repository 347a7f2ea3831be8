import type { AhpSpec, CountyData, InputProblem, StaffingModel, WeightingSpec } from "../types.ts";
import { factorLabel } from "../words/factor-label.ts";
import { indicatorLabel } from "../words/indicator-label.ts";
import { ahpHierarchyProblems } from "./ahp-consistency.ts";
import { type AhpHierarchyInput, type AhpHierarchyResult, ahpHierarchy } from "./ahp-hierarchy.ts";
import { type CombinedResult, combinedWeights } from "./combined.ts";
import { type CriticResult, criticWeights } from "./critic.ts";
import { type EntropyResult, entropyWeights } from "./entropy.ts";
import type { IndicatorTable } from "./indicator-table.ts";

/** How a scenario's weights were obtained, for the record and for explanations. */
export interface WeightingReport {
  readonly method: WeightingSpec["method"];
  /** AHP judgements and consistency (ahp, combined). */
  readonly ahp?: AhpHierarchyResult;
  /** The data method's intermediate values (entropy, critic, combined). */
  readonly data?: EntropyResult | CriticResult;
  /** The combination (combined). */
  readonly combined?: CombinedResult;
  /** True when an inconsistent AHP matrix (CR >= 0.10) is used because the scenario accepts it. */
  readonly acceptedInconsistent: boolean;
}

/**
 * The AHP hierarchy of a model: factors compared in model order, each factor's indicators in model order.
 * @example ahpHierarchy(modelAhpInput(model, spec.ahp))
 */
export function modelAhpInput(model: StaffingModel, ahp: AhpSpec): AhpHierarchyInput {
  return {
    factors: { names: model.factors.map((f) => f.id), experts: ahp.factors.experts },
    indicators: Object.fromEntries(
      model.factors.map((f) => [
        f.id,
        {
          names: f.indicators.map((i) => i.id),
          ...(ahp.indicators[f.id] ? { experts: ahp.indicators[f.id]!.experts } : {}),
        },
      ]),
    ),
  };
}

/** The model with its weights filled in, or the problems that block them. */
export type DerivedWeights =
  | { readonly status: "derived"; readonly model: StaffingModel; readonly report: WeightingReport }
  | { readonly status: "problems"; readonly problems: readonly InputProblem[] };

/**
 * Fills in a model's factor and indicator weights from its weighting method (R5): the weights as written (manual),
 * AHP matrices, the county's data (entropy, CRITIC: raw column values with the model's directions), or a combination.
 * An AHP matrix with CR >= 0.10 blocks the weights unless `acceptInconsistent` (the problem names the worst judgements
 * and the value that would make each consistent).
 * @example deriveWeights(model, data, { acceptInconsistent: false })
 */
export function deriveWeights(
  model: StaffingModel,
  data: CountyData,
  options: {
    readonly acceptInconsistent: boolean;
    /** Where the weighting block was written, for messages. Default: the model file, key "weighting". */
    readonly file?: string;
    readonly path?: string;
    /**
     * Review each AHP judgement (`AhpOptions.review`; default true). False only with `acceptInconsistent`, where no
     * message names the worst judgements: the weights and CRs are the same, the reviews empty.
     */
    readonly reviewJudgements?: boolean;
  },
): DerivedWeights {
  const file = options.file ?? model.source;
  const path = options.path ?? "weighting";
  const spec = model.weighting;
  if (spec.method === "manual")
    return { status: "derived", model, report: { method: "manual", acceptedInconsistent: false } };
  try {
    let ahp: AhpHierarchyResult | undefined;
    let globalFromAhp: Map<string, number> | undefined;
    if (spec.method === "ahp" || spec.method === "combined") {
      ahp = ahpHierarchy(modelAhpInput(model, spec.ahp), {
        randomIndex: spec.randomIndex,
        review: options.reviewJudgements !== false || !options.acceptInconsistent,
      });
      const problems = ahpHierarchyProblems(ahp, {
        acceptInconsistent: options.acceptInconsistent,
        file,
        path: `${path}.ahp`,
        displayName: (id) =>
          model.factors.some((f) => f.id === id) ? factorLabel(model, id) : indicatorLabel(model, id),
      });
      if (problems.length > 0) return { status: "problems", problems };
      globalFromAhp = new Map(ahp.global.map((g) => [g.indicator, g.weight]));
    }
    let dataResult: EntropyResult | CriticResult | undefined;
    let globalFromData: Map<string, number> | undefined;
    if (spec.method === "entropy" || spec.method === "critic" || spec.method === "combined") {
      const indicators = model.factors.flatMap((f) => f.indicators);
      const table: IndicatorTable = {
        names: data.townships.map((t) => t.id),
        indicators: indicators.map((i) => i.id),
        values: data.townships.map((t) => indicators.map((i) => t.values[i.column] ?? Number.NaN)),
      };
      const directions = Object.fromEntries(indicators.map((i) => [i.id, i.direction]));
      const method = spec.method === "combined" ? spec.data : spec.method;
      const normalise = spec.method === "entropy" || spec.method === "combined" ? spec.normalise : "minmax";
      dataResult =
        method === "entropy"
          ? entropyWeights(table, { normalise, directions })
          : criticWeights(table, { directions });
      globalFromData = new Map(dataResult.indicators.map((id, j) => [id, dataResult!.weights[j]!]));
    }
    let combined: CombinedResult | undefined;
    let global: Map<string, number>;
    if (spec.method === "combined") {
      const names = [...globalFromAhp!.keys()];
      combined = combinedWeights(
        { names, weights: names.map((n) => globalFromAhp!.get(n)!) },
        { names, weights: names.map((n) => globalFromData!.get(n)!) },
        spec.expertShare,
      );
      global = new Map(combined.names.map((n, k) => [n, combined!.weights[k]!]));
    } else {
      global = (globalFromAhp ?? globalFromData)!;
    }
    const factors = model.factors.map((factor) => {
      const weight = factor.indicators.reduce((s, i) => s + (global.get(i.id) ?? 0), 0);
      return {
        ...factor,
        weight,
        indicators: factor.indicators.map((i) => ({ ...i, weight: global.get(i.id) ?? 0 })),
      };
    });
    const acceptedInconsistent = ahp !== undefined && !ahp.consistent;
    return {
      status: "derived",
      model: { ...model, factors },
      report: {
        method: spec.method,
        ...(ahp ? { ahp } : {}),
        ...(dataResult ? { data: dataResult } : {}),
        ...(combined ? { combined } : {}),
        acceptedInconsistent,
      },
    };
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return {
      status: "problems",
      problems: [
        {
          code: "weighting",
          file,
          path,
          message: {
            zh: `无法按 ${spec.method} 方法求得权重：${error.message}`,
            en: `cannot derive weights by ${spec.method}: ${error.message}`,
          },
        },
      ],
    };
  }
}
