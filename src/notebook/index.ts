/**
 * Browser-only helpers the pages in notebooks/ are built with: the typed notebook runtime, page
 * language, inputs, a sortable table, downloads, a worker RPC and a chart frame. Not part of the
 * library build (tsconfig.build.json excludes this folder); pages import it beside src/index.ts.
 */
export {
  axisTitle,
  type ChartFrame,
  chartFrame,
  DEFAULT_MARGIN,
  type LegendItem,
  legend,
  type Margin,
  withUnit,
} from "./chart.ts";
export { csvBlob, downloadBlob, textBlob, UTF8_BOM, XLSX_MIME, xlsxBlob, yamlBlob } from "./download.ts";
export { highsInitOptions, highsWasmUrl } from "./highs-wasm.ts";
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
  setLang,
  t,
  withLang,
} from "./i18n.ts";
export {
  button,
  checkbox,
  filePicker,
  type InputElement,
  type LoadedFile,
  type NumberOptions,
  number,
  type RangeOptions,
  range,
  type SelectOption,
  select,
} from "./inputs.ts";
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
export { type Column, type SortableTable, type SortState, sortableTable, sortRows } from "./table.ts";
export {
  createWorkerClient,
  exposeWorkerApi,
  type RpcRequest,
  type RpcResponse,
  type WorkerApi,
  type WorkerClient,
  type WorkerEndpoint,
  type WorkerScope,
} from "./worker.ts";
