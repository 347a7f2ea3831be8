import { readdirSync, readFileSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { apportion, apportionListLength } from "../src/allocation/apportion/apportion.ts";
import { boundedShares, boundedSharesWithBounds } from "../src/allocation/apportion/bounded-shares.ts";
import { apportionByDivisor } from "../src/allocation/apportion/divisor.ts";
import { divisorRange, roundestBetween } from "../src/allocation/apportion/divisor-range.ts";
import { apportionHamilton } from "../src/allocation/apportion/hamilton.ts";
import { describeLastPost } from "../src/allocation/apportion/last-post.ts";
import { apportionByBisection, apportionByPriority } from "../src/allocation/apportion/priority-list.ts";
import {
  parseApportionMethod,
  priorityValue,
  roundBySignposts,
  signpost,
} from "../src/allocation/apportion/signposts.ts";
import { apportionSweep } from "../src/allocation/apportion/sweep.ts";
import {
  compareCodePoints,
  findTies,
  samePriority,
  tieBreakOrder,
  tiesWith,
} from "../src/allocation/apportion/ties.ts";
import { checkInput, infeasibility, sumInNameOrder } from "../src/allocation/apportion/validate.ts";
import { withinQuota } from "../src/allocation/apportion/within-quota.ts";
import { assignReserve } from "../src/allocation/assign-reserve.ts";
import { loadHighs, solveWithHighs, toLpFormat } from "../src/allocation/backends/highs.ts";
import { solveWithJsLpSolver, tableauCells } from "../src/allocation/backends/js-lp-solver.ts";
import { boundSource, townshipBounds } from "../src/allocation/bounds.ts";
import { chainLagrangianBound } from "../src/allocation/chain-lagrangian-bound.ts";
import { diagnoseAllocation } from "../src/allocation/diagnose.ts";
import { allocateExact, marginTies } from "../src/allocation/exact.ts";
import { planHiring } from "../src/allocation/hiring-plan.ts";
import { buildAllocationLp } from "../src/allocation/linear-model.ts";
import { modelViolation } from "../src/allocation/model-violation.ts";
import { movesFeasible, movesFlow } from "../src/allocation/moves-feasible.ts";
import {
  chainRange,
  compareLexCosts,
  lexCost,
  solveOrderingChain,
} from "../src/allocation/ordering-chain.ts";
import type { AllocationProblem, AllocationUnit } from "../src/allocation/problem.ts";
import { relaxations } from "../src/allocation/relaxations.ts";
import { buildScenarioProblem } from "../src/allocation/scenario-problem.ts";
import { scenarioTransition } from "../src/allocation/scenario-transition.ts";
import { solveAllocation } from "../src/allocation/solve.ts";
import { compareStepCosts, objectiveValue, stepCost } from "../src/allocation/step-cost.ts";
import { proportionalTargets } from "../src/allocation/targets.ts";
import { scenarioTotals } from "../src/allocation/totals.ts";
import { linearYearTotals, transitionPath } from "../src/allocation/transition-path.ts";
import { verifyAllocation } from "../src/allocation/verify.ts";
import { analysisOutputs } from "../src/cli/analysis-input.ts";
import { runApportionCommand } from "../src/cli/apportion-command.ts";
import {
  langOf,
  numberOption,
  parseOptions,
  problemReport,
  runCommand,
  UsageError,
} from "../src/cli/command.ts";
import { EXIT_OK } from "../src/cli/io.ts";
// issue 12: compare, sensitivity, Monte Carlo
import {
  loadPlanWithFiles,
  loadScenario as loadScenarioFile,
  loadScenarioWithFiles,
} from "../src/cli/load-scenario.ts";
import { internalErrorReport } from "../src/cli/main.ts";
import { runWeightsCommand } from "../src/cli/weights-command.ts";
import { writeFilesAllOrNone } from "../src/cli/write-files.ts";
import { writeOutputs } from "../src/cli/write-outputs.ts";
import { columnLabel } from "../src/data/column-label.ts";
import { headerMatcher } from "../src/data/column-mapping.ts";
import { TOWNSHIP_COLUMNS } from "../src/data/columns.ts";
import { countyTableToCsv } from "../src/data/county-table-to-csv.ts";
import { decodeTableText } from "../src/data/decode-table-text.ts";
import { decodeText } from "../src/data/decode-text.ts";
import { findHeaderRow, joinHeaderRows } from "../src/data/find-header-row.ts";
import { inspectWorkbook } from "../src/data/inspect-workbook.ts";
import { looksLikeCountyCsv } from "../src/data/looks-like-county-csv.ts";
import {
  acceptedHeaders,
  foldHeader,
  headerSimilarity,
  matchColumn,
  suggestColumn,
} from "../src/data/match-column.ts";
import { noticeSeverity } from "../src/data/notice-severity.ts";
import { parseCategory } from "../src/data/parse-category.ts";
import { parseCountyRows } from "../src/data/parse-county-rows.ts";
import { parseCsv } from "../src/data/parse-csv.ts";
import { parseNumber } from "../src/data/parse-number.ts";
import { parseWanNumber } from "../src/data/parse-wan-number.ts";
import { presentCategories } from "../src/data/present-categories.ts";
import {
  badValue,
  boundOf,
  categoryNamesEn,
  categoryNamesZh,
  expected as expectedOf,
  headerList,
  headerListZh,
  problem,
} from "../src/data/problems.ts";
import { readCountyTable } from "../src/data/read-county-table.ts";
import { readCountyTotals } from "../src/data/read-county-totals.ts";
import { readJsonRows } from "../src/data/read-json-rows.ts";
import { readOfficeTable } from "../src/data/read-office-table.ts";
import { readXlsxRows } from "../src/data/read-xlsx-rows.ts";
import { codePoint, controlCharacter, invisibleCharacters, lookAlikeForm } from "../src/data/text-hazards.ts";
import { scaleValue, unitScale } from "../src/data/unit-scale.ts";
import { parseUnitsCsv } from "../src/data/units-csv.ts";
import {
  looksLikePairwiseCsv,
  parseIndicatorCsv,
  parseWeightsCsv,
  readPairwiseCsv,
} from "../src/data/weights-csv.ts";
import { withUnmatchedHeaders } from "../src/data/with-unmatched-headers.ts";
import { ahpStart, ahpWeightingBlock, judgementCell, worstJudgements } from "../src/edit/ahp-edit.ts";
import { ahpVerdict } from "../src/edit/ahp-verdict.ts";
import { editProblems } from "../src/edit/edit-problems.ts";
import {
  applyScenarioEdits,
  editableSettings,
  floorsOfPostType,
  scenarioEdits,
  scenarioEditsEqual,
  weightShares,
} from "../src/edit/edit-scenario.ts";
import { complianceTable } from "../src/explain/compliance.ts";
import { countyStory } from "../src/explain/county-story.ts";
import { hiringCheck, lendingCheck } from "../src/explain/hiring-checks.ts";
import { lendingReport } from "../src/explain/lending.ts";
import { officeChecks } from "../src/explain/office-checks.ts";
import { officeReport } from "../src/explain/office-report.ts";
import { policyChecks } from "../src/explain/policy-checks.ts";
import { bindingReason, explainTownships, explainUnit } from "../src/explain/reasons.ts";
import { categoryCheck, dutiesCheck } from "../src/explain/rule-checks.ts";
import { suggestCategories } from "../src/explain/suggest-category.ts";
import { transitionCheck } from "../src/explain/transition-check.ts";
import { provenanceLines } from "../src/report/analysis-format.ts";
import {
  apportionInfeasibleToJson,
  apportionToJson,
  apportionToText,
} from "../src/report/apportion-report.ts";
import { compareAllocations } from "../src/report/compare-allocations.ts";
import { comparedIdentity, comparedIdentityLines } from "../src/report/compared-identity.ts";
import { csvNumber, csvText } from "../src/report/csv-text.ts";
import { categoriesTable } from "../src/report/format-categories.ts";
import { comparisonTables } from "../src/report/format-compare.ts";
import {
  hiringNotes,
  hiringPreamble,
  hiringTable,
  hiringToCsv,
  hiringToJson,
  hiringToMarkdown,
  hiringToText,
  lendingTable,
} from "../src/report/format-hiring.ts";
import { formatNotices } from "../src/report/format-notices.ts";
import {
  formatCompact,
  formatNumber,
  formatPercent,
  formatSigned,
  formatWithUnit,
} from "../src/report/format-number.ts";
import { officesTable } from "../src/report/format-offices.ts";
import { provinceCounty, provinceSummaryTable } from "../src/report/format-province.ts";
import { sensitivityTables } from "../src/report/format-sensitivity.ts";
import { simulationTable } from "../src/report/format-simulation.ts";
import { sweepToJson } from "../src/report/format-sweep.ts";
import { arrivalText, transitionNotes, transitionTables } from "../src/report/format-transition.ts";
import { groupByCategory } from "../src/report/group-by-category.ts";
import { markdownCode, markdownText } from "../src/report/markdown-text.ts";
import { neutraliseFormula } from "../src/report/neutralise-formula.ts";
import { nextPostText } from "../src/report/next-post.ts";
import { planIdentity } from "../src/report/plan-identity.ts";
import { planToPrintHtml } from "../src/report/plan-print-html.ts";
import { planSections } from "../src/report/plan-sections.ts";
import { planTransitionSummary, planTransitionTable } from "../src/report/plan-transition.ts";
import { planToXlsx, planWorkbook } from "../src/report/plan-xlsx.ts";
import {
  contentHash,
  countyOf,
  filesHash,
  identityFilesText,
  identityRows,
  oneOfCounties,
  provinceCountyLine,
  resultIdentity,
} from "../src/report/result-identity.ts";
import { resultToXlsx } from "../src/report/result-xlsx.ts";
import { safeJson } from "../src/report/safe-json.ts";
import { sortRows } from "../src/report/sort-rows.ts";
import { stripControls, terminalCell, terminalText } from "../src/report/strip-controls.ts";
import { sweepGrid } from "../src/report/sweep-grid.ts";
import { sweepSummary } from "../src/report/sweep-summary.ts";
import { filterRows, largestChanges, pageOf } from "../src/report/table-page.ts";
import { textTable } from "../src/report/text-table.ts";
import { TOOLKIT_VERSION } from "../src/report/toolkit-version.ts";
import { factorFacts, indexRank, indicatorFacts } from "../src/report/township-facts.ts";
import { waterfallSteps } from "../src/report/waterfall-steps.ts";
import {
  ahpToJson,
  combinedToJson,
  criticToJson,
  entropyToJson,
  hierarchyToJson,
} from "../src/report/weights-json.ts";
import {
  ahpToText,
  combinedToText,
  criticToText,
  entropyToText,
  hierarchyToText,
} from "../src/report/weights-text.ts";
import { hiringSection } from "../src/run/hiring-section.ts";
import { loadPlanSources } from "../src/run/load-plan.ts";
import { loadScenarioSources, scenarioFileNames } from "../src/run/load-scenario.ts";
import { planHiringSection } from "../src/run/plan-hiring-section.ts";
import { provinceAsResult } from "../src/run/province-as-result.ts";
import { runPlan } from "../src/run/run-plan.ts";
import { isProvinceScenario, runProvince } from "../src/run/run-province.ts";
import { runScenario } from "../src/run/run-scenario.ts";
import { solvePlanSources } from "../src/run/solve-plan-sources.ts";
import { solveScenario } from "../src/run/solve-scenario.ts";
import { solveSources } from "../src/run/solve-sources.ts";
import {
  type WeightedScenario,
  weighScenario as weighForRuleChecks,
  weighScenario,
} from "../src/run/weigh-scenario.ts";
import { currentPosts } from "../src/scenario/current-posts.ts";
import { DEFAULT_HIRING_WEIGHTS, resolveHiring } from "../src/scenario/hiring-schema.ts";
import { resolveOfficeStandard } from "../src/scenario/office-standard.ts";
import { parseYamlFile } from "../src/scenario/parse-yaml.ts";
import { parsePowerLists } from "../src/scenario/power-lists.ts";
import { resolveCounties } from "../src/scenario/resolve-counties.ts";
import { parseModel } from "../src/scenario/resolve-model.ts";
import { parseScenarioFile, resolveScenario } from "../src/scenario/resolve-scenario.ts";
import { type ScenarioFile, scenarioFile } from "../src/scenario/scenario-schema.ts";
import { scenarioToYaml } from "../src/scenario/scenario-yaml.ts";
import { transitionProblems } from "../src/scenario/transition-schema.ts";
import { allocationOf } from "../src/simulate/allocation-key.ts";
import { compareSources, sensitivitySources, simulateSources } from "../src/simulate/analysis-sources.ts";
import { findBreakpoint } from "../src/simulate/breakpoint-search.ts";
import { compareScenarios } from "../src/simulate/compare-scenarios.ts";
import { exactGreedyAgrees } from "../src/simulate/exact-greedy-agrees.ts";
import { hamiltonBreakpoint } from "../src/simulate/hamilton-breakpoint.ts";
import { monteCarlo, nearestRank, ranks } from "../src/simulate/monte-carlo.ts";
import {
  ahpJudgements,
  factorWeightsOf,
  withFactorWeight,
  withJudgement,
  withWeights,
} from "../src/simulate/perturb-weights.ts";
import { dirichlet, gamma, normal, seededRandom, xoshiro128StarStar } from "../src/simulate/random.ts";
import { defaultSweepRange, sweepRangeProblem } from "../src/simulate/sweep-range.ts";
import { sweepSources } from "../src/simulate/sweep-sources.ts";
import { sweepTotals } from "../src/simulate/sweep-totals.ts";
import { weightBreakpoint } from "../src/simulate/weight-breakpoint.ts";
import { weightSensitivity } from "../src/simulate/weight-sensitivity.ts";
import { formatProblem, InputError } from "../src/types.ts";
import { ahpFromReciprocal, ahpWeights } from "../src/weighting/ahp.ts";
import {
  ahpConsistencyProblem,
  ahpHierarchyProblems,
  describeInconsistency,
} from "../src/weighting/ahp-consistency.ts";
import { aggregateJudgements, ahpGroup } from "../src/weighting/ahp-group.ts";
import { ahpHierarchy } from "../src/weighting/ahp-hierarchy.ts";
import { combinedWeights } from "../src/weighting/combined.ts";
import {
  countyCostDirections,
  countyIndicators,
  countyIndicatorTable,
} from "../src/weighting/county-indicators.ts";
import { criticWeights } from "../src/weighting/critic.ts";
import { dataWithDutyWorkload } from "../src/weighting/data-with-duty-workload.ts";
import { deriveWeights, modelAhpInput } from "../src/weighting/derive-weights.ts";
import { dutyWorkload } from "../src/weighting/duty-workload.ts";
import { entropyWeights } from "../src/weighting/entropy.ts";
import { formatJudgement, nearestScaleValue, parseJudgement } from "../src/weighting/fraction.ts";
import { checkIndicatorTable, column, minMaxScores } from "../src/weighting/indicator-table.ts";
import { judgementsFromWeights } from "../src/weighting/judgements-from-weights.ts";
import { modelAhpHierarchy } from "../src/weighting/model-ahp-hierarchy.ts";
import { normaliseScores, transformValue } from "../src/weighting/normalise.ts";
import { parsePairwiseCsv } from "../src/weighting/pairwise-csv.ts";
import {
  checkPairwiseMatrix,
  pairwiseIssuesText,
  toPairwiseMatrix,
} from "../src/weighting/pairwise-matrix.ts";
import { formatRandomIndex, randomIndex } from "../src/weighting/random-index.ts";
import { computeIndex, reweighIndex } from "../src/weighting/weighted-index.ts";
import {
  checkObjectiveData,
  checkRandomIndexCovers,
  costDirections,
  matrixWeights,
  objectiveWeights,
} from "../src/weighting/weights-input-problems.ts";
import { COMPARE_LABELS } from "../src/words/analysis-labels.ts";
import {
  APPORTION_LIST_LABELS,
  apportionListTooLong,
  apportionListTruncated,
  apportionScenarioListTooLong,
} from "../src/words/apportion-limit.ts";
import { BACKEND_LABELS } from "../src/words/backend-labels.ts";
import { CATEGORY_LABELS } from "../src/words/category-labels.ts";
import { checkRuleLabel } from "../src/words/check-rule-label.ts";
import { numberOptionMessage, printedHashNote, wroteReportMessage } from "../src/words/cli-messages.ts";
import { ofAdminAndInstitution, ofPostType } from "../src/words/compliance-words.ts";
import {
  bandStorySentence,
  capsStorySentence,
  floorsStorySentence,
  orderingStorySentence,
  paidByStorySentence,
  reserveStorySentence,
  STORY_LABELS,
} from "../src/words/county-story.ts";
import { factorLabel } from "../src/words/factor-label.ts";
import { fixed } from "../src/words/fixed.ts";
import { HIRING_CHECK_LABELS, HIRING_LABELS, hiringReasonText } from "../src/words/hiring-labels.ts";
import { IDENTITY_LABELS } from "../src/words/identity-labels.ts";
import { indicatorLabel } from "../src/words/indicator-label.ts";
import { indicatorPlace } from "../src/words/indicator-place.ts";
import {
  aliasProblemMessage,
  allSheetsHiddenMessage,
  badRangeMessage,
  binaryTextMessage,
  controlCharacterMessage,
  damagedWorkbookMessage,
  duplicateNameMessage,
  encryptedWorkbookMessage,
  invalidUtf8AfterBomMessage,
  invisibleCharacterMessage,
  lookAlikeMessage,
  mixedEncodingMessage,
  multipleCountySeatsMessage,
  nestedTooDeepMessage,
  notAWorkbookMessage,
  oldExcelWorkbookMessage,
  rowNumberColumnMessage,
  tableTooLargeMessage,
  undecodableGbMessage,
  unitConvertedMessage,
  unitNotConvertedMessage,
  utf16WithoutBomMessage,
  workbookAsTextMessage,
  workbookTooLargeMessage,
} from "../src/words/input-messages.ts";
import { METHOD_LABELS, orderingNeedsLpMessage } from "../src/words/method-labels.ts";
import { nextPostSentence } from "../src/words/next-post.ts";
import {
  OBJECTIVE_GUARANTEES,
  OBJECTIVE_LABELS,
  OBJECTIVE_VALUE_LABELS,
  objectiveRefusedMessage,
} from "../src/words/objective-labels.ts";
import { OVERVIEW_SETTINGS_LABELS } from "../src/words/overview-settings.ts";
import { paradoxHeadline, paradoxSentence } from "../src/words/paradox.ts";
import { perTypeKeyAtTopMessage, planOnProvinceTableMessage } from "../src/words/plan-messages.ts";
import { PLAN_PRINT_LABELS, PLAN_SHEET_TYPE } from "../src/words/plan-print-labels.ts";
import { POST_TYPE_LABELS } from "../src/words/post-type-labels.ts";
import { provenOptimalLabel } from "../src/words/proven-optimal-label.ts";
import {
  countiesSolvedLine,
  countyConflictMessage,
  countyReservesSum,
  countySplitConflict,
  countySplitReason,
  countyTotalsRule,
  countyTotalsSum,
  PROVINCE_LABELS,
  provinceCheckMessage,
} from "../src/words/province-labels.ts";
import { REASON_LABELS } from "../src/words/reason-labels.ts";
import { reservePostReason } from "../src/words/reserve-words.ts";
import { RESULT_COLUMNS } from "../src/words/result-columns.ts";
import { signedFixed } from "../src/words/signed-fixed.ts";
import { signedInt } from "../src/words/signed-int.ts";
import { SOLVE_STOP_LABELS } from "../src/words/solve-stop.ts";
import { solverCapMessage } from "../src/words/solver-cap.ts";
import { SOLVER_STATUS_LABELS } from "../src/words/solver-status-labels.ts";
import { STORED_DATA_LABELS } from "../src/words/stored-data.ts";
import { SUMMARY_LABELS } from "../src/words/summary-labels.ts";
import { t } from "../src/words/t.ts";
import {
  TRANSITION_LABELS,
  TRANSITION_OBJECTIVE,
  TRANSITION_STOP_LABELS,
  TRANSITION_STOP_SHORT,
  transitionRemedyMessage,
  yearTotalsLengthMessage,
  yearTotalsRule,
} from "../src/words/transition-labels.ts";
import { upperFirst } from "../src/words/upper-first.ts";
import { WEIGHTING_METHOD_LABELS } from "../src/words/weighting-method-labels.ts";
import { XLSX_SHEET_NAMES } from "../src/words/xlsx-sheet-names.ts";
import { XLSX_WORKBOOK_LABELS } from "../src/words/xlsx-workbook-labels.ts";
import { demoSources } from "./helpers/demo-sources.ts";
import { captureIo, runCli } from "./helpers/run-cli.ts";
import { demoBaseline, readScenarioOnDisk, resolveInMemory } from "./helpers/scenario-sources.ts";

/** The demo whole-policy.yaml's files (with its offices table) as `loadPlanSources` reads them. */
function wholePolicySources() {
  return {
    ...demoSources("whole-policy"),
    offices: {
      name: "scenarios/demo-county/offices.csv",
      bytes: new Uint8Array(readFileSync("scenarios/demo-county/offices.csv")),
    },
  };
}

// Every `@example` in src/ (src/notebook/ aside: DOM) runs here: each test makes the example's call and checks the
// value its comment gives. `example(owner, …)` records which documented function it covers; the last test reads
// the doc comments of src/ and fails when an example has no test here (so a new example needs one).

const covered = new Map<string, number>();

function example(owner: string, title: string, body: () => unknown, timeout?: number): void {
  covered.set(owner, (covered.get(owner) ?? 0) + 1);
  it(`${owner}: ${title}`, body as () => Promise<void>, timeout);
}

function fixture<T>(path: string): T {
  return JSON.parse(readFileSync(path, "utf8")) as T;
}

let baseline: WeightedScenario;
let baselineFile: ScenarioFile;
beforeAll(async () => {
  baseline = await demoBaseline();
  baselineFile = readScenarioOnDisk("scenarios/demo-county/baseline.yaml").file;
});

/** A three-township problem small enough to check by hand: targets 14.2, 17.3, 20.5, floors 15, total 52. */
function smallProblem(total = 52, lower = 15): AllocationProblem {
  const unit = (id: string, target: number): AllocationUnit => ({
    id,
    category: "general",
    target,
    weight: target,
    lower,
    upper: Number.POSITIVE_INFINITY,
    lowerParts: { rule: lower },
    upperParts: {},
  });
  return { total, units: [unit("a", 14.2), unit("b", 17.3), unit("c", 20.5)], ordering: [] };
}

describe("src/data", () => {
  example("parseCsv", "quoted commas and CRLF; rows and lines counted from 1", () => {
    expect(parseCsv('id,name\r\nT01,"Lu, Xi"\n')).toEqual([
      { cells: ["id", "name"], row: 1, line: 1 },
      { cells: ["T01", "Lu, Xi"], row: 2, line: 2 },
    ]);
  });

  example("parseNumber", "thousands separators, full-width digits, and undefined for text", () => {
    expect(parseNumber("12,345")).toBe(12345);
    expect(parseNumber("－３．５")).toBe(-3.5);
    expect(parseNumber("N/A")).toBeUndefined();
  });

  example("countyTableToCsv", "the header row uses canonical keys, required columns first", async () => {
    const data = await readCountyTable(
      new TextEncoder().encode("编号,乡镇名称,乡镇类别,人口,面积,行政编制\nT01,甲镇,一般乡镇,100,5,15\n"),
      {
        file: "t.csv",
      },
    );
    expect(countyTableToCsv(data).split("\n")[0]).toBe("id,name,category,population,areaKm2,adminPosts");
  });

  example(
    "parseCountyRows",
    "reads one township, with thousands separators and the category by its Chinese name",
    () => {
      const parsed = parseCountyRows(
        ["编号", "乡镇名称", "乡镇类别", "人口（人）", "幅员面积", "行政编制"],
        [["T01", "城厢镇", "县政府驻地镇", "238,600", 118.4, 45]],
        "townships.csv",
      );
      expect(parsed.townships[0]).toMatchObject({
        row: 2,
        id: "T01",
        name: "城厢镇",
        category: "countySeat",
        population: 238600,
        areaKm2: 118.4,
        adminPosts: 45,
      });
    },
  );

  example("decodeText", "a UTF-8 BOM and GB18030 bytes (中文 = D6D0 CEC4 in GB2312)", () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))).toEqual({
      text: "A",
      encoding: "utf-8-bom",
    });
    expect(decodeText(new Uint8Array([0xd6, 0xd0, 0xce, 0xc4]))).toEqual({
      text: "中文",
      encoding: "gb18030",
    });
  });

  example("acceptedHeaders", "the population column's headers", () => {
    expect(TOWNSHIP_COLUMNS[3]!.key).toBe("population");
    expect(acceptedHeaders(TOWNSHIP_COLUMNS[3]!)).toEqual([
      "population",
      "人口",
      "常住人口",
      "户籍人口",
      "人口数量",
      "人口（人）",
    ]);
  });

  example("matchColumn", "headers with units, spaces and case; undefined for an unknown header", () => {
    expect(matchColumn("人口（人）")?.key).toBe("population");
    expect(matchColumn(" Admin Posts ")?.key).toBe("adminPosts");
    expect(matchColumn("备注")).toBeUndefined();
  });

  example("readCountyTable", "the demo county has 25 townships", async () => {
    const data = await readCountyTable(readFileSync("scenarios/demo-county/townships.csv"), {
      file: "townships.csv",
    });
    expect(data.townships.length).toBe(25);
  });

  example("readJsonRows", "an array of row objects; object 0 is row 2", () => {
    expect(readJsonRows('[{"编号": "T01"}]', "t.json")).toEqual({
      headers: ["编号"],
      rows: [{ row: 2, path: "[0]", cells: ["T01"] }],
      problems: [],
    });
  });

  example("readXlsxRows", "reads a named sheet's rows, numbered as the sheet numbers them", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("说明").addRow(["not this sheet"]);
    const sheet = workbook.addWorksheet("乡镇");
    sheet.addRow(["编号", "人口"]);
    sheet.addRow(["T01", 1200]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const { records, notices } = await readXlsxRows(bytes, "county.xlsx", "乡镇");
    expect(records).toHaveLength(2);
    expect(records[0]).toMatchObject({ row: 1, cells: ["编号", "人口"] });
    expect(records[1]).toMatchObject({ row: 2, cells: ["T01", 1200] });
    expect(notices).toEqual([]);
  });

  example("findHeaderRow", "skips a title row above the header", () => {
    const found = findHeaderRow(
      [
        { row: 1, cells: ["XX县乡镇基础数据表"] },
        { row: 2, cells: ["编号", "乡镇名称"] },
      ],
      "t.csv",
      matchColumn,
    );
    expect(found.headerRow).toBe(2);
    expect(found.notices.map((n) => n.code)).toEqual(["title-row-skipped"]);
  });

  example("joinHeaderRows", "joins a group cell over the cells below it", () => {
    expect(joinHeaderRows(["编号", "编制数", ""], ["", "行政编制", "事业编制"])).toEqual([
      "编号",
      "编制数 行政编制",
      "编制数 事业编制",
    ]);
  });

  example("headerMatcher", "matches a mapped header before the built-in ones", () => {
    expect(headerMatcher({ 借调借出: "staffLentOut" }, "t.csv").match("借调借出")).toMatchObject({
      key: "staffLentOut",
    });
  });

  example("suggestColumn", "suggests the closest known column, or none", () => {
    expect(suggestColumn("借调借出")?.key).toBe("staffLentOut");
    expect(suggestColumn("populaton")?.key).toBe("population");
    expect(suggestColumn("备注")).toBeUndefined();
  });

  example("headerSimilarity", "scores Chinese by shared characters, ASCII by edit distance", () => {
    expect(headerSimilarity("借调借出", "借出人员")).toBe(0.5);
    expect(headerSimilarity("populaton", "population")).toBeCloseTo(0.9, 10);
  });

  example("foldHeader", "folds two spellings of one header alike", () => {
    expect(foldHeader(" 借调借出（人） ") === foldHeader("借调借出(人)")).toBe(true);
  });

  example(
    "noticeSeverity",
    "a header not recognised is a warning, a title row skipped is information",
    () => {
      expect(noticeSeverity("unmatched-header")).toBe("warning");
      expect(noticeSeverity("title-row-skipped")).toBe("info");
    },
  );

  example("formatNotices", "prints a notice in both languages with ℹ, Chinese first", () => {
    expect(
      formatNotices(
        [
          {
            code: "title-row-skipped",
            file: "t.csv",
            row: 1,
            message: { zh: "第1行看起来是标题，已跳过", en: "row 1 looks like a title; skipped" },
          },
        ],
        "zh",
      ),
    ).toBe(
      "ℹ 说明：t.csv，第1行: 第1行看起来是标题，已跳过\nℹ note: t.csv, row 1: row 1 looks like a title; skipped\n",
    );
  });

  example("parseWanNumber", "reads a number written with 万, exactly", () => {
    expect(parseWanNumber("23.86万")).toBe(238600);
    expect(parseWanNumber("23.86")).toBeUndefined();
    expect(parseWanNumber("万")).toBeUndefined();
  });

  example("parseCategory", "trims, reads English names, and refuses a name it does not know", () => {
    expect(parseCategory(" 中心镇 ")).toBe("central");
    expect(parseCategory("County Seat")).toBe("countySeat");
    expect(parseCategory("城关镇")).toBeUndefined();
  });

  const populationSpec = TOWNSHIP_COLUMNS.find((c) => c.key === "population")!;
  const adminPostsSpec = TOWNSHIP_COLUMNS.find((c) => c.key === "adminPosts")!;

  example("problem", "leaves out the location fields not given", () => {
    const message = { zh: "应为正数", en: "expected a number > 0" };
    expect(problem("negative", { file: "t.csv", row: 3, column: "人口" }, message, "-3")).toEqual({
      code: "negative",
      file: "t.csv",
      row: 3,
      column: "人口",
      found: "-3",
      message,
    });
    expect(problem("x", { file: "t.csv" }, message)).toEqual({ code: "x", file: "t.csv", message });
  });

  example("boundOf", "population must be positive", () => {
    expect(boundOf(populationSpec)).toBe("positive");
    expect(boundOf(adminPostsSpec)).toBe("nonNegative");
  });

  example("expected", "admin posts are a whole number >= 0", () => {
    expect(expectedOf(adminPostsSpec)).toEqual({ zh: "应为非负整数", en: "expected a whole number >= 0" });
  });

  example("badValue", "says what was expected and what was found", () => {
    expect(badValue(adminPostsSpec, "-3")).toEqual({
      zh: "应为非负整数，实为“-3”",
      en: 'expected a whole number >= 0, found "-3"',
    });
  });

  example("categoryNamesZh", "lists the Chinese names only (no English keys in Chinese text)", () => {
    // The accepted Chinese names of data/parse-category.ts, in category order.
    expect(categoryNamesZh()).toBe(
      "县政府驻地镇、驻地镇、县城驻地镇、中心镇、重点镇、特色镇、一般乡镇、一般镇、一般乡",
    );
  });

  example("categoryNamesEn", "lists the English names first, then the Chinese ones", () => {
    const text = categoryNamesEn();
    expect(text.startsWith('"countySeat", "county seat", ')).toBe(true);
    expect(text).toContain(", or in Chinese 县政府驻地镇, ");
  });

  example("headerList", "every accepted header of the population column", () => {
    expect(headerList(populationSpec, "、")).toBe(
      "population、人口、常住人口、户籍人口、人口数量、人口（人）",
    );
  });
});

