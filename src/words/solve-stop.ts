import type { Bilingual } from "../types.ts";

/**
 * What the pages say while their worker solves and when a solve is stopped (by the planner or by the scenario's
 * time limit): the page stays usable, and the next change solves again.
 * @example SOLVE_STOP_LABELS.stop.zh // "停止求解"
 */
export const SOLVE_STOP_LABELS = {
  solving: { zh: "正在求解…（已用 {s} 秒）", en: "Solving… ({s} s so far)" },
  stop: { zh: "停止求解", en: "Stop solving" },
  stopped: {
    zh: "求解已按要求停止，没有分配结果。修改设置或选择其他方案后将重新求解。",
    en: "The solve was stopped as asked; there is no allocation. Change a setting or choose another scenario to solve again.",
  },
  timeLimit: {
    zh: "求解超过方案的时间限制 {n} 秒（timeLimitSeconds）仍未完成，已停止，没有分配结果。可减小总量或放宽时间限制后重试。",
    en: "The solve had not finished within the scenario's time limit of {n} s (timeLimitSeconds) and was stopped; there is no allocation. Try a smaller total or a longer time limit.",
  },
} as const satisfies Record<string, Bilingual>;
