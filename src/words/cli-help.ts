import type { Bilingual } from "../types.ts";

/*
 * The help texts of the command line (`quota-planner <command> --help`, `quota-planner help <command>`): usage
 * and every option, per language. Lists of values (methods, tables, forms) are passed in by the CLI, which takes
 * them from the library.
 */

/** The overview: every command in one line or two, and the exit codes. */
export const CLI_USAGE = `quota-planner — 乡镇编制配置规划器 / township staffing quota planner

Usage:
  quota-planner solve <scenario.yaml> [--out dir] [--lang zh|en] [--format table|json|csv|md] [--solver auto|exact|highs|jsLpSolver]
  quota-planner validate <file>          check a county table (.csv/.xlsx/.json), a model or a scenario (.yaml)
  quota-planner weights --method ahp|entropy|critic|combined [--format table|json] <file>
                                         weights, λmax, CI, CR and inconsistent pairs (matrix CSV, data CSV, county table or model YAML)
  quota-planner apportion <table.csv> --total N --method <name> [--min k] [--max k] [--weight-column col] [--format table|json]
                                         one classical method on a plain table of units and weights
  quota-planner sweep <scenario.yaml> --totals A..B [--format table|json] [--lang zh|en]
                                         each township's posts as the county total moves; flags the Alabama paradox
  quota-planner report <scenario.yaml> [--format pdf|html|xlsx] [--out file] [--lang zh|en]
                                         the printed pack (cover, overview, compliance, a page per township), or the workbook with live formulas
  quota-planner check <scenario.yaml> [--format table|json] [--lang zh|en]
                                         compliance: every rule R1–R13 pass / fail / not checked, with figures and
                                         townships (exit 0 all pass, 1 some fail, 2 bad input)
  quota-planner compare <a.yaml> <b.yaml> [<c.yaml> …] [--out dir] [--format table|json|csv|md] [--lang zh|en]
                                         scenarios side by side: posts per township and category, the settings that differ
  quota-planner sensitivity <scenario.yaml> [--range r] [--steps n] [--out dir] [--format table|json|csv|md] [--lang zh|en]
                                         sweeps of each factor weight, a tornado summary, the smallest change of each weight
                                         (and AHP judgement) that changes an allocation
  quota-planner simulate <scenario.yaml> --runs N --seed S [--concentration C] [--indicator-error col=0.05,…] [--out dir]
                                         Monte Carlo of the weights (and indicators): P5, median, P95, gain/lose, rank stability
  quota-planner offices <scenario.yaml> [--out dir] [--format table|json|csv|md] [--lang zh|en]
                                         R10/R11: the eight uniform offices, the institution cap, stationed agencies
  quota-planner categories <scenario.yaml> [--out dir] [--format table|json|csv|md] [--lang zh|en]
                                         R1: each township's suggested category beside the declared one, with the reason
  quota-planner hiring <scenario.yaml> [--out dir] [--format table|json|csv|md] [--lang zh|en]
                                         the year's hiring plan toward 95 % usage (R7) and the staff lent out, with call-backs (R8)
  quota-planner transition <scenario.yaml> [--out dir] [--format table|json|csv|md] [--lang zh|en]
                                         the multi-year path from today's posts to the allocation (R12): each year, who arrives when
  quota-planner help <command>           every option of a command (also: quota-planner <command> --help)

Every command also takes --lang zh|en and --debug (on an internal error, print the stack trace).

Exit codes / 退出码:
  0  ok / 完成
  1  infeasible: the settings admit no allocation; the diagnosis is printed (check: some rule fails) / 无解（附诊断；check：有规则未通过）
  2  bad input or usage, or a file that cannot be written (--out), with the path / 输入、参数有误，或输出文件无法写入
  3  no result, not the input's fault: the solver stopped without an allocation (time-out or failure),
     or an internal error (a bug; one line, the stack trace with --debug) / 未给出结果：求解器超时或失败，或内部错误
`;