describe("src/scenario", () => {
  const disk = () => readScenarioOnDisk("scenarios/demo-county/baseline.yaml");

  example("parseModel", "reads the example standard", () => {
    const model = parseModel(readFileSync("models/standard.yaml", "utf8"), "models/standard.yaml");
    expect(model.factors.map((f) => f.id)).toEqual(["location", "economy", "projects", "population", "area"]);
  });

  example("resolveScenario", "resolves the baseline file against its data and model", async () => {
    const text = readFileSync("scenarios/demo-county/baseline.yaml", "utf8");
    const { dataBytes, dataName, modelText, modelName } = disk();
    const data = await readCountyTable(dataBytes, { file: dataName });
    const model = parseModel(modelText, modelName);
    const scenario = resolveScenario(parseScenarioFile(text, "baseline.yaml"), {
      source: "baseline.yaml",
      data,
      model,
    });
    expect(scenario.name).toEqual({ zh: "基准方案", en: "Baseline" });
    expect(scenario.data.townships).toHaveLength(25);
    expect(scenario.postType).toBe("admin");
  });

  example("loadScenarioSources", "resolves the same scenario from files in memory", async () => {
    const { dataBytes, modelText } = disk();
    const text = readFileSync("scenarios/demo-county/baseline.yaml", "utf8");
    const scenario = await loadScenarioSources({
      scenario: { name: "baseline.yaml", text },
      data: { name: "townships.csv", bytes: dataBytes },
      model: { name: "standard.yaml", text: modelText },
    });
    expect(scenario.source).toBe("baseline.yaml");
    expect(scenario.data.townships).toHaveLength(25);
  });

  example(
    "parseYamlFile",
    "checks YAML against the scenario schema and reports the missing keys by path",
    () => {
      const parsed = parseYamlFile("name: x", scenarioFile, "baseline.yaml");
      expect(parsed.status).toBe("problems");
      if (parsed.status !== "problems") return;
      expect(parsed.problems.map((p) => p.path).sort()).toEqual(["data", "model"]);
      expect(parsed.problems.every((p) => p.file === "baseline.yaml")).toBe(true);
    },
  );

  example("scenarioToYaml", "writes a scenario file that parses back to itself", () => {
    const file = parseScenarioFile(
      "name: x\ndata: townships.csv\nmodel: ../../models/standard.yaml\ntotal: 520\n",
      "x.yaml",
    );
    const yaml = scenarioToYaml(file);
    expect(yaml).toContain("total: 520");
    expect(parseScenarioFile(yaml, "x.yaml")).toEqual(file);
  });

  example(
    "ahpStart",
    "the baseline's factor weights as nearest Saaty ratios, and its indicator judgements",
    () => {
      const start = ahpStart(baseline);
      // weights 0.15 : 0.20 : 0.10 : 0.35 : 0.20 — location/economy = 0.75 → 1, location/projects = 1.5 → 2,
      // location/population = 0.43 → 1/2, location/area = 0.75 → 1 (nearest on a log scale).
      expect(start.matrix[0]).toEqual([1, 1, 2, 0.5, 1]);
      expect(start.indicators).toEqual({
        economy: {
          experts: [
            {
              name: "权重实验",
              matrix: [
                [1, "3/2"],
                ["2/3", 1],
              ],
            },
          ],
        },
      });
    },
  );

  example("ahpWeightingBlock", 'writes the factor matrix as one expert\'s, 0.5 as "1/2"', () => {
    const start = ahpStart(baseline);
    const block = ahpWeightingBlock({
      factors: start.matrix,
      randomIndex: start.randomIndex,
      indicators: start.indicators,
      acceptInconsistent: false,
    });
    expect(block.method).toBe("ahp");
    expect(block.ahp?.factors.experts[0]?.matrix[0]).toEqual([1, 1, 2, "1/2", 1]);
  });

  example(
    "judgementCell",
    "whole numbers stay numbers; Saaty fractions become text; others stay numbers",
    () => {
      expect(judgementCell(3)).toBe(3);
      expect(judgementCell(1 / 3)).toBe("1/3");
      expect(judgementCell(0.6 / 0.4)).toBe("3/2");
      expect(judgementCell(Math.SQRT2)).toBe(Math.SQRT2); // 1.4142135623730951: not on the scale, kept as a number
    },
  );

  example(
    "worstJudgements",
    "names the one reversed judgement of an otherwise consistent matrix first; none when consistent",
    () => {
      // Weights 8 : 4 : 2 : 1 written as w_i / w_j, except a over d given as 1/8 instead of 8.
      const names = ["a", "b", "c", "d"];
      const matrix = [
        [1, 2, 4, "1/8"],
        ["1/2", 1, 2, 4],
        ["1/4", "1/2", 1, 2],
        [8, "1/4", "1/2", 1],
      ];
      const worst = worstJudgements(ahpWeights(names, matrix));
      expect(worst.length).toBeGreaterThan(0);
      expect(worst.length).toBeLessThanOrEqual(3);
      expect([worst[0]!.rowName, worst[0]!.columnName].sort()).toEqual(["a", "d"]);
      expect(
        worstJudgements(
          ahpWeights(
            ["a", "b"],
            [
              [1, 3],
              ["1/3", 1],
            ],
          ),
        ),
      ).toEqual([]);
    },
  );

  example("editProblems", "a band cut share of 1.5 is named by its field", () => {
    const l = scenarioEdits(baseline);
    expect(editProblems({ ...l, settings: { ...l.settings, band: { maxCutShare: 1.5 } } })[0]!.key).toBe(
      "band.maxCutShare",
    );
  });

  example("floorsOfPostType", "models/standard.yaml has no institution floors: 0", () => {
    expect(floorsOfPostType(baseline, "institution", undefined).general).toBe(0);
  });

  example("scenarioEdits", "the baseline's factor weights are the model's", () => {
    expect(scenarioEdits(baseline).factorWeights).toEqual({
      location: 0.15,
      economy: 0.2,
      projects: 0.1,
      population: 0.35,
      area: 0.2,
    });
  });

  example("scenarioEdits", "the baseline's method is the LP", () => {
    expect(scenarioEdits(baseline).method).toBe("lp");
  });

  example("editableSettings", "manual weights and the LP: both editable", () => {
    expect(editableSettings(baseline)).toEqual({ factorWeights: true, ordering: true });
  });

  example("applyScenarioEdits", "only the edited factor weight goes into overrides", () => {
    const loaded = scenarioEdits(baseline);
    const file = applyScenarioEdits(
      baselineFile,
      { ...loaded, factorWeights: { ...loaded.factorWeights, population: 0.5 } },
      loaded,
    );
    expect(file.overrides).toEqual({ factorWeights: { population: 0.5 } });
  });

  example("applyScenarioEdits", "the method is written as edited", () => {
    const loaded = scenarioEdits(baseline);
    expect(
      applyScenarioEdits(baselineFile, { ...loaded, method: "webster", ordering: false }, loaded).method,
    ).toBe("webster");
  });

  example("scenarioEditsEqual", "a scenario's edits equal themselves, not an edited copy", () => {
    expect(scenarioEditsEqual(scenarioEdits(baseline), scenarioEdits(baseline))).toBe(true);
    expect(
      scenarioEditsEqual(scenarioEdits(baseline), { ...scenarioEdits(baseline), method: "webster" }),
    ).toBe(false);
  });

  example("weightShares", "weights 1 and 3 are shares 1/4 and 3/4", () => {
    expect(weightShares({ a: 1, b: 3 })).toEqual({ a: 0.25, b: 0.75 });
  });

  example("weightShares", "all-zero weights have no shares", () => {
    expect(weightShares({ a: 0, b: 0 })).toBeUndefined();
  });
});

