// Every bilingual label and sentence shown to a person, once (docs/architecture.md, rank 1).
export {
  APPORTION_LIST_LABELS,
  apportionListTooLong,
  apportionListTruncated,
  apportionScenarioListTooLong,
} from "./apportion-limit.ts";
export { BACKEND_LABELS, type BackendName } from "./backend-labels.ts";
export { CATEGORY_LABELS } from "./category-labels.ts";
export { checkRuleLabel } from "./check-rule-label.ts";
export {
  bandStorySentence,
  type CategoryPosts,
  capsStorySentence,
  floorsStorySentence,
  orderingStorySentence,
  paidByStorySentence,
  reserveStorySentence,
  STORY_LABELS,
} from "./county-story.ts";
export { EDIT_EXPECTED, EDIT_FIELDS, EDIT_PROBLEMS_LABELS, editProblemSentence } from "./edit-problems.ts";
export { factorLabel, type LabelledModel } from "./factor-label.ts";
export { fixed } from "./fixed.ts";
export { indicatorLabel } from "./indicator-label.ts";
export { indicatorPlace } from "./indicator-place.ts";
export { APPORTION_METHOD_LABELS, METHOD_LABELS } from "./method-labels.ts";
export {
  OBJECTIVE_GUARANTEES,
  OBJECTIVE_LABELS,
  OBJECTIVE_VALUE_LABELS,
  objectiveRefusedMessage,
} from "./objective-labels.ts";
export { OVERVIEW_SETTINGS_LABELS } from "./overview-settings.ts";
export { POST_TYPE_LABELS } from "./post-type-labels.ts";
export { provenOptimalLabel } from "./proven-optimal-label.ts";
export { type BindingKind, REASON_LABELS, type ReasonKind } from "./reason-labels.ts";
export { RESULT_COLUMNS } from "./result-columns.ts";
export { signedFixed } from "./signed-fixed.ts";
export { signedInt } from "./signed-int.ts";
export { SOLVE_STOP_LABELS } from "./solve-stop.ts";
export { type SolverCap, solverCapMessage } from "./solver-cap.ts";
export { SOLVER_STATUS_LABELS, type SolverStatus } from "./solver-status-labels.ts";
export { STORED_DATA_LABELS } from "./stored-data.ts";
export { SUMMARY_LABELS } from "./summary-labels.ts";
export { t } from "./t.ts";
export { WEIGHTING_METHOD_LABELS } from "./weighting-method-labels.ts";
export { XLSX_SHEET_NAMES } from "./xlsx-sheet-names.ts";
export {
  XLSX_DIRECTION_NAMES,
  XLSX_NORMALISE_NAMES,
  XLSX_TRANSFORM_NAMES,
  XLSX_WORKBOOK_LABELS,
} from "./xlsx-workbook-labels.ts";
