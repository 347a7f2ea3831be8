/**
 * No internal key in any Chinese output (docs/architecture.md, issue 7 item 3): the zh text of every golden and of
 * every bad-input fixture is scanned for ASCII identifiers. Allowed are numbers, units, file names, the documented
 * abbreviations below, the county's township IDs, and — in a problem of a scenario or model file only — the YAML
 * keys and values of the file formats (schemas/*.json) and the keys the planner typed in that file, which are
 * places in their own file. What a problem found (the planner's own text, `found`) may be quoted back.
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { loadCountyData, loadModel, loadScenario } from "../src/cli/load-scenario.ts";
import { resultToCsv, resultToMarkdown, resultToText } from "../src/report/format-result.ts";
import { runScenario } from "../src/run/run-scenario.ts";
import { formatProblem, InputError, type InputProblem } from "../src/types.ts";
import { runCli } from "./helpers/run-cli.ts";

/**
 * Abbreviations and names the Chinese text may show as they are (README, docs/weights.md): methods and their
 * quantities, formats, products, the policy's rule ids R1–R13.
 */
const ABBREVIATIONS = new Set([
  "AHP",
  // the toolkit's name, as the version line of a result's identity writes it
  "quota-planner",
  "CR",
  "CI",
  "RI",
  "LP",
  "CRITIC",
  "HiGHS",
  "javascript-lp-solver",
  "GDP",
  "ID",
  "CSV",
  "XLSX",
  "ZIP",
  "YAML",
  "JSON",
  "Excel",
  "WPS",
  "Saaty",
  "Unicode",
  "km",
]);
const RULE_ID = /^R(?:[1-9]|1[0-3])$/;
/** Township IDs of the demo county and the examples in messages ("T01"): the county's own data. */
const TOWNSHIP_ID = /^T\d{2}$/;

/** Words of the scenario and model file formats: property names and enum values of schemas/*.json. */
const FILE_FORMAT_WORDS: ReadonlySet<string> = (() => {
  const words = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (typeof node === "object" && node !== null) {
      for (const [key, value] of Object.entries(node)) {
        if (key === "properties" && typeof value === "object" && value !== null)
          for (const name of Object.keys(value)) words.add(name);
        if (key === "enum" && Array.isArray(value)) for (const v of value) words.add(String(v));
        walk(value);
      }
    }
  };
  for (const file of ["schemas/model.schema.json", "schemas/scenario.schema.json"])
    walk(JSON.parse(readFileSync(file, "utf8")));
  words.add("true");
  words.add("false");
  return words;
})();

/**
 * The ASCII identifiers of a Chinese text that are not allowed: internal keys such as `population`, `areaKm2`,
 * `economy`, `exact`, and any key path with an array position (`factors.0.indicators.0.column`, `[2]`).
 * @param text Chinese text as a person reads it
 * @param allowed further words allowed in this text (the planner's own words: found values, typed keys, names)
 */
function internalKeysIn(text: string, allowed: ReadonlySet<string> = new Set()): string[] {
  const leaks: string[] = [];
  // key paths with array positions are internal whatever their words
  const arrayPath = /[A-Za-z_]\w*(?:\.\d+(?:\.[A-Za-z_]\w*)*)+|\[\d+\]/g;
  for (const match of text.matchAll(arrayPath)) leaks.push(match[0]);
  const rest = text
    .replace(arrayPath, " ")
    // file names and paths, and bare extensions (".xlsx")
    .replace(/[\w./-]*\.(?:csv|xlsx|xls|json|yaml|yml|md|txt)\b/g, " ")
    .replace(/λmax/g, " ")
    // the content hash of resultIdentity (12 hex digits), a value rather than a key
    .replace(/(?<![A-Za-z0-9_])[0-9a-f]{12}(?![A-Za-z0-9_])/g, " ")
    .replace(/\{n\}/g, " ");
  for (const match of rest.matchAll(/(?<![A-Za-z0-9_])[A-Za-z][A-Za-z0-9]*(?:[-+][A-Za-z][A-Za-z0-9]*)*/g)) {
    const word = match[0];
    if (ABBREVIATIONS.has(word) || RULE_ID.test(word) || TOWNSHIP_ID.test(word) || allowed.has(word))
      continue;
    leaks.push(word);
  }
  return leaks;
}

/** ASCII words of a text, for the allowed lists (a found value "N/A" allows "N" and "A"). */
function wordsOf(text: string | undefined): string[] {
  return text === undefined
    ? []
    : [...text.matchAll(/[A-Za-z][A-Za-z0-9]*(?:[-+][A-Za-z][A-Za-z0-9]*)*/g)].map((m) => m[0]);
}

/** Every mapping key of a YAML file, at any depth (the keys the planner typed). */
function yamlKeys(file: string): Set<string> {
  const keys = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (typeof node === "object" && node !== null) {
      for (const [key, value] of Object.entries(node)) {
        keys.add(key);
        walk(value);
      }
    }
  };
  try {
    walk(parseYaml(readFileSync(file, "utf8")));
  } catch {
    // a file with a syntax error has no keys to quote back
  }
  return keys;
}

/** Every `zh` string in a JSON value (reasons, checks, rules, conflicts, labels). */
function zhStrings(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(zhStrings);
  if (typeof node !== "object" || node === null) return [];
  return Object.entries(node).flatMap(([key, value]) =>
    key === "zh" && typeof value === "string" ? [value] : zhStrings(value),
  );
}

