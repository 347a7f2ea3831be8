/**
 * DOM views of a result shared by the pages: county totals with their rules, policy checks, the
 * diagnosis of infeasible settings, and a table of input problems (row, column, value, message).
 */
import {
  BACKEND_LABELS,
  checkRuleLabel,
  colon,
  formatNumber,
  formatProblem,
  type InputProblem,
  type Lang,
  METHOD_LABELS,
  POST_TYPE_LABELS,
  provenOptimalLabel,
  type ScenarioResult,
  SOLVER_STATUS_LABELS,
  STORY_LABELS,
  SUMMARY_LABELS,
} from "../index.ts";
import { defineStrings, t } from "./i18n.ts";
import { type Column, sortableTable } from "./table.ts";

const S = defineStrings({
  ...SUMMARY_LABELS,
  how: { zh: "分配方式", en: "How" },
  lp: { zh: "{method}，求解器 {backend}，{proof}", en: "{method}, solver {backend}, {proof}" },
  noChecks: { zh: "没有分配结果，未做政策检查。", en: "No allocation, so no policy checks." },
  infeasible: { zh: "当前设置无可行解", en: "These settings have no solution" },
  infeasibleNote: {
    zh: "下列约束不能同时满足，请调整总量、稳定区间、最低编制或类别排序：",
    en: "These constraints cannot all hold; change the total, the band, the floors or the ordering:",
  },
  stopped: { zh: "求解器未给出分配（{status}）", en: "The solver gave no allocation ({status})" },
  problems: { zh: "发现 {n} 处问题", en: "{n} problems found" },
  problem: { zh: "发现 1 处问题", en: "1 problem found" },
  row: { zh: "行", en: "Row" },
  column: { zh: "列", en: "Column" },
  found: { zh: "读到的值", en: "Value found" },
  message: { zh: "说明", en: "Message" },
  where: { zh: "位置", en: "Where" },
  file: { zh: "文件", en: "File" },
});

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className !== undefined) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * The county totals of a result: today, the new total and its rule, the reserve and its rule, what is
 * allocated, and how (LP and solver, or the apportionment method).
 * @example slot.append(totalsView(result, "zh"))
 */
export function totalsView(result: ScenarioResult, lang: Lang): HTMLElement {
  const totals = result.totals;
  const box = element("dl", "facts totals");
  box.dataset.testid = "totals";
  const posts = (n: number) => t(S.posts, lang, { n: formatNumber(n, lang, 0) });
  const add = (id: string, term: string, value: string, rule?: string): void => {
    const dt = element("dt", undefined, term);
    const dd = element("dd");
    const strong = element("strong", undefined, value);
    strong.dataset.testid = id;
    dd.append(strong);
    if (rule !== undefined) dd.append(element("span", "rule", rule));
    box.append(dt, dd);
  };
  add(
    "total-current",
    t(S.current, lang),
    posts(totals.current),
    t(POST_TYPE_LABELS[result.scenario.postType], lang),
  );
  add("total-new", t(S.total, lang), posts(totals.total), t(totals.totalRule, lang));
  add("total-reserve", t(S.reserve, lang), posts(totals.reserve), t(totals.reserveRule, lang));
  add("total-to-allocate", t(S.toAllocate, lang), posts(totals.toAllocate));
  const how =
    result.solver.status === "infeasible"
      ? t(S.infeasible, lang)
      : result.apportionment !== undefined
        ? t(METHOD_LABELS[result.apportionment.method], lang)
        : t(S.lp, lang, {
            method: t(METHOD_LABELS.lp, lang),
            backend: t(BACKEND_LABELS[result.solver.backend], lang),
            proof: t(provenOptimalLabel(result.solver.provenOptimal), lang),
          });
  const dt = element("dt", undefined, t(S.how, lang));
  const dd = element("dd", "how", how);
  box.append(dt, dd);
  return box;
}

/**
 * The county-level explanation of a result (what the floors cost and who pays, the band, the caps, the reserve, the
 * ordering) as a short list under a heading; an empty element when there is no solution.
 * @example slot.append(storyView(result, "zh"))
 */
export function storyView(result: ScenarioResult, lang: Lang): HTMLElement {
  const box = element("section", "story");
  box.dataset.testid = "story";
  if (result.story === null) return box;
  box.append(element("h3", undefined, t(STORY_LABELS.heading, lang)));
  const list = element("ul");
  for (const sentence of result.story.sentences) list.append(element("li", undefined, t(sentence, lang)));
  box.append(list);
  return box;
}

/**
 * The policy checks of a result as a list: ✓ or ✗, the rule, its message and the townships that
 * break it with their value and limit ("梨树乡 3/1.85").
 * @example slot.append(checksView(result, "en"))
 */