describe("src/weighting", () => {
  example("transformValue", "log is the natural logarithm: ln 100 = 4.60517…", () => {
    expect(transformValue(100, "log")).toBeCloseTo(Math.log(100), 12);
    expect(transformValue(100, "log")).toBeCloseTo(4.605, 3);
  });

  example("normaliseScores", "min-max of 10, 20, 30 is 0, 0.5, 1", () => {
    expect(normaliseScores([10, 20, 30], { method: "minmax", direction: "benefit" })).toEqual([0, 0.5, 1]);
  });

  example("checkIndicatorTable", "directions default to benefit", () => {
    expect(
      checkIndicatorTable(
        {
          names: ["a", "b"],
          indicators: ["x", "d"],
          values: [
            [1, 2],
            [3, 4],
          ],
        },
        { d: "cost" },
      ),
    ).toEqual(["benefit", "cost"]);
  });

  example("column", "the second column", () => {
    expect(
      column(
        [
          [1, 2],
          [3, 4],
        ],
        1,
      ),
    ).toEqual([2, 4]);
  });

  example("minMaxScores", "a cost indicator scores its smallest value 1", () => {
    expect(minMaxScores([10, 20, 30], "cost")).toEqual([1, 0.5, 0]);
  });

  example("ahpWeights", "3 : 1 gives weights 0.75 and 0.25 (a 2 × 2 matrix is always consistent)", () => {
    const r = ahpWeights(
      ["cost", "safety"],
      [
        [1, 3],
        ["1/3", 1],
      ],
    );
    expect(r.weights[0]).toBeCloseTo(0.75, 12);
    expect(r.weights[1]).toBeCloseTo(0.25, 12);
    expect(r.consistent).toBe(true);
  });

  example("ahpFromReciprocal", "2 : 1 gives 2/3 and 1/3", () => {
    const r = ahpFromReciprocal(
      ["a", "b"],
      [
        [1, 2],
        [0.5, 1],
      ],
    );
    expect(r.weights[0]).toBeCloseTo(2 / 3, 12);
    expect(r.weights[1]).toBeCloseTo(1 / 3, 12);
  });

  example("ahpGroup", "two experts are combined by the element-wise geometric mean: √(4 × 1) = 2", () => {
    const g = ahpGroup(
      ["a", "b"],
      [
        {
          name: "E1",
          matrix: [
            [1, 4],
            ["1/4", 1],
          ],
        },
        {
          name: "E2",
          matrix: [
            [1, 1],
            [1, 1],
          ],
        },
      ],
    );
    expect(g.combined.matrix[0]![1]).toBeCloseTo(2, 12);
    expect(g.combined.weights[0]).toBeCloseTo(2 / 3, 12);
    expect(g.combined.weights[1]).toBeCloseTo(1 / 3, 12);
  });

  example("aggregateJudgements", "geometric means cell by cell", () => {
    const m = aggregateJudgements([
      [
        [1, 4],
        [1 / 4, 1],
      ],
      [
        [1, 1],
        [1, 1],
      ],
    ]);
    expect(m.map((row) => row.map((x) => Math.round(x * 1e12) / 1e12))).toEqual([
      [1, 2],
      [0.5, 1],
    ]);
  });

  example(
    "ahpHierarchy",
    "global weight = factor weight × local weight: 0.75 × 0.5, 0.75 × 0.5, 0.25 × 1",
    () => {
      const h = ahpHierarchy(
        {
          factors: {
            names: ["economy", "people"],
            experts: [
              {
                name: "E1",
                matrix: [
                  [1, 3],
                  ["1/3", 1],
                ],
              },
            ],
          },
          indicators: {
            economy: {
              names: ["gdp", "revenue"],
              experts: [
                {
                  name: "E1",
                  matrix: [
                    [1, 1],
                    [1, 1],
                  ],
                },
              ],
            },
            people: { names: ["population"] },
          },
        },
        { randomIndex: "saaty" },
      );
      const weights = h.global.map((g) => g.weight);
      for (const [k, w] of [0.375, 0.375, 0.25].entries()) expect(weights[k]).toBeCloseTo(w, 12);
    },
  );

  example("judgementsFromWeights", "exact ratios, or the nearest Saaty value on a log scale", () => {
    const exact = judgementsFromWeights([0.6, 0.4], { scale: "exact" });
    expect(exact[0]![1]).toBeCloseTo(1.5, 12);
    expect(exact[1]![0]).toBeCloseTo(2 / 3, 12);
    // 1.5 is nearer 2 than 1 on a log scale: |ln 1.5 − ln 2| = 0.288 < |ln 1.5 − ln 1| = 0.405.
    expect(judgementsFromWeights([0.6, 0.4])).toEqual([
      [1, 2],
      [0.5, 1],
    ]);
  });

  example("parseJudgement", "fractions, padded text and numbers", () => {
    expect(parseJudgement("1/3")).toBe(1 / 3);
    expect(parseJudgement(" 5 ")).toBe(5);
    expect(parseJudgement(0.25)).toBe(0.25);
  });

  example("nearestScaleValue", "the nearest value on Saaty's 1–9 scale and its reciprocals", () => {
    expect(nearestScaleValue(2.4)).toBe(2);
    expect(nearestScaleValue(0.3)).toBeCloseTo(1 / 3, 15);
    expect(nearestScaleValue(40)).toBe(9);
  });

  example("formatJudgement", "reciprocals as fractions, others with two decimals", () => {
    expect(formatJudgement(1 / 3)).toBe("1/3");
    expect(formatJudgement(7)).toBe("7");
    expect(formatJudgement(1.3218)).toBe("1.32");
  });

  example("modelAhpInput", "the AHP standard's hierarchy: five factors, economy with two indicators", () => {
    const model = parseModel(readFileSync("models/standard-ahp.yaml", "utf8"), "models/standard-ahp.yaml");
    const spec = model.weighting;
    if (spec.method !== "ahp") throw new Error(`expected an AHP model, got ${spec.method}`);
    const h = ahpHierarchy(modelAhpInput(model, spec.ahp));
    expect(h.global).toHaveLength(6);
    expect(h.global.reduce((s, g) => s + g.weight, 0)).toBeCloseTo(1, 12);
    // The golden of `weights --method ahp models/standard-ahp.yaml` (test/fixtures/golden-cli): population 0.3364.
    expect(h.global.find((g) => g.indicator === "population")?.weight).toBeCloseTo(0.3364, 4);
  });

  example("deriveWeights", "an AHP model's factor weights come from its judgements", async () => {
    const model = parseModel(readFileSync("models/standard-ahp.yaml", "utf8"), "models/standard-ahp.yaml");
    const data = baseline.data;
    const derived = deriveWeights(model, data, { acceptInconsistent: false });
    if (derived.status !== "derived") throw new Error(derived.problems.map((p) => p.message.en).join("; "));
    const weights = Object.fromEntries(derived.model.factors.map((f) => [f.id, f.weight]));
    // Same golden: location 0.1438, economy 0.2430, projects 0.1047, population 0.3364, area 0.1722.
    expect(weights.population).toBeCloseTo(0.3364, 4);
    expect(weights.economy).toBeCloseTo(0.243, 4);
  });

  example("combinedWeights", "matched by name: 0.5 × (0.8, 0.2) + 0.5 × (0.4, 0.6) = (0.6, 0.4)", () => {
    const r = combinedWeights(
      { names: ["a", "b"], weights: [0.8, 0.2] },
      { names: ["b", "a"], weights: [0.6, 0.4] },
      0.5,
    );
    expect(r.weights[0]).toBeCloseTo(0.6, 12);
    expect(r.weights[1]).toBeCloseTo(0.4, 12);
  });

  example("describeInconsistency", "a 2 × 2 matrix is always consistent", () => {
    expect(
      describeInconsistency(
        ahpWeights(
          ["a", "b"],
          [
            [1, 3],
            ["1/3", 1],
          ],
        ),
      ).en,
    ).toBe("consistency ratio CR = 0.000 < 0.10 (n = 2, always consistent): the judgements are consistent.");
  });

  const inconsistent = () =>
    // a > b 2, b > c 2 but c > a 2: CR far above 0.10.
    ahpWeights(
      ["a", "b", "c"],
      [
        [1, 2, "1/2"],
        ["1/2", 1, 2],
        [2, "1/2", 1],
      ],
    );

  example(
    "ahpConsistencyProblem",
    "an inconsistent matrix is a problem to throw; a consistent one is not",
    () => {
      const where = { file: "standard.yaml", path: "weights.ahp.factors" };
      const p = ahpConsistencyProblem(inconsistent(), where);
      expect(p).toBeDefined();
      expect(p).toMatchObject({ file: "standard.yaml", path: "weights.ahp.factors" });
      expect(() => {
        if (p) throw new InputError([p]);
      }).toThrow(InputError);
      expect(
        ahpConsistencyProblem(
          ahpWeights(
            ["a", "b"],
            [
              [1, 3],
              ["1/3", 1],
            ],
          ),
          where,
        ),
      ).toBeUndefined();
    },
  );

  example(
    "ahpHierarchyProblems",
    "none for a consistent hierarchy, one for an inconsistent factor matrix",
    () => {
      const h = ahpHierarchy({
        factors: {
          names: ["economy", "people"],
          experts: [
            {
              name: "E1",
              matrix: [
                [1, 3],
                ["1/3", 1],
              ],
            },
          ],
        },
        indicators: { economy: { names: ["gdp"] }, people: { names: ["population"] } },
      });
      expect(ahpHierarchyProblems(h, { file: "standard.yaml" })).toEqual([]);
      const bad = ahpHierarchy({
        factors: {
          names: ["a", "b", "c"],
          experts: [
            {
              name: "E1",
              matrix: [
                [1, 2, "1/2"],
                ["1/2", 1, 2],
                [2, "1/2", 1],
              ],
            },
          ],
        },
        indicators: { a: { names: ["x"] }, b: { names: ["y"] }, c: { names: ["z"] } },
      });
      const problems = ahpHierarchyProblems(bad, { file: "standard.yaml" });
      expect(problems).toHaveLength(1);
      expect(problems[0]?.file).toBe("standard.yaml");
      expect(() => {
        if (problems.length > 0) throw new InputError(problems);
      }).toThrow(InputError);
    },
  );

  example("criticWeights", "equal spread and the same conflict give equal weights", () => {
    const r = criticWeights({
      names: ["A", "B", "C"],
      indicators: ["x", "y"],
      values: [
        [1, 1],
        [2, 3],
        [3, 2],
      ],
    });
    expect(r.weights[0]).toBeCloseTo(0.5, 12);
    expect(r.weights[1]).toBeCloseTo(0.5, 12);
  });

  example("entropyWeights", "a constant indicator carries no information: weight 0", () => {
    const r = entropyWeights(
      {
        names: ["A", "B"],
        indicators: ["x", "y"],
        values: [
          [1, 5],
          [3, 5],
        ],
      },
      { normalise: "sum" },
    );
    expect(r.weights).toEqual([1, 0]);
    expect(r.constant).toEqual(["y"]);
  });

  example("computeIndex", "the demo county's index computes", () => {
    const outcome = computeIndex(baseline.model, baseline.data);
    expect(outcome.status).toBe("computed");
    if (outcome.status === "computed") expect(outcome.result.townships).toHaveLength(25);
  });

  example("reweighIndex", "new weights on the demo county: the index computeIndex gives, to the bit", () => {
    const computed = computeIndex(baseline.model, baseline.data);
    if (computed.status !== "computed") throw new Error("demo index");
    const drawn = withWeights(baseline, [3, 1, 4, 1, 5]).model;
    const again = computeIndex(drawn, baseline.data);
    if (again.status !== "computed") throw new Error("drawn index");
    // toEqual compares numbers with Object.is: every index, factor part and contribution bit for bit.
    expect(reweighIndex(drawn, computed.result)).toEqual(again.result);
  });

  example("solveScenario", "the demo baseline's numbers are runScenario's", async () => {
    const solved = await solveScenario(baseline);
    expect(solved.outcome.status).toBe("optimal");
    const full = await runScenario(baseline);
    if (solved.outcome.status === "optimal")
      expect(solved.outcome.posts).toEqual(full.townships.map((t) => t.allocated));
  });

  example("checkPairwiseMatrix", "a reciprocal matrix passes; 3 both ways is not reciprocal", () => {
    expect(
      checkPairwiseMatrix(
        ["a", "b"],
        [
          [1, 3],
          ["1/3", 1],
        ],
      ),
    ).toEqual([]);
    expect(
      checkPairwiseMatrix(
        ["a", "b"],
        [
          [1, 3],
          [3, 1],
        ],
      )[0]?.code,
    ).toBe("not-reciprocal");
  });

  example("toPairwiseMatrix", "the lower triangle is filled in by reciprocals", () => {
    expect(
      toPairwiseMatrix(
        ["a", "b"],
        [
          [1, "3"],
          [null, 1],
        ],
      ),
    ).toEqual([
      [1, 3],
      [1 / 3, 1],
    ]);
  });

  example("pairwiseIssuesText", "names the pair that is not reciprocal", () => {
    expect(
      pairwiseIssuesText(
        checkPairwiseMatrix(
          ["a", "b"],
          [
            [1, 3],
            [3, 1],
          ],
        ),
      ),
    ).toMatch(/^invalid pairwise comparison matrix: "b" over "a" is 3 but "a" over "b" is 3/);
  });

  example("randomIndex", "Saaty's RI for n = 4 is 0.90; Alonso–Lamata's 0.8815", () => {
    expect(randomIndex(4)).toBe(0.9);
    expect(randomIndex(4, "alonso-lamata")).toBe(0.8815);
  });

  example("formatRandomIndex", "two decimals at least, four when the table has them", () => {
    expect(formatRandomIndex(0.9)).toBe("0.90");
    expect(formatRandomIndex(0.8815)).toBe("0.8815");
  });

  example("parsePairwiseCsv", "a header row and a name column around the judgements", () => {
    expect(parsePairwiseCsv(",a,b\na,1,3\nb,1/3,1\n").matrix).toEqual([
      ["1", "3"],
      ["1/3", "1"],
    ]);
  });

  example("parseIndicatorCsv", "numbers by row, names in the first column", () => {
    expect(parseIndicatorCsv("乡镇,人口,面积\n甲镇,1200,30\n乙镇,800,45\n").values).toEqual([
      [1200, 30],
      [800, 45],
    ]);
  });

  example("parseWeightsCsv", "(name, weight) rows after a header", () => {
    expect(parseWeightsCsv("indicator,weight\npopulation,0.6\narea,0.4\n")).toEqual({
      names: ["population", "area"],
      weights: [0.6, 0.4],
    });
  });

  example(
    "looksLikePairwiseCsv",
    "a square matrix with an empty corner is pairwise; two columns are not",
    () => {
      expect(looksLikePairwiseCsv(",a,b\na,1,3\nb,1/3,1\n")).toBe(true);
      expect(looksLikePairwiseCsv("a,0.6\nb,0.4\n")).toBe(false);
    },
  );
});

describe("src/allocation", () => {
  const parador = fixture<{ units: { name: string; weight: number }[] }>(
    "test/fixtures/apportion/parador.json",
  );
  const us1790 = fixture<{ units: { name: string; weight: number }[] }>(
    "test/fixtures/apportion/us-1790.json",
  );
  const us1880 = fixture<{ units: { name: string; weight: number }[] }>(
    "test/fixtures/apportion/us-1880.json",
  );
  const us2020 = fixture<{ units: { name: string; weight: number }[] }>(
    "test/fixtures/apportion/us-2020-apportionment.json",
  );

  example(
    "runScenario",
    "the baseline's allocations are whole posts summing to the total to allocate",
    async () => {
      const result = await runScenario(baseline);
      const posts = result.townships.map((t) => t.allocated);
      // Golden: scenarios/demo-county/golden/baseline.json (511 to allocate, 城厢镇 46 first).
      expect(posts.reduce((s, x) => s + x, 0)).toBe(511);
      expect(posts[0]).toBe(46);
    },
  );

  example("apportion", "Huntington–Hill on three townships holds 上埠镇 at its minimum", () => {
    const result = apportion(
      [
        { name: "芦溪镇", weight: 52000, min: 15 },
        { name: "宣化镇", weight: 31000, min: 15 },
        { name: "上埠镇", weight: 17000, min: 15 },
      ],
      60,
      "huntington-hill",
    );
    expect(result.status).toBe("ok");
    if (result.status !== "ok") return;
    expect(result.units.map((u) => u.allocated)).toEqual([28, 17, 15]);
    expect(result.divisor?.nice).toBe(1830);
  });

  example("boundedShares", "A held at its maximum 1, B takes the rest", () => {
    expect(
      boundedShares(
        checkInput(
          [
            { name: "A", weight: 3, max: 1 },
            { name: "B", weight: 1 },
          ],
          4,
        ).units,
        4,
      ),
    ).toEqual([1, 3]);
  });

  example("boundedSharesWithBounds", "says which bound holds A", () => {
    const units = checkInput(
      [
        { name: "A", weight: 3, max: 1 },
        { name: "B", weight: 1 },
      ],
      4,
    ).units;
    expect(boundedSharesWithBounds(units, 4)).toEqual([
      { share: 1, heldAt: "max" },
      { share: 3, heldAt: undefined },
    ]);
  });

  example(
    "divisorRange",
    "Virginia 19 and Delaware 1 alone admit 32,000; the whole House of 1792 admits 33,000",
    () => {
      const state = (name: string) => us1790.units.find((u) => u.name === name)!;
      const units = checkInput([state("Virginia"), state("Delaware")], 20).units;
      const range = divisorRange(units, [19, 1], "jefferson");
      // Jefferson: λ >= Virginia 630,560 / 20 = 31,528 and Delaware 55,540 / 2 = 27,770; λ < 630,560 / 19 = 33,187.4.
      expect(range.low).toBeCloseTo(31528, 6);
      expect(range.high).toBeCloseTo(630560 / 19, 6);
      expect(range.nice).toBe(32000); // the roundest number in [31,528, 33,187.4)
      // With all 15 states at the 105 seats of the Act of 1792 (fixture us-1790.json), the range narrows to
      // [max w / (k + 1), min w / k) = [32,138.45, 33,158.9): 33,000, the Act's "one member for every thirty-three
      // thousand persons" (hand computation over the fixture's populations and seats).
      const all = checkInput(us1790.units, 105).units;
      const house = apportion(us1790.units, 105, "jefferson");
      if (house.status !== "ok") throw new Error(house.diagnosis.en);
      const range105 = divisorRange(
        all,
        house.units.map((u) => u.allocated),
        "jefferson",
      );
      expect(range105.low).toBeCloseTo(32138.4545, 3);
      expect(range105.high).toBeCloseTo(33158.9, 6);
      expect(range105.nice).toBe(33000);
    },
  );

  example("roundestBetween", "33,000 is the roundest number in [32,939.1, 33,158.9)", () => {
    expect(roundestBetween(32939.1, 33158.9)).toBe(33000);
  });

  example("apportionByDivisor", "Virginia 19, Delaware 1 at 20 seats", () => {
    const result = apportionByDivisor(
      [
        { name: "VA", weight: 630560 },
        { name: "DE", weight: 55540 },
      ],
      20,
      "jefferson",
    );
    expect(result.status).toBe("ok");
    if (result.status !== "ok") return;
    expect(result.allocation).toEqual([
      { name: "VA", allocated: 19 },
      { name: "DE", allocated: 1 },
    ]);
    // Any λ in [630,560 / 20, 630,560 / 19) = [31,528, 33,187.4) with 55,540 / λ in [1, 2) gives 19 and 1.
    expect(result.divisor).toBeGreaterThanOrEqual(31528);
    expect(result.divisor).toBeLessThan(630560 / 19);
  });

  example("apportionHamilton", "quotas 2, 1.2, 0.8: the 4th post goes to the largest remainder, C", () => {
    const result = apportionHamilton(
      [
        { name: "A", weight: 5 },
        { name: "B", weight: 3 },
        { name: "C", weight: 2 },
      ],
      4,
    );
    expect(result.status).toBe("ok");
    if (result.status !== "ok") return;
    expect(result.units.map((u) => u.allocated)).toEqual([2, 1, 1]);
  });

  example("describeLastPost", "the step that placed a township's last post, in words", () => {
    expect(describeLastPost({ step: "largest-remainder", rank: 2 }, "en")).toBe("largest remainder #2");
    expect(describeLastPost({ step: "minimum" }, "zh")).toBe("最低数");
  });

  example(
    "apportionByPriority",
    "Jefferson's priority list; the 5th post a decisive tie given to the larger weight",
    () => {
      const result = apportionByPriority(
        [
          { name: "A", weight: 60 },
          { name: "B", weight: 30 },
          { name: "C", weight: 10 },
        ],
        5,
        "jefferson",
      );
      expect(result.status).toBe("ok");
      if (result.status !== "ok") return;
      // Priorities w/(k+1): A 60, 30, 20, 15, 12; B 30, 15; C 10.
      expect(result.priorityList.map((p) => [p.unit, p.priority])).toEqual([
        ["A", 60],
        ["A", 30],
        ["B", 30],
        ["A", 20],
        ["A", 15],
      ]);
      expect(result.units.map((u) => u.allocated)).toEqual([4, 1, 0]);
      expect(result.ties).toContainEqual(
        expect.objectContaining({ decisive: true, awarded: ["A"], priority: 15 }),
      );
      expect(result.nextPost).toMatchObject({ unit: "B", priority: 15 });
      expect(result.nextPost?.runnerUp).toMatchObject({ unit: "A", priority: 12 });
    },
  );

  example("parseApportionMethod", "other names of the methods; undefined for none", () => {
    expect(parseApportionMethod("Sainte-Lague")).toBe("webster");
    expect(parseApportionMethod("median")).toBeUndefined();
  });

  example("signpost", "Webster rounds at k + 0.5, Huntington–Hill at √(k(k+1))", () => {
    expect(signpost("webster", 2)).toBe(2.5);
    expect(signpost("huntington-hill", 1)).toBe(Math.SQRT2);
  });

  example(
    "priorityValue",
    "Minnesota's 8th seat in 2020: 5,709,752 / √(7 × 8); Adams' first post is infinite",
    () => {
      // 5,709,752 / √56 = 762,997.7 (US Census Bureau, 2020 priority values); Minnesota's apportionment population
      // in test/fixtures/apportion/us-2020-apportionment.json.
      expect(us2020.units.find((u) => u.name === "Minnesota")?.weight).toBe(5709752);
      expect(priorityValue("huntington-hill", 5709752, 7)).toBeCloseTo(5709752 / Math.sqrt(56), 6);
      expect(Math.floor(priorityValue("huntington-hill", 5709752, 7))).toBe(762997);
      expect(priorityValue("adams", 10, 0)).toBe(Number.POSITIVE_INFINITY);
    },
  );

  example("roundBySignposts", "2.5 is not below the signpost 2.5", () => {
    expect(roundBySignposts("webster", 2.5)).toBe(2);
    expect(roundBySignposts("webster", 2.51)).toBe(3);
  });

  example("apportionSweep", "the Alabama paradox of 1880: 8 seats at 299, 7 at 300", () => {
    const states1880 = us1880.units.map((u) => ({ ...u, min: 1 }));
    const flags = apportionSweep(
      states1880,
      "hamilton",
      { from: 299, to: 300 },
      { hamiltonBounds: "fixed-quota" },
    ).alabamaFlags;
    expect(flags).toEqual([{ unit: "Alabama", total: 299, before: 8, after: 7 }]);
  });

  example("tiesWith", "within a relative 1e-12; Infinity ties only with itself", () => {
    expect(tiesWith(51000, 51000 * (1 + 1e-13))).toBe(true);
    expect(tiesWith(Number.POSITIVE_INFINITY, 1e300)).toBe(false);
  });

  example("compareCodePoints", "U+0042 before U+00C4", () => {
    expect(compareCodePoints("B", "Ä")).toBeLessThan(0);
  });

  example("tieBreakOrder", "the larger weight first", () => {
    expect(tieBreakOrder({ weight: 5, name: "B" }, { weight: 3, name: "A" })).toBeLessThan(0);
  });

  example("samePriority", "equal priorities tie", () => {
    expect(samePriority({ unit: "A", priority: 15 }, { unit: "B", priority: 15 })).toBe(true);
  });

  example("findTies", "a tie reaching into the candidates for the next post is decisive", () => {
    expect(findTies([{ unit: "A", priority: 15 }], [{ unit: "B", priority: 15 }])).toEqual([
      { units: ["A", "B"], atRank: 1, priority: 15, decisive: true, awarded: ["A"] },
    ]);
  });

  example("checkInput", "fills in the maximum and keeps the position", () => {
    expect(checkInput([{ name: "A", weight: 2, min: 1 }], 3)).toMatchObject({
      units: [{ name: "A", weight: 2, min: 1, max: Number.POSITIVE_INFINITY, index: 0 }],
      total: 3,
    });
  });

  example("infeasibility", "minimums above the total", () => {
    expect(
      infeasibility(checkInput([{ name: "A", weight: 1, min: 520 }], 500), "webster")?.diagnosis.en,
    ).toBe(
      "minimums need 520, total is 500: raise the total to at least 520 or lower the minimums by 20 in all",
    );
  });

  example("sumInNameOrder", "adds in name order (A before B), whatever the input order", () => {
    const units = [
      { name: "B", w: 0.2 },
      { name: "A", w: 0.1 },
    ];
    expect(sumInNameOrder(units, (u) => u.w)).toBe(0.1 + 0.2);
  });

  example(
    "withinQuota",
    "Jefferson gives Parador's Bahia (state B) 140 seats, above its upper quota 139",
    () => {
      const result = apportion(parador.units, 250, "jefferson");
      if (result.status !== "ok") throw new Error(result.diagnosis.en);
      // apportR vignette: jefferson(parador, 250) gives B 140; quota 138.72 (Tannenbaum).
      expect(withinQuota(result)).toEqual({
        ok: false,
        violations: [{ unit: "Bahia", allocated: 140, quota: 138.72, lower: 138, upper: 139 }],
        skipped: [],
      });
    },
  );

  example("loadHighs", "loads the HiGHS WebAssembly solver", async () => {
    const highs = await loadHighs();
    expect(typeof highs.solve).toBe("function");
  });

  example("toLpFormat", "writes a model in CPLEX LP format", () => {
    const text = toLpFormat(buildAllocationLp(smallProblem(), { integer: true }));
    expect(text.startsWith("Minimize\n obj:")).toBe(true);
    expect(text).toContain("Subject To");
    expect(text).toContain("General");
    expect(text.trimEnd().endsWith("End")).toBe(true);
  });

  example(
    "solveWithHighs",
    "HiGHS solves the small problem to the hand-computed optimum 15, 17, 20",
    async () => {
      // Targets 14.2, 17.3, 20.5 with floors 15 and total 52: a at its floor 15, b 17 (−0.3), c 20 (−0.5) — cost 1.6.
      const solution = await solveWithHighs(buildAllocationLp(smallProblem(), { integer: true }), {
        timeLimitSeconds: 30,
        relativeGap: 0,
      });
      expect(solution.status).toBe("optimal");
      expect(solution.objective).toBeCloseTo(1.6, 9);
    },
  );

  example("solveWithJsLpSolver", "javascript-lp-solver reaches the same optimum, cost 1.6", async () => {
    const solution = await solveWithJsLpSolver(buildAllocationLp(smallProblem(), { integer: true }), {
      timeLimitSeconds: 5,
    });
    expect(solution.status).toBe("optimal");
    expect(solution.objective).toBeCloseTo(1.6, 9);
  });

  example("diagnoseAllocation", "floors of 3 × 15 = 45 need more than a total of 40: short by 5", () => {
    const conflicts = diagnoseAllocation(smallProblem(40));
    expect(conflicts[0]?.kind).toBe("lower-above-total");
    expect(conflicts[0]?.message.en).toMatch(
      /^lower bounds need 45 posts \(.*\), the total to allocate is 40: short by 5$/,
    );
  });

  example("allocateExact", "targets 1.5, 1.5 … and the total 3", () => {
    const unit = (id: string, target: number): AllocationUnit => ({
      id,
      category: "general",
      target,
      weight: target,
      lower: 0,
      upper: 9,
      lowerParts: {},
      upperParts: {},
    });
    const result = allocateExact([unit("a", 1.5), unit("b", 1.5)], 3);
    // Both allocations (2, 1) and (1, 2) cost 1: the tie is reported, broken by unit order.
    expect(result?.posts).toEqual([2, 1]);
    expect(result?.objective).toBeCloseTo(1, 12);
    expect(result?.ties).toEqual([{ taken: "a", left: "b" }]);
  });

  example("buildAllocationLp", "three variables per township (x, p, m)", () => {
    expect(buildAllocationLp(smallProblem(), { integer: true }).variables.length).toBe(3 * 3);
  });

  example("solveAllocation", "auto solves the small problem to 15, 17, 20, proven optimal", async () => {
    const outcome = await solveAllocation(smallProblem(), { solver: "auto" });
    expect(outcome.status).toBe("optimal");
    if (outcome.status !== "optimal") return;
    expect(outcome.posts).toEqual([15, 17, 20]);
    expect(outcome.provenOptimal).toBe(true);
  });

  example("verifyAllocation", "no violations for 15, 17, 20; one for a sum of 53", () => {
    expect(verifyAllocation(smallProblem(), [15, 17, 20])).toEqual([]);
    expect(verifyAllocation(smallProblem(), [15, 17, 21]).length).toBeGreaterThan(0);
  });
});

