// The public entry of quota-planner: every name the CLI, the pages and users may rely on.
// Browser-safe: nothing here touches the file system (Node-only loading lives in src/cli/).

// Allocation: totals, targets, bounds, the problem, solvers, classical apportionment methods, diagnosis, remedies.
export { apportion } from "./allocation/apportion/apportion.ts";
export type { DivisorFormResult } from "./allocation/apportion/divisor.ts";
export { apportionByDivisor } from "./allocation/apportion/divisor.ts";
export { apportionHamilton } from "./allocation/apportion/hamilton.ts";
export { describeLastPost } from "./allocation/apportion/last-post.ts";
export { apportionByPriority } from "./allocation/apportion/priority-list.ts";
export {
  APPORTION_METHODS,
  DIVISOR_METHODS,
  parseApportionMethod,
  priorityValue,
  roundBySignposts,
  signpost,
} from "./allocation/apportion/signposts.ts";
export type { AlabamaFlag, ApportionSweep, SweepRow } from "./allocation/apportion/sweep.ts";
export { apportionSweep } from "./allocation/apportion/sweep.ts";
export type {
  ApportionInfeasible,
  ApportionMethod,
  ApportionOk,
  ApportionOptions,
  ApportionResult,
  ApportionTie,
  ApportionUnit,
  DivisorMethod,
  DivisorRange,
  HamiltonBounds,
  LastPost,
  NextPost,
  PriorityEntry,
  UnitApportionment,
} from "./allocation/apportion/types.ts";
export type { QuotaCheck, QuotaViolation } from "./allocation/apportion/within-quota.ts";
export { withinQuota } from "./allocation/apportion/within-quota.ts";
export {
  assignReserve,
  type ReserveAssignment,
  type ReserveTownship,
} from "./allocation/assign-reserve.ts";
export { loadHighs } from "./allocation/backends/highs.ts";
export type { TownshipBounds } from "./allocation/bounds.ts";
export { boundSource, townshipBounds } from "./allocation/bounds.ts";
export { diagnoseAllocation } from "./allocation/diagnose.ts";
export type { AllocationTie, GreedyAllocation } from "./allocation/exact.ts";
export { allocateExact } from "./allocation/exact.ts";
// The hiring plan (R7) and the lending table (R8) (issue 11).
export type {
  HiringLine,
  HiringPlan,
  HiringSettings,
  HiringTie,
  HiringTownship,
  YearsToTarget,
} from "./allocation/hiring-plan.ts";
export { planHiring } from "./allocation/hiring-plan.ts";
export type { LinearConstraint, LinearModel, LinearVariable } from "./allocation/linear-model.ts";
export { buildAllocationLp } from "./allocation/linear-model.ts";
export { movesFeasible } from "./allocation/moves-feasible.ts";
export type {
  AllocationProblem,
  AllocationUnit,
  BoundParts,
  Conflict,
  OrderingPair,
} from "./allocation/problem.ts";
export type { Relaxation } from "./allocation/relaxations.ts";
export { relaxations } from "./allocation/relaxations.ts";
export type { ScenarioProblem } from "./allocation/scenario-problem.ts";
export { buildScenarioProblem } from "./allocation/scenario-problem.ts";
export { scenarioTransition } from "./allocation/scenario-transition.ts";
export type { AllocationOutcome, Backend, SolveOptions } from "./allocation/solve.ts";
export { solveAllocation } from "./allocation/solve.ts";
export type { AllocationObjective, StepCost } from "./allocation/step-cost.ts";
export { compareStepCosts, objectiveValue, stepCost } from "./allocation/step-cost.ts";
export type { ProportionalTargets } from "./allocation/targets.ts";
export { proportionalTargets } from "./allocation/targets.ts";
export type { ScenarioTotals } from "./allocation/totals.ts";
export { scenarioTotals } from "./allocation/totals.ts";
export type {
  PathSettings,
  PathTownship,
  TownshipPath,
  TransitionConflict,
  TransitionPath,
  TransitionRemedy,
  TransitionStop,
  TransitionYear,
} from "./allocation/transition-path.ts";
export { linearYearTotals, transitionPath } from "./allocation/transition-path.ts";
export { verifyAllocation } from "./allocation/verify.ts";
// Data: county tables and the other tables a user gives (CSV UTF-8/GB18030, XLSX, JSON).
export type { ColumnSpec } from "./data/columns.ts";
export { TOWNSHIP_COLUMNS } from "./data/columns.ts";
export type { CountyTableToCsvOptions } from "./data/county-table-to-csv.ts";
export { countyTableToCsv } from "./data/county-table-to-csv.ts";
export type { DecodedText, TextEncoding } from "./data/decode-text.ts";
export { decodeText } from "./data/decode-text.ts";
export { acceptedHeaders, matchColumn, suggestColumn } from "./data/match-column.ts";
export { type NoticeSeverity, noticeSeverity } from "./data/notice-severity.ts";
export { OFFICE_COLUMNS } from "./data/office-columns.ts";
export { parseCategory } from "./data/parse-category.ts";
export type { Cell, TableRow } from "./data/parse-county-rows.ts";
export { parseCountyRows } from "./data/parse-county-rows.ts";
export type { CsvRecord, ParseCsvOptions } from "./data/parse-csv.ts";
export { parseCsv } from "./data/parse-csv.ts";
export { parseNumber } from "./data/parse-number.ts";
export { presentCategories } from "./data/present-categories.ts";
export type { CountyTableFormat, ReadCountyTableOptions } from "./data/read-county-table.ts";
export { readCountyTable } from "./data/read-county-table.ts";
export { type CountyTotalRow, readCountyTotals } from "./data/read-county-totals.ts";
export { readOfficeTable } from "./data/read-office-table.ts";
export type { IndicatorCsv, PairwiseCsv, WeightsCsvOptions, WeightsList } from "./data/weights-csv.ts";
export {
  looksLikePairwiseCsv,
  parseIndicatorCsv,
  parseWeightsCsv,
} from "./data/weights-csv.ts";
// Edits of a scenario made on the pages (sliders, AHP editor).
export type { AhpEdit, AhpStart, WeightingBlock } from "./edit/ahp-edit.ts";
export {
  AHP_LAB_EXPERT,
  ahpStart,
  ahpWeightingBlock,
  judgementCell,
  worstJudgements,
} from "./edit/ahp-edit.ts";
export type { AhpUse, AhpVerdict, AhpVerdictInput, AhpWorstCell } from "./edit/ahp-verdict.ts";
export { ahpVerdict } from "./edit/ahp-verdict.ts";
export type { EditProblem } from "./edit/edit-problems.ts";
export { editProblems } from "./edit/edit-problems.ts";
export type {
  ApplyScenarioEditsOptions,
  EditableSettings,
  ScenarioEdits,
  ScenarioSettings,
} from "./edit/edit-scenario.ts";
export {
  applyScenarioEdits,
  editableSettings,
  floorsOfPostType,
  scenarioEdits,
  scenarioEditsEqual,
  weightShares,
} from "./edit/edit-scenario.ts";
export { type ComplianceRow, type ComplianceTable, complianceTable } from "./explain/compliance.ts";
export type {
  CountyStory,
  CountyStoryInput,
  StoryFigure,
  StoryTownship,
} from "./explain/county-story.ts";
export { countyStory } from "./explain/county-story.ts";
export { hiringCheck, lendingCheck } from "./explain/hiring-checks.ts";
export type { LendingLine, LendingReport } from "./explain/lending.ts";
export { lendingReport } from "./explain/lending.ts";
export { officeChecks } from "./explain/office-checks.ts";
export type { OfficeCountSource, OfficeReport, TownshipOffices } from "./explain/office-report.ts";
export { officeReport } from "./explain/office-report.ts";
export {
  type CategoryRuleFigures,
  type CheckFigure,
  honestNoDecrease,
  type PlanCheck,
  type PlanCheckType,
  planChecks,
} from "./explain/plan-checks.ts";
// Explain: reasons per township, policy checks.
export type { PolicyCheck, PolicyCheckStatus } from "./explain/policy-checks.ts";
export { policyChecks } from "./explain/policy-checks.ts";
export type { CountyExplainInput, ExplainInput, Reason } from "./explain/reasons.ts";
export { bindingReason, explainTownships, explainUnit, heldBound } from "./explain/reasons.ts";
export type { CategoryInput, CategorySuggestion, CategorySuggestions } from "./explain/suggest-category.ts";
export { suggestCategories } from "./explain/suggest-category.ts";
export { transitionCheck } from "./explain/transition-check.ts";
// The policy's numbers, each written once.
export {
  CONSISTENCY_THRESHOLD,
  GENERAL_ADMIN_FLOOR,
  MAX_LENT_SHARE,
  PLAN_UNIFORM_OFFICES,
  RETAINED_STATIONED_AGENCIES,
  SAATY_MAX,
  SAATY_MIN,
  TARGET_USAGE_RATE,
  TIE_TOLERANCE,
} from "./policy.ts";
export type { Provenance } from "./report/analysis-format.ts";
// Report: renderers (text, Markdown, CSV, JSON, XLSX) and the facts the pages and CLI show.
export type { AllocationChange } from "./report/compare-allocations.ts";
export { compareAllocations } from "./report/compare-allocations.ts";
export type { ComparedFiles, ComparedIdentity } from "./report/compared-identity.ts";
export { comparedIdentity, comparedIdentityLines } from "./report/compared-identity.ts";
export { csvNumber, csvText } from "./report/csv-text.ts";
export {
  type CategoriesOptions,
  categoriesSummary,
  categoriesTable,
  categoriesToCsv,
  categoriesToJson,
  categoriesToMarkdown,
  categoriesToText,
} from "./report/format-categories.ts";
export {
  comparisonTables,
  comparisonToCsv,
  comparisonToJson,
  comparisonToMarkdown,
  comparisonToText,
  type TextTable,
} from "./report/format-compare.ts";
export type { HiringContext } from "./report/format-hiring.ts";
export {
  hiringNotes,
  hiringPreamble,
  hiringTable,
  hiringToCsv,
  hiringToJson,
  hiringToMarkdown,
  hiringToText,
  lendingLines,
  lendingTable,
  yearsText,
} from "./report/format-hiring.ts";
export { formatNotices } from "./report/format-notices.ts";
export {
  colon,
  formatCompact,
  formatNumber,
  formatPercent,
  formatSigned,
  formatWithUnit,
} from "./report/format-number.ts";
export type { OfficesView } from "./report/format-offices.ts";
export {
  officeCheckStatus,
  officesTable,
  officesToCsv,
  officesToJson,
  officesToMarkdown,
  officesToText,
} from "./report/format-offices.ts";
export {
  combinedHeaders,
  combinedRows,
  complianceRows,
  complianceToText,
  planToCsv,
  planToJson,
  planToMarkdown,
  planToText,
} from "./report/format-plan.ts";
export {
  provinceCounty,
  provinceSummaryTable,
  provinceToCsv,
  provinceToJson,
  provinceToMarkdown,
  provinceToText,
} from "./report/format-province.ts";
export { resultToCsv, resultToJson, resultToMarkdown, resultToText } from "./report/format-result.ts";
export {
  sensitivityTables,
  sensitivityToCsv,
  sensitivityToJson,
  sensitivityToMarkdown,
  sensitivityToText,
} from "./report/format-sensitivity.ts";
export {
  simulationTable,
  simulationToCsv,
  simulationToJson,
  simulationToMarkdown,
  simulationToText,
} from "./report/format-simulation.ts";
export { sweepToText } from "./report/format-sweep.ts";
export {
  arrivalText,
  planTransitionToCsv,
  planTransitionToJson,
  planTransitionToMarkdown,
  planTransitionToText,
  type TransitionSource,
  transitionNotes,
  transitionTables,
  transitionToCsv,
  transitionToJson,
  transitionToMarkdown,
  transitionToText,
} from "./report/format-transition.ts";
export type { ChartRow, RowHeights } from "./report/group-by-category.ts";
export { groupByCategory } from "./report/group-by-category.ts";
export { markdownCode, markdownText } from "./report/markdown-text.ts";
export { neutraliseFormula } from "./report/neutralise-formula.ts";
export { nextPostText } from "./report/next-post.ts";
export { planIdentity } from "./report/plan-identity.ts";
export type { PlanPrintInput } from "./report/plan-print-html.ts";
export { planToPrintHtml, printIdentityLine } from "./report/plan-print-html.ts";
export type { PlanSection, SectionTable } from "./report/plan-sections.ts";
export { planOfficesView, planSections } from "./report/plan-sections.ts";
export { planTransitionSummary, planTransitionTable } from "./report/plan-transition.ts";
export type { PlanToXlsxOptions } from "./report/plan-xlsx.ts";
export { planToXlsx, planWorkbook } from "./report/plan-xlsx.ts";
export type { IdentityFiles, ResultIdentity } from "./report/result-identity.ts";
export {
  contentHash,
  countyOf,
  filesHash,
  HASH_LENGTH,
  identityFilesText,
  identityRows,
  resultIdentity,
} from "./report/result-identity.ts";
export type { ResultToXlsxOptions } from "./report/result-xlsx.ts";
export { resultToXlsx } from "./report/result-xlsx.ts";
export { safeJson } from "./report/safe-json.ts";
export type { SortColumn, SortDirection } from "./report/sort-rows.ts";
export { sortRows } from "./report/sort-rows.ts";
export { stripControls, terminalCell, terminalText } from "./report/strip-controls.ts";
export type { SweepCell, SweepGrid, SweepGridRow } from "./report/sweep-grid.ts";
export { sweepGrid } from "./report/sweep-grid.ts";
export type { SweepSummary } from "./report/sweep-summary.ts";
export { sweepSummary } from "./report/sweep-summary.ts";
export {
  type FilterableRow,
  filterRows,
  largestChanges,
  pageOf,
  type RowFilter,
} from "./report/table-page.ts";
export { TOOLKIT_VERSION } from "./report/toolkit-version.ts";
export type { FactorFact, IndicatorFact } from "./report/township-facts.ts";
export { factorFacts, indexRank, indicatorFacts } from "./report/township-facts.ts";
export type { WaterfallStep } from "./report/waterfall-steps.ts";
export { waterfallSteps } from "./report/waterfall-steps.ts";
export type { HiringPostsBasis, HiringSection } from "./run/hiring-section.ts";
export { hiringSection } from "./run/hiring-section.ts";
export { loadPlanSources, type WeightedPlan, type WeightedPlanType } from "./run/load-plan.ts";
// Run: the one loader (every problem of every file) and the run that conducts index → allocation → reasons → checks.
export type { InMemorySources, ScenarioSources, SourceFile } from "./run/load-scenario.ts";
export { loadScenarioSources, scenarioFileNames } from "./run/load-scenario.ts";
export { planCategorySuggestions } from "./run/plan-category-suggestions.ts";
export { planHiringSection } from "./run/plan-hiring-section.ts";
export type { PlanResult, PlanTownship, PlanTownshipPosts } from "./run/plan-result.ts";
export { type PlanTypeTransition, planTransitions } from "./run/plan-transitions.ts";
export { provinceAsResult } from "./run/province-as-result.ts";
export type { CountyRun, CountySplit, ProvinceResult } from "./run/province-result.ts";
export type { ScenarioResult, SolverReport, TownshipResult } from "./run/result.ts";
export { planOfResult, runPlan } from "./run/run-plan.ts";
export { isProvinceScenario, runProvince } from "./run/run-province.ts";
export type { RunOptions } from "./run/run-scenario.ts";
export { runScenario } from "./run/run-scenario.ts";
export type { PlanSolveOutcome } from "./run/solve-plan-sources.ts";
export { solvePlanSources } from "./run/solve-plan-sources.ts";
export type { SolveOutcome } from "./run/solve-sources.ts";
export { solveSources } from "./run/solve-sources.ts";
export type { WeightedScenario } from "./run/weigh-scenario.ts";
export { weighScenario } from "./run/weigh-scenario.ts";
// Model and scenario files: schema, parse, resolve, write.
export { CURRENT_POSTS_COLUMN, currentPosts } from "./scenario/current-posts.ts";
export type { HiringBlock } from "./scenario/hiring-schema.ts";
export { DEFAULT_HIRING_WEIGHTS, resolveHiring } from "./scenario/hiring-schema.ts";
export { fileJsonSchemas } from "./scenario/json-schemas.ts";
export type { ModelFile } from "./scenario/model-schema.ts";
export { PLAN_OFFICE_STANDARD, resolveOfficeStandard } from "./scenario/office-standard.ts";
export { PLAN_POST_TYPES } from "./scenario/plan-post-types.ts";
export type { PowerListsFile } from "./scenario/power-lists.ts";
export { parsePowerLists } from "./scenario/power-lists.ts";
export { parseModel } from "./scenario/resolve-model.ts";
export { isPlanFile, type PlanTypeFile, planTypeFiles, resolvePlan } from "./scenario/resolve-plan.ts";
export type { ScenarioInputs } from "./scenario/resolve-scenario.ts";
export { parseScenarioFile, resolveScenario } from "./scenario/resolve-scenario.ts";
export type { ScenarioFile } from "./scenario/scenario-schema.ts";
export { scenarioToYaml } from "./scenario/scenario-yaml.ts";
// Compare, sensitivity and Monte Carlo (issue 12).
export type { ProblemsOutcome } from "./simulate/analysis-sources.ts";
export { compareSources, sensitivitySources, simulateSources } from "./simulate/analysis-sources.ts";
export type {
  ComparedCategory,
  ComparedRun,
  ComparedTownship,
  ScenarioComparison,
  SettingRow,
} from "./simulate/compare-scenarios.ts";
export { compareScenarios } from "./simulate/compare-scenarios.ts";
export type {
  IndicatorError,
  MonteCarloOptions,
  MonteCarloResult,
  TownshipDistribution,
} from "./simulate/monte-carlo.ts";
export { monteCarlo } from "./simulate/monte-carlo.ts";
export type { Random } from "./simulate/random.ts";
export { dirichlet, gamma, normal, seededRandom } from "./simulate/random.ts";
// Many runs: total sweeps.
export {
  defaultSweepRange,
  sweepRangeProblem,
} from "./simulate/sweep-range.ts";
export type { SweepOutcome, SweepRequest } from "./simulate/sweep-sources.ts";
export { sweepSources } from "./simulate/sweep-sources.ts";
export type { ParadoxFlag, SweepResult, SweepStep } from "./simulate/sweep-totals.ts";
export { sweepTotals } from "./simulate/sweep-totals.ts";
export type { WeightBreakpoint, WeightLine } from "./simulate/weight-breakpoint.ts";
export { WEIGHT_BREAKPOINT_MAX_TOWNSHIPS, weightBreakpoint } from "./simulate/weight-breakpoint.ts";
export type {
  CriticalChange,
  JudgementSensitivity,
  SensitivityOptions,
  SensitivityResult,
  TornadoEntry,
  WeightSensitivity,
} from "./simulate/weight-sensitivity.ts";
export { weightSensitivity } from "./simulate/weight-sensitivity.ts";
// Domain types and the category and method lists.
export type {
  AhpSpec,
  AllocationMethod,
  BandSpec,
  Bilingual,
  CarriedItem,
  Category,
  CategoryRule,
  CountyData,
  CountySetting,
  Direction,
  DutyWorkload,
  ExpertMatrixSpec,
  FactorSpec,
  HiringSpec,
  IndicatorSpec,
  InputProblem,
  Lang,
  Location,
  Normalisation,
  Objective,
  OfficeKind,
  OfficeRow,
  OfficeStandard,
  OfficeTable,
  PostType,
  RandomIndexChoice,
  ReserveSpec,
  Scenario,
  SolverChoice,
  StaffingModel,
  TotalSpec,
  Township,
  TownshipDuties,
  Transform,
  TransitionSpec,
  UniformOffice,
  WeightingSpec,
} from "./types.ts";
export {
  ALLOCATION_METHODS,
  CATEGORIES,
  DEFAULT_OBJECTIVE,
  formatProblem,
  InputError,
  OBJECTIVES,
} from "./types.ts";
// Weighting: normalisation, AHP, entropy, CRITIC, combined weights, the weighted index.
export type { AhpOptions, AhpResult, JudgementReview } from "./weighting/ahp.ts";
export { ahpWeights } from "./weighting/ahp.ts";
export type { ConsistencyProblemOptions, DescribeInconsistencyOptions } from "./weighting/ahp-consistency.ts";
export {
  ahpConsistencyProblem,
  ahpHierarchyProblems,
  describeInconsistency,
} from "./weighting/ahp-consistency.ts";
export type { AhpExpertMatrix, AhpGroupResult } from "./weighting/ahp-group.ts";
export { aggregateJudgements, ahpGroup } from "./weighting/ahp-group.ts";
export type {
  AhpHierarchyInput,
  AhpHierarchyResult,
  AhpMatrixInput,
  GlobalIndicatorWeight,
} from "./weighting/ahp-hierarchy.ts";
export { ahpHierarchy } from "./weighting/ahp-hierarchy.ts";
export type { CombinedResult, CombineForm, CombineOptions, WeightVector } from "./weighting/combined.ts";
export { combinedWeights } from "./weighting/combined.ts";
export type { CriticOptions, CriticResult } from "./weighting/critic.ts";
export { criticWeights } from "./weighting/critic.ts";
export { dataWithDutyWorkload } from "./weighting/data-with-duty-workload.ts";
export type { DerivedWeights, WeightingReport } from "./weighting/derive-weights.ts";
export { deriveWeights, modelAhpInput } from "./weighting/derive-weights.ts";
export { DUTY_WORKLOAD_COLUMN, dutyWorkload } from "./weighting/duty-workload.ts";
export type { EntropyNormalisation, EntropyOptions, EntropyResult } from "./weighting/entropy.ts";
export { entropyWeights } from "./weighting/entropy.ts";
export { formatJudgement, nearestScaleValue, parseJudgement, SAATY_SCALE } from "./weighting/fraction.ts";
export type { DirectionMap, IndicatorTable } from "./weighting/indicator-table.ts";
export type { JudgementsFromWeightsOptions } from "./weighting/judgements-from-weights.ts";
export { judgementsFromWeights } from "./weighting/judgements-from-weights.ts";
export type { NormaliseOptions } from "./weighting/normalise.ts";
export { normaliseScores, transformValue } from "./weighting/normalise.ts";
export { parsePairwiseCsv } from "./weighting/pairwise-csv.ts";
export type {
  JudgementCell,
  JudgementMatrix,
  PairwiseIssue,
  PairwiseMatrixOptions,
} from "./weighting/pairwise-matrix.ts";
export { checkPairwiseMatrix, toPairwiseMatrix } from "./weighting/pairwise-matrix.ts";
export type { RandomIndexSpec, RandomIndexTable } from "./weighting/random-index.ts";
export {
  formatRandomIndex,
  RANDOM_INDEX_IDS,
  RANDOM_INDEX_TABLES,
  randomIndex,
} from "./weighting/random-index.ts";
export type {
  IndexOutcome,
  IndexResult,
  IndexWeights,
  IndicatorPart,
  TownshipIndex,
} from "./weighting/weighted-index.ts";
export { computeIndex } from "./weighting/weighted-index.ts";
export {
  COMPARE_LABELS,
  SENSITIVITY_LABELS,
  SETTING_LABELS,
  SIMULATION_LABELS,
} from "./words/analysis-labels.ts";
export { CATEGORY_SUGGESTION_LABELS } from "./words/category-suggestion-labels.ts";
export { COMPLIANCE_LABELS, COMPLIANCE_RULES } from "./words/compliance-words.ts";
export { EDIT_PROBLEMS_LABELS } from "./words/edit-problems.ts";
export type { HiringReason } from "./words/hiring-labels.ts";
export { HIRING_CHECK_LABELS, HIRING_LABELS, hiringReasonText } from "./words/hiring-labels.ts";
export { DEMO_COUNTY_LABEL, IDENTITY_LABELS } from "./words/identity-labels.ts";
// Words: every bilingual label and sentence shown to a person.
export type { BackendName, BindingKind, LabelledModel, ReasonKind, SolverStatus } from "./words/index.ts";
export {
  APPORTION_METHOD_LABELS,
  BACKEND_LABELS,
  CATEGORY_LABELS,
  checkRuleLabel,
  factorLabel,
  fixed,
  indicatorLabel,
  METHOD_LABELS,
  OVERVIEW_SETTINGS_LABELS,
  POST_TYPE_LABELS,
  provenOptimalLabel,
  REASON_LABELS,
  RESULT_COLUMNS,
  SOLVE_STOP_LABELS,
  SOLVER_STATUS_LABELS,
  STORED_DATA_LABELS,
  STORY_LABELS,
  SUMMARY_LABELS,
  signedInt,
  t,
  XLSX_SHEET_NAMES,
} from "./words/index.ts";
export type { NextPostClaimant, NextPostFacts } from "./words/next-post.ts";
export { nextPostSentence } from "./words/next-post.ts";
export { OFFICE_LABELS } from "./words/office-check-messages.ts";
export type { ParadoxCase, ParadoxHeadlineFacts } from "./words/paradox.ts";
export { paradoxHeadline, paradoxSentence } from "./words/paradox.ts";
export { PLAN_LABELS } from "./words/plan-labels.ts";
export { PLAN_PAGE_LABELS } from "./words/plan-page-labels.ts";
export { PLAN_PRINT_LABELS, PLAN_SHEET_TYPE } from "./words/plan-print-labels.ts";
export {
  countiesSolvedLine,
  countyConflictMessage,
  PROVINCE_LABELS,
  provinceCheckMessage,
  TABLE_PAGER_LABELS,
} from "./words/province-labels.ts";
export {
  TRANSITION_CONFLICT_MESSAGES,
  TRANSITION_LABELS,
  TRANSITION_OBJECTIVE,
  TRANSITION_STOP_LABELS,
  TRANSITION_STOP_SHORT,
} from "./words/transition-labels.ts";