/** Help of `quota-planner validate`. */
export const VALIDATE_HELP: Bilingual = {
  zh: `用法：quota-planner validate <文件> [选项]
检查一个数据文件（.csv/.xlsx/.json 乡镇表）、标准文件或方案文件（.yaml），列出全部问题及其位置。
  --sheet 名称    XLSX 工作表（默认第一个）
  --lang zh|en    语言（默认 zh）
  --debug         出错时显示调用栈（程序缺陷时）
退出码：0 文件无误，2 输入或参数有误，3 内部错误（程序缺陷）。
`,
  en: `Usage: quota-planner validate <file> [options]
Checks a county table (.csv/.xlsx/.json), a model or a scenario file (.yaml) and lists every problem with where it is.
  --sheet name    XLSX worksheet (default the first)
  --lang zh|en    language (default zh)
  --debug         on an internal error, print the stack trace
Exit codes: 0 the file is fine, 2 bad input or usage, 3 internal error (a bug).
`,
};

/** Help of `quota-planner sweep`. */
export const SWEEP_HELP: Bilingual = {
  zh: `用法：quota-planner sweep <方案.yaml> --totals A..B [选项]
县总数从 A 变到 B 时各乡镇的编制，并标出每一处阿拉巴马悖论（总数增加、某乡镇反而减少）。
  --totals A..B        总数范围（整数，A ≤ B，至多 2001 个）
  --format table|json  输出格式（默认 table）
  --lang zh|en         语言（默认 zh）
  --debug              出错时显示调用栈（程序缺陷时）
退出码：0 完成，2 输入或参数有误，3 内部错误（程序缺陷）。
`,
  en: `Usage: quota-planner sweep <scenario.yaml> --totals A..B [options]
Each township's posts as the county total moves from A to B; flags every Alabama paradox (a larger total costs a township a post).
  --totals A..B        the totals (whole numbers, A <= B, at most 2,001)
  --format table|json  output format (default table)
  --lang zh|en         language (default zh)
  --debug              on an internal error, print the stack trace
Exit codes: 0 done, 2 bad input or usage, 3 internal error (a bug).
`,
};

/** Help of `quota-planner report`. */
export const REPORT_HELP: Bilingual = {
  zh: `用法：quota-planner report <方案.yaml> [选项]
打印整套材料：封面（方案标识与分配表）、总览、合规检查（R1–R13）、每个乡镇一页 A4；每页都印有县、方案、主要参数、所用文件、
内容校验码和工具版本。用本机的无界面 Chromium 打开页面（只访问 127.0.0.1），等页面绘制完毕再打印。
也接受含多类编制的全盘方案：封面（方案标识与合规检查）、综合表、机动编制、用编进人计划、借调人员、
各类编制的过渡路径、乡镇机构检查，再每个乡镇一页（三类编制的现有、核定、增减与理由）；xlsx 另含各类编制
各自权重下的公式测算表。
  --format pdf|html|xlsx  输出格式（默认 pdf；html 为单个自带样式的文件；xlsx 为可手工核对的工作簿：
                       输入数据、参数设置，得分、指数与按比例测算数为公式，分配结果为求解器的数值；不需 Chromium）
  --out 文件           写入的文件（默认 <方案>.pdf、.html 或 .xlsx，在当前目录）
  --lang zh|en         语言（默认 zh）
  --debug              出错时显示调用栈（程序缺陷时）
环境变量：CHROMIUM_PATH（默认 /usr/bin/chromium；需 fonts-noto-cjk 显示中文），QUOTA_PLANNER_SITE（已构建的页面目录，默认工具的 dist/，缺失时先构建）。
退出码：0 完成，2 输入或参数有误、找不到 Chromium 或文件无法写入（附路径），3 内部错误（程序缺陷）。
`,
  en: `Usage: quota-planner report <scenario.yaml> [options]
Prints the whole pack: a cover (the identity and the county table), the overview, the compliance table (R1–R13),
one A4 page per township; every page carries the county, scenario, key parameters, files, content hash and toolkit
version. Opens the pages in this machine's headless Chromium (nothing but 127.0.0.1) and prints once they have
rendered.
Also takes a plan (a file with postTypes): a cover (identity and compliance table), the combined table, the reserve,
the hiring plan, lending, each type's transition path and the offices check, then one page per township (each
type's today, new, change and reasons); its xlsx adds each type's formula sheets over that type's own weights.
  --format pdf|html|xlsx  output format (default pdf; html is one file with its style inlined; xlsx is a workbook
                       to check by hand: input data, settings, scores, index and proportional targets as formulas,
                       the solver's allocation as values; needs no Chromium)
  --out file           file to write (default <scenario>.pdf, .html or .xlsx in the current folder)
  --lang zh|en         language (default zh)
  --debug              on an internal error, print the stack trace
Environment: CHROMIUM_PATH (default /usr/bin/chromium; fonts-noto-cjk for Chinese), QUOTA_PLANNER_SITE (built pages, default the toolkit's dist/, built when missing).
Exit codes: 0 done, 2 bad input or usage, no Chromium, or a file that cannot be written (with its path), 3 internal error (a bug).
`,
};