describe("src/allocation: totals, targets, bounds, step cost (the run's parts)", () => {
  // Demo baseline golden (scenarios/demo-county/golden/baseline.json): today 511, + 10 transferred down = 521,
  // reserve ⌊2 % × 521⌋ = 10, 511 to allocate.
  example("modelViolation", "x = 0 breaks the bound x >= 1 (HiGHS's zero vector at its time limit)", () => {
    const model = {
      variables: [{ name: "x", lower: 1, upper: 4, integer: true, cost: 1 }],
      constraints: [],
      offset: 0,
    };
    expect(modelViolation(model, { x: 0 })).toEqual({ kind: "bound", variable: "x", value: 0 });
    expect(modelViolation(model, { x: 2 })).toBeNull();
  });

  example("scenarioTotals", "the demo baseline: 511 + 10 = 521, reserve 10, 511 to allocate", () => {
    const { totals, conflicts } = scenarioTotals(baseline);
    expect(totals).toMatchObject({ current: 511, total: 521, reserve: 10, toAllocate: 511 });
    expect(conflicts).toEqual([]);
  });

  const baselineIndex = () => {
    const outcome = computeIndex(baseline.model, baseline.data);
    if (outcome.status !== "computed") throw new Error("the demo index computes");
    return outcome.result.townships;
  };

  example("proportionalTargets", "the targets share the 511 posts; the plain targets too", () => {
    const { targets, plainTargets, demands } = proportionalTargets(baseline, baselineIndex(), 511);
    expect(targets.reduce((s, x) => s + x, 0)).toBeCloseTo(511, 9);
    expect(plainTargets.reduce((s, x) => s + x, 0)).toBeCloseTo(511, 9);
    // 城厢镇 (county seat, coefficient 1.3): demand = index × 1.3; golden target 46.43.
    expect(demands[0]).toBeCloseTo(baselineIndex()[0]!.index * 1.3, 12);
    expect(targets[0]).toBeCloseTo(46.43, 2);
  });

  example("buildScenarioProblem", "the demo baseline's problem shares 511 posts among 25 townships", () => {
    const built = buildScenarioProblem(baseline, baselineIndex());
    expect(built.problem.total).toBe(511);
    expect(built.problem.units).toHaveLength(25);
    expect(built.conflicts).toEqual([]);
  });

  example(
    "townshipBounds",
    "today 18, floor 15, a cut of at most 2: lower 16 from the band, no upper bound",
    () => {
      const township = { ...baseline.data.townships[0]!, adminPosts: 18 };
      const rule = { coefficient: 1, floor: { admin: 15 }, cap: {} };
      expect(townshipBounds(township, rule, "admin", { maxCut: 2 })).toEqual({
        lower: 16,
        upper: Number.POSITIVE_INFINITY,
        lowerParts: { rule: 15, band: 16 },
        upperParts: {},
      });
    },
  );

  example("boundSource", "floor = band = bound is the floor; a band above the floor is the band", () => {
    expect(boundSource({ rule: 15, band: 15 }, 15)).toBe("rule");
    expect(boundSource({ rule: 15, band: 16 }, 16)).toBe("band");
    expect(boundSource({ rule: 15 }, 17)).toBe("none");
  });

  example(
    "stepCost",
    "below a target of 1.5: |x − t| falls by 1, (x − t)²/t by (2·(0 − 1.5) + 1)/1.5 = −4/3",
    () => {
      const [l1, sl] = stepCost(0, 1.5);
      expect(l1).toBe(-1);
      expect(sl).toBeCloseTo(-4 / 3, 12);
    },
  );

  example("stepCost", "under least-squares-relative the first key is 0, the second the same −4/3", () => {
    expect(stepCost(0, 1.5, "least-squares-relative")).toEqual([0, -4 / 3]);
  });

  example("objectiveValue", "[2, 0] for targets 1.5, 0.5: (0.5²)/1.5 + (0.5²)/0.5 = 2/3", () => {
    expect(objectiveValue([{ target: 1.5 }, { target: 0.5 }], [2, 0], "least-squares-relative")).toBeCloseTo(
      2 / 3,
      12,
    );
  });

  example("compareStepCosts", "the township further below its target goes first; equal costs tie (0)", () => {
    expect(compareStepCosts(stepCost(0, 1.5), stepCost(0, 0.5))).toBeLessThan(0);
    expect(compareStepCosts(stepCost(3, 5), stepCost(3, 5))).toBe(0);
  });

  example("presentCategories", "the demo county has all five categories, in the policy's order", () => {
    expect(presentCategories(baseline.data)).toEqual([
      "countySeat",
      "central",
      "key",
      "characteristic",
      "general",
    ]);
    const data = {
      ...baseline.data,
      townships: baseline.data.townships.filter(
        (t) => t.category !== "key" && t.category !== "characteristic",
      ),
    };
    expect(presentCategories(data)).toEqual(["countySeat", "central", "general"]);
  });

  example("currentPosts", "admin posts are today's posts of the admin post type", () => {
    const township = { ...baseline.data.townships[0]!, adminPosts: 18, institutionPosts: 30 };
    expect(currentPosts("admin", township)).toBe(18);
    expect(currentPosts("institution", township)).toBe(30);
  });
});

describe("src/run", () => {
  example("scenarioFileNames", "reads data and model leniently", () => {
    expect(scenarioFileNames("data: townships.csv\nmodel: ../../models/standard.yaml\n")).toEqual({
      data: "townships.csv",
      model: "../../models/standard.yaml",
    });
    expect(scenarioFileNames("data: [unclosed")).toEqual({});
  });

  example("weighScenario", "expert-weights.yaml derives its weights by AHP", async () => {
    const disk = readScenarioOnDisk("scenarios/demo-county/expert-weights.yaml");
    const data = await readCountyTable(disk.dataBytes, { file: disk.dataName });
    const model = parseModel(disk.modelText, disk.modelName);
    const scenario = resolveScenario(disk.file, { source: disk.path, data, model });
    expect(weighScenario(scenario).weighting.method).toBe("ahp");
  });
});

describe("src/explain, src/simulate, src/report", () => {
  example(
    "explainTownships",
    "two townships at targets 14.2 and 20.8: the floor 15 takes 0.8, the other rebalances −0.8",
    () => {
      const at = (id: string, target: number, lower: number): AllocationUnit => ({
        id,
        category: "general",
        target,
        weight: 1,
        lower,
        upper: Number.POSITIVE_INFINITY,
        lowerParts: { rule: lower },
        upperParts: {},
      });
      const reasons = explainTownships([
        {
          name: "甲",
          unit: at("A", 14.2, 15),
          plainTarget: 14.2,
          coefficient: 1,
          withoutOrdering: 15,
          allocated: 15,
        },
        {
          name: "乙",
          unit: at("B", 20.8, 0),
          plainTarget: 20.8,
          coefficient: 1,
          withoutOrdering: 20,
          allocated: 20,
        },
      ]);
      // 20.8 − 0.8 × 20.8 / 20.8 = 20: the whole cost of the floor is B's rebalance, no rounding left.
      expect(reasons.map((r) => r.map((step) => step.kind))).toEqual([["floor"], ["rebalance"]]);
      expect(reasons[1]![0]!.amount).toBeCloseTo(-0.8, 12);
    },
  );

  example("bindingReason", "a floor step of 2.4 posts binds: floor", () => {
    expect(bindingReason([{ kind: "floor", amount: 2.4, message: { zh: "", en: "" } }])).toBe("floor");
  });

  example("countyStory", "the demo baseline: the floors' cost is the sum of the floor steps", async () => {
    const result = await runScenario(baseline);
    const story = countyStory({ townships: result.townships, totals: result.totals, ordering: false });
    const floorSteps = result.townships
      .flatMap((t) => t.reasons)
      .filter((r) => r.kind === "floor")
      .reduce((s, r) => s + r.amount, 0);
    expect(story.floors.posts).toBeCloseTo(floorSteps, 12);
    expect(story.reserve.posts).toBe(10);
  });

  example("explainUnit", "a target of 14.2 at the floor 15: floor +0.8", () => {
    const unit: AllocationUnit = {
      id: "T20",
      category: "general",
      target: 14.2,
      weight: 1,
      lower: 15,
      upper: Number.POSITIVE_INFINITY,
      lowerParts: { rule: 15 },
      upperParts: {},
    };
    const reasons = explainUnit({
      unit,
      plainTarget: 14.2,
      coefficient: 1,
      withoutOrdering: 15,
      allocated: 15,
    });
    expect(reasons.map((r) => r.kind)).toEqual(["floor"]);
    expect(reasons[0]!.amount).toBeCloseTo(0.8, 12);
  });

  example("policyChecks", "sum, R2, R3 and R8 on the baseline data", () => {
    const allocated = baseline.data.townships.map((t) => (t.category === "general" ? 15 : 18));
    const toAllocate = allocated.reduce((s, x) => s + x, 0);
    const checks = policyChecks(baseline, { current: 500, total: 510, toAllocate }, allocated);
    expect(checks.map((c) => [c.rule, c.ok])).toEqual([
      ["sum", true],
      ["R2", true],
      ["R3", true],
      ["R8", false], // 梨树乡 and 雪山乡 lend out more than 5 % (scenarios/demo-county/golden/baseline.json)
    ]);
  });

  example(
    "sweepTotals",
    "below today's 511 posts no total is feasible (R2); above, the sums follow the total",
    async () => {
      const sweep = await sweepTotals(baseline, 509, 513);
      expect(sweep.steps.map((s) => s.total)).toEqual([509, 510, 511, 512, 513]);
      expect(sweep.steps.map((s) => s.status)).toEqual([
        "infeasible",
        "infeasible",
        "optimal",
        "optimal",
        "optimal",
      ]);
      for (const step of sweep.steps.filter((s) => s.status === "optimal")) {
        expect(step.posts.reduce((s, x) => s + x, 0)).toBe(step.toAllocate);
      }
    },
  );

  example(
    "textTable",
    "pads text left and numbers right, two spaces apart, with a rule under the header",
    () => {
      expect(textTable(["a", "b"], [["x", "1"]], ["left", "right"])).toBe("a  b\n-  -\nx  1");
    },
  );

  example("TOOLKIT_VERSION", "the toolkit version is 0.1.0", () => {
    expect(TOOLKIT_VERSION).toBe("0.1.0");
  });

  example("contentHash", "the hash of no parts is SHA-256 of no bytes", async () => {
    expect(await contentHash([])).toBe("e3b0c44298fc");
  });

  example("filesHash", "the hash of the demo baseline's files is 12 hex digits", async () => {
    const files = {
      data: { name: "t.csv", bytes: new Uint8Array(readFileSync("scenarios/demo-county/townships.csv")) },
      scenario: { text: readFileSync("scenarios/demo-county/baseline.yaml", "utf8") },
      model: { text: readFileSync("models/standard.yaml", "utf8") },
    };
    expect(await filesHash(files)).toMatch(/^[0-9a-f]{12}$/);
  });

  example("countyOf", "the demo county's table is the demo county", () => {
    expect(countyOf("scenarios/demo-county/townships.csv").zh).toBe("示例县（虚构数据）");
  });

  example("countyOf", "another table is named by its file's stem", () => {
    expect(countyOf("data/溪县乡镇数据.xlsx").zh).toBe("溪县乡镇数据");
  });

  example("provinceCountyLine", "two counties", () => {
    expect(provinceCountyLine(["甲县", "乙县"]).zh).toBe("2 个县：甲县、乙县");
  });

  example("oneOfCounties", "one county of three", () => {
    expect(oneOfCounties("乙县", 3).zh).toBe("乙县（全表 3 个县之一）");
  });

  example("resultIdentity", "the baseline's identity has a 12-digit hash", async () => {
    const result = await runScenario(baseline);
    const files = {
      data: { name: "t.csv", bytes: new Uint8Array(readFileSync("scenarios/demo-county/townships.csv")) },
      scenario: { text: readFileSync("scenarios/demo-county/baseline.yaml", "utf8") },
      model: { text: readFileSync("models/standard.yaml", "utf8") },
    };
    expect((await resultIdentity(baseline, result, files)).hash).toMatch(/^[0-9a-f]{12}$/);
  });

  example("identityRows", "the last row names the toolkit and its version", async () => {
    const result = await runScenario(baseline);
    const files = {
      data: {
        name: "scenarios/demo-county/townships.csv",
        bytes: new Uint8Array(readFileSync("scenarios/demo-county/townships.csv")),
      },
      scenario: { text: readFileSync("scenarios/demo-county/baseline.yaml", "utf8") },
      model: { text: readFileSync("models/standard.yaml", "utf8") },
    };
    expect(identityRows(await resultIdentity(baseline, result, files), "zh")[0]).toEqual([
      "县",
      "示例县（虚构数据）",
    ]);
  });

  example("IDENTITY_LABELS", "the hash's label", () => {
    expect(IDENTITY_LABELS.hash.zh).toBe("内容校验码");
  });

  example("resultToXlsx", "an XLSX file is a ZIP: it starts with PK", async () => {
    const result = await runScenario(baseline);
    const bytes = await resultToXlsx(result, "zh");
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(String.fromCharCode(bytes[0]!, bytes[1]!)).toBe("PK");
  });
});

describe("src/cli", () => {
  example("main", "solve --format json prints the baseline's result", async () => {
    const { code, stdout } = await runCli([
      "solve",
      "scenarios/demo-county/baseline.yaml",
      "--format",
      "json",
    ]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).totals.toAllocate).toBe(511);
  });

  example("runApportionCommand", "Jefferson, 105 seats, English: exit 0, Virginia 19", async () => {
    const { out, io: cli } = captureIo();
    const code = await runApportionCommand(
      ["test/fixtures/apportion/us-1790.csv", "--total", "105", "--method", "jefferson", "--lang", "en"],
      cli,
    );
    expect(code).toBe(0);
    expect(out.stdout).toMatch(/Virginia\s.*\s19\s/);
  });

  example("runWeightsCommand", "AHP from a criteria CSV, English: exit 0", async () => {
    const { out, io: cli } = captureIo();
    const code = await runWeightsCommand(
      ["--method", "ahp", "--lang", "en", "test/fixtures/weights/leader-criteria.csv"],
      cli,
    );
    expect(code).toBe(0);
    expect(out.stdout).toContain("Experience");
  });
});

describe("src/cli: the shared command helpers", () => {
  example(
    "runCommand",
    "--help prints the help in the chosen language, exits 0 and skips the body",
    async () => {
      const { out, io } = captureIo();
      let ran = false;
      const body = async () => {
        ran = true;
        return EXIT_OK;
      };
      const code = await runCommand({ zh: "用法", en: "usage" }, ["--lang", "en", "--help"], io, body);
      expect(code).toBe(0);
      expect(out.stdout).toBe("usage");
      expect(ran).toBe(false);
      // And an InputError from the body is the problem report on stderr, exit 2 (the doc comment's rule).
      const bad = captureIo();
      const problem = { code: "x", file: "t.csv", message: { zh: "坏", en: "bad" } };
      expect(
        await runCommand({ zh: "用法", en: "usage" }, [], bad.io, async () => {
          throw new InputError([problem]);
        }),
      ).toBe(2);
      expect(bad.out.stderr).toBe(problemReport(new InputError([problem]), "zh"));
    },
  );

  example("parseOptions", "a positional, one option, and the default language zh", () => {
    expect(parseOptions(["a.yaml", "--format", "json"], ["format"])).toEqual({
      values: { format: "json" },
      positionals: ["a.yaml"],
      lang: "zh",
    });
  });

  example("problemReport", "a count, then the problem in Chinese and in English", () => {
    const error = new InputError([
      { code: "x", file: "t.csv", row: 3, message: { zh: "应为正数", en: "expected a number > 0" } },
    ]);
    expect(problemReport(error, "zh")).toBe(
      "输入有误（共 1 处） / bad input (1 problem):\n错误：t.csv，第3行: 应为正数\nerror: t.csv, row 3: expected a number > 0\n",
    );
  });
});

describe("src/types, src/data: problems and small readers", () => {
  example("formatProblem", "file, 第n行 and the column as written, then the message", () => {
    const message = { zh: "应为正整数，实为“abc”", en: 'expected a whole number > 0, found "abc"' };
    expect(
      formatProblem({ code: "not-a-number", file: "t.csv", row: 3, column: "人口", message }, "zh"),
    ).toBe("t.csv，第3行，列“人口”: 应为正整数，实为“abc”");
  });

  example("columnLabel", "a known column by its label (TOWNSHIP_COLUMNS)", () => {
    expect(columnLabel("adminPosts").zh).toBe("现有行政编制");
  });

  example("columnLabel", "any other column by its header as written", () => {
    expect(columnLabel("森林覆盖率（%）").zh).toBe("森林覆盖率（%）");
  });

  example(
    "looksLikeCountyCsv",
    "id, name and category headers make a county table; a plain table has none",
    () => {
      expect(looksLikeCountyCsv("编号,乡镇名称,乡镇类别,人口\nT01,城厢镇,县政府驻地镇,238600\n")).toBe(true);
      expect(looksLikeCountyCsv("乡镇,人口,面积\n甲镇,1200,30\n")).toBe(false);
    },
  );

  example("headerListZh", "the population column's Chinese headers (acceptedHeaders without the key)", () => {
    expect(headerListZh(TOWNSHIP_COLUMNS.find((c) => c.key === "population")!)).toBe(
      "人口、常住人口、户籍人口、人口数量、人口（人）",
    );
  });

  example("parseUnitsCsv", "the first column names the unit, the second is its weight", () => {
    expect(parseUnitsCsv("state,population\nA,100\nB,50\n", { file: "s.csv" })).toEqual([
      { name: "A", weight: 100 },
      { name: "B", weight: 50 },
    ]);
  });

  example("readPairwiseCsv", "names, cell texts as written, and spreadsheet rows 2 and 3", () => {
    expect(readPairwiseCsv(",a,b\na,1,3\nb,1/3,1\n")).toEqual({
      names: ["a", "b"],
      matrix: [
        ["1", "3"],
        ["1/3", "1"],
      ],
      rows: [2, 3],
    });
  });
});

describe("src/edit: the AHP verdict", () => {
  example("ahpVerdict", "a cyclic 3 × 3 matrix (CR ≥ 0.10) in use is blocked unless accepted", () => {
    // a > b 2, b > c 2, c > a 2: CR = 0.431 with Saaty's RI 0.58.
    const input = {
      factors: ["a", "b", "c"],
      labels: ["a", "b", "c"].map((x) => ({ zh: x, en: x })),
      matrix: [
        [1, 2, 0.5],
        [0.5, 1, 2],
        [2, 0.5, 1],
      ],
      randomIndex: "saaty" as const,
      use: true,
      accept: false,
    };
    const verdict = ahpVerdict(input);
    expect(verdict.result.cr).toBeGreaterThanOrEqual(0.1);
    expect(verdict.use).toBe("blocked");
    expect(ahpVerdict({ ...input, accept: true }).use).toBe("accepted");
  });
});

