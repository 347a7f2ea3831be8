import type { Bilingual } from "../types.ts";

/** What `factorLabel` and `indicatorLabel` read of a model: factors and indicators with their ids and names. */
export interface LabelledModel {
  readonly factors: readonly {
    readonly id: string;
    readonly label: Bilingual;
    readonly indicators: readonly { readonly id: string; readonly label: Bilingual }[];
  }[];
}

/**
 * The display name of a factor of a model, as the model file names it (`label`); the id itself when the
 * model has no such factor.
 * @example factorLabel(standard, "location").zh // "区位与发展定位" (models/standard.yaml)
 * @example factorLabel(standard, "nowhere").zh  // "nowhere"
 */
export function factorLabel(model: LabelledModel, id: string): Bilingual {
  return model.factors.find((factor) => factor.id === id)?.label ?? { zh: id, en: id };
}