/** The words a problem's Chinese line may quote back: what it found, and for a YAML file its format and keys. */
function allowedFor(problem: InputProblem): Set<string> {
  const allowed = new Set(wordsOf(problem.found));
  // a JSON county table may wrap its rows as {"townships": [...]} (docs/data.md)
  if (problem.file?.endsWith(".json")) allowed.add("townships");
  if (problem.file !== undefined && /\.ya?ml$/.test(problem.file)) {
    for (const word of FILE_FORMAT_WORDS) allowed.add(word);
    for (const key of yamlKeys(problem.file)) for (const word of wordsOf(key)) allowed.add(word);
  }
  return allowed;
}

const cwd = process.cwd();
const GOLDEN = "scenarios/demo-county/golden";
const list = (dir: string) =>
  readdirSync(dir)
    .sort()
    .map((name) => `${dir}/${name}`);
const BAD_INPUTS = [
  ...list("test/fixtures/data/bad"),
  ...list("test/fixtures/scenarios"),
  ...list("test/fixtures/models"),
  ...list("test/fixtures/run"),
];

describe("internalKeysIn(text) finds internal keys in Chinese text", () => {
  it("internalKeysIn catches canonical column keys (the validate line before the fix)", () => {
    expect(internalKeysIn("✓ 数据文件 t.csv：2 个乡镇，2 个类别，数值列 population、areaKm2")).toEqual([
      "population",
      "areaKm2",
    ]);
  });

  it("internalKeysIn catches a column key in a problem's place (列“id”)", () => {
    const problem: InputProblem = {
      code: "missing-column",
      file: "t.csv",
      row: 1,
      column: "id",
      message: { zh: "缺少必填列“编号”", en: 'missing required column "ID"' },
    };
    expect(internalKeysIn(formatProblem(problem, "zh"))).toEqual(["id"]);
  });

  it("internalKeysIn catches a key path with array positions even where file-format words are allowed", () => {
    const text = "m.yaml，键 factors.0.indicators.0.column: 没有该数值列";
    expect(internalKeysIn(text, FILE_FORMAT_WORDS)).toEqual(["factors.0.indicators.0.column"]);
  });

  it("internalKeysIn catches factor ids in AHP judgements and index parts", () => {
    expect(internalKeysIn("“projects”对“area”给了 1/2")).toEqual(["projects", "area"]);
    expect(internalKeysIn("指数 0.96（location 0.15, economy 0.2）")).toEqual(["location", "economy"]);
    expect(internalKeysIn("求解：exact，状态 optimal")).toEqual(["exact", "optimal"]);
  });

  it("internalKeysIn allows numbers, units, file names, abbreviations, rule and township IDs", () => {
    const text =
      "scenarios/demo-county/baseline.yaml，第4行：CR = 0.12 ≥ 0.10（λmax = 3.1，CI = 0.06，RI = 0.58，Saaty 表），" +
      "HiGHS + 精确贪心算法，✗ R8: 借出超过 5%，幅员 118.4 km²，T01 城厢镇，1e-12，应为 .csv、.xlsx 或 .json";
    expect(internalKeysIn(text)).toEqual([]);
  });
});

describe("no internal key in the Chinese goldens", () => {
  const files = list(GOLDEN);

  it.each(files.filter((f) => f.endsWith(".md") || f.endsWith(".csv")))("%s", (file) => {
    expect(internalKeysIn(readFileSync(file, "utf8"))).toEqual([]);
  });

  it.each(files.filter((f) => f.endsWith(".json")))("%s: every zh string", (file) => {
    const leaks = zhStrings(JSON.parse(readFileSync(file, "utf8"))).flatMap((text) => internalKeysIn(text));
    expect(leaks).toEqual([]);
  });
});

describe("no internal key in the Chinese messages of the bad-input fixtures", () => {
  it.each(BAD_INPUTS)("%s: validate (and solve when it validates) in Chinese", async (file) => {
    const validated = await runCli(["validate", file, "--lang", "zh"]);
    const leaks: string[] = [];
    if (validated.code === 0) {
      leaks.push(...internalKeysIn(validated.stdout));
      if (/\.ya?ml$/.test(file) && !validated.stdout.includes("标准文件")) {
        const scenario = await loadScenario(file, cwd);
        const result = await runScenario(scenario);
        // the scenario's own name is the planner's words (fixtures name themselves in English)
        const allowed = new Set(wordsOf(scenario.name.zh));
        for (const text of [
          resultToMarkdown(result, "zh"),
          resultToText(result, "zh"),
          resultToCsv(result, "zh"),
          ...zhStrings(result),
        ])
          leaks.push(...internalKeysIn(text, allowed));
      }
    } else {
      expect(validated.code).toBe(2);
      const problems = await problemsOf(file);
      expect(problems.length).toBeGreaterThan(0);
      // the CLI prints each problem's Chinese line as formatProblem gives it
      for (const problem of problems) {
        const line = formatProblem(problem, "zh");
        expect(validated.stderr).toContain(line);
        leaks.push(...internalKeysIn(line, allowedFor(problem)));
      }
    }
    expect(leaks).toEqual([]);
  });
});

/** The problems `quota-planner validate` reports for a file: of a county table, a model or a scenario. */
async function problemsOf(file: string): Promise<readonly InputProblem[]> {
  const isYaml = /\.ya?ml$/.test(file);
  const isModel = isYaml && "factors" in ((safeYaml(file) as object | null) ?? {});
  const load = !isYaml ? loadCountyData : isModel ? loadModel : loadScenario;
  const error = await load(file, cwd).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InputError);
  return (error as InputError).problems;
}

function safeYaml(file: string): unknown {
  try {
    return parseYaml(readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}
