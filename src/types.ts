/**
 * Public domain types of quota-planner. Units and defaults are stated on each field.
 * File formats (CSV headers, YAML keys) live in src/data and src/scenario; these are the
 * resolved, validated shapes that computations take.
 */

/** A text in both UI languages. */
export interface Bilingual {
  readonly zh: string;
  readonly en: string;
}

/** UI / report language. Chinese is the default everywhere. */
export type Lang = "zh" | "en";

/**
 * The five township categories of the policy (R1), highest priority first.
 * 县政府驻地镇 countySeat, 中心镇 central, 重点镇 key, 特色镇 characteristic, 一般乡镇 general.
 */
export type Category = "countySeat" | "central" | "key" | "characteristic" | "general";

/** The categories in priority order (R4), highest first. */
export const CATEGORIES: readonly Category[] = ["countySeat", "central", "key", "characteristic", "general"];

/** The three kinds of posts the toolkit allocates. */
export type PostType = "admin" | "institution" | "leader";

/**
 * One township as read from a county table. Counts are whole numbers of people or posts.
 * Optional fields are `undefined` when the table has no such column (never silently 0).
 */
export interface Township {
  /** 1-based spreadsheet row the township was read from (header = row 1), for messages. */
  readonly row?: number;
  /** Stable identifier, unique in the table, e.g. "T01". */
  readonly id: string;
  /** Name as the county writes it, e.g. "芦溪镇". */
  readonly name: string;
  readonly category: Category;
  /** Resident population, persons, > 0. */
  readonly population: number;
  /** Area, km², > 0. */
  readonly areaKm2: number;
  /** Gross domestic product of the township, 10,000 yuan (万元), >= 0. */
  readonly gdp?: number;
  /** General public budget revenue, 10,000 yuan (万元), >= 0. */
  readonly fiscalRevenue?: number;
  /** Road distance to the county seat, km, >= 0 (0 for the county seat itself). */
  readonly distanceKm?: number;
  /** Location score judged by the staffing office, larger is more central, e.g. 0–10. */
  readonly locationScore?: number;
  /** Number of key industrial projects located in the township, >= 0. */
  readonly keyProjects?: number;
  /** Current administrative posts (行政编制), >= 0. */
  readonly adminPosts: number;
  /** Current public-institution posts (事业编制), >= 0. */
  readonly institutionPosts?: number;
  /** Current section-level leadership posts (科级领导职数), >= 0. */
  readonly leaderPosts?: number;
  /** People holding admin + institution posts today (在编人数), >= 0. */
  readonly staffInPost?: number;
  /** Staff lent out to county departments (借出人员), >= 0. */
  readonly staffLentOut?: number;
  /** Number of offices set up (机构数), >= 0. */
  readonly officeCount?: number;
  /**
   * The county the township belongs to (所属县), in a province or city table; absent in a county's own table. A
   * table with this column is allocated county by county (`runProvince`).
   */
  readonly county?: string;
  /**
   * Every numeric column of the row by its canonical key (known columns) or its header as
   * written (other columns), so models may use any column as an indicator.
   */
  readonly values: Readonly<Record<string, number>>;
}

/** A county table after validation. */
export interface CountyData {
  /** Where it was read from, as the caller named it (for messages and reports). */
  readonly source: string;
  readonly townships: readonly Township[];
  /** Canonical keys (or raw headers) of the numeric columns present in the table. */
  readonly columns: readonly string[];
  /**
   * What the reader did that the planner should know, none of it an error: rows skipped above the header (a title, a
   * units row), totals rows left out, two header rows joined, 万 units converted, a hidden sheet skipped, headers it
   * did not recognise (with a suggestion). In row order; `[]` for a table read as written. Codes: "title-row-skipped",
   * "units-row-skipped", "two-row-header", "three-row-header", "totals-row-skipped", "note-row-skipped",
   * "wan-unit-converted", "unit-converted", "unit-not-converted", "hidden-sheet-skipped", "row-number-column-ignored",
   * "unmatched-header", "extra-column-kept", "column-mapped", "column-ignored", "look-alike-id", "look-alike-name",
   * "duplicate-name", "invisible-character". Which are warnings: `noticeSeverity`.
   */
  readonly notices: readonly InputProblem[];
}

/** Where a problem was found. Row numbers are 1-based as a spreadsheet shows them (header = row 1). */
export interface Location {
  readonly file?: string;
  readonly row?: number;
  /** Column header as written in the file, or canonical key. */
  readonly column?: string;
  /** Key path in a YAML/JSON file, e.g. "overrides.floors.general". */
  readonly path?: string;
  /**
   * The place in words, for people, when `column` or `path` is an internal key: the Chinese header of a canonical
   * column (`列“现有行政编制”`), an indicator by name (`因素“区位”的指标“区位得分”`). Chinese messages show it
   * instead of `column` and `path`, which never appear in Chinese text as internal keys.
   */
  readonly place?: Bilingual;
}