/** Help of `quota-planner check`. */
export const CHECK_HELP: Bilingual = {
  zh: `用法：quota-planner check <方案.yaml> [选项]
合规检查：按 rules.md 的编号列出 R1–R13 每条规则的结论（通过 / 未通过 / 未检查及原因）、数字和涉及的乡镇；
单一编制类型的方案和含 postTypes 的多类型方案都可检查。
  --format table|json  输出格式（默认 table）
  --lang zh|en         语言（默认 zh）
  --debug              出错时显示调用栈（程序缺陷时）
退出码：0 全部通过（未检查的规则不算未通过），1 有规则未通过（含无可行分配），2 输入或参数有误，3 内部错误（程序缺陷）。
`,
  en: `Usage: quota-planner check <scenario.yaml> [options]
Compliance: every rule R1–R13 under its id as in rules.md, pass / fail / not checked (and why), with the figures and
the townships concerned; for a single-type scenario and for a file with several post types (postTypes).
  --format table|json  output format (default table)
  --lang zh|en         language (default zh)
  --debug              on an internal error, print the stack trace
Exit codes: 0 every rule passes (a rule not checked does not fail), 1 some rule fails (an infeasible type included), 2 bad input or usage, 3 internal error (a bug).
`,
};

/** Help of `quota-planner apportion`. */
export const APPORTION_HELP: Bilingual = {
  zh: `用法：quota-planner apportion <表格.csv> --total N --method 方法 [--min k] [--max k]
        [--weight-column 列名] [--format table|json] [--lang zh|en] [--hamilton-bounds requota|fixed-quota]

把 N 个编制按权重分给表中各单位，取整方法有出处：
  hamilton（最大余数）、jefferson 或 dhondt、webster 或 sainte-lague、adams、dean、huntington-hill
表格第一列为单位名称；权重取 --weight-column 指定的列，未指定时取第二列；
可选的 min、max 列为各行的最低数、最高数（空白时用 --min、--max）。
  --debug              出错时显示调用栈（程序缺陷时）
退出码：0 完成，1 无解（附诊断），2 输入或参数有误，3 内部错误（程序缺陷）。
`,
  en: `usage: quota-planner apportion <table.csv> --total N --method METHOD [--min k] [--max k]
        [--weight-column COL] [--format table|json] [--lang zh|en] [--hamilton-bounds requota|fixed-quota]

Divides N posts among the table's units in proportion to a weight, by a method with a pedigree:
  hamilton (largest remainder), jefferson or dhondt, webster or sainte-lague, adams, dean, huntington-hill
The first column names the unit; the weight is the --weight-column column, else the second column;
optional columns min and max give each row's bounds (blank cells use --min and --max).
  --debug              on an internal error, print the stack trace
Exit codes: 0 done, 1 infeasible (with the diagnosis), 2 bad input or usage, 3 internal error (a bug).
`,
};

/** Help of `quota-planner solve`, with the solvers it offers. */
export function solveHelp(SOLVERS: readonly string[]): Bilingual {
  return {
    zh: `用法：quota-planner solve <方案.yaml> [选项]
按方案文件分配编制，打印结果（各乡镇编制及其理由、约束冲突、并列与政策检查）。
  --format table|json|csv|md   输出格式（默认 table）
  --lang zh|en                 语言（默认 zh）
  --out 目录                   另把 JSON、CSV（UTF-8 BOM）和 Markdown 报告写入该目录（全部写成或一个不写）
  --solver ${SOLVERS.join("|")}   求解器（默认 auto：无类别次序时用 exact，有时用 highs）
  --county 县名                省（市）数据表（含“所属县”列）时只打印该县；--out 仍写全省（市）
  --debug                      出错时显示调用栈（程序缺陷时）
退出码：0 完成，1 无解（附诊断），2 输入或参数有误，或 --out 无法写入（附路径），3 未给出结果：求解器未给出分配（超时或失败）或内部错误（程序缺陷）。
`,
    en: `Usage: quota-planner solve <scenario.yaml> [options]
Allocates the posts a scenario file describes and prints the result (each township's posts with reasons, conflicts, ties, policy checks).
  --format table|json|csv|md   output format (default table)
  --lang zh|en                 language (default zh)
  --out dir                    also write JSON, CSV (UTF-8 BOM) and a Markdown report there (all three or none)
  --solver ${SOLVERS.join("|")}   solver (default auto: exact without ordering rows, highs with them)
  --county name                with a province or city table (a county column): print that county only; --out still writes the whole
  --debug                      on an internal error, print the stack trace
Exit codes: 0 done, 1 infeasible (with the diagnosis), 2 bad input or usage, or --out cannot be written (with the path), 3 no result: the solver stopped without an allocation, or an internal error (a bug).
`,
  };
}

