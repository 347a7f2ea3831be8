import type { Bilingual } from "../types.ts";

/**
 * Where an indicator sits in a model, by name: `因素“区位”的指标“区位得分”`. In English the key path too, which
 * the model file's author can look up.
 * @param factor the factor's display name
 * @param indicator the indicator's display name
 * @param path the key path in the model file, e.g. "factors.0.indicators.0"
 * @example indicatorPlace({ zh: "区位", en: "Location" }, { zh: "区位得分", en: "Location score" }, "factors.0.indicators.0").zh
 * // "因素“区位”的指标“区位得分”"
 */
export function indicatorPlace(factor: Bilingual, indicator: Bilingual, path: string): Bilingual {
  return {
    zh: `因素“${factor.zh}”的指标“${indicator.zh}”`,
    en: `indicator "${indicator.en}" of factor "${factor.en}" (key ${path})`,
  };
}