export function checksView(result: ScenarioResult, lang: Lang): HTMLElement {
  const list = element("ul", "checks");
  list.dataset.testid = "checks";
  if (result.checks.length === 0) list.append(element("li", "note", t(S.noChecks, lang)));
  for (const check of result.checks) {
    const unchecked = check.status === "not-checked";
    const item = element("li", unchecked ? "check not-checked" : check.ok ? "check ok" : "check failed");
    item.dataset.rule = check.rule;
    const mark = element("span", "mark", unchecked ? "–" : check.ok ? "✓" : "✗");
    mark.setAttribute("aria-label", t(unchecked ? S.notChecked : check.ok ? S.passed : S.failed, lang));
    const rule = element("span", "rule-id", t(checkRuleLabel(check.rule), lang));
    item.append(mark, rule, element("span", "message", t(check.message, lang)));
    if (check.townships.length > 0) {
      const names = check.townships
        .map((tw) => `${tw.name} ${formatNumber(tw.value, lang)}/${formatNumber(tw.limit, lang)}`)
        .join(lang === "zh" ? "、" : ", ");
      const who = element("span", "townships", names);
      who.dataset.testid = `check-${check.rule}-townships`;
      item.append(who);
    }
    list.append(item);
  }
  return list;
}

/**
 * Why a result has no allocation: each conflict's message (infeasible), or the solver's status and detail.
 * @example slot.append(diagnosisView(result, "zh"))
 */
export function diagnosisView(result: ScenarioResult, lang: Lang): HTMLElement {
  const box = element("div", "diagnosis");
  box.dataset.testid = "diagnosis";
  box.setAttribute("role", "alert");
  if (result.solver.status === "infeasible") {
    box.append(
      element("h3", undefined, t(S.infeasible, lang)),
      element("p", "note", t(S.infeasibleNote, lang)),
    );
    const list = element("ul", "conflicts");
    for (const conflict of result.conflicts)
      list.append(element("li", "conflict", t(conflict.message, lang)));
    box.append(list);
    if (result.remedies !== undefined && result.remedies.length > 0) {
      const remedies = element("ul", "remedies");
      remedies.dataset.testid = "remedies";
      for (const remedy of result.remedies) remedies.append(element("li", "remedy", t(remedy.message, lang)));
      box.append(element("h4", undefined, t(SUMMARY_LABELS.remedies, lang)), remedies);
    }
  } else {
    box.append(
      element(
        "h3",
        undefined,
        t(S.stopped, lang, { status: t(SOLVER_STATUS_LABELS[result.solver.status], lang) }),
      ),
      ...(lang === "zh" ? [] : [element("p", "note", result.solver.detail)]),
    );
  }
  return box;
}

/**
 * Every problem in an input (as `InputError.problems` lists them) in a sortable table: file, row,
 * column, the value found and the message in `lang`, under a count. `compact` lists them instead, each
 * as "where: message", for a narrow column (long messages such as an AHP consistency report).
 * @example slot.append(problemsView(error.problems, "zh"))
 */
export function problemsView(
  problems: readonly InputProblem[],
  lang: Lang,
  options: { readonly compact?: boolean } = {},
): HTMLElement {
  const box = element("div", "problems");
  box.dataset.testid = "problems";
  box.setAttribute("role", "alert");
  const files = new Set(problems.map((p) => p.file));
  const [only] = files;
  const oneFile = files.size === 1 && only !== undefined;
  const count = problems.length === 1 ? t(S.problem, lang) : t(S.problems, lang, { n: problems.length });
  box.append(element("h3", undefined, oneFile ? `${only}${colon(lang)}${count}` : count));
  if (options.compact === true) {
    const list = element("ul", "problem-list");
    for (const problem of problems) {
      const item = element("li", "problem");
      item.dataset.code = problem.code;
      const { file: _file, ...inFile } = problem;
      item.textContent = formatProblem(oneFile ? inFile : problem, lang);
      list.append(item);
    }
    box.append(list);
    return box;
  }
  const columns: Column<InputProblem>[] = [
    { key: "row", label: S.row, type: "number", value: (p) => p.row },
    { key: "column", label: S.column, type: "text", value: (p) => columnCell(p, lang) },
    { key: "found", label: S.found, type: "text", value: (p) => p.found },
    { key: "message", label: S.message, type: "text", value: (p) => t(p.message, lang) },
  ];
  const table = sortableTable<InputProblem>({
    columns: oneFile
      ? columns
      : [{ key: "file", label: S.file, type: "text", value: (p) => p.file }, ...columns],
  });
  box.append(table.update(problems, lang));
  return box;
}

/** "label: value" with the colon of `lang`. */
export function labelled(label: string, value: string, lang: Lang): string {
  return `${label}${colon(lang)}${value}`;
}

/**
 * The "column" cell of a problem: in Chinese its place in words (a canonical column by its Chinese header — 列“人口”
 * shown as 人口 —, an indicator by name), never an internal key; a key path only when it has no array position.
 */
function columnCell(problem: InputProblem, lang: Lang): string | undefined {
  if (lang === "zh" && problem.place !== undefined) return problem.place.zh.replace(/^列“(.*)”$/, "$1");
  if (problem.column !== undefined) return problem.column;
  if (lang === "zh" && problem.path !== undefined && /(^|\.)\d+(\.|$)|\[\d+\]/.test(problem.path))
    return undefined;
  return problem.path;
}