describe("src/report: numbers", () => {
  example("formatNumber", "grouped digits", () => {
    expect(formatNumber(238600, "zh")).toBe("238,600");
  });

  example("formatNumber", "at most two decimals", () => {
    expect(formatNumber(46.43113, "en", 2)).toBe("46.43");
  });

  example("formatSigned", "a real minus sign (U+2212)", () => {
    expect(formatSigned(-2, "zh")).toBe("\u22122");
  });

  example("formatSigned", "a plus sign and two decimals", () => {
    expect(formatSigned(7.8293, "en", 2)).toBe("+7.83");
  });

  example("formatPercent", "0.35 is 35.0 % with one decimal", () => {
    expect(formatPercent(0.35, "zh")).toBe("35.0%");
  });

  example("formatWithUnit", "the English unit after the number", () => {
    expect(formatWithUnit(118.4, { zh: "平方公里", en: "km²" }, "en")).toBe("118.4 km²");
  });

  example("formatCompact", "1,512,000 in three significant digits: 1.51M (151万 in Chinese)", () => {
    expect(formatCompact(1512000, "en")).toBe("1.51M");
    expect(formatCompact(1512000, "zh")).toBe("151万");
  });

  example("textTable", "no header row when headers is null", () => {
    expect(textTable(null, [["λmax", "5.07"]], ["left", "left"])).toBe("λmax  5.07");
  });

  example("sortRows", "numbers descending: 10 before 2 (not in text order)", () => {
    expect(sortRows([{ n: 2 }, { n: 10 }], { type: "number", value: (r) => r.n }, "descending")).toEqual([
      { n: 10 },
      { n: 2 },
    ]);
  });

  example("groupByCategory", "two groups of 22 and two townships of 20: 84", () => {
    const laid = groupByCategory([{ category: "general" }, { category: "countySeat" }], {
      group: 22,
      township: 20,
    });
    expect(laid.height).toBe(2 * 22 + 2 * 20);
    expect(laid.lines.map((l) => [l.kind, l.y])).toEqual([
      ["group", 0],
      ["township", 22],
      ["group", 42],
      ["township", 64],
    ]);
  });
});

describe("src/report: apportionment and weights reports (CLI goldens)", () => {
  const golden = (name: string) => readFileSync(`test/fixtures/golden-cli/${name}`, "utf8");
  const us1790 = () =>
    apportion(
      parseUnitsCsv(readFileSync("test/fixtures/apportion/us-1790.csv", "utf8"), {
        file: "test/fixtures/apportion/us-1790.csv",
      }),
      105,
      "jefferson",
    );
  const xu2004File = "test/fixtures/weights/xu2004.csv";
  const xu2004 = () => parseIndicatorCsv(readFileSync(xu2004File, "utf8"), { file: xu2004File });
  const leader = () => {
    const csv = parsePairwiseCsv(readFileSync("test/fixtures/weights/leader-criteria.csv", "utf8"));
    return ahpWeights(csv.names, csv.matrix);
  };
  const standardAhp = () =>
    modelAhpHierarchy(
      parseModel(readFileSync("models/standard-ahp.yaml", "utf8"), "models/standard-ahp.yaml"),
    );

  example("apportionInfeasibleToJson", "minimums of 520 above a total of 500", () => {
    const result = apportion([{ name: "A", weight: 1, min: 520 }], 500, "webster");
    if (result.status !== "infeasible") throw new Error("expected infeasible");
    expect(JSON.parse(apportionInfeasibleToJson(result)).diagnosis.en).toBe(
      "minimums need 520, total is 500: raise the total to at least 520 or lower the minimums by 20 in all",
    );
  });

  example("apportionToJson", "the Act of 1792 (Jefferson, 105 seats) as the CLI golden", () => {
    const result = us1790();
    if (result.status !== "ok") throw new Error(result.diagnosis.en);
    const text = apportionToJson(result, "zh");
    expect(text).toBe(golden("apportion-us1790-105-jefferson.json"));
    expect(JSON.parse(text).units.find((u: { name: string }) => u.name === "Virginia").allocated).toBe(19);
  });

  example("apportionToText", "the same run as the Chinese CLI golden table", () => {
    const result = us1790();
    if (result.status !== "ok") throw new Error(result.diagnosis.en);
    expect(apportionToText(result, "zh")).toBe(golden("apportion-us1790-105-jefferson.zh.txt"));
  });

  example("ahpToJson", "the leader example's CR 0.0439 (Wikipedia: 0.044)", () => {
    expect(JSON.parse(ahpToJson("leader-criteria.csv", leader())).cr).toBeCloseTo(0.0439, 4);
  });

  example("ahpToText", "weights and CR of the leader example (Wikipedia: Experience 0.547, CR 0.044)", () => {
    const text = ahpToText("leader-criteria.csv", leader(), "zh");
    expect(text.split("\n")).toContain("Experience  0.5476");
    expect(text.split("\n")).toContain("一致性比率 CR      0.0439");
  });

  example("entropyToJson", "Xu (2004) with min-max proportions as the CLI golden", () => {
    expect(entropyToJson(xu2004File, entropyWeights(xu2004(), { normalise: "minmax" }))).toBe(
      golden("weights-entropy-xu2004.json"),
    );
  });

  example("entropyToText", "the same as the Chinese CLI golden table", () => {
    expect(entropyToText(xu2004File, entropyWeights(xu2004(), { normalise: "minmax" }), "zh")).toBe(
      golden("weights-entropy-xu2004.zh.txt"),
    );
  });

  example("criticToJson", "CRITIC on Xu (2004) as the CLI golden", () => {
    expect(criticToJson(xu2004File, criticWeights(xu2004()))).toBe(golden("weights-critic-xu2004.json"));
  });

  example("criticToText", "the same as the Chinese CLI golden table", () => {
    expect(criticToText(xu2004File, criticWeights(xu2004()), "zh")).toBe(
      golden("weights-critic-xu2004.zh.txt"),
    );
  });

  const combinedReport = () => {
    const expertFile = "expert-weights.csv";
    const dataFile = "townships.csv";
    const expert = parseWeightsCsv(readFileSync("test/fixtures/weights/expert-weights.csv", "utf8"));
    const data = entropyWeights(
      parseIndicatorCsv(readFileSync("test/fixtures/weights/townships.csv", "utf8")),
      {
        normalise: "minmax",
      },
    );
    const combined = combinedWeights(expert, { names: data.indicators, weights: data.weights }, 0.5);
    return { report: { expertFile, dataFile, ahp: undefined, data, combined }, expert };
  };

  example("combinedToJson", "0.5 × expert + 0.5 × data, indicator by indicator", () => {
    const { report, expert } = combinedReport();
    const weights: number[] = JSON.parse(combinedToJson(report)).weights;
    // expert-weights.csv: 人口 0.4, 面积 0.2, 地区生产总值 0.3, 距县城里程 0.1, in the data's order.
    expect(expert.names).toEqual(report.data.indicators);
    for (const [j, w] of weights.entries())
      expect(w).toBeCloseTo(0.5 * expert.weights[j]! + 0.5 * report.data.weights[j]!, 12);
    for (const [j, w] of [0.3521, 0.1925, 0.3199, 0.1355].entries()) expect(weights[j]).toBeCloseTo(w, 4);
  });

  example("combinedToText", "the 人口 row: expert 0.4, data 0.3042, combined 0.3521", () => {
    expect(combinedToText(combinedReport().report, "zh").split("\n")).toContain(
      "人口            0.4000    0.3042    0.3521",
    );
  });

  example("hierarchyToJson", "models/standard-ahp.yaml as the CLI golden", () => {
    expect(hierarchyToJson("models/standard-ahp.yaml", standardAhp())).toBe(
      golden("weights-ahp-standard.json"),
    );
  });

  example("hierarchyToText", "the same as the Chinese CLI golden table", () => {
    expect(hierarchyToText("models/standard-ahp.yaml", standardAhp(), "zh")).toBe(
      golden("weights-ahp-standard.zh.txt"),
    );
  });
});

describe("src/report, src/simulate, src/run: the demo baseline's result and sweeps", () => {
  example("compareAllocations", "baseline → population-first: 城厢镇 46 → 50 (the two goldens)", async () => {
    const populationFirst = await runScenario(
      await resolveInMemory(readScenarioOnDisk("scenarios/demo-county/population-first.yaml")),
    );
    // scenarios/demo-county/golden/baseline.json T01 allocated 46; golden/population-first.json T01 50.
    expect(compareAllocations(await runScenario(baseline), populationFirst)[0]).toMatchObject({
      id: "T01",
      name: "城厢镇",
      category: "countySeat",
      current: 45,
      loaded: 46,
      now: 50,
      difference: 4,
    });
  });

  example("nextPostText", "Webster's next post 512 goes to 古佛镇 ahead of 芦溪镇 by 0.35 %", async () => {
    // `solve` of baseline.yaml with method: webster: next T09 priority 0.0245172, runner-up T02 0.0244324;
    // 0.0000848 / 0.0244324 = 0.347 % (test/report-next-post.test.ts).
    expect(nextPostText(await runScenario({ ...baseline, method: "webster" }))?.zh).toBe(
      "按韦伯斯特法（圣拉古法），下一个名额（第 512 名）将给古佛镇（其第 21 名），领先芦溪镇（其第 31 名）：优先值 0.0245172 对 0.0244324，高 0.35%。",
    );
  });

  example(
    "indicatorFacts",
    "T05's population 38,700 ranks 5th of 25 (test/report-township-facts.test.ts)",
    async () => {
      const result = await runScenario(baseline);
      const population = indicatorFacts(baseline, result, "T05").find((f) => f.id === "population");
      expect(population?.raw).toBe(38700);
      expect(population?.rank).toBe(5);
    },
  );

  example("factorFacts", "城厢镇 scores 1 on the first four factors: contributions = weights", async () => {
    const result = await runScenario(baseline);
    // Weights 0.15, 0.2, 0.1, 0.35, 0.2 (baseline); area 118.4 km² scores 0.318 of the largest.
    expect(factorFacts(baseline, result, "T01").map((f) => f.contribution)).toEqual([
      0.15, 0.2, 0.1, 0.35, 0.06364834596053752,
    ]);
  });

  example("indexRank", "城厢镇 has the highest index", async () => {
    expect(indexRank(await runScenario(baseline), "T01")).toBe(1);
  });

  example(
    "waterfallSteps",
    "城厢镇: index share, its coefficient, renormalisation, rebalance, rounding",
    async () => {
      const result = await runScenario(baseline);
      // golden/baseline.zh.md 城厢镇: ×1.3 +11.58, renormalisation −3.75, rebalance −0.79, rounding +0.36 → 46.
      expect(waterfallSteps(result.townships[0]!).map((s) => s.kind)).toEqual([
        "start",
        "priority",
        "renormalisation",
        "rebalance",
        "rounding",
        "end",
      ]);
    },
  );

  example("sweepToJson", "521–560 is 40 steps; 521–530 is the CLI golden", async () => {
    expect(JSON.parse(sweepToJson(await sweepTotals(baseline, 521, 560))).steps.length).toBe(40);
    expect(sweepToJson(await sweepTotals(baseline, 521, 530))).toBe(
      readFileSync("test/fixtures/golden-cli/sweep-baseline-521-530.json", "utf8"),
    );
  });

  example("sweepGrid", "T01 at 511: 44 posts, the first total, changed from today's 45", async () => {
    const sweep = await sweepTotals(baseline, 511, 520);
    expect(sweepGrid(sweep, baseline.data.townships).rows[0]!.cells[0]).toEqual({
      total: 511,
      posts: 44,
      gain: 0,
      changed: true,
      paradox: false,
    });
  });

  example("sweepSummary", "Webster has no Alabama paradox (a divisor method never has one)", async () => {
    const sweep = await sweepTotals({ ...baseline, method: "webster" }, 511, 571);
    expect(sweepSummary(sweep, "webster").headline.en).toBe(
      "✓ Webster (Sainte-Laguë): for county totals 511–571, no township loses a post as the total rises (no Alabama paradox).",
    );
  });

  example("defaultSweepRange", "from today's 511 to 60 above", () => {
    expect(defaultSweepRange({ current: 511, total: 521 })).toEqual({ from: 511, to: 571 });
  });

  example("sweepRangeProblem", "first above last", () => {
    expect(sweepRangeProblem(600, 500)?.en).toBe("The first total 600 is above the last total 500.");
    expect(sweepRangeProblem(511, 571)).toBeNull();
  });

  example("solveSources", "the demo baseline: 25 townships, 城厢镇 46 (golden/baseline.json)", async () => {
    const outcome = await solveSources(demoSources("baseline"));
    if (outcome.status !== "solved") throw new Error(outcome.problems.map((p) => p.message.en).join("; "));
    expect(outcome.result.townships).toHaveLength(25);
    expect(outcome.result.townships[0]).toMatchObject({ id: "T01", allocated: 46 });
  });

  example(
    "solvePlanSources",
    "whole-policy.yaml: three post types, each type's allocation as in golden/whole-policy.json (the CLI's solve)",
    async () => {
      const sources = {
        ...demoSources("whole-policy"),
        offices: {
          name: "scenarios/demo-county/offices.csv",
          bytes: new Uint8Array(readFileSync("scenarios/demo-county/offices.csv")),
        },
      };
      const outcome = await solvePlanSources(sources);
      if (outcome.status !== "solved") throw new Error(outcome.problems.map((p) => p.message.en).join("; "));
      expect(outcome.result.scenario.postTypes).toEqual(["admin", "institution", "leader"]);
      const golden = JSON.parse(readFileSync("scenarios/demo-county/golden/whole-policy.json", "utf8")) as {
        townships: { id: string; posts: Record<string, { total: number }> }[];
      };
      expect(outcome.result.townships.map((t) => [t.id, t.posts.leader?.total])).toEqual(
        golden.townships.map((t) => [t.id, t.posts.leader?.total]),
      );
    },
  );

  example(
    "sweepSources",
    "the demo baseline swept 511–571 with Webster: 61 totals, no ordering to drop",
    async () => {
      const outcome = await sweepSources(demoSources("baseline"), { method: "webster", from: 511, to: 571 });
      if (outcome.status !== "swept") throw new Error(outcome.problems.map((p) => p.message.en).join("; "));
      expect(outcome.method).toBe("webster");
      expect(outcome.orderingOff).toBe(false);
      expect(outcome.sweep.steps).toHaveLength(571 - 511 + 1);
    },
  );

  example("relaxations", "total-below-current.yaml: 480 is 31 below today's 511 posts (R2)", async () => {
    // ordering-too-tight.yaml (test/allocation-relaxations.test.ts) needs HiGHS confirmations, ~5 s: too slow here.
    const scenario = await resolveInMemory(
      readScenarioOnDisk("test/fixtures/scenarios/total-below-current.yaml"),
    );
    const index = computeIndex(scenario.model, scenario.data);
    if (index.status !== "computed") throw new Error("the demo index computes");
    expect((await relaxations(scenario, index.result.townships)).map((r) => r.message.en)).toEqual([
      "raise the total by 31 posts, from 480 to 511",
    ]);
  });
});

describe("src/weighting: county tables and the checks before the methods", () => {
  const standard = () => parseModel(readFileSync("models/standard.yaml", "utf8"), "models/standard.yaml");
  const townshipsFile = "test/fixtures/weights/townships.csv";
  const townships = () => parseIndicatorCsv(readFileSync(townshipsFile, "utf8"), { file: "townships.csv" });

  example("countyIndicators", "the model's six indicators; or a column by its header", () => {
    expect(countyIndicators(standard(), baseline.data).map((i) => i.name)).toEqual([
      "locationScore",
      "gdp",
      "fiscalRevenue",
      "keyProjects",
      "population",
      "area",
    ]);
    expect(countyIndicators(standard(), baseline.data, ["人口（人）"])[0]).toEqual({
      name: "人口（人）",
      label: { zh: "常住人口", en: "Population" },
      column: "population",
      direction: "benefit",
    });
  });

  example("countyIndicatorTable", "entropy of the demo county's six indicators", () => {
    const { table } = countyIndicatorTable(baseline.data, countyIndicators(standard(), baseline.data));
    const weights = entropyWeights(table, { normalise: "minmax" }).weights;
    // The same weights as `weights --method entropy` on the demo table, which test/cli-weights-county.test.ts
    // checks against entropy computed by hand from the CSV.
    for (const [j, w] of [0.0359, 0.2154, 0.2525, 0.1301, 0.2181, 0.148].entries())
      expect(weights[j]).toBeCloseTo(w, 4);
  });

  example("countyCostDirections", "a column named by its header becomes a cost indicator", () => {
    const indicators = countyIndicators(standard(), baseline.data, ["人口", "距县城距离"]);
    expect(countyCostDirections(indicators, ["距县城距离"], "t.csv")).toEqual({ 距县城距离: "cost" });
  });

  example("modelAhpHierarchy", "Alonso–Lamata's RI for five factors, 1.1086; the same weights", () => {
    const model = parseModel(readFileSync("models/standard-ahp.yaml", "utf8"), "models/standard-ahp.yaml");
    const h = modelAhpHierarchy(model, { randomIndex: "alonso-lamata" });
    expect(h.factors.combined.ri).toBe(randomIndex(5, "alonso-lamata"));
    expect(h.factors.combined.ri).toBe(1.1086);
    // The random index changes CR, never the weights: population 0.3364 as with Saaty's table (CLI golden).
    expect(h.global.find((g) => g.indicator === "population")?.weight).toBeCloseTo(0.3364, 4);
  });

  example("costDirections", "a listed column of the table as a cost indicator", () => {
    expect(costDirections(townships(), ["距县城里程"], "townships.csv")).toEqual({ 距县城里程: "cost" });
  });

  example("checkRandomIndexCovers", "Saaty's table stops at 10", () => {
    expect(() => checkRandomIndexCovers(10, "saaty", "m.csv")).not.toThrow();
    try {
      checkRandomIndexCovers(11, "saaty", "m.csv");
      expect.unreachable("11 criteria are beyond Saaty's table");
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).problems.map((p) => [p.code, p.message.en])).toEqual([
        [
          "matrix-too-large",
          "the matrix has 11 criteria but the Saaty (1980) random index table stops at 10: use --ri alonso-lamata or --ri cn-textbook (up to 15), or fewer criteria",
        ],
      ]);
    }
  });

  example("checkObjectiveData", "flat.csv: both townships have the same values", () => {
    const flat = parseIndicatorCsv(readFileSync("test/fixtures/weights/flat.csv", "utf8"), {
      file: "flat.csv",
    });
    try {
      checkObjectiveData(flat, "entropy", "minmax", {}, "flat.csv");
      expect.unreachable("no indicator of flat.csv varies");
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).problems.map((p) => [p.code, p.message.en])).toEqual([
        [
          "no-variation",
          "no indicator varies across the alternatives: the entropy method cannot derive weights",
        ],
      ]);
    }
  });

  example("matrixWeights", "the leader example with Alonso–Lamata's RI: CR = CI / 0.8815", () => {
    const text = readFileSync("test/fixtures/weights/leader-criteria.csv", "utf8");
    const file = "leader-criteria.csv";
    const r = matrixWeights(parsePairwiseCsv(text, { file }), "alonso-lamata", file);
    expect(r.ri).toBe(0.8815);
    expect(r.cr).toBeCloseTo(r.ci / 0.8815, 12);
    expect(r.cr).toBeCloseTo(0.0448, 4);
  });

  example("objectiveWeights", "entropy with 距县城里程 a cost: the entropyWeights result", () => {
    const weights = objectiveWeights(
      townships(),
      "entropy",
      "minmax",
      { 距县城里程: "cost" },
      "townships.csv",
    ).weights;
    expect(weights).toEqual(
      entropyWeights(townships(), { normalise: "minmax", directions: { 距县城里程: "cost" } }).weights,
    );
    for (const [j, w] of [0.2995, 0.1822, 0.3345, 0.1838].entries()) expect(weights[j]).toBeCloseTo(w, 4);
  });
});

