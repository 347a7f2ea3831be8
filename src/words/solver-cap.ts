import type { Bilingual } from "../types.ts";

/**
 * A cap a solver ran into: its time limit (seconds), or a size cap on the model it was given (`size` of `unit`, at
 * most `limit`).
 */
export type SolverCap =
  | { readonly kind: "timeLimit"; readonly seconds: number }
  | {
      readonly kind: "size";
      readonly unit: "tableauCells" | "columns" | "unitSteps";
      readonly size: number;
      readonly limit: number;
    };

const SOLVER_NAMES = {
  highs: { zh: "HiGHS 求解器", en: "HiGHS" },
  jsLpSolver: { zh: "javascript-lp-solver 求解器", en: "javascript-lp-solver" },
} as const;

const SIZE_UNITS: Readonly<Record<"tableauCells" | "columns" | "unitSteps", Bilingual>> = {
  tableauCells: { zh: "单纯形表格元素", en: "simplex tableau cells" },
  columns: { zh: "变量", en: "variables" },
  unitSteps: { zh: "单步变量", en: "unit-step variables" },
};

/**
 * The sentence naming the cap a solver ran into, for the result's summary in both languages.
 * @example solverCapMessage("highs", { kind: "timeLimit", seconds: 0.5 }).en // "HiGHS reached its time limit of 0.5 s (timeLimitSeconds) without a proven answer"
 * @example solverCapMessage("jsLpSolver", { kind: "size", unit: "tableauCells", size: 3e7, limit: 2.5e7 }).zh // "javascript-lp-solver 求解器的模型有 30000000 个单纯形表格元素，超过上限 25000000，未求解"
 */
export function solverCapMessage(solver: "highs" | "jsLpSolver", cap: SolverCap): Bilingual {
  const name = SOLVER_NAMES[solver];
  if (cap.kind === "timeLimit")
    return {
      zh: `${name.zh}达到时间限制 ${cap.seconds} 秒（timeLimitSeconds），未得到经证明的结果`,
      en: `${name.en} reached its time limit of ${cap.seconds} s (timeLimitSeconds) without a proven answer`,
    };
  const unit = SIZE_UNITS[cap.unit];
  return {
    zh: `${name.zh}的模型有 ${cap.size} 个${unit.zh}，超过上限 ${cap.limit}，未求解`,
    en: `the model for ${name.en} has ${cap.size} ${unit.en}, more than its cap of ${cap.limit}; not solved`,
  };
}
