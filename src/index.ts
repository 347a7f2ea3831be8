// The public entry of quota-planner: every name the CLI, the pages and users may rely on.
// Browser-safe: nothing here touches the file system (Node-only loading lives in src/cli/).

export type { ScenarioResult, SolverReport, TownshipResult } from "./allocation/allocate-scenario.ts";
export { allocateScenario } from "./allocation/allocate-scenario.ts";
export { loadHighs } from "./allocation/backends/highs.ts";
export type { ScenarioProblem, ScenarioTotals } from "./allocation/build-problem.ts";
export { buildScenarioProblem, currentPosts } from "./allocation/build-problem.ts";
export { diagnoseAllocation } from "./allocation/diagnose.ts";
export type { AllocationTie, GreedyAllocation } from "./allocation/exact.ts";
export { allocateExact } from "./allocation/exact.ts";
export type { LinearConstraint, LinearModel, LinearVariable } from "./allocation/linear-model.ts";
export { buildAllocationLp } from "./allocation/linear-model.ts";
export type {
  AllocationProblem,
  AllocationUnit,
  BoundParts,
  Conflict,
  OrderingPair,
} from "./allocation/problem.ts";
export type { AllocationOutcome, Backend, SolveOptions } from "./allocation/solve.ts";
export { solveAllocation } from "./allocation/solve.ts";
export { verifyAllocation } from "./allocation/verify.ts";
export type { ColumnSpec } from "./data/columns.ts";
export { TOWNSHIP_COLUMNS } from "./data/columns.ts";
export { countyTableToCsv } from "./data/county-table-to-csv.ts";
export type { CountyTableToCsvOptions } from "./data/county-table-to-csv.ts";
export type { DecodedText, TextEncoding } from "./data/decode-text.ts";
export { decodeText } from "./data/decode-text.ts";
export { acceptedHeaders, matchColumn } from "./data/match-column.ts";
export { CATEGORY_ALIASES, parseCategory } from "./data/parse-category.ts";
export type { Cell, TableRow } from "./data/parse-county-rows.ts";
export { parseCountyRows } from "./data/parse-county-rows.ts";
export type { CsvRecord, ParseCsvOptions } from "./data/parse-csv.ts";
export { parseCsv } from "./data/parse-csv.ts";
export { parseNumber } from "./data/parse-number.ts";
export type { CountyTableFormat, ReadCountyTableOptions } from "./data/read-county-table.ts";
export { readCountyTable } from "./data/read-county-table.ts";
export type { PolicyCheck } from "./explain/policy-checks.ts";
export {
  POLICY_GENERAL_ADMIN_MINIMUM,
  POLICY_MAX_LENT_SHARE,
  policyChecks,
} from "./explain/policy-checks.ts";
export type { ExplainInput, Reason } from "./explain/reasons.ts";
export { bindingReason, explainUnit } from "./explain/reasons.ts";
export { resultToCsv, resultToJson, resultToMarkdown, resultToText } from "./report/format-result.ts";
export { fixed, REASON_LABELS, RESULT_COLUMNS, signedInt } from "./report/labels.ts";
export { fileJsonSchemas } from "./scenario/json-schemas.ts";
export type { ScenarioSources } from "./scenario/load-from-memory.ts";
export { scenarioFromSources } from "./scenario/load-from-memory.ts";
export type { ModelFile } from "./scenario/model-schema.ts";
export { DEFAULT_ADMIN_FLOOR, parseModel, resolveModel } from "./scenario/resolve-model.ts";
export type { ScenarioInputs } from "./scenario/resolve-scenario.ts";
export {
  CURRENT_POSTS_COLUMN,
  parseScenarioFile,
  presentCategories,
  resolveScenario,
} from "./scenario/resolve-scenario.ts";
export type { ScenarioFile } from "./scenario/scenario-schema.ts";
export { scenarioToYaml } from "./scenario/scenario-yaml.ts";
export type {
  BandSpec,
  Bilingual,
  Category,
  CategoryRule,
  CountyData,
  Direction,
  FactorSpec,
  IndicatorSpec,
  InputProblem,
  Lang,
  Location,
  Normalisation,
  Objective,
  PostType,
  ReserveSpec,
  Scenario,
  SolverChoice,
  StaffingModel,
  TotalSpec,
  Township,
  Transform,
} from "./types.ts";
export { CATEGORIES, CATEGORY_LABELS, formatProblem, InputError, POST_TYPE_LABELS } from "./types.ts";
export type { NormaliseOptions } from "./weighting/normalise.ts";
export { normaliseScores, transformValue } from "./weighting/normalise.ts";
export type {
  IndexOutcome,
  IndexResult,
  IndexWeights,
  IndicatorPart,
  TownshipIndex,
} from "./weighting/weighted-index.ts";
export { computeIndex, indexWeights } from "./weighting/weighted-index.ts";