/** Help of `quota-planner weights`, with the methods, random-index tables, normalisations and forms it offers. */
export function weightsHelp(lists: {
  readonly METHODS: string;
  readonly RANDOM_INDEX_IDS: readonly string[];
  readonly ENTROPY_NORMALISATIONS: readonly string[];
  readonly DATA_WEIGHTING_METHODS: readonly string[];
  readonly COMBINE_FORMS: readonly string[];
}): Bilingual {
  const { METHODS, RANDOM_INDEX_IDS, ENTROPY_NORMALISATIONS, DATA_WEIGHTING_METHODS, COMBINE_FORMS } = lists;
  return {
    zh: `用法：quota-planner weights --method ${METHODS} [选项] <文件>
  --method ahp       文件为判断矩阵 CSV（首行、首列为指标名称，单元格为 1/9–9 的数或 1/3 这样的分数），或标准/方案 YAML
  --method entropy   文件为乡镇 × 指标的数据 CSV（首列为名称），熵权法；或乡镇表（含编号、名称、类别列），取标准的指标
  --method critic    同上，CRITIC 法
  --method combined  --expert 专家权重 CSV（指标,权重）或判断矩阵 CSV，<文件> 为数据 CSV 或乡镇表
  --format json|table        输出格式（默认 table）
  --lang zh|en               表格语言（默认 zh）
  --ri ${RANDOM_INDEX_IDS.join("|")}   随机一致性指标表（默认 saaty；标准文件默认用其 randomIndex）
  --cost 列,列               成本型（越小越好）指标
  --normalise ${ENTROPY_NORMALISATIONS.join("|")}     熵权法的归一化方式（默认 minmax）
  --model 标准.yaml          乡镇表的指标及其方向取自该标准（默认 models/standard.yaml）
  --indicators 列,列         乡镇表中参与赋权的列（默认标准的全部指标；方向取标准中读该列的指标，否则为效益型）
  --expert 文件              组合赋权的专家权重
  --expert-share 0.5         组合赋权中专家权重所占比例（默认 0.5，加法合成）
  --data-method ${DATA_WEIGHTING_METHODS.join("|")}   组合赋权的数据权重方法（默认 entropy）
  --combine ${COMBINE_FORMS.join("|")}   合成方式（默认 additive）
  --debug                    出错时显示调用栈（程序缺陷时）
退出码：0 完成（判断矩阵不一致只报告，不算错误），2 输入或参数有误，3 内部错误（程序缺陷）。
`,
    en: `Usage: quota-planner weights --method ${METHODS} [options] <file>
  --method ahp       file is a pairwise matrix CSV (first row and column name the criteria; cells 1/9–9 or fractions such as 1/3), or a model or scenario YAML
  --method entropy   file is a CSV of townships × indicators (first column = names); entropy weights; or a county table (with id, name and category columns), weighed on the model's indicators
  --method critic    same file; CRITIC weights
  --method combined  --expert weights CSV (name,weight) or matrix CSV; <file> is the data CSV or a county table
  --format json|table        output format (default table)
  --lang zh|en               table language (default zh)
  --ri ${RANDOM_INDEX_IDS.join("|")}   random index table (default saaty; a model file's own randomIndex)
  --cost col,col             cost (smaller-is-better) indicators
  --normalise ${ENTROPY_NORMALISATIONS.join("|")}     entropy proportions (default minmax)
  --model model.yaml         for a county table: the standard whose indicators and directions are used (default models/standard.yaml)
  --indicators col,col       for a county table: the columns to weigh (default the model's indicators; each column's direction from the model's indicator on it, else benefit)
  --expert file              expert weights for combined
  --expert-share 0.5         expert share in the additive combination (default 0.5)
  --data-method ${DATA_WEIGHTING_METHODS.join("|")}   data method for combined (default entropy)
  --combine ${COMBINE_FORMS.join("|")}   combination form (default additive)
  --debug                    on an internal error, print the stack trace
Exit codes: 0 done (an inconsistent matrix is reported, not an error), 2 bad input or usage, 3 internal error (a bug).
`,
  };
}

