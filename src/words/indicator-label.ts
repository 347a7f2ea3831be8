import type { Bilingual } from "../types.ts";
import type { LabelledModel } from "./factor-label.ts";

/**
 * The display name of an indicator of a model (ids are unique in a model), as the model file names it; the id
 * itself when the model has no such indicator.
 * @example indicatorLabel(standard, "gdp").zh // "地区生产总值" (models/standard.yaml)
 */
export function indicatorLabel(model: LabelledModel, id: string): Bilingual {
  for (const factor of model.factors) {
    const indicator = factor.indicators.find((i) => i.id === id);
    if (indicator !== undefined) return indicator.label;
  }
  return { zh: id, en: id };
}