describe("src/words", () => {
  const standard = () => parseModel(readFileSync("models/standard.yaml", "utf8"), "models/standard.yaml");

  example("BACKEND_LABELS", "the exact greedy engine", () => {
    expect(BACKEND_LABELS.exact.zh).toBe("精确贪心算法");
  });

  example("CATEGORY_LABELS", "the county seat", () => {
    expect(CATEGORY_LABELS.countySeat.zh).toBe("县政府驻地镇");
  });

  example("checkRuleLabel", "the exact-total invariant", () => {
    expect(checkRuleLabel("sum").zh).toBe("合计");
  });

  example("checkRuleLabel", "a policy rule id as it is", () => {
    expect(checkRuleLabel("R3").zh).toBe("R3");
  });

  example("factorLabel", "the label in models/standard.yaml", () => {
    expect(factorLabel(standard(), "location").zh).toBe("区位与发展定位");
  });

  example("factorLabel", "an unknown id is itself", () => {
    expect(factorLabel(standard(), "nowhere").zh).toBe("nowhere");
  });

  example("fixed", "two decimals by default", () => {
    expect(fixed(46.4312)).toBe("46.43");
  });

  example("fixed", "no trailing zeros", () => {
    expect(fixed(0.5, 4)).toBe("0.5");
  });

  example("indicatorLabel", "the label in models/standard.yaml", () => {
    expect(indicatorLabel(standard(), "gdp").zh).toBe("地区生产总值");
  });

  example("indicatorPlace", "factor and indicator by name in Chinese, no key path", () => {
    expect(
      indicatorPlace(
        { zh: "区位", en: "Location" },
        { zh: "区位得分", en: "Location score" },
        "factors.0.indicators.0",
      ).zh,
    ).toBe("因素“区位”的指标“区位得分”");
  });

  example("OBJECTIVE_LABELS", "the relative objective is Webster's method", () => {
    expect(OBJECTIVE_LABELS["least-squares-relative"].zh).toBe("相对偏差平方和最小（韦伯斯特法，含上下限）");
  });

  example("OBJECTIVE_GUARANTEES", "the absolute objective can show the Alabama paradox", () => {
    expect(OBJECTIVE_GUARANTEES["least-absolute-deviation"].en).toMatch(
      /^raising the total can take a post from a township/,
    );
  });

  example("OBJECTIVE_VALUE_LABELS", "the absolute objective's value is the total deviation", () => {
    expect(OBJECTIVE_VALUE_LABELS["least-absolute-deviation"].en).toBe("total deviation");
  });

  example("objectiveRefusedMessage", "Hamilton's method rounds by its own rule", () => {
    expect(
      objectiveRefusedMessage({ objective: "least-squares-relative", methodLabel: METHOD_LABELS.hamilton })
        .en,
    ).toMatch(/Hamilton \(largest remainder\) rounds by its own rule$/);
  });

  example("METHOD_LABELS", "the LP", () => {
    expect(METHOD_LABELS.lp.zh).toBe("线性规划（偏离比例目标最小）");
  });

  example("METHOD_LABELS", "Webster's other name", () => {
    expect(METHOD_LABELS.webster.en).toBe("Webster (Sainte-Laguë)");
  });

  example("nextPostSentence", "0.0001364 / 0.0248682 = 0.55 % higher", () => {
    const facts = {
      method: { zh: "韦伯斯特法（圣拉古法）", en: "Webster (Sainte-Laguë)" },
      measure: "priority" as const,
      postNumber: 512,
      next: { name: "芦溪镇", post: 31, priority: 0.0250046 },
      runnerUp: { name: "太平镇", post: 23, priority: 0.0248682 },
      margin: 0.0001364,
      tieBreak: { zh: "（不平局，不用）", en: "(no tie, unused)" },
    };
    expect(nextPostSentence(facts).zh).toBe(
      "按韦伯斯特法（圣拉古法），下一个名额（第 512 名）将给芦溪镇（其第 31 名），领先太平镇（其第 23 名）：优先值 0.0250046 对 0.0248682，高 0.55%。",
    );
  });

  example("paradoxSentence", "凤凰乡 loses a post as the total rises", () => {
    expect(paradoxSentence({ name: "凤凰乡", fromTotal: 538, toTotal: 539, before: 16, after: 15 }).zh).toBe(
      "凤凰乡：县域总量由 538 增至 539 名时，编制由 16 名减为 15 名",
    );
  });

  example("paradoxHeadline", "no case: the ✓ headline", () => {
    expect(
      paradoxHeadline({
        method: { zh: "韦伯斯特法（圣拉古法）", en: "Webster (Sainte-Laguë)" },
        from: 511,
        to: 571,
        cases: 0,
      }).en,
    ).toBe(
      "✓ Webster (Sainte-Laguë): for county totals 511–571, no township loses a post as the total rises (no Alabama paradox).",
    );
  });

  example("POST_TYPE_LABELS", "admin posts", () => {
    expect(POST_TYPE_LABELS.admin.zh).toBe("行政编制");
  });

  example("provenOptimalLabel", "proven", () => {
    expect(provenOptimalLabel(true).zh).toBe("已证明最优");
  });

  example("provenOptimalLabel", "not proven", () => {
    expect(provenOptimalLabel(false).en).toBe("optimality not proven");
  });

  example("REASON_LABELS", "the floor", () => {
    expect(REASON_LABELS.floor.zh).toBe("最低编制");
  });

  example("RESULT_COLUMNS", "the allocation column", () => {
    expect(RESULT_COLUMNS.allocated.zh).toBe("核定");
  });

  example("signedFixed", "a plus sign, two decimals", () => {
    expect(signedFixed(7.8312)).toBe("+7.83");
  });

  example("signedFixed", "a true minus sign (U+2212)", () => {
    expect(signedFixed(-2)).toBe("\u22122");
  });

  example(
    "comparedIdentity",
    "the baseline's files hash as `quota-planner compare` prints them",
    async () => {
      const s = demoSources("baseline");
      const text = "text" in s.scenario ? s.scenario.text : "";
      const identity = await comparedIdentity([
        { label: { zh: "基准方案", en: "Baseline" }, fileName: "baseline.yaml", yaml: text, sources: s },
      ]);
      // the CLI: `quota-planner sensitivity scenarios/demo-county/baseline.yaml` → 内容校验码 879801da55fa
      expect(identity.scenarios[0]!.hash).toBe("879801da55fa");
    },
  );

  example("comparedIdentityLines", "one line per scenario after the head", () => {
    const lines = comparedIdentityLines(
      {
        version: "0.1.0",
        scenarios: [
          {
            name: { zh: "基准方案", en: "Baseline" },
            file: "baseline.yaml",
            model: "standard.yaml",
            data: "townships.csv",
            county: { zh: "示例县", en: "Demo county" },
            hash: "879801da55fa",
          },
        ],
      },
      "en",
    );
    expect(lines[1]).toBe(
      "Scenario 1: Baseline (baseline.yaml, model standard.yaml, Demo county, data townships.csv, content hash 879801da55fa)",
    );
  });

  example("orderingNeedsLpMessage", "the ordering with Hamilton's method", () => {
    expect(orderingNeedsLpMessage("hamilton").en).toBe(
      "category ordering works only with method: lp; the hamilton method honours floors, caps and the band only",
    );
  });

  example("wroteReportMessage", "report's sentence after the PDF", () => {
    expect(wroteReportMessage("baseline.pdf", "879801da55fa").en).toBe(
      "wrote baseline.pdf (content hash 879801da55fa)",
    );
    expect(wroteReportMessage("baseline.pdf", "879801da55fa").zh).toBe(
      "已写入 baseline.pdf（内容校验码 879801da55fa）",
    );
  });

  example("printedHashNote", "the pages' own hash", () => {
    expect(printedHashNote("0123456789ab").en).toBe(
      "note: the pages hash the county table as canonical CSV; the printed pages carry 0123456789ab",
    );
  });

  example("numberOption", "an infinite concentration", () => {
    expect(numberOption("inf", "concentration", { min: 0, infinite: true })).toBe(Number.POSITIVE_INFINITY);
  });

  example("numberOption", "sensitivity's --range; out of range is a usage error", () => {
    expect(numberOption("0.05", "range", { min: 0, max: 1 })).toBe(0.05);
    expect(numberOption(undefined, "range", { min: 0, max: 1 })).toBeUndefined();
    expect(() => numberOption("0", "range", { min: 0, max: 1 })).toThrow(UsageError);
    expect(numberOption("0", "judgement-steps", { min: 0, minIncluded: true })).toBe(0);
    expect(() => numberOption("inf", "judgement-steps", { min: 0, minIncluded: true })).toThrow(UsageError);
  });

  example("numberOptionMessage", "the words of sensitivity's --range", () => {
    expect(numberOptionMessage("range", "2", { min: 0, max: 1 }).en).toBe(
      '--range should be a number > 0 and <= 1, found "2"',
    );
  });

  example("numberOptionMessage", "the words of simulate's --concentration", () => {
    expect(numberOptionMessage("concentration", "-1", { min: 0, infinite: true }).zh).toBe(
      "--concentration 应为正数或 inf，实为“-1”",
    );
  });

  example("upperFirst", "the township summary's binding constraint in English", () => {
    expect(upperFirst("free")).toBe("Free");
    expect(upperFirst("")).toBe("");
  });

  example("upperFirst", "Chinese as it is", () => {
    expect(upperFirst("无约束")).toBe("无约束");
  });

  example("signedInt", "a plus sign", () => {
    expect(signedInt(3)).toBe("+3");
  });

  example("signedInt", "a true minus sign (U+2212)", () => {
    expect(signedInt(-2)).toBe("\u22122");
  });

  example("floorsStorySentence", "10 townships at the floor 15 take 27.9 posts", () => {
    expect(floorsStorySentence({ count: 10, floors: [15], posts: 27.9, names: ["高坪乡"] }).zh).toBe(
      "最低编制：10 个乡镇按最低编制 15 名，比其比例目标多占 27.9 名（高坪乡）",
    );
  });

  example("paidByStorySentence", "the other 15 give up 27.9 posts", () => {
    expect(
      paidByStorySentence({ count: 15, posts: 27.9, byCategory: [{ category: "central", posts: -5.2 }] }).zh,
    ).toBe("其余 15 个乡镇按比例目标让出 27.9 名（中心镇 −5.2）");
  });

  example("bandStorySentence", "the band keeps 3.2 posts in 柏林镇", () => {
    expect(
      bandStorySentence({ lifted: 3.2, liftedNames: ["柏林镇"], heldDown: 0, heldDownNames: [] }).zh,
    ).toBe("稳定区间：1 个乡镇因最大核减数保留 3.2 名（柏林镇）");
  });

  example("capsStorySentence", "a cap holds 城厢镇 4.5 posts below its target", () => {
    expect(capsStorySentence({ posts: 4.5, names: ["城厢镇"] }).zh).toBe(
      "类别上限：1 个乡镇比其比例目标少得 4.5 名（城厢镇）",
    );
  });

  example("reserveStorySentence", "10 posts held at county level", () => {
    expect(
      reserveStorySentence({ posts: 10, rule: { zh: "机动编制 10 名", en: "flexible reserve of 10 posts" } })
        .zh,
    ).toBe("机动编制：10 名留在县级统筹，不分配到乡镇（机动编制 10 名）");
  });

  example("orderingStorySentence", "an ordering that moved nothing", () => {
    expect(orderingStorySentence({ moved: 0, byCategory: [] }).zh).toBe(
      "类别排序：未改变分配（与不排序相同）",
    );
  });

  example("STORY_LABELS", "the heading", () => {
    expect(STORY_LABELS.heading.zh).toBe("全县编制怎样分配");
  });

  example("SOLVER_STATUS_LABELS", "infeasible", () => {
    expect(SOLVER_STATUS_LABELS.infeasible.zh).toBe("无可行解");
  });

  example("OVERVIEW_SETTINGS_LABELS", "the link to the weights lab", () => {
    expect(OVERVIEW_SETTINGS_LABELS.edit.zh).toBe("在权重实验中修改这些设置");
  });

  example("SOLVE_STOP_LABELS", "the stop button", () => {
    expect(SOLVE_STOP_LABELS.stop.zh).toBe("停止求解");
  });

  example("STORED_DATA_LABELS", "the size placeholder", () => {
    expect(STORED_DATA_LABELS.tooLarge.en.includes("{size}")).toBe(true);
  });

  example("withUnmatchedHeaders", "a missing column brings the unmatched headers along", () => {
    const message = { zh: "", en: "" };
    const missingName = { code: "missing-column", file: "t.csv", column: "name", message };
    const unmatched = (header: string, suggestion: string) => ({
      code: "unmatched-header",
      file: "t.csv",
      column: header,
      suggestion,
      message,
    });
    expect(withUnmatchedHeaders([missingName], [unmatched("镇名称", "name")]).map((p) => p.code)).toEqual([
      "missing-column",
      "unmatched-header",
    ]);
  });

  example("SUMMARY_LABELS", "the posts to allocate", () => {
    expect(SUMMARY_LABELS.toAllocate.zh).toBe("可分配");
  });

  example("t", "a placeholder filled in", () => {
    expect(t({ zh: "共{n}个乡镇", en: "{n} townships" }, "en", { n: 12 })).toBe("12 townships");
  });

  example("t", "no placeholder", () => {
    expect(t({ zh: "核定", en: "New" }, "zh")).toBe("核定");
  });

  example("WEIGHTING_METHOD_LABELS", "entropy", () => {
    expect(WEIGHTING_METHOD_LABELS.entropy.zh).toBe("熵权法");
  });

  example("XLSX_SHEET_NAMES", "the allocation sheet", () => {
    expect(XLSX_SHEET_NAMES.allocation.zh).toBe("分配结果");
  });
  example("XLSX_WORKBOOK_LABELS", "the mark on the solver's numbers", () => {
    expect(XLSX_WORKBOOK_LABELS.solverMark.zh).toBe("由求解器计算，非公式");
  });
});

describe("src/simulate, src/report: compare, sensitivity and Monte Carlo (issue 12)", () => {
  const expertWeights = () => loadScenarioFile("scenarios/demo-county/expert-weights.yaml", process.cwd());
  const runOf = async (scenario: WeightedScenario) => ({ scenario, result: await runScenario(scenario) });

  example("seededRandom", "the first number for seed 42", () => {
    expect(seededRandom(42).next()).toBe(0.6606157226487994);
  });

  example("xoshiro128StarStar", "the reference code's first output from the state 1, 2, 3, 4", () => {
    const next = xoshiro128StarStar([1, 2, 3, 4]);
    expect(next()).toBe(11520);
  });

  example("normal", "the first standard normal draw of seed 1", () => {
    expect(normal(seededRandom(1))).toBe(0.4180795028522185);
  });

  example("gamma", "the first Gamma(2) draw of seed 1", () => {
    expect(gamma(seededRandom(1), 2)).toBe(2.2667649434261734);
  });

  example("dirichlet", "a draw around 0.5, 0.3, 0.2 with concentration 100", () => {
    const draw = dirichlet(seededRandom(7), [0.5, 0.3, 0.2], 100);
    expect(draw.map((x) => x.toFixed(5))).toEqual(["0.47202", "0.28075", "0.24723"]);
  });

  example("dirichlet", "concentration Infinity gives the mean, normalised", () => {
    expect(dirichlet(seededRandom(7), [2, 1, 1], Number.POSITIVE_INFINITY)).toEqual([0.5, 0.25, 0.25]);
  });

  example("findBreakpoint", "a step at 37 found by scanning every 10 and bisecting", async () => {
    const found = await findBreakpoint(
      async (d) => ({ status: "optimal" as const, posts: [d < 37 ? 1 : 2] }),
      100,
      10,
    );
    expect(found).toEqual({ at: 37, allocation: { status: "optimal", posts: [2] } });
  });

  example("allocationOf", "城厢镇's posts in the demo baseline (golden/baseline.json)", async () => {
    expect(allocationOf(await runScenario(baseline)).posts[0]).toBe(46);
  });

  example("compareScenarios", "the baseline against itself: no township moves", async () => {
    const run = await runOf(baseline);
    expect(compareScenarios([run, run]).townships.every((t) => t.largest === 0)).toBe(true);
  });

  example("comparisonTables", "the settings table's heads", async () => {
    const populationFirst = await loadScenarioFile(
      "scenarios/demo-county/population-first.yaml",
      process.cwd(),
    );
    const comparison = compareScenarios([await runOf(baseline), await runOf(populationFirst)]);
    expect(comparisonTables(comparison, "zh").settings.headers).toEqual(["设置", "方案1", "方案2"]);
  });

  example("compareSources", "two demo scenarios from memory", async () => {
    const outcome = await compareSources([demoSources("baseline"), demoSources("population-first")]);
    expect(outcome.status).toBe("compared");
  });

  example("sensitivitySources", "the baseline from memory", async () => {
    expect((await sensitivitySources(demoSources("baseline"), { steps: 3 })).status).toBe("analysed");
  });

  example("simulateSources", "ten runs of the baseline from memory", async () => {
    expect((await simulateSources(demoSources("baseline"), { runs: 10, seed: 1 })).status).toBe("simulated");
  });

  example(
    "weightSensitivity",
    "the smallest rise of the population weight that moves a township",
    async () => {
      const up = (await weightSensitivity(baseline)).weights[3]!.up!;
      // the exact breakpoint; the grid oracle (0.005 scan, bisection to 1e-6) finds 0.365867, the first grid point past it
      expect(up.method).toBe("exact");
      expect(up.breakpoint).toBeCloseTo(0.365866060364, 12);
      expect(up.value).toBe(0.365866060365);
      expect(up.townships.map((m) => `${m.name} ${m.from}→${m.to}`)).toEqual([
        "城厢镇 46→47",
        "芦溪镇 31→30",
      ]);
    },
  );

  example(
    "hamiltonBreakpoint",
    "two townships whose quotas 2 − w and 1 + w have equal remainders at w = 0.5 (by hand)",
    () => {
      const unit = { lower: 0, upper: Number.POSITIVE_INFINITY, category: "general" as const };
      const line = {
        total: 3,
        objective: "least-absolute-deviation" as const,
        units: [unit, unit],
        posts: [2, 1],
        demandAt0: [2, 1],
        demandAt1: [1, 2],
        indexAt0: [2, 1],
        indexAt1: [1, 2],
        ordering: [],
        from: 0,
      };
      // ΣD = 3, so the quotas are 2 − w and 1 + w: lower quotas 1, 1 and the third post to the larger remainder, a's
      // 1 − w up to w = 0.5, b's w beyond
      expect(hamiltonBreakpoint(line, ["a", "b"], "up")!.value).toBeCloseTo(0.5, 12);
    },
  );

  example(
    "exactGreedyAgrees",
    "the demo baseline: no binding ordering, the greedy's answer is the run's",
    async () => {
      const run = await runScenario(baseline, { remedies: false });
      const posts = run.townships.map((t) => t.allocated);
      expect(exactGreedyAgrees(baseline, posts)).toBe(true);
      // a different allocation (one post moved) is not the greedy's
      expect(exactGreedyAgrees(baseline, [posts[0]! + 1, posts[1]! - 1, ...posts.slice(2)])).toBe(false);
    },
  );

  example("weightBreakpoint", "two townships whose targets 2 − w and 1 + w cross at 1.5 (by hand)", () => {
    const unit = { lower: 0, upper: 9, category: "general" as const };
    const found = weightBreakpoint(
      {
        total: 3,
        objective: "least-absolute-deviation",
        units: [unit, unit],
        posts: [2, 1],
        demandAt0: [2, 1],
        demandAt1: [1, 2],
        indexAt0: [2, 1],
        indexAt1: [1, 2],
        ordering: [],
        from: 0,
      },
      "up",
    );
    // a's last step taken (1 → 2) costs clamp(2w − 1), b's next (1 → 2) clamp(1 − 2w): equal at w = 0.5
    expect(found).toEqual({ value: 0.5, cause: { kind: "steps", taken: 0, left: 1 } });
  });

  example("sensitivityTables", "the weights table's first head", async () => {
    const result = await weightSensitivity(baseline, { steps: 3 });
    expect(sensitivityTables(result, "zh").weights.headers[0]).toBe("因素");
  });

  example("monteCarlo", "200 runs of the baseline, seed 1: 城厢镇", async () => {
    const t01 = (await monteCarlo(baseline, { runs: 200, seed: 1 })).townships[0]!;
    expect(t01).toMatchObject({ id: "T01", scenario: 46, p5: 44, median: 46, p95: 48 });
    expect([t01.gainScenario, t01.loseScenario]).toEqual([0.26, 0.415]);
  });

  example("simulationTable", "the P5 column's head", async () => {
    const result = await monteCarlo(baseline, { runs: 3, seed: 1 });
    expect(simulationTable(result, "en").headers[5]).toBe("P5");
  });

  example("nearestRank", "the lower median of four", () => {
    expect(nearestRank([1, 2, 3, 4], 0.5)).toBe(2);
  });

  example("ranks", "ties share the better rank", () => {
    expect(ranks([30, 46, 30, 16])).toEqual([2, 1, 2, 4]);
  });

  example("factorWeightsOf", "the example standard's factor weights", () => {
    const weights = factorWeightsOf(baseline);
    for (const [k, w] of [0.15, 0.2, 0.1, 0.35, 0.2].entries()) expect(weights[k]).toBeCloseTo(w, 15);
  });

  example("withFactorWeight", "population at 0.45: location 0.15 × 0.55 / 0.65", () => {
    expect(factorWeightsOf(withFactorWeight(baseline, "population", 0.45))[0]).toBeCloseTo(
      (0.15 * 0.55) / 0.65,
      15,
    );
  });

  example("withWeights", "equal weights", () => {
    for (const w of factorWeightsOf(withWeights(baseline, [1, 1, 1, 1, 1]))) expect(w).toBeCloseTo(0.2, 15);
  });

  example("ahpJudgements", "the expert-weights scenario's 11 judgements", async () => {
    expect(ahpJudgements(await expertWeights())).toHaveLength(11);
  });

  example("withJudgement", "location over economy set to 2", async () => {
    const scenario = await expertWeights();
    const changed = withJudgement(scenario, ahpJudgements(scenario)[0]!, 2);
    expect(changed.weighting.ahp!.factors.combined.matrix[0]![1]).toBe(2);
  });

  example("provenanceLines", "one file, in English", () => {
    expect(
      provenanceLines({ version: "0.1.0", files: [{ source: "a.yaml", hash: "0123456789ab" }] }, "en"),
    ).toEqual(["quota-planner 0.1.0; content hash 0123456789ab (a.yaml)"]);
  });

  example("COMPARE_LABELS", "the title", () => {
    expect(COMPARE_LABELS.title.zh).toBe("方案对比");
  });
});