/** One problem in an input file: where, what was found, what was expected, in both languages. */
export interface InputProblem extends Location {
  /** Machine-readable kind, e.g. "missing-column", "not-a-number", "unknown-category". */
  readonly code: string;
  /** The value as found, if any (stringified). */
  readonly found?: string;
  readonly message: Bilingual;
  /**
   * For a header the reader did not recognise: the canonical key of the closest known column (e.g. "staffLentOut"
   * for "借调借出"), when one is close. For programs (a mapping step); messages name the column by its label.
   */
  readonly suggestion?: string;
}

/** A caller-facing error carrying all problems found in one pass. Thrown for bad input files. */
export class InputError extends Error {
  readonly problems: readonly InputProblem[];
  constructor(problems: readonly InputProblem[]) {
    super(problems.map((p) => formatProblem(p, "en")).join("\n"));
    this.name = "InputError";
    this.problems = problems;
  }
}

/**
 * One line for a problem: "file, row, column, key: message". In Chinese the row is 第n行 (a YAML file's line), then
 * `place` when the problem has one, else the column as written and the key path the planner typed (`键 band.maxCut`);
 * a key path with array positions (`factors.0.indicators.0.column`, `[2]`) is never shown in Chinese.
 * @example
 * const message = { zh: "应为正整数，实为“abc”", en: 'expected a whole number > 0, found "abc"' };
 * formatProblem({ code: "not-a-number", file: "t.csv", row: 3, column: "人口", message }, "zh")
 * // "t.csv，第3行，列“人口”: 应为正整数，实为“abc”"
 */
export function formatProblem(problem: InputProblem, lang: Lang): string {
  const zh = lang === "zh";
  const where = zh
    ? [
        problem.file,
        problem.row !== undefined ? `第${problem.row}行` : undefined,
        problem.place !== undefined
          ? problem.place.zh
          : problem.column !== undefined
            ? `列“${problem.column}”`
            : undefined,
        problem.place === undefined && problem.path !== undefined && !hasArrayPosition(problem.path)
          ? problem.path === "(root)"
            ? "文件顶层"
            : `键 ${problem.path}`
          : undefined,
      ]
    : [
        problem.file,
        problem.row !== undefined
          ? `${problem.code.startsWith("yaml-") || problem.code.startsWith("schema-") ? "line" : "row"} ${problem.row}`
          : undefined,
        problem.column !== undefined ? `column "${problem.column}"` : undefined,
        problem.path !== undefined ? `key ${problem.path}` : undefined,
        problem.column === undefined && problem.path === undefined ? problem.place?.en : undefined,
      ];
  const text = where.filter((part) => part !== undefined).join(zh ? "，" : ", ");
  return text ? `${text}: ${problem.message[lang]}` : problem.message[lang];
}

/** Whether a key path holds an array position: "factors.0.indicators", "[2]", "townships[2]". */
function hasArrayPosition(path: string): boolean {
  return /(^|\.)\d+(\.|$)|\[\d+\]/.test(path);
}

/** Which way an indicator pushes the index: larger is more demand (benefit) or less (cost). */
export type Direction = "benefit" | "cost";
/** Transform applied to raw values before normalisation. `log` needs values > 0; `log1p` allows 0. */
export type Transform = "none" | "log" | "log1p" | "sqrt";
/**
 * How transformed values become comparable scores.
 * - `minmax`: (x − min)/(max − min) mapped onto `range` (default [0, 1]); a constant column scores range[1] for all.
 * - `max`: x / max (cost: min / x); needs values > 0 for cost.
 * - `share`: x / Σx (cost: (1/x) / Σ(1/x)); scores sum to 1 over the county.
 * - `zscore`: (x − mean) / population SD (cost: negated); scores can be negative, see `computeIndex`.
 */
export type Normalisation = "minmax" | "max" | "share" | "zscore";

/** One indicator of a staffing standard, read from one column of the county table. */
export interface IndicatorSpec {
  /** Identifier, unique in the model, e.g. "gdp". */
  readonly id: string;
  readonly label: Bilingual;
  /** Column key in the county table (canonical key such as "population", or a header as written). */
  readonly column: string;
  readonly direction: Direction;
  readonly transform: Transform;
  readonly normalise: Normalisation;
  /** Target interval of `minmax` scores. Default [0, 1]. */
  readonly range: readonly [number, number];
  /** Weight within its factor, relative (renormalised to sum 1 within the factor). >= 0. */
  readonly weight: number;
}

