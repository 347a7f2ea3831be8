import { describeLastPost } from "../allocation/apportion/last-post.ts";
import type { ApportionInfeasible, ApportionOk, PriorityEntry } from "../allocation/apportion/types.ts";
import type { Lang } from "../types.ts";
import { APPORTION_METHOD_LABELS } from "../words/method-labels.ts";
import { upperFirst } from "../words/upper-first.ts";
import { safeJson } from "./safe-json.ts";
import { textTable } from "./text-table.ts";

/**
 * The `apportion` JSON of an infeasible run: the status and the diagnosis in both languages.
 * @example
 * JSON.parse(apportionInfeasibleToJson(apportion([{ name: "A", weight: 1, min: 520 }], 500, "webster"))).diagnosis.en
 * // "minimums need 520, total is 500: raise the total to at least 520 or lower the minimums by 20 in all"
 */
export function apportionInfeasibleToJson(result: ApportionInfeasible): string {
  return json({
    status: "infeasible",
    method: result.method,
    total: result.total,
    diagnosis: result.diagnosis,
  });
}

function json(value: unknown): string {
  return safeJson(value);
}

/** Infinity has no JSON form: an unbounded maximum or an infinite priority is written as null. */
function finiteOrNull(x: number): number | null {
  return Number.isFinite(x) ? x : null;
}

function entryJson(entry: PriorityEntry) {
  return { rank: entry.rank, unit: entry.unit, post: entry.post, priority: finiteOrNull(entry.priority) };
}

/**
 * The `apportion` JSON: units with their last post, the priority list, the next post, ties, the method's
 * divisor range; infinities written as null.
 * @example
 * apportionToJson(apportion(us1790, 105, "jefferson"), "zh") // = test/fixtures/golden-cli/apportion-us1790-105-jefferson.json (Virginia 19)
 */
export function apportionToJson(result: ApportionOk, lang: Lang): string {
  return json({
    units: result.units.map((unit) => ({
      name: unit.name,
      allocated: unit.allocated,
      weight: unit.weight,
      quota: unit.quota,
      boundedQuota: unit.boundedQuota,
      min: unit.min,
      max: finiteOrNull(unit.max),
      lastPost: unit.lastPost,
      lastPostText: describeLastPost(unit.lastPost, lang),
    })),
    priorityList: result.priorityList.map(entryJson),
    ...(result.listTruncated
      ? {
          listTruncated: {
            firstRank: result.listTruncated.firstRank,
            note: result.listTruncated.message[lang],
          },
        }
      : {}),
    nextPost: result.nextPost && {
      unit: result.nextPost.unit,
      post: result.nextPost.post,
      priority: finiteOrNull(result.nextPost.priority),
      runnerUp: result.nextPost.runnerUp && {
        ...result.nextPost.runnerUp,
        priority: finiteOrNull(result.nextPost.runnerUp.priority),
      },
      margin: finiteOrNull(result.nextPost.margin),
    },
    ties: result.ties.map((tie) => ({ ...tie, priority: finiteOrNull(tie.priority) })),
    method: result.method,
    total: result.total,
    status: result.status,
    tieBreak: result.tieBreak[lang],
    ...(result.divisor
      ? {
          divisor: {
            low: result.divisor.low,
            high: finiteOrNull(result.divisor.high),
            nice: result.divisor.nice ?? null,
          },
        }
      : {}),
    ...(result.hamiltonBounds ? { hamiltonBounds: result.hamiltonBounds } : {}),
    ...(result.reductions ? { reductions: result.reductions.map(entryJson) } : {}),
  });
}

/** Plain numbers without locale: whole numbers as is, others to 4 decimals (trailing zeros dropped). */
function num(x: number): string {
  if (!Number.isFinite(x)) return "∞";
  if (Number.isInteger(x)) return String(x);
  return x.toFixed(4).replace(/0+$/, "").replace(/\.$/, "");
}

