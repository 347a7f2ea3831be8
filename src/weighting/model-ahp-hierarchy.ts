import { InputError, type StaffingModel } from "../types.ts";
import { type AhpHierarchyResult, ahpHierarchy } from "./ahp-hierarchy.ts";
import { modelAhpInput } from "./derive-weights.ts";
import type { RandomIndexTable } from "./random-index.ts";

/**
 * The AHP hierarchy of a model's judgement matrices (weighting method `ahp` or `combined`): factor,
 * local and global weights with each matrix's consistency.
 *
 * @param model the staffing standard
 * @param options `randomIndex` to use another table than the model's own `weighting.randomIndex`;
 *   `file` names the model in the problem
 * @returns the hierarchy's weights and consistency
 * @throws {InputError} when the model has no judgement matrices (weighting method not ahp or combined)
 * @example
 * modelAhpHierarchy(await loadModel("models/standard-ahp.yaml", cwd), { randomIndex: "alonso-lamata" }).factors.combined.ri
 * // 1.1086 (Alonso–Lamata's RI for the five factors; the weights are those of Saaty's table)
 */
export function modelAhpHierarchy(
  model: StaffingModel,
  options: { readonly randomIndex?: RandomIndexTable | undefined; readonly file?: string } = {},
): AhpHierarchyResult {
  const spec = model.weighting;
  if (spec.method !== "ahp" && spec.method !== "combined") {
    throw new InputError([
      {
        code: "no-ahp",
        file: options.file ?? model.source,
        path: "weighting",
        message: {
          zh: "该文件的标准没有层次分析法判断矩阵（weighting.method 应为 ahp 或 combined）",
          en: "this file's standard has no AHP judgement matrices (weighting.method must be ahp or combined)",
        },
      },
    ]);
  }
  return ahpHierarchy(modelAhpInput(model, spec.ahp), {
    randomIndex: options.randomIndex ?? spec.randomIndex,
  });
}