describe("src/allocation: exact decomposition and limits", () => {
  const unitOf = (id: string, target: number, more: Partial<AllocationUnit> = {}): AllocationUnit => ({
    id,
    category: "general",
    target,
    weight: 1,
    lower: 0,
    upper: Number.POSITIVE_INFINITY,
    lowerParts: {},
    upperParts: {},
    ...more,
  });

  example("marginTies", "targets 1.5 and 1.5 with posts 2 and 1: a's last step ties with b's next", () => {
    expect(marginTies([unitOf("a", 1.5), unitOf("b", 1.5)], [2, 1])).toEqual([{ taken: "a", left: "b" }]);
  });

  example("compareLexCosts", "first keys within 1e-9 are equal, the second key decides", () => {
    expect(compareLexCosts([1, 2], [1 + 1e-12, 1])).toBeGreaterThan(0);
  });

  example("lexCost", "[2, 0] for targets 1.5, 0.5: Σ|x − t| = 1, Σ(x − t)²/t = 0.25/1.5 + 0.25/0.5", () => {
    const cost = lexCost([unitOf("a", 1.5), unitOf("b", 0.5)], [2, 0]);
    expect(cost[0]).toBeCloseTo(1, 12);
    expect(cost[1]).toBeCloseTo(2 / 3, 12);
  });

  example("chainRange", "a capped county seat cannot stay above a central town's floor", () => {
    const seat = unitOf("seat", 1, { category: "countySeat", upper: 1 });
    const town = unitOf("town", 2, { category: "central", lower: 2 });
    const range = chainRange({
      total: 3,
      units: [seat, town],
      ordering: [{ higher: "countySeat", lower: "central" }],
    });
    expect(range?.feasible).toBe(false);
  });

  example("solveOrderingChain", "(3, 1): the ordering rules out (2, 2), and (4, 0) costs 6", () => {
    const seat = unitOf("seat", 1, { category: "countySeat", weight: 2 });
    const town = unitOf("town", 3, { category: "central", weight: 1 });
    const outcome = solveOrderingChain({
      total: 4,
      units: [seat, town],
      ordering: [{ higher: "countySeat", lower: "central" }],
    });
    expect(outcome.status === "optimal" && outcome.posts).toEqual([3, 1]);
    expect(outcome.status === "optimal" && outcome.cost[0]).toBeCloseTo(4, 12);
  });

  example(
    "chainLagrangianBound",
    "two categories of weight 1, steps −1 then +1: (1, 1) costs −2, the bound says −2",
    () => {
      // Hand calculation: G(x) = −1 at x = 1 for each category; the row X_0 ≥ X_1 holds at (1, 1), so its term is 0
      // whatever the multiplier, and the bound is −1 + −1 less the rows' slack (1e-9 × μ).
      const category = { weight: 1, lower: 0, upper: 2, base: 0, steps: new Float64Array([-1, 1]) };
      const bound = chainLagrangianBound([category, category], 2);
      expect(bound.node(0, 1, 1)).toBeCloseTo(-2, 6);
      expect(bound.node(0, 1, 1)).toBeLessThanOrEqual(-2);
      expect(bound.multipliers.every((m) => m >= 0)).toBe(true);
    },
  );

  example("apportionListLength", "10 posts, a minimum of 3: 7 handed out one by one", () => {
    expect(
      apportionListLength(
        [
          { name: "A", weight: 1, min: 3 },
          { name: "B", weight: 1 },
        ],
        10,
        "webster",
      ),
    ).toBe(7);
  });

  example("apportionListTooLong", "the total, the posts asked for and the limit", () => {
    expect(apportionListTooLong(1e12, 1e12).en).toMatch(
      /^--total 1000000000000: the method would hand out 1000000000000 posts one by one in its priority list, at most 1000000 are allowed; /,
    );
  });

  example("apportionScenarioListTooLong", "the method by name, in Chinese", () => {
    expect(apportionScenarioListTooLong({ zh: "韦伯斯特法", en: "Webster" }, 1e12).zh).toMatch(
      /^按韦伯斯特法需逐个分配 1000000000000 个名额并列出优先顺序，上限为 1000000 个；/,
    );
  });

  example("apportionListTruncated", "the listed ranks and the posts before them", () => {
    expect(apportionListTruncated(999999999001, 1000000000000).en).toBe(
      "the priority list shows only ranks 999999999001 to 1000000000000; the 999999999000 posts before them were placed at once by bisection on the divisor, not listed one by one",
    );
  });

  example("APPORTION_LIST_LABELS", "a last post placed by the divisor, in English", () => {
    expect(APPORTION_LIST_LABELS.lastPostByDivisor.en).toBe("the divisor (before the listed priority list)");
  });

  example("apportionByBisection", "10^12 posts by Webster for 5:3:2, the list's last 1,000", () => {
    const result = apportionByBisection(
      [
        { name: "A", weight: 5 },
        { name: "B", weight: 3 },
        { name: "C", weight: 2 },
      ],
      1e12,
      "webster",
    );
    if (result.status !== "ok") throw new Error("expected an allocation");
    expect(result.units.map((u) => u.allocated)).toEqual([5e11, 3e11, 2e11]);
    expect([result.priorityList[0]!.rank, result.priorityList.at(-1)!.rank]).toEqual([999999999001, 1e12]);
    expect(result.listTruncated?.firstRank).toBe(999999999001);
  });

  example("solverCapMessage", "a time limit, in English", () => {
    expect(solverCapMessage("highs", { kind: "timeLimit", seconds: 0.5 }).en).toBe(
      "HiGHS reached its time limit of 0.5 s (timeLimitSeconds) without a proven answer",
    );
  });

  example("solverCapMessage", "a size cap, in Chinese", () => {
    expect(
      solverCapMessage("jsLpSolver", { kind: "size", unit: "tableauCells", size: 3e7, limit: 2.5e7 }).zh,
    ).toBe("javascript-lp-solver 求解器的模型有 30000000 个单纯形表格元素，超过上限 25000000，未求解");
  });

  example("tableauCells", "one bounded variable: (1 bound row + 1) × (1 column + 1)", () => {
    expect(
      tableauCells({
        variables: [{ name: "x", lower: 0, upper: 5, integer: true, cost: 1 }],
        constraints: [],
        offset: 0,
      }),
    ).toBe(4);
  });
});