/**
 * The `apportion` table: each unit's quota, bounds, posts and the step that placed its last post, then the
 * divisor range, the last posts handed out, who would get the next post, and ties with the rule that settled them.
 * @example
 * apportionToText(apportion(us1790, 105, "jefferson"), "zh") // = test/fixtures/golden-cli/apportion-us1790-105-jefferson.zh.txt
 */
export function apportionToText(result: ApportionOk, lang: Lang): string {
  const zh = lang === "zh";
  const label = APPORTION_METHOD_LABELS[result.method][lang];
  const lines: string[] = [];
  lines.push(zh ? `方法：${label}；总数 ${result.total}` : `Method: ${label}; total ${result.total}`);
  if (result.hamiltonBounds) {
    lines.push(zh ? `上下限规则：${result.hamiltonBounds}` : `Bound rule: ${result.hamiltonBounds}`);
  }
  lines.push("");
  const headers = zh
    ? ["单位", "权重", "份额", "限后份额", "最低", "最高", "分配", "最后一个名额来自"]
    : ["Unit", "Weight", "Quota", "Bounded quota", "Min", "Max", "Posts", "Last post from"];
  const rows = result.units.map((unit) => [
    unit.name,
    num(unit.weight),
    unit.quota.toFixed(3),
    unit.boundedQuota.toFixed(3),
    String(unit.min),
    Number.isFinite(unit.max) ? String(unit.max) : "—",
    String(unit.allocated),
    describeLastPost(unit.lastPost, lang),
  ]);
  lines.push(
    textTable(headers, rows, ["left", "right", "right", "right", "right", "right", "right", "left"]),
  );
  lines.push("");
  if (result.divisor) {
    const { low, high, nice } = result.divisor;
    lines.push(
      zh
        ? `除数：[${num(low)}, ${num(high)}) 内任一值（如 ${nice === undefined ? "—" : num(nice)}）都给出这一结果`
        : `Divisor: any value in [${num(low)}, ${num(high)}) gives this result (e.g. ${nice === undefined ? "—" : num(nice)})`,
    );
  }
  const tail = result.priorityList.slice(-5);
  if (result.listTruncated) lines.push(upperFirst(result.listTruncated.message[lang]));
  if (tail.length > 0) {
    lines.push(zh ? "最后分出的名额：" : "Last posts handed out:");
    for (const entry of tail) {
      lines.push(
        zh
          ? `  第 ${entry.rank} 位：${entry.unit} 的第 ${entry.post} 个，优先值 ${num(entry.priority)}`
          : `  #${entry.rank}: ${entry.unit}, post ${entry.post}, priority ${num(entry.priority)}`,
      );
    }
  }
  const next = result.nextPost;
  if (next) {
    const runner = next.runnerUp
      ? zh
        ? `，领先 ${next.runnerUp.unit}（${num(next.runnerUp.priority)}）${num(next.margin)}`
        : `, ahead of ${next.runnerUp.unit} (${num(next.runnerUp.priority)}) by ${num(next.margin)}`
      : "";
    lines.push(
      zh
        ? `第 ${result.total + 1} 个名额将给：${next.unit} 的第 ${next.post} 个，优先值 ${num(next.priority)}${runner}`
        : `Post ${result.total + 1} would go to: ${next.unit}, post ${next.post}, priority ${num(next.priority)}${runner}`,
    );
  }
  for (const tie of result.ties) {
    const units = tie.units.join(zh ? "、" : ", ");
    lines.push(
      zh
        ? `${tie.decisive ? "决定性并列" : "并列"}：${units} 在第 ${tie.atRank} 位优先值相同（${num(tie.priority)}），得到名额的是 ${tie.awarded.join("、")}`
        : `${tie.decisive ? "Decisive tie" : "Tie"}: ${units} share priority ${num(tie.priority)} at rank ${tie.atRank}; awarded: ${tie.awarded.join(", ")}`,
    );
  }
  if (result.ties.length > 0)
    lines.push(zh ? `并列规则：${result.tieBreak.zh}` : `Tie-break rule: ${result.tieBreak.en}`);
  return `${lines.join("\n")}\n`;
}