/** Help of `quota-planner compare`. */
export const COMPARE_HELP: Bilingual = {
  zh: `用法：quota-planner compare <方案A.yaml> <方案B.yaml> [<方案C.yaml> …] [选项]
并列比较两个或更多方案：各乡镇（按编号对应）与各类别的编制及其与第 1 个方案的差值，以及各方案设置（权重、方法、总量、机动编制、稳定区间、下限、上限、类别系数、类别排序、编制类型、标准文件、数据文件）的不同之处；只在部分文件中出现的乡镇单独列出。
  --format table|json|csv|md  输出格式（默认 table；md 按变化大小排序）
  --out 目录                  另把 JSON、CSV（UTF-8 BOM）和 Markdown 写入该目录，文件名为 <A>-vs-<B>[-vs-<C>…].json/.csv/.md（A、B 为方案文件名，不含扩展名；全部写成或一个不写）；
                              CSV 只含数据，其来源（工具版本、内容校验码）见同时写入的 JSON 和 Markdown
  --lang zh|en                语言（默认 zh）
退出码：0 完成（某方案无可行分配时照常比较并注明），2 输入或参数有误，或 --out 无法写入（附路径）。
`,
  en: `Usage: quota-planner compare <a.yaml> <b.yaml> [<c.yaml> …] [options]
Two or more scenarios side by side: each township's posts (matched by ID) and each category's, the difference against the first scenario, and the settings that differ (weights, method, total, reserve, band, floors, caps, coefficients, ordering, post type, model, data file); townships missing in some files are listed.
  --format table|json|csv|md  output format (default table; md lists the biggest movers first)
  --out dir                   also write JSON, CSV (UTF-8 BOM) and Markdown there as <a>-vs-<b>[-vs-<c>…].json/.csv/.md, a and b the scenario files' names without extension (all three or none);
                              the CSV holds data only: its provenance (toolkit version, content hash) is in the JSON and Markdown written with it
  --lang zh|en                language (default zh)
Exit codes: 0 done (a scenario without an allocation is compared and marked), 2 bad input or usage, or --out cannot be written (with the path).
`,
};

/** Help of `quota-planner transition`. */
export const TRANSITION_HELP: Bilingual = {
  zh: `用法：quota-planner transition <方案.yaml> [选项]
按方案的 transition 块（年数、每年最多变动、各年总量、是否不削减）计算由现有编制到本方案分配的逐年过渡路径（R12）：每年合计准确、每个乡镇单向调整、每年不低于最低编制；列出各乡镇逐年编制、到达目标的年份或受限原因，以及各年总量核对。无可行路径时给出原因和最小调整。多编制类型方案（postTypes：行政编制、事业编制、科级领导职数）逐类给出过渡路径：表格和 Markdown 每类一节，JSON 按编制类型分列，CSV 为一个文件、首列为编制类型（按编制类型、再按乡镇编号排序）；某类无可行分配时在该节说明。
  --format table|json|csv|md  输出格式（默认 table）
  --out 目录                  另把 JSON、CSV（UTF-8 BOM）和 Markdown 写入该目录，文件名为 <方案>-transition.json/.csv/.md（全部写成或一个不写）；
                              CSV 只含数据，其来源（工具版本、内容校验码）见同时写入的 JSON 和 Markdown
  --lang zh|en                语言（默认 zh）
退出码：0 有可行路径（多编制类型方案：每类都有），1 无可行路径或方案无可行分配（附诊断；多编制类型方案：任一类），2 输入或参数有误（含方案没有 transition 块），或 --out 无法写入，3 求解器未给出分配或内部错误。
`,
  en: `Usage: quota-planner transition <scenario.yaml> [options]
The multi-year path (R12) from today's posts to the scenario's allocation, under its transition block (years, the most change per year, year totals, no cuts): every year sums exactly, every township moves one way and keeps its floor; each township's posts by year, the year it reaches its target or the limit that stops it, and each year's total checked. Without a path: why, and the smallest changes that give one. A file with several post types (postTypes: admin, institution and leader posts) gives each type's path: one section per type in the table and Markdown, JSON keyed by post type, one CSV with the post type first (sorted by type, then township ID); a type without a feasible allocation says so in its section.
  --format table|json|csv|md  output format (default table)
  --out dir                   also write JSON, CSV (UTF-8 BOM) and Markdown there as <scenario>-transition.json/.csv/.md (all three or none);
                              the CSV holds data only: its provenance (toolkit version, content hash) is in the JSON and Markdown written with it
  --lang zh|en                language (default zh)
Exit codes: 0 a path (with several post types: for every type), 1 no path or no allocation (with the diagnosis; with several post types: for any type), 2 bad input or usage (also a scenario without a transition block), or --out cannot be written, 3 the solver gave no allocation, or an internal error.
`,
};

