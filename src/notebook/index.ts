/**
 * Browser-only helpers the pages in notebooks/ are built with: the typed notebook runtime, page
 * language, inputs, a sortable table, downloads, a worker RPC and a chart frame. Not part of the
 * library build (tsconfig.build.json excludes this folder); pages import it beside src/index.ts.
 */

// ---- the planner's pages: data, stores, views and charts built on the helpers above ----
export { type AhpMatrixEditor, ahpMatrixEditor } from "./ahp-editor.ts";
export {
  allocationTable,
  changeTable,
  sumsLine,
} from "./allocation-table.ts";
export { dumbbellChart, paragraphs, plainTable, SCENARIO_COLOURS, tornadoChart } from "./analysis-views.ts";
export {
  axisTitle,
  type ChartFrame,
  chartFrame,
  DEFAULT_MARGIN,
  estimateTextWidth,
  type LegendItem,
  legend,
  type Margin,
  withUnit,
} from "./chart.ts";
export { complianceView } from "./compliance-view.ts";
export {
  type CountyFileOutcome,
  columnMapping,
  columnsHelp,
  countyPreview,
  readCountyFile,
  storedDataOf,
  type UnmatchedHeader,
  unmatchedHeaders,
  unmatchedInProblems,
} from "./county-file.ts";
export { DEMO_BUNDLE, DEMO_SCENARIO_ORDER } from "./demo-county.ts";
export { csvBlob, downloadBlob, textBlob, UTF8_BOM, XLSX_MIME, xlsxBlob, yamlBlob } from "./download.ts";
export { highsInitOptions, highsWasmUrl } from "./highs-wasm.ts";
export { hiringChart } from "./hiring-chart.ts";
export {
  applyLang,
  bilingualText,
  chooseLang,
  DEFAULT_LANG,
  defineStrings,
  initLang,
  LANG_PARAM,
  LANG_STORAGE_KEY,
  LANGS,
  type LangSwitch,
  langSwitch,
  localizeLinks,
  pageLang,
  pageLanguage,
  parseLang,
  setBilingual,
  setBilingualAttribute,
  setLang,
  t,
  withLang,
} from "./i18n.ts";
export {
  button,
  checkbox,
  constantView,
  filePicker,
  type InputElement,
  type LoadedFile,
  methodSelect,
  type NumberOptions,
  number,
  type RangeOptions,
  range,
  type SelectOption,
  select,
} from "./inputs.ts";
export { noticesView } from "./notices-view.ts";
export {
  chosenTypeOutcome,
  combinedTableView,
  type PageOutcome,
  type PlanPageCells,
  planIdentityOf,
  planPageCells,
  planTransitionView,
  planTypesOf,
  postTypeSwitch,
  reserveCardsView,
  shownTypeLine,
  solvedPageCell,
} from "./plan-views.ts";
export { type PlannerContext, plannerContext } from "./planner-context.ts";
export { type PlannerPage, plannerPage } from "./planner-page.ts";
export {
  CUSTOM_KEY,
  type DemoBundle,
  type EditedScenario,
  type OpenedOutcome,
  ORIGINAL_LIMIT_BYTES,
  OWN_KEY,
  openModelFile,
  openScenarioFile,
  ownScenarioFrom,
  type PlannerSources,
  type PlannerSourcesOutcome,
  plannerSources,
  resolvePath,
  type StoredCustom,
  type StoredData,
  type StoredOwn,
  scenarioKeys,
  withEdits,
} from "./planner-sources.ts";
export { identityCell, identityView, markReadyAfter, pageIdentityFiles } from "./print-identity.ts";
export { countiesView, printedFilterNote } from "./province-views.ts";
export { checksView, diagnosisView, labelled, problemsView, storyView, totalsView } from "./result-views.ts";
export {
  type Cell,
  type CellContext,
  type CellValues,
  input,
  type Mutable,
  type Notebook,
  notebook,
  observe,
  type Slot,
  type ViewElement,
} from "./runtime.ts";
export { scenarioEditor } from "./scenario-editor.ts";
export {
  planOnlyOnOverview,
  type SolverWorkerApi,
  solvedScenarioCell,
  solvePlanWithLimit,
  solveWithLimit,
  stoppedProblem,
  TIME_LIMIT_GRACE_SECONDS,
} from "./solve.ts";
export {
  browserStorage,
  CUSTOM_STORAGE_KEY,
  chooseScenarioKey,
  DATA_STORAGE_KEY,
  type KeyValueStorage,
  linkScenario,
  OWN_STORAGE_KEY,
  plannerHref,
  readStoredCustom,
  readStoredData,
  readStoredOwn,
  readStoredScenarioKey,
  SCENARIO_PARAM,
  SCENARIO_STORAGE_KEY,
  setPageParam,
  setScenario,
  withParams,
  writeStoredCustom,
  writeStoredData,
  writeStoredOwn,
} from "./store.ts";
export { sweepChart } from "./sweep-chart.ts";
export { sweepControls } from "./sweep-controls.ts";
export { type Column, type SortableTable, type SortState, sortableTable } from "./table.ts";
export {
  type AllocationBar,
  allocationChart,
  CHART_COLORS,
  type ChangeBar,
  changeChart,
} from "./township-charts.ts";
export { factorBars, indicatorStrips, waterfallChart } from "./township-detail-charts.ts";
export { townshipPicker, townshipSummary } from "./township-views.ts";
export { transitionChart } from "./transition-chart.ts";
export {
  CallStopped,
  createWorkerClient,
  exposeWorkerApi,
  type RpcRequest,
  type RpcResponse,
  type StoppableClient,
  type StopReason,
  stoppableWorkerClient,
  type WorkerApi,
  type WorkerClient,
  type WorkerEndpoint,
  type WorkerScope,
} from "./worker.ts";
