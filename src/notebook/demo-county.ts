/// <reference types="vite/client" />
/**
 * The demo county bundled into the pages at build time: every scenario of scenarios/demo-county/,
 * its county table(s) and the staffing standards in models/, as text (Vite `?raw` imports), so the
 * pages need no server beyond the static files and load nothing at run time.
 */
import type { DemoBundle } from "./planner-sources.ts";

/** The shipped scenarios in the order the menus list them; other scenarios follow in file-name order. */
export const DEMO_SCENARIO_ORDER: readonly string[] = ["baseline", "population-first", "development-first"];

const scenarioTexts = import.meta.glob<string>("../../scenarios/demo-county/*.yaml", {
  query: "?raw",
  import: "default",
  eager: true,
});
const tableTexts = import.meta.glob<string>("../../scenarios/demo-county/*.csv", {
  query: "?raw",
  import: "default",
  eager: true,
});
/** Files a scenario names beside its table: the power lists (`powers:`) in lists/. */
const listTexts = import.meta.glob<string>("../../scenarios/demo-county/lists/*.yaml", {
  query: "?raw",
  import: "default",
  eager: true,
});
const modelTexts = import.meta.glob<string>("../../models/*.yaml", {
  query: "?raw",
  import: "default",
  eager: true,
});

/** "../../models/standard.yaml" → "models/standard.yaml" */
const repoPath = (globKey: string): string => globKey.replace(/^(\.\.\/)+/, "");

const rank = (key: string): number => {
  const at = DEMO_SCENARIO_ORDER.indexOf(key);
  return at < 0 ? DEMO_SCENARIO_ORDER.length : at;
};

/**
 * The bundled demo county: scenarios in menu order, tables and models by repository path.
 * @example DEMO_BUNDLE.scenarios[0].key // "baseline"
 */
export const DEMO_BUNDLE: DemoBundle = {
  scenarios: Object.entries(scenarioTexts)
    // A plan (several post types, `postTypes`) is offered too: the Overview runs it, the other pages say they read a
    // single-type scenario only (`solvedScenarioCell`).
    .map(([globKey, text]) => {
      const path = repoPath(globKey);
      return { key: path.slice(path.lastIndexOf("/") + 1).replace(/\.yaml$/, ""), path, text };
    })
    .sort((a, b) => rank(a.key) - rank(b.key) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)),
  files: Object.fromEntries(
    [...Object.entries(tableTexts), ...Object.entries(listTexts), ...Object.entries(modelTexts)].map(
      ([globKey, text]) => [repoPath(globKey), text],
    ),
  ),
};