/** Help of `quota-planner sensitivity`. */
export const SENSITIVITY_HELP: Bilingual = {
  zh: `用法：quota-planner sensitivity <方案.yaml> [选项]
逐个调整因素权重（其余权重按比例重新归一）：各乡镇编制随权重的变化、龙卷风图摘要，以及每个权重上调、下调多少即改变某乡镇的分配（扫描后二分求临界点，精度见输出）；AHP 赋权时对每个判断同样求临界变化并指出最关键的判断。
  --range r                   扫描半宽（权重单位，默认 0.1，即现权重 ±0.1）
  --steps n                   扫描点数（奇数，默认 21）
  --resolution e              临界点精度（默认 0.000001）
  --format table|json|csv|md  输出格式（默认 table；csv 为扫描明细）
  --out 目录                  另把 JSON、CSV（UTF-8 BOM）和 Markdown 写入该目录，文件名为 <方案>-sensitivity.json/.csv/.md（全部写成或一个不写）；
                              CSV 只含数据，其来源（工具版本、内容校验码）见同时写入的 JSON 和 Markdown
  --lang zh|en                语言（默认 zh）
退出码：0 完成，2 输入或参数有误，或 --out 无法写入（附路径）。
`,
  en: `Usage: quota-planner sensitivity <scenario.yaml> [options]
One-at-a-time sweeps of each factor weight (the others renormalised in proportion): each township's posts along the sweep, a tornado summary, and for each weight the smallest change up and down that changes any township's allocation (scanned, then bisected; the output states how exact); with AHP weights the same for each judgement, and the most critical judgement.
  --range r                   half-width of each sweep, in weight (default 0.1: the weight ± 0.1)
  --steps n                   points per sweep (odd, default 21)
  --resolution e              grid of the critical changes (default 0.000001)
  --format table|json|csv|md  output format (default table; csv holds the sweeps)
  --out dir                   also write JSON, CSV (UTF-8 BOM) and Markdown there as <scenario>-sensitivity.json/.csv/.md (all three or none);
                              the CSV holds data only: its provenance (toolkit version, content hash) is in the JSON and Markdown written with it
  --lang zh|en                language (default zh)
Exit codes: 0 done, 2 bad input or usage, or --out cannot be written (with the path).
`,
};

