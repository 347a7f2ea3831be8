import { type Bilingual, CATEGORIES } from "../types.ts";
import { CATEGORY_LABELS } from "../words/category-labels.ts";
import { EDIT_EXPECTED, EDIT_FIELDS, editProblemSentence } from "../words/edit-problems.ts";
import type { ScenarioEdits } from "./edit-scenario.ts";

/** One value of the weights lab that no scenario accepts: the field (as the lab labels it), what was typed, why. */
export interface EditProblem {
  /** Which field: "band.maxCutShare", "floors.general", … (for tests; never shown in Chinese). */
  readonly key: string;
  readonly field: Bilingual;
  /** The value as entered ("" for an empty box). */
  readonly found: string;
  readonly message: Bilingual;
}

const whole = (value: number, min: number): boolean => Number.isInteger(value) && value >= min;
const shown = (value: number): string => (Number.isNaN(value) ? "" : String(value));

/**
 * The values of `edits` that `applyScenarioEdits` would refuse, each with its field and a sentence in both
 * languages (a band share above 1, a total of 0, a reserve share of 1, an empty name, a negative floor, a
 * coefficient of 0 …), in the order of the lab's fields; empty when the edits can be applied.
 * @example editProblems({ ...scenarioEdits(baseline), settings: { ...s, band: { maxCutShare: 1.5 } } })[0].key // "band.maxCutShare"
 */
export function editProblems(edits: ScenarioEdits): EditProblem[] {
  const problems: EditProblem[] = [];
  const add = (key: string, field: Bilingual, value: number | string, expected: Bilingual): void => {
    const found = typeof value === "string" ? value : shown(value);
    problems.push({ key, field, found, message: editProblemSentence(field, found, expected) });
  };
  const { name, total, reserve, band } = edits.settings;
  if (name.zh.trim() === "" || name.en.trim() === "")
    add("name", EDIT_FIELDS.name, "", EDIT_EXPECTED.notEmpty);
  if (total.kind === "total" && !whole(total.value, 1))
    add("total", EDIT_FIELDS.total, total.value, EDIT_EXPECTED.wholeAtLeast1);
  if (total.kind === "transferDown" && !whole(total.value, 0))
    add("transferDown", EDIT_FIELDS.transferDown, total.value, EDIT_EXPECTED.wholeAtLeast0);
  if (reserve.kind === "count" && !whole(reserve.value, 0))
    add("reserve.count", EDIT_FIELDS.reserveCount, reserve.value, EDIT_EXPECTED.wholeAtLeast0);
  if (reserve.kind === "share" && !(reserve.value >= 0 && reserve.value < 1))
    add("reserve.share", EDIT_FIELDS.reserveShare, reserve.value, EDIT_EXPECTED.shareBelow1);
  if (band !== null) {
    if (band.maxCut !== undefined && !whole(band.maxCut, 0))
      add("band.maxCut", EDIT_FIELDS.maxCut, band.maxCut, EDIT_EXPECTED.wholeAtLeast0);
    if (band.maxGain !== undefined && !whole(band.maxGain, 0))
      add("band.maxGain", EDIT_FIELDS.maxGain, band.maxGain, EDIT_EXPECTED.wholeAtLeast0);
    if (band.maxCutShare !== undefined && !(band.maxCutShare >= 0 && band.maxCutShare <= 1))
      add("band.maxCutShare", EDIT_FIELDS.maxCutShare, band.maxCutShare, EDIT_EXPECTED.shareAtMost1);
    if (band.maxGainShare !== undefined && !(Number.isFinite(band.maxGainShare) && band.maxGainShare >= 0))
      add("band.maxGainShare", EDIT_FIELDS.maxGainShare, band.maxGainShare, EDIT_EXPECTED.finiteAtLeast0);
  }
  const withCategory = (label: Bilingual, category: (typeof CATEGORIES)[number]): Bilingual => ({
    zh: label.zh.replace("{category}", CATEGORY_LABELS[category].zh),
    en: label.en.replace("{category}", CATEGORY_LABELS[category].en),
  });
  for (const category of CATEGORIES) {
    const coefficient = edits.categoryCoefficients[category];
    if (!(Number.isFinite(coefficient) && coefficient > 0))
      add(
        `categoryCoefficients.${category}`,
        withCategory(EDIT_FIELDS.coefficient, category),
        coefficient,
        EDIT_EXPECTED.positive,
      );
    const floor = edits.floors[category];
    if (!whole(floor, 0))
      add(
        `floors.${category}`,
        withCategory(EDIT_FIELDS.floor, category),
        floor,
        EDIT_EXPECTED.wholeAtLeast0,
      );
  }
  return problems;
}