describe("src/data, src/words: hostile inputs (issue 9)", () => {
  const spec = (key: string) => TOWNSHIP_COLUMNS.find((c) => c.key === key)!;

  example("decodeTableText", "UTF-8 text", () => {
    expect(decodeTableText(new TextEncoder().encode("编号\nT01\n"), "t.csv")).toEqual({
      text: "编号\nT01\n",
      encoding: "utf-8",
    });
  });

  example("inspectWorkbook", "CSV text under an .xlsx name", () => {
    expect(() => inspectWorkbook(new TextEncoder().encode("编号,乡镇名称"), "t.xlsx")).toThrow(
      expect.objectContaining({ problems: [expect.objectContaining({ code: "not-a-workbook" })] }),
    );
  });

  example("controlCharacter", "NUL", () => {
    expect(controlCharacter("T01\u0000")).toBe("\u0000");
  });

  example("invisibleCharacters", "a zero-width space", () => {
    expect(invisibleCharacters("T01\u200b")).toEqual(["\u200b"]);
  });

  example("codePoint", "U+200B", () => {
    expect(codePoint("\u200b")).toBe("U+200B");
  });

  example("lookAlikeForm", "full-width and zero-width forms look alike", () => {
    expect(lookAlikeForm("Ｔ０１") === lookAlikeForm("t01\u200b")).toBe(true);
  });

  example("unitScale", "亿元 in a 万元 column", () => {
    expect(unitScale(spec("gdp"), "亿元")).toEqual({ kind: "scale", factor: 10000 });
  });

  example("unitScale", "% for a population", () => {
    expect(unitScale(spec("population"), "%")).toEqual({ kind: "unknown" });
  });

  example("scaleValue", "exact in decimal", () => {
    expect(scaleValue(1.23, 10000)).toBe(12300);
  });

  example("aliasProblemMessage", "an alias without its anchor", () => {
    expect(aliasProblemMessage("undefined", "myband", 100).en).toMatch(
      /^alias "\*myband" has no anchor "&myband" before it: /,
    );
  });

  example("multipleCountySeatsMessage", "two county seats in 甲县", () => {
    expect(
      multipleCountySeatsMessage({ row: 2, name: "城关镇" }, { row: 5, name: "河口镇" }, "甲县").zh,
    ).toMatch(/^甲县的县政府驻地镇只能有一个，/);
  });

  example("nestedTooDeepMessage", "32 levels", () => {
    expect(nestedTooDeepMessage(32).zh).toBe("单元格中的列表或对象嵌套超过 32 层：应为数字或文字");
  });

  example("invalidUtf8AfterBomMessage", "this line and line 2", () => {
    expect(invalidUtf8AfterBomMessage([1, 2], 2).zh).toMatch(
      /^文件开头标明为 UTF-8 编码，但此行及第2行不是有效的 UTF-8（可能是 GBK\/GB18030 编码）/,
    );
  });

  example("mixedEncodingMessage", "one line among 24", () => {
    expect(mixedEncodingMessage([7], 1, 24, "utf-8").en).toMatch(
      /^this line is not UTF-8 although 24 other lines are \(/,
    );
  });

  example("undecodableGbMessage", "one line", () => {
    expect(undecodableGbMessage([4], 1).zh).toMatch(
      /^此行既不是 UTF-8 也不是 GB18030\/GBK 编码的文字，无法读取：/,
    );
  });

  example("utf16WithoutBomMessage", "little-endian", () => {
    expect(utf16WithoutBomMessage("le").en).toMatch(
      /^the file looks like UTF-16 text \(little-endian\) without a byte-order mark, /,
    );
  });

  example("binaryTextMessage", "NUL bytes", () => {
    expect(binaryTextMessage().en).toMatch(/^the file holds NUL bytes and is not a text table \(/);
  });

  example("workbookAsTextMessage", "a workbook named .csv", () => {
    expect(workbookAsTextMessage().zh).toMatch(
      /^文件是 \.xlsx 工作簿（ZIP 格式），却以文本文件的扩展名命名：/,
    );
  });

  example("encryptedWorkbookMessage", "a password", () => {
    expect(encryptedWorkbookMessage().zh).toMatch(/^工作簿设置了打开密码（已加密），无法读取：/);
  });

  example("oldExcelWorkbookMessage", "an .xls renamed", () => {
    expect(oldExcelWorkbookMessage().en).toMatch(
      /^the file is an Excel 97–2003 workbook \(\.xls\) under an \.xlsx name: /,
    );
  });

  example("notAWorkbookMessage", "no ZIP", () => {
    expect(notAWorkbookMessage().zh).toMatch(/^文件不是 \.xlsx 工作簿（不是 ZIP 格式，/);
  });

  example("damagedWorkbookMessage", "no directory", () => {
    expect(damagedWorkbookMessage().en).toMatch(
      /^the workbook is damaged or incomplete \(its ZIP directory cannot be read; /,
    );
  });

  example("workbookTooLargeMessage", "1 GiB against 64 MiB", () => {
    expect(workbookTooLargeMessage("bytes", 2 ** 30, 2 ** 26).zh).toMatch(
      /^工作簿解压后超过 64\.0 MiB（至少 1024\.0 MiB）：/,
    );
  });

  example("tableTooLargeMessage", "rows", () => {
    expect(tableTooLargeMessage("rows", 1048576).en).toMatch(/^the table has more than 1,048,576 rows, /);
  });

  example("controlCharacterMessage", "NUL", () => {
    expect(controlCharacterMessage("U+0000").zh).toMatch(
      /^单元格含有控制字符 U\+0000（不可见，会破坏导出和显示）：/,
    );
  });

  example("lookAlikeMessage", "t01 and T01", () => {
    expect(lookAlikeMessage("id", 2, "T01", "t01").en).toMatch(
      /^the ID "t01" looks like "T01" of row 2 but differs /,
    );
  });

  example("duplicateNameMessage", "城厢镇 twice", () => {
    expect(duplicateNameMessage(2, "城厢镇", "T01", "T09").zh).toMatch(
      /^乡镇名称“城厢镇”与第2行重复（编号“T01”和“T09”）：/,
    );
  });

  example("invisibleCharacterMessage", "a zero-width space", () => {
    expect(invisibleCharacterMessage("T01⟨U+200B⟩", "U+200B").en).toMatch(
      /^the cell holds the invisible character U\+200B \("T01⟨U\+200B⟩"\): /,
    );
  });

  example("badRangeMessage", "[1,0]", () => {
    expect(badRangeMessage("[1,0]").en).toBe("range must be [low, high] with low < high, found [1,0]");
  });

  example("rowNumberColumnMessage", "序号 beside 乡镇代码", () => {
    expect(rowNumberColumnMessage("乡镇代码").zh).toBe("是行号（序号）列，已忽略：编号取自列“乡镇代码”");
  });

  example("unitConvertedMessage", "亿元 to 万元", () => {
    expect(unitConvertedMessage("亿元", { zh: "万元", en: "10k yuan" }, 10000, "1.2", 12000, 25).zh).toBe(
      "单位为“亿元”，已换算为“万元”（× 10000，如“1.2” → 12000），共 25 个单元格",
    );
  });

  example("unitNotConvertedMessage", "% for persons", () => {
    expect(unitNotConvertedMessage("%", { zh: "人", en: "persons" }).en).toMatch(
      /^the unit "%" is not the column's unit \(persons\) /,
    );
  });

  example("allSheetsHiddenMessage", "every sheet hidden", () => {
    expect(allSheetsHiddenMessage("乡镇").zh).toBe(
      "工作簿的所有工作表都是隐藏的：读取的是第一个工作表“乡镇”，请确认它是乡镇数据表",
    );
  });
});

describe("examples of the export and terminal safety helpers and the CLI's output writing (issue 9)", () => {
  example("neutraliseFormula", "a HYPERLINK formula gets a leading quote", () => {
    expect(neutraliseFormula('=HYPERLINK("http://evil.example","x")')).toBe(
      '\'=HYPERLINK("http://evil.example","x")',
    );
  });
  example("neutraliseFormula", "text starting with a minus", () => {
    expect(neutraliseFormula("-2+3")).toBe("'-2+3");
  });
  example("neutraliseFormula", "a formula behind blanks a reader trims", () => {
    expect(neutraliseFormula(" \t=1+1")).toBe("' \t=1+1");
  });
  example("neutraliseFormula", "a plain name is unchanged", () => {
    expect(neutraliseFormula("城厢镇")).toBe("城厢镇");
  });
  example("csvText", "a formula neutralised", () => {
    expect(csvText("=1+2")).toBe("'=1+2");
  });
  example("csvText", "quotes doubled and the cell quoted", () => {
    expect(csvText('a,"b"')).toBe('"a,""b"""');
  });
  example("csvNumber", "a negative change stays a number", () => {
    expect(csvNumber(-3)).toBe("-3");
  });
  example("markdownText", "pipe escaped, HTML as entities", () => {
    expect(markdownText("a|b<script>")).toBe("a\\|b&lt;script&gt;");
  });
  example("markdownText", "a line break in a table cell", () => {
    expect(markdownText("x\ny", { breaks: "br" })).toBe("x<br>y");
  });
  example("markdownCode", "a backtick inside: a longer fence", () => {
    expect(markdownCode("a`b")).toBe("`` a`b ``");
  });
  example("markdownCode", "a plain file name", () => {
    expect(markdownCode("townships.csv")).toBe("`townships.csv`");
  });
  example("safeJson", "a right-to-left override escaped", () => {
    expect(safeJson({ name: "a\u202Eb" })).toBe('{\n  "name": "a\\u202eb"\n}\n');
  });
  example("stripControls", "colour, bell and bidi override removed", () => {
    expect(stripControls("A\u001B[31mB\u0007\u202EC")).toBe("ABC");
  });
  example("terminalText", "a lone carriage return removed, CRLF kept", () => {
    expect(terminalText("ok\rFAKE\r\n")).toBe("okFAKE\r\n");
  });
  example("terminalCell", "tab and line break as spaces, escape removed", () => {
    expect(terminalCell("a\tb\r\nc\u001B[2J")).toBe("a b c");
  });
  example("internalErrorReport", "one line per language, English first", () => {
    const text = internalErrorReport(new TypeError("x is undefined"), { debug: false, lang: "en" });
    expect(text).toMatch(
      /^error: internal error \(a bug, not a problem of the input\): TypeError: x is undefined\. Add --debug/,
    );
    expect(text.split("\n")[1]).toMatch(/^错误：内部错误/);
  });
  example("writeFilesAllOrNone", "two files written into a new folder", async () => {
    const dir = join(await mkdtemp(join(tmpdir(), "qp-example-")), "out");
    await writeFilesAllOrNone(dir, [
      { name: "a.json", content: "{}\n" },
      { name: "a.csv", content: "x\r\n" },
    ]);
    expect(readdirSync(dir).sort()).toEqual(["a.csv", "a.json"]);
  });
  example("langOf", "--lang en anywhere before parsing; Chinese otherwise", () => {
    expect(langOf(["solve", "a.yaml", "--lang", "en"])).toBe("en");
    expect(langOf(["solve", "--lang=en", "a.yaml"])).toBe("en");
    expect(langOf(["solve", "a.yaml"])).toBe("zh");
  });
  example("writeOutputs", "through a command's io, relative to its working folder", async () => {
    const cwd = await mkdtemp(join(tmpdir(), "qp-example-"));
    const { io } = captureIo(cwd);
    await writeOutputs(io, "zh", resolve(io.cwd, "out"), [{ name: "baseline.json", content: "{}\n" }]);
    expect(readFileSync(join(cwd, "out", "baseline.json"), "utf8")).toBe("{}\n");
  });
  example("analysisOutputs", "check, then write the three files and name them on stderr", async () => {
    const cwd = await mkdtemp(join(tmpdir(), "qp-example-"));
    const { out: printed, io } = captureIo(cwd);
    const out = analysisOutputs(io, "en", "out", "baseline-sensitivity");
    await out.check();
    await out.write({ json: () => "{}\n", csv: () => "id\r\n", md: () => "# x\n" });
    expect(readdirSync(join(cwd, "out")).sort()).toEqual([
      "baseline-sensitivity.csv",
      "baseline-sensitivity.json",
      "baseline-sensitivity.md",
    ]);
    expect(printed.stderr).toContain("baseline-sensitivity");
  });
});

describe("examples of the transition path (R12)", () => {
  const up = { direction: 1 as const, remaining: 4, low: [0, 0], high: [2, 2] };
  example("movesFeasible", "2 + 2 within a limit of 2 a year and 4 in all", () => {
    expect(movesFeasible([up], [2, 2])).toBe(true);
  });
  example("movesFlow", "the flow can hold 2 in year 1", () => {
    expect(movesFlow([up], [2, 2])?.require(0, 0, 2)).toBe(true);
  });
  example("movesFeasible", "3 in year 1 exceeds the limit of 2", () => {
    expect(movesFeasible([up], [3, 1])).toBe(false);
  });
  example("linearYearTotals", "511 → 521 over 3 years: 514.33, 517.67, 521 rounded", () => {
    expect(linearYearTotals(511, 521, 3)).toEqual([514, 518, 521]);
  });
  const pair = [
    { id: "a", name: "A", today: 45, target: 48, floor: 15 },
    { id: "b", name: "B", today: 30, target: 27, floor: 15 },
  ];
  example("transitionPath", "45 → 46 → 47 → 48 at one post a year", () => {
    expect(transitionPath(pair, { years: 3, maxChangePerYear: 1, noCuts: false }).townships[0]!.path).toEqual(
      [46, 47, 48],
    );
  });
  example("scenarioTransition", "the demo baseline's 城厢镇 45 → 46 in year 1", async () => {
    const result = await runScenario(baseline);
    const path = scenarioTransition(
      baseline,
      baseline.transition!,
      result.townships.map((t) => t.allocated),
    );
    expect(path.townships[0]!.path).toEqual([46, 46, 46]);
  });
  example("transitionCheck", "the pair's path passes R12", () => {
    expect(
      transitionCheck(transitionPath(pair, { years: 3, maxChangePerYear: 1, noCuts: false })).status,
    ).toBe("passed");
  });
  example("arrivalText", "arrives in year 3", () => {
    const row = transitionPath(pair, { years: 3, maxChangePerYear: 1, noCuts: false }).townships[0]!;
    expect(arrivalText(row, "en")).toBe("year 3");
  });
  example("transitionTables", "the township table starts with the ID", () => {
    const path = transitionPath(pair, { years: 3, maxChangePerYear: 1, noCuts: false });
    expect(transitionTables(path, "en").townships.headers[0]).toBe("ID");
  });
  example("transitionProblems", "two totals for three years", () => {
    const problems = transitionProblems({ years: 3, yearTotals: [500, 510], noCuts: false }, "a.yaml");
    expect(problems.map((p) => p.path)).toEqual(["transition.yearTotals"]);
  });
  example("TRANSITION_LABELS", "the title", () => {
    expect(TRANSITION_LABELS.title.zh).toBe("过渡路径");
  });
  example("TRANSITION_STOP_LABELS", "the change limit", () => {
    expect(TRANSITION_STOP_LABELS.changeLimit.en).toBe("the change limit per year");
  });
  example("TRANSITION_STOP_SHORT", "the year totals, short", () => {
    expect(TRANSITION_STOP_SHORT.yearTotal.zh).toBe("年度总量");
  });
  example("TRANSITION_OBJECTIVE", "states each year's objective", () => {
    expect(TRANSITION_OBJECTIVE.en.startsWith("each year")).toBe(true);
  });
  example("yearTotalsRule", "the linear rule", () => {
    expect(yearTotalsRule(false, 511, 521, 3).en).toBe(
      "linear from today's 511 to 521 over 3 years, each rounded to the nearest post (a half away from today's)",
    );
  });
  example("transitionRemedyMessage", "raise the limit from 2 to 3", () => {
    expect(transitionRemedyMessage("maxChangePerYear", 2, 3).zh).toBe("每年最多变动由 2 名调为 3 名");
  });
  example("yearTotalsLengthMessage", "3 years, 2 totals", () => {
    expect(yearTotalsLengthMessage(3, 2).en).toBe("one total per year is needed: 3 years, found 2 totals");
  });
});

describe("src/data, src/scenario, src/weighting, src/explain: offices, duties and the category suggestion (issue 11)", () => {
  const DUTIES = "scenarios/demo-county/duties-weighted.yaml";
  example("resolveOfficeStandard", "a block naming no uniform offices takes the source plan's eight", () => {
    const standard = resolveOfficeStandard({ institutionCap: { general: 9 } });
    expect(standard.uniform.length).toBe(8);
    expect(standard.institutionCap).toEqual({ general: 9 });
  });
  example("parsePowerLists", "one base item of 40 person-days", () => {
    expect(
      parsePowerLists("base:\n  - { id: B01, name: 农村建房审批, workload: 40 }\n", "powers.yaml").base[0]!
        .workload,
    ).toBe(40);
  });
  example("dutyWorkload", "T01 of the demo lists: 360 + 45 + 70 + 80 = 555 person-days", async () => {
    const demoData = (await loadScenarioFile("scenarios/demo-county/baseline.yaml", process.cwd())).data;
    const text = readFileSync("scenarios/demo-county/lists/powers.yaml", "utf8");
    const duties = dutyWorkload(parsePowerLists(text, "lists/powers.yaml"), demoData, "lists/powers.yaml");
    expect(duties.townships[0]!.workload).toBe(555);
  });
  example("dataWithDutyWorkload", "adds the column dutyWorkload", async () => {
    const scenario = await loadScenarioFile(DUTIES, process.cwd());
    const { data } = await loadScenarioFile("scenarios/demo-county/baseline.yaml", process.cwd());
    expect(dataWithDutyWorkload(data, scenario.duties!).columns.includes("dutyWorkload")).toBe(true);
  });
  example("readOfficeTable", "the demo offices table holds 399 offices", async () => {
    const { data } = await loadScenarioFile("scenarios/demo-county/baseline.yaml", process.cwd());
    const bytes = new Uint8Array(readFileSync("scenarios/demo-county/offices.csv"));
    const table = await readOfficeTable(bytes, {
      file: "offices.csv",
      county: "townships.csv",
      townships: data.townships,
    });
    expect(table.offices.length).toBe(399);
  });
  example("officeReport", "T17 梨树乡 lacks 农民工服务中心", async () => {
    const dutiesWeighted = await loadScenarioFile(DUTIES, process.cwd());
    expect(officeReport(dutiesWeighted).townships[16]!.missingUniform).toEqual(["农民工服务中心"]);
  });
  example("officeChecks", "R10 and R11", async () => {
    const scenario = await loadScenarioFile(DUTIES, process.cwd());
    expect(officeChecks(scenario).map((c) => c.rule)).toEqual(["R10", "R11"]);
  });
  example("officesTable", "the seventh head is the missing uniform offices", async () => {
    const scenario = await loadScenarioFile(DUTIES, process.cwd());
    const report = officeReport(scenario);
    const view = { scenario: scenario.source, report, checks: officeChecks(scenario, report) };
    expect(officesTable(view, "zh").heads[6]).toBe("缺少的统一设置机构");
  });
  example("categoriesTable", "the fifth head is the suggested category", () => {
    const suggestions = suggestCategories([{ id: "A", name: "A", category: "general", composite: 0.5 }]);
    expect(categoriesTable(suggestions, "en").heads[4]).toBe("Suggested");
  });
  example("suggestCategories", "two townships: the higher central, the lower general", () => {
    expect(
      suggestCategories([
        { id: "A", name: "A", category: "general", composite: 0.9 },
        { id: "B", name: "B", category: "central", composite: 0.1 },
      ]).townships.map((s) => s.suggested),
    ).toEqual(["central", "general"]);
  });
});

describe("src/allocation, src/explain, src/run, src/report: the hiring plan and lending (issue 11)", () => {
  const provenance = { version: "0.1.0", files: [{ source: "baseline.yaml", hash: "0123456789ab" }] };
  const context = () => ({ name: baseline.name, source: baseline.source, data: baseline.dataSource });
  const section = async () => (await runScenario(baseline)).hiring!;
  example("planHiring", "40 posts, 34 staff, quota 9: 4 reach 95 %, 2 fill the vacancies, 3 unplaced", () => {
    const plan = planHiring([{ id: "A", name: "A", category: "general", posts: 40, staff: 34 }], {
      quota: 9,
      targetUsage: 0.95,
      categoryWeights: DEFAULT_HIRING_WEIGHTS,
    });
    expect(plan.lines[0]!.recruits).toBe(6);
    expect(plan.unplaced).toBe(3);
  });
  example("resolveHiring", "a weight given replaces its default", () => {
    expect(resolveHiring({ quota: 12, categoryWeights: { general: 1.5 } }).categoryWeights.general).toBe(1.5);
  });
  example("hiringReasonText", "reaches-target in Chinese", () => {
    expect(hiringReasonText({ code: "reaches-target", recruits: 4, target: 0.95 }).zh).toBe(
      "进 4 人，使用率达到 95%",
    );
  });
  example("HIRING_LABELS", "recruits", () => expect(HIRING_LABELS.recruits.zh).toBe("进人"));
  example("HIRING_CHECK_LABELS", "R7 passed, English", () =>
    expect(HIRING_CHECK_LABELS.r7Passed.en).toBe(
      "the hiring plan respects the quota and every vacancy, and moves each township toward {target} usage ({placed} placed; below {target}: {before} → {after} townships)",
    ),
  );
  example("lendingReport", "the demo county: checked, 梨树乡 calls back 2", () => {
    const report = lendingReport(baseline.data);
    expect(report.status).toBe("checked");
    expect(report.status === "checked" && report.lines.find((l) => l.name === "梨树乡")?.callBack).toBe(2);
  });
  example("hiringCheck", "a plan by planHiring passes", () => {
    const plan = planHiring([{ id: "A", name: "A", category: "key", posts: 30, staff: 25 }], {
      quota: 2,
      targetUsage: 0.95,
      categoryWeights: DEFAULT_HIRING_WEIGHTS,
    });
    expect(hiringCheck(plan).status).toBe("passed");
  });
  example("lendingCheck", "the demo county's townships over 5 %", () =>
    expect(lendingCheck(lendingReport(baseline.data)).townships.map((t) => t.id)).toEqual(["T17", "T24"]),
  );
  example("hiringSection", "50 placed on the demo baseline", async () => {
    const result = await runScenario(baseline);
    expect(
      hiringSection(
        baseline,
        result.townships.map((t) => t.allocated),
      ).plan?.placed,
    ).toBe(50);
  });
  example("hiringPreamble", "the title names the scenario", async () =>
    expect(hiringPreamble(await section(), context(), provenance, "en")[0]).toBe("Hiring plan — Baseline"),
  );
  example("hiringNotes", "the plan's totals", async () =>
    expect(hiringNotes(await section(), "en")[1]).toMatch(
      /^hiring quota 50: 50 placed, 0 left unplaced \(vacancies in all 112\); /,
    ),
  );
  example("hiringTable", "the first head", async () =>
    expect(hiringTable(await section(), "en").headers[0]).toBe("ID"),
  );
  example("lendingTable", "the county's total last", async () =>
    expect(lendingTable(await section(), "en").rows.at(-1)?.[1]).toBe("County"),
  );
  example("hiringToText", "the first line", async () =>
    expect(hiringToText(await section(), context(), provenance, "zh").split("\n")[0]).toBe(
      "用编进人计划 — 基准方案",
    ),
  );
  example("hiringToJson", "placed", async () =>
    expect(JSON.parse(hiringToJson(await section(), context(), provenance)).plan.placed).toBe(50),
  );
  example("hiringToCsv", "the header row after the BOM", async () =>
    expect(hiringToCsv(await section(), "en").split("\r\n")[0]).toMatch(
      /^\uFEFFID,Township,Category,Weight,/,
    ),
  );
  example("hiringToMarkdown", "the title", async () =>
    expect(hiringToMarkdown(await section(), context(), provenance, "en").split("\n")[0]).toBe(
      "# Hiring plan — Baseline",
    ),
  );
});

describe("province runs (issue 10)", () => {
  const encoder = new TextEncoder();
  const TABLE =
    "编号,乡镇名称,乡镇类别,所属县,人口,幅员面积,地区生产总值,一般公共预算收入,区位得分,重点产业项目数,行政编制\n" +
    "A1,城关镇,县政府驻地镇,甲县,90000,100,500000,20000,10,5,30\n" +
    "A2,东乡,一般乡镇,甲县,30000,80,100000,5000,4,1,20\n" +
    "B1,城关镇,县政府驻地镇,乙县,80000,120,400000,18000,10,4,28\n" +
    "B2,西乡,一般乡镇,乙县,20000,60,90000,4000,3,0,18\n";
  const load = async (extra: string) =>
    loadScenarioSources({
      scenario: { name: "p.yaml", text: `name: 省\ndata: p.csv\nmodel: m.yaml\n${extra}` },
      data: { name: "p.csv", bytes: encoder.encode(TABLE) },
      model: { name: "m.yaml", text: readFileSync("models/standard.yaml", "utf8") },
    });

  example("PROVINCE_LABELS", "the county column's heading", () => {
    expect(PROVINCE_LABELS.county.zh).toBe("所属县");
  });
  example("countyTotalsRule", "totals given in a file", () => {
    expect(countyTotalsRule({ kind: "given", source: "county-totals.csv" }).en).toBe(
      "each county's total as given in county-totals.csv",
    );
  });
  example("countySplitReason", "a county's share of the split", () => {
    expect(
      countySplitReason({ county: "甲县", target: 100.4, lower: 90, upper: 120, allocated: 100 }).en,
    ).toBe("甲县: index share 100.40 posts, at least 90, at most 120; given 100");
  });
  example("countySplitConflict", "900 needed, 880 to allocate: short by 20", () => {
    expect(countySplitConflict({ kind: "short", need: 900, toAllocate: 880 }).en).toMatch(/short by 20$/);
  });
  example("countyTotalsSum", "the province's total from its counties'", () => {
    expect(countyTotalsSum(1000).en).toBe("the sum of the county totals: 1000");
  });
  example("countyReservesSum", "the counties' reserves together", () => {
    expect(countyReservesSum(12).en).toBe("flexible reserves held by the counties: 12 in all");
  });
  example("readCountyTotals", "a county and its total", async () => {
    expect(await readCountyTotals(encoder.encode("县,总量\n甲县,520\n"), "county-totals.csv")).toEqual([
      { county: "甲县", total: 520, row: 2 },
    ]);
  });
  example("resolveCounties", "inline totals: the scenario's total is their sum", async () => {
    const scenario = await load("total: 10\n");
    const file = parseScenarioFile("name: 省\ndata: p.csv\nmodel: m.yaml\n", "p.yaml");
    expect(
      resolveCounties(scenario, { ...file, counties: { totals: { 甲县: 520, 乙县: 480 } } }).total,
    ).toEqual({
      kind: "total",
      value: 1000,
    });
  });
  example("isProvinceScenario", "the demo county has no county column", async () => {
    expect(
      isProvinceScenario(await loadScenarioFile("scenarios/demo-county/baseline.yaml", process.cwd())),
    ).toBe(false);
    expect(isProvinceScenario(await load("total: 100\n"))).toBe(true);
  });
  example("runProvince", "each county with its total", async () => {
    const province = await runProvince(await load("counties: { totals: { 甲县: 52, 乙县: 48 } }\n"));
    expect(province.counties.map((c) => [c.county, c.total])).toEqual([
      ["甲县", 52],
      ["乙县", 48],
    ]);
  });
  example("filterRows", "the search finds a name", () => {
    expect(
      filterRows(
        [
          { id: "T1", name: "城厢镇" },
          { id: "T2", name: "东乡" },
        ],
        () => undefined,
        { search: "城" },
      ),
    ).toEqual([{ id: "T1", name: "城厢镇" }]);
  });
  example("pageOf", "the second page of three rows, two a page", () => {
    expect(pageOf(["a", "b", "c"], 2, 2)).toEqual({ rows: ["c"], page: 2, pages: 2, first: 3, last: 3 });
  });
  example("largestChanges", "the two that change most", () => {
    expect(largestChanges([{ change: 1 }, { change: -3 }, { change: 2 }], 2)).toEqual([
      { change: -3 },
      { change: 2 },
    ]);
  });
  example("provinceCounty", "one county of the province", async () => {
    const province = await runProvince(await load("total: 100\n"));
    expect(provinceCounty(province, "乙县")?.counties.length).toBe(1);
  });
  example("provinceSummaryTable", "the county table's headers", async () => {
    const province = await runProvince(await load("total: 100\n"));
    expect(provinceSummaryTable(province, "en").headers).toEqual([
      "County",
      "Townships",
      "Today",
      "County total",
      "New",
      "Status",
      "Checks",
    ]);
  });
  example("provinceAsResult", "every solved county's townships", async () => {
    const province = await runProvince(await load("counties: { totals: { 甲县: 52, 乙县: 48 } }\n"));
    expect(provinceAsResult(province).townships.length).toBe(
      province.counties.reduce((s, c) => s + c.result.townships.length, 0),
    );
  });
  example("provinceCheckMessage", "one of three counties failed", () => {
    expect(provinceCheckMessage({ counties: 3, failed: ["县0002"] }).zh).toBe("3 个县中 1 个未通过：县0002");
  });
  example("countiesSolvedLine", "one county in the singular", () => {
    expect(countiesSolvedLine({ counties: 1, townships: 30, solved: 1, infeasible: 0 }).en).toBe(
      "1 county, 30 townships; 1 solved, 0 infeasible",
    );
    expect(countiesSolvedLine({ counties: 3, townships: 90, solved: 2, infeasible: 1 }).zh).toBe(
      "共 3 个县、90 个乡镇；2 个县已求解，1 个县无解",
    );
  });
  example("countyConflictMessage", "the county before its message", () => {
    expect(
      countyConflictMessage("县0002", { zh: "下限之和超过总量", en: "lower bounds exceed the total" }).en,
    ).toBe("县0002: lower bounds exceed the total");
  });
});

describe("plans: several post types in one run (issue 11)", () => {
  example("ofAdminAndInstitution", "a plan's hiring check after both post types it counts", () => {
    expect(ofAdminAndInstitution({ zh: "使用率", en: "usage" }).zh).toBe("行政编制和事业编制：使用率");
  });
  example("categoryCheck", "甲镇 general with the higher of two composites: suggested central", () => {
    const check = categoryCheck([
      { id: "A", name: "甲镇", category: "general", index: 0.9 },
      { id: "B", name: "乙乡", category: "general", index: 0.1 },
    ]);
    expect(check.message.en).toContain("甲镇 (declared General township, suggested Central town)");
  });
  example("dutiesCheck", "the baseline names no power lists", async () => {
    const baseline = weighForRuleChecks(
      await loadScenarioFile("scenarios/demo-county/baseline.yaml", process.cwd()),
    );
    expect(dutiesCheck(baseline).status).toBe("not-checked");
  });
  example("ofPostType", "a leadership-post check's message after its post type", () => {
    expect(ofPostType("leader", { zh: "过渡路径 3 年", en: "a 3-year path" })).toEqual({
      zh: "科级领导职数：过渡路径 3 年",
      en: "Leadership posts: a 3-year path",
    });
  });
  example("planOnProvinceTableMessage", "names the counties of the table", () => {
    expect(
      planOnProvinceTableMessage(["甲县", "乙县"]).en.startsWith("the table has a county column (2 counties"),
    ).toBe(true);
  });

  example("perTypeKeyAtTopMessage", "a per-type key beside postTypes", () => {
    expect(perTypeKeyAtTopMessage("band").en).toBe(
      "with postTypes, band belongs under each post type (postTypes.admin.band …), not at the top level",
    );
  });
  example("reservePostReason", "due 0.0891 × 521 = 46.42, 44 held", () => {
    expect(
      reservePostReason({
        k: 1,
        share: 0.0891,
        total: 521,
        held: 44,
        category: "countySeat",
        byCategory: false,
      }).en,
    ).toBe("reserve post 1: 46.42 by its share (8.91% × 521), 44 held, 2.42 below — the furthest below");
  });
  example("assignReserve", "A is due 6 and holds 5: the one post goes to A", () => {
    const a = assignReserve({ rule: "furthest-below-target" }, 1, 10, [
      { id: "a", name: "A", category: "general", share: 0.6, allocated: 5, upper: null },
      { id: "b", name: "B", category: "general", share: 0.4, allocated: 4, upper: null },
    ]);
    expect(a.townships.map((t) => t.posts)).toEqual([1, 0]);
  });
  example("complianceTable", "a rule no code checks is listed not checked", () => {
    expect(complianceTable({ checks: [] }).rows.find((r) => r.rule === "R7")?.status).toBe("not-checked");
  });
  example("runPlan", "the whole policy: 城厢镇's admin posts, basic 46 + 1 reserve", async () => {
    const sources = {
      scenario: {
        name: "whole-policy.yaml",
        text: readFileSync("scenarios/demo-county/whole-policy.yaml", "utf8"),
      },
      data: {
        name: "townships.csv",
        bytes: new Uint8Array(readFileSync("scenarios/demo-county/townships.csv")),
      },
      model: { name: "standard.yaml", text: readFileSync("models/standard.yaml", "utf8") },
      offices: {
        name: "offices.csv",
        bytes: new Uint8Array(readFileSync("scenarios/demo-county/offices.csv")),
      },
    };
    expect((await runPlan(await loadPlanSources(sources))).townships[0]!.posts.admin?.total).toBe(47);
  });
  example("planHiringSection", "whole-policy.yaml: the run's one section, 50 recruits placed", async () => {
    const outcome = await solvePlanSources(wholePolicySources());
    if (outcome.status !== "solved") throw new Error("expected a plan");
    expect(planHiringSection(outcome.plan, outcome.result).plan?.placed).toBe(50);
  });
  example("planTransitionTable", "whole-policy.yaml: the admin columns' headers", async () => {
    const plan = await runPlan(await loadPlanSources(wholePolicySources()));
    expect(planTransitionTable(plan, "en").headers.slice(2, 4)).toEqual([
      "Administrative posts: posts by year",
      "Administrative posts: reaches target",
    ]);
  });
  example("planTransitionSummary", "whole-policy.yaml: every township reaches its leader posts", async () => {
    const plan = await runPlan(await loadPlanSources(wholePolicySources()));
    expect(planTransitionSummary(plan, "en")[2]).toBe(
      "Leadership posts: feasible, all 25 townships reach their target within 3 years",
    );
  });
});

describe("src/report: the plan's sections, print pack and workbook (issue 11)", () => {
  async function wholePolicy() {
    const { plan, files } = await loadPlanWithFiles("scenarios/demo-county/whole-policy.yaml", process.cwd());
    const result = await runPlan(plan);
    return { plan, files, result, compliance: complianceTable(result) };
  }
  example("transitionNotes", "the first note is the number of years", async () => {
    const { result } = await wholePolicy();
    // whole-policy.yaml: transition: { years: 3, maxChangePerYear: 1 }
    expect(transitionNotes(result.types.admin!.transition!, "en")[0]).toBe("Years: 3");
  });
  example("identityFilesText", "the baseline's three hashed files", async () => {
    const { scenario, files } = await loadScenarioWithFiles(
      "scenarios/demo-county/baseline.yaml",
      process.cwd(),
    );
    const identity = await resultIdentity(scenario, await runScenario(scenario), files);
    expect(identityFilesText(identity, "zh")).toBe("townships.csv、baseline.yaml、standard.yaml");
  });
  example("planSections", "hiring, lending, one transition per type, then offices", async () => {
    const { result } = await wholePolicy();
    expect(planSections(result, null, "en").map((s) => s.key)).toEqual([
      "hiring",
      "lending",
      "transition-admin",
      "transition-institution",
      "transition-leader",
    ]);
  });
  example("planToPrintHtml", "a whole HTML document", async () => {
    const { plan, files, result, compliance } = await wholePolicy();
    const identity = await planIdentity(plan, result, files);
    const sections = planSections(result, null, "zh");
    expect(
      planToPrintHtml({ plan: result, compliance, identity, sections, lang: "zh" }).startsWith(
        "<!doctype html>",
      ),
    ).toBe(true);
  });
  example("planToXlsx", "a zip archive (starts with PK)", async () => {
    const { plan, files, result, compliance } = await wholePolicy();
    const identity = await planIdentity(plan, result, files);
    const sections = planSections(result, null, "zh");
    const scenarios = Object.fromEntries(plan.types.map((type) => [type.postType, type.scenario]));
    const bytes = await planToXlsx(result, compliance, "zh", { identity, sections, scenarios });
    expect(String.fromCharCode(bytes[0]!, bytes[1]!)).toBe("PK");
  });
  example(
    "planWorkbook",
    "= report whole-policy.yaml --format xlsx, byte for byte (Node on both sides)",
    async () => {
      const { plan, files, result } = await wholePolicy();
      const identity = await planIdentity(plan, result, files);
      const bytes = await planWorkbook(plan, result, identity, "zh");
      const dir = await mkdtemp(join(tmpdir(), "plan-workbook-"));
      const out = join(dir, "wp.xlsx");
      expect(
        (
          await runCli([
            "report",
            "scenarios/demo-county/whole-policy.yaml",
            "--format",
            "xlsx",
            "--out",
            out,
          ])
        ).code,
      ).toBe(0);
      expect(Buffer.from(bytes).equals(readFileSync(out))).toBe(true);
    },
  );
  example("PLAN_PRINT_LABELS", "the pack's title", () => {
    expect(PLAN_PRINT_LABELS.packTitle.zh).toBe("全盘方案打印本");
  });
  example("PLAN_SHEET_TYPE", "the institution type's short sheet name", () => {
    expect(PLAN_SHEET_TYPE.institution.en).toBe("Institution");
  });
});

describe("every @example in src/ has a test here", () => {
  /** The documented function each `@example` belongs to: the first declaration after its doc comment. */
  function examplesInSrc(): { owner: string; where: string }[] {
    const files = (readdirSync("src", { recursive: true }) as string[])
      .filter((f) => f.endsWith(".ts") && !f.startsWith("notebook"))
      .map((f) => join("src", f));
    const found: { owner: string; where: string }[] = [];
    for (const file of files) {
      const lines = readFileSync(file, "utf8").split("\n");
      lines.forEach((line, i) => {
        if (!/^\s*(\/\*\*|\*).*@example/.test(line)) return;
        const rest = lines.slice(i + 1);
        const end = rest.findIndex((l) => l.includes("*/"));
        const declaration = rest
          .slice(end + 1)
          .find((l) => /^export\s/.test(l) || /^(async\s+)?function\s/.test(l) || /^(const|class)\s/.test(l));
        const name = declaration?.match(
          /(?:function\*?|const|class|let|interface|type)\s+([A-Za-z0-9_$]+)/,
        )?.[1];
        found.push({ owner: name ?? "(no declaration)", where: `${file}:${i + 1}` });
      });
    }
    return found;
  }

  it("each example's function is covered by as many example tests as it has examples", () => {
    const perOwner = new Map<string, string[]>();
    for (const { owner, where } of examplesInSrc())
      perOwner.set(owner, [...(perOwner.get(owner) ?? []), where]);
    const missing = [...perOwner]
      .filter(([owner, wheres]) => (covered.get(owner) ?? 0) < wheres.length)
      .map(([owner, wheres]) => `${owner} (${wheres.join(", ")})`);
    expect(missing).toEqual([]);
    // And no test claims an example that is gone (renamed or removed): the list stays honest.
    expect([...covered.keys()].filter((owner) => !perOwner.has(owner))).toEqual([]);
  });
});