/** A factor (区位、经济、人口、面积…): a weighted group of indicators. */
export interface FactorSpec {
  readonly id: string;
  readonly label: Bilingual;
  /** Factor weight, relative (renormalised to sum 1 over factors). >= 0. */
  readonly weight: number;
  readonly indicators: readonly IndicatorSpec[];
}

/** Per-category rules of a standard: priority coefficient (R4), floors (R3) and caps per post type. */
export interface CategoryRule {
  /** Multiplier on the index when forming the proportional target (R4 priority). Default 1. */
  readonly coefficient: number;
  /** Minimum posts per township of this category, by post type. Admin default 15 (R3). */
  readonly floor: Readonly<Partial<Record<PostType, number>>>;
  /** Maximum posts per township of this category, by post type; absent = no cap. */
  readonly cap: Readonly<Partial<Record<PostType, number>>>;
}

/**
 * What the allocation (method lp) minimises. `least-absolute-deviation`: Σ |posts − proportional target|, ties by
 * Σ (posts − target)²/target (behaves like Hamilton's method; raising the total can take a post from a township).
 * `least-squares-relative`: Σ (posts − target)²/target alone, Webster's method with floors and caps, house monotone
 * when no category ordering binds. (`absDeviation` in model files is the old name of the first.)
 */
export type Objective = "least-absolute-deviation" | "least-squares-relative";

/** Every objective a scenario may name. */
export const OBJECTIVES: readonly Objective[] = ["least-absolute-deviation", "least-squares-relative"];

/**
 * The objective of scenarios and models that name none: `least-squares-relative` (Webster's method with floors and
 * caps; raising the total never lowers a township while the bounds stay and no category ordering binds). Shipped
 * models name theirs (`least-absolute-deviation`, as `absDeviation`). A bare `AllocationProblem` without an objective
 * (the allocation functions called directly) keeps `PROBLEM_DEFAULT_OBJECTIVE`.
 */
export const DEFAULT_OBJECTIVE: Objective = "least-squares-relative";

/** One expert's pairwise comparison matrix (Saaty 1–9 scale; cells numbers or fractions such as "1/3"). */
export interface ExpertMatrixSpec {
  readonly name: string;
  readonly matrix: readonly (readonly (number | string)[])[];
}

/** AHP judgements of a model: factors compared in model order, and each factor's indicators in model order. */
export interface AhpSpec {
  readonly factors: { readonly experts: readonly ExpertMatrixSpec[] };
  /** By factor id; a factor with one indicator needs none. */
  readonly indicators: Readonly<Record<string, { readonly experts: readonly ExpertMatrixSpec[] }>>;
}

/** Random-index table used for AHP consistency ratios (see docs/weights.md). */
export type RandomIndexChoice = "saaty" | "alonso-lamata" | "cn-textbook";

/**
 * How a model's weights are set (R5).
 * - `manual`: the factor and indicator weights written in the model (default);
 * - `ahp`: factor and within-factor weights from experts' pairwise comparison matrices;
 * - `entropy` / `critic`: global indicator weights from the county's data (raw column values, model directions);
 * - `combined`: expertShare × AHP + (1 − expertShare) × the data method.
 */
export type WeightingSpec =
  | { readonly method: "manual" }
  | { readonly method: "ahp"; readonly randomIndex: RandomIndexChoice; readonly ahp: AhpSpec }
  | { readonly method: "entropy"; readonly normalise: "sum" | "minmax" }
  | { readonly method: "critic" }
  | {
      readonly method: "combined";
      readonly randomIndex: RandomIndexChoice;
      readonly ahp: AhpSpec;
      readonly data: "entropy" | "critic";
      readonly normalise: "sum" | "minmax";
      /** Share of the expert (AHP) weights, 0–1. */
      readonly expertShare: number;
    };

/** A staffing standard (编制核定标准) as data: see models/standard.yaml. */
export interface StaffingModel {
  /** Where it was read from, as named by the caller. */
  readonly source: string;
  readonly name: Bilingual;
  readonly description?: Bilingual;
  readonly factors: readonly FactorSpec[];
  /** How the weights are set; with a method other than manual the numbers in `factors` are filled in on resolution. */
  readonly weighting: WeightingSpec;
  readonly categories: Readonly<Record<Category, CategoryRule>>;
  /** R10: the uniform offices and institution caps (model key `offices`); absent when the model has no such block. */
  readonly offices?: OfficeStandard;
  readonly allocation: {
    readonly objective: Objective;
    /** Category ordering constraints (R4): posts per unit of index in a higher category >= in the next lower one. */
    readonly ordering: boolean;
  };
}