/** Help of `quota-planner simulate`. */
export const SIMULATE_HELP: Bilingual = {
  zh: `用法：quota-planner simulate <方案.yaml> --runs N --seed S [选项]
蒙特卡洛模拟：权重按狄利克雷分布围绕方案权重抽取（AHP 赋权时改为在 1–9 标度上扰动判断），可选给指标加相对误差；输出各乡镇编制的 P5、中位数、P95，较现有与较方案增减的概率，以及位次稳定性。同一种子结果逐字节相同。
  --runs N                       模拟次数（正整数）
  --seed S                       随机种子（0 至 4294967295 的整数）
  --concentration C              狄利克雷集中度（默认 100，越大越集中；inf 即不扰动）
  --perturb weights|judgements   扰动权重或 AHP 判断（默认：AHP 赋权时为判断）
  --judgement-steps s            判断移动 round(s·Z) 级（默认 0.5）
  --indicator-error 列=0.05,…    指标的相对误差（列名、指标名或表头，逗号分隔）
  --format table|json|csv|md     输出格式（默认 table）
  --out 目录                     另把 JSON、CSV（UTF-8 BOM）和 Markdown 写入该目录，文件名为 <方案>-simulation.json/.csv/.md（全部写成或一个不写）；
                                 CSV 只含数据，其来源（工具版本、内容校验码和种子）见同时写入的 JSON 和 Markdown
  --lang zh|en                   语言（默认 zh）
进度条仅在标准错误为终端时显示。退出码：0 完成，2 输入或参数有误，或 --out 无法写入（附路径）。
`,
  en: `Usage: quota-planner simulate <scenario.yaml> --runs N --seed S [options]
Monte Carlo: weights drawn from a Dirichlet around the scenario's (with AHP weights: judgements perturbed on the 1–9 scale), optionally indicators with relative errors; per township P5, median and P95 of its posts, the probability it gains or loses against today and against the scenario, and its rank's stability. The same seed gives the same output byte for byte.
  --runs N                       number of runs (whole, >= 1)
  --seed S                       seed (a whole number 0 … 4294967295)
  --concentration C              Dirichlet concentration (default 100, larger is tighter; inf: no perturbation)
  --perturb weights|judgements   draw the weights or the AHP judgements (default: judgements with AHP weights)
  --judgement-steps s            judgements move round(s·Z) steps (default 0.5)
  --indicator-error col=0.05,…   relative errors of indicators (column key, indicator name or header; comma-separated)
  --format table|json|csv|md     output format (default table)
  --out dir                      also write JSON, CSV (UTF-8 BOM) and Markdown there as <scenario>-simulation.json/.csv/.md (all three or none);
                                 the CSV holds data only: its provenance (toolkit version, content hash, seed) is in the JSON and Markdown written with it
  --lang zh|en                   language (default zh)
A progress bar is drawn only when standard error is a terminal. Exit codes: 0 done, 2 bad input or usage, or --out cannot be written (with the path).
`,
};

/** Help of `quota-planner hiring`. */
export const HIRING_HELP: Bilingual = {
  zh: `用法：quota-planner hiring <方案.yaml> [选项]
用编进人计划（R7）：按方案 hiring 块的名额（quota），使各乡镇编制使用率（在编人数 ÷ 行政+事业编制，分配的一类取本方案核定数）向目标（默认 95%）靠拢——不超过各乡镇空编和名额，按类别权重和差距倾斜；列出各乡镇进人前后的使用率、进人数、空编和按此进度达标的年数。另列借调情况（R8）：借出超过编制 5% 的乡镇及应召回的最少人数、全县借出合计。多编制类型方案（postTypes）只有一个进人计划：行政编制和事业编制均取本方案核定的基本编制（机动编制不计入乡镇），与 solve、check 的计划相同。
  --format table|json|csv|md  输出格式（默认 table）
  --out 目录                  另把 JSON、CSV（UTF-8 BOM）和 Markdown 写入该目录，文件名为 <方案>-hiring.json/.csv/.md（全部写成或一个不写）；
                              CSV 只含数据，其来源（工具版本、内容校验码）见同时写入的 JSON 和 Markdown
  --lang zh|en                语言（默认 zh）
退出码：0 完成（方案没有 hiring 块或没有在编人数时照常列出借调并说明未编制计划），2 输入或参数有误，或 --out 无法写入（附路径）。
`,
  en: `Usage: quota-planner hiring <scenario.yaml> [options]
The year's hiring plan (R7): the scenario's hiring quota placed so that each township's usage (staff in post ÷ admin + institution posts, the allocated type at the scenario's new posts) moves toward the target (default 95 %) — never beyond a township's vacancies or the quota, leaning by category weight and by gap; each township's usage before and after, recruits, vacancies and years to the target at this pace. Then the lending (R8): townships lending out more than 5 % of their posts with the fewest to call back, and the county's total lent. A file with several post types (postTypes) has one hiring plan: admin and institution posts both at the basic posts the file allocates (the reserve is not a township's), the same plan solve and check show.
  --format table|json|csv|md  output format (default table)
  --out dir                   also write JSON, CSV (UTF-8 BOM) and Markdown there as <scenario>-hiring.json/.csv/.md (all three or none);
                              the CSV holds data only: its provenance (toolkit version, content hash) is in the JSON and Markdown written with it
  --lang zh|en                language (default zh)
Exit codes: 0 done (without a hiring block or staff figures the lending is listed and the plan said to be missing), 2 bad input or usage, or --out cannot be written (with the path).
`,
};
