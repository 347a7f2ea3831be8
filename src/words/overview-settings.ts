import type { Bilingual } from "../types.ts";

/**
 * The overview's settings card (on screen only: the printed identity block carries the same parameters).
 * @example OVERVIEW_SETTINGS_LABELS.edit.zh // "在权重实验中修改这些设置"
 */
export const OVERVIEW_SETTINGS_LABELS = {
  edit: { zh: "在权重实验中修改这些设置", en: "Change these settings in the weights lab" },
  none: {
    zh: "方案无法求解时没有设置可显示。",
    en: "No settings to show: the scenario could not be solved.",
  },
} as const satisfies Record<string, Bilingual>;