/** How the county total of the post type is set (R2). */
export type TotalSpec =
  | { readonly kind: "total"; readonly value: number }
  | { readonly kind: "transferDown"; readonly value: number };

/** The flexible reserve held back from the total (R6). */
export type ReserveSpec =
  | { readonly kind: "none" }
  | { readonly kind: "count"; readonly value: number }
  /** Share of the total; the count is floor(share × total), stated in the output. */
  | { readonly kind: "share"; readonly value: number };

/**
 * Stability band versus today: a township's new posts stay within [current − cut, current + gain].
 * Counts in posts or shares of today's posts (rounded inward: lower bound up, upper bound down). Absent = no band.
 */
export interface BandSpec {
  readonly maxCut?: number;
  readonly maxGain?: number;
  readonly maxCutShare?: number;
  readonly maxGainShare?: number;
}

/**
 * A multi-year transition path (R12, scenario key `transition`): from today's posts to the run's allocation over
 * `years` years. Each year's change per township is at most `maxChangePerYear` posts and at most
 * floor(`maxChangeShare` × today's posts) (both when both are given; neither = no change limit); `yearTotals` are
 * the posts allocated to the townships at the end of each year (default: linear from today's total to the run's,
 * rounded half away from today's); `noCuts`: no township loses a post in any year (default false).
 */
export interface TransitionSpec {
  /** Years, 1–50. */
  readonly years: number;
  /** Posts, a whole number >= 0. */
  readonly maxChangePerYear?: number;
  /** Share of today's posts, 0 < share <= 1, rounded down to whole posts. */
  readonly maxChangeShare?: number;
  /** One total per year, whole posts; the townships' sum at the end of that year. */
  readonly yearTotals?: readonly number[];
  readonly noCuts: boolean;
}

/** Which engine solves the allocation. `auto`: exact greedy without ordering rows, HiGHS with them. */
export type SolverChoice = "auto" | "exact" | "highs" | "jsLpSolver";

/**
 * How whole posts are found: `lp` (least deviation from the targets under every policy constraint), or a classical
 * apportionment method within the same floors, caps and band (no ordering rows).
 */
export type AllocationMethod =
  | "lp"
  | "hamilton"
  | "jefferson"
  | "webster"
  | "adams"
  | "dean"
  | "huntington-hill";

/** The classical apportionment methods, in the order the README lists them. */
export const APPORTION_METHOD_IDS = [
  "hamilton",
  "jefferson",
  "webster",
  "adams",
  "dean",
  "huntington-hill",
] as const;

/** Every allocation method a scenario may name: the LP first, then the classical methods. */
export const ALLOCATION_METHODS: readonly AllocationMethod[] = ["lp", ...APPORTION_METHOD_IDS];

/**
 * The year's hiring plan settings (R7, scenario key `hiring`): how many recruits the county may place and how the
 * plan leans. Resolved with its defaults (src/scenario/hiring-schema.ts).
 */
export interface HiringSpec {
  /** Recruits the county may place this year (用编进人计划), whole persons >= 0, e.g. 12. */
  readonly quota: number;
  /** The usage rate (staff in post ÷ posts) to move toward, in (0, 1], at most 6 decimals. Default 0.95 (R7). */
  readonly targetUsage: number;
  /**
   * Weight of a township's shortfall by its category, > 0. Default county seat 1.4, central 1.3, key 1.2,
   * characteristic 1.1, general 1 (R4's priority order); a scenario may set any of them.
   */
  readonly categoryWeights: Readonly<Record<Category, number>>;
}

/** A scenario after resolution: data and model loaded, overrides applied, every name checked. */
/**
 * Where each county's total comes from in a province or city table (a county column; scenario key `counties`):
 * `given` per county (a county-totals file or inline), or `split` from the scenario's total by the counties' index.
 */
export type CountySetting =
  | { readonly kind: "split"; readonly by: "index" }
  | {
      readonly kind: "given";
      /** The file the totals were read from, or the scenario file for inline totals. */
      readonly source: string;
      /** In the order written; each county of the data once. */
      readonly totals: readonly { readonly county: string; readonly total: number }[];
    };

export interface Scenario {
  readonly source: string;
  readonly name: Bilingual;
  readonly notes?: string;
  readonly dataSource: string;
  readonly modelSource: string;
  readonly data: CountyData;
  /** The model with the scenario's overrides applied. */
  readonly model: StaffingModel;
  readonly postType: PostType;
  readonly total: TotalSpec;
  readonly reserve: ReserveSpec;
  readonly band?: BandSpec;
  /**
   * An inconsistent AHP matrix (CR >= 0.10) may be used (scenario key `acceptInconsistent`). Default false.
   * The weights themselves are derived by the run (src/run), not on resolution.
   */
  readonly acceptInconsistent: boolean;
  /** Where the weighting block the model's weights come from was written, for messages: the model file, or the scenario's `overrides.weighting`. */
  readonly weightingAt: { readonly file: string; readonly path: string };
  readonly method: AllocationMethod;
  readonly solver: SolverChoice;
  /** Time limit for MILP backends, seconds. Default 30. */
  readonly timeLimitSeconds: number;
  /** The offices table the scenario names (key `offices`, R10/R11); absent when it names none. */
  readonly offices?: OfficeTable;
  /** The workload from the power lists the scenario names (key `powers`, R13); absent when it names none. */
  readonly duties?: DutyWorkload;
  /** The year's hiring plan (R7); absent when the scenario has no `hiring` block. */
  readonly hiring?: HiringSpec;
  /**
   * With a county column in the data: where each county's total comes from (absent: split by index). Ignored
   * without a county column (a county's own table).
   */
  readonly counties?: CountySetting;
  /** The multi-year transition path to compute after the allocation (R12); absent = none. */
  readonly transition?: TransitionSpec;
}

// R10, R11: offices (read by src/data/read-office-table.ts, the standard's block by src/scenario/office-standard.ts)

/** One uniform office: its name and the other names a table may write it under. */
export interface UniformOffice {
  readonly name: string;
  readonly aliases: readonly string[];
}

/** R10 of a staffing standard: the uniform offices and each category's institution cap (absent: not set). */
export interface OfficeStandard {
  readonly uniform: readonly UniformOffice[];
  readonly institutionCap: Readonly<Partial<Record<Category, number>>>;
  /** Whether `uniform` is the source plan's eight (the model named none). */
  readonly uniformFromPlan: boolean;
}

/** How an office is set up: uniformly by the county (R10's eight), by the township within its cap, or stationed (R11). */
export type OfficeKind = "uniform" | "adjustable" | "stationed";

/** One office of a township, as its row reads. */
export interface OfficeRow {
  /** 1-based row of the table (as a spreadsheet numbers it). */
  readonly row: number;
  /** The township's id in the county table (the table may name it by id or by name). */
  readonly townshipId: string;
  /** The office's name as written, e.g. "党建工作办公室", "XX派出所". */
  readonly name: string;
  readonly kind: OfficeKind;
  /** Whether `kind` was inferred from the name (the type cell or column was blank). */
  readonly kindInferred: boolean;
  /** The county department a stationed agency belongs to (派驻部门), when written. */
  readonly department?: string;
  /** People working in the office, when the table says. */
  readonly staff?: number;
  /** Whether the office's staff are counted in the township's staff in post (在编人数), when the table says. */
  readonly countedInTownship?: boolean;
}

/** An offices table after validation. */
export interface OfficeTable {
  readonly source: string;
  readonly offices: readonly OfficeRow[];
  /** Which optional columns the table has: the checks say what they cannot see without them. */
  readonly has: { readonly kind: boolean; readonly staff: boolean; readonly countedInTownship: boolean };
  /** What the reader did that the planner should know (rows skipped, columns not used, types inferred). */
  readonly notices: readonly InputProblem[];
}

// R13: duties (computed by src/weighting/duty-workload.ts)

/** One power item a township carries, with its annual workload. */
export interface CarriedItem {
  readonly id: string;
  readonly name: string;
  /** The list it is on: "base" for the base list, else the category list's id. */
  readonly list: string;
  /** Person-days per year. */
  readonly workload: number;
}

/** A township's workload from the powers it carries. */
export interface TownshipDuties {
  readonly id: string;
  readonly name: string;
  readonly category: Category;
  /** The base list's items (every township), then the accepted category-list items in the order written. */
  readonly items: readonly CarriedItem[];
  /** Σ workload of the base list, person-days per year. */
  readonly baseWorkload: number;
  /** Σ workload of the accepted category-list items, person-days per year. */
  readonly acceptedWorkload: number;
  /** baseWorkload + acceptedWorkload, person-days per year: the indicator `dutyWorkload`. */
  readonly workload: number;
}

/** The duties (R13) of every township, in the county table's order. */
export interface DutyWorkload {
  /** The power-list file, as the caller named it. */
  readonly source: string;
  readonly name?: string;
  readonly townships: readonly TownshipDuties[];
}
