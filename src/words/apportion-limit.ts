import { APPORTION_MAX_LISTED_POSTS } from "../policy.ts";
import type { Bilingual } from "../types.ts";

/**
 * The refusal of an apportionment whose priority list would be longer than APPORTION_MAX_LISTED_POSTS.
 * @example apportionListTooLong(1e12, 1e12).en // "--total 1000000000000: the method would hand out 1000000000000 posts one by one in its priority list, at most 1000000 are allowed; …"
 */
export function apportionListTooLong(total: number, listed: number): Bilingual {
  return {
    zh: `--total ${total}：该方法需逐个分配 ${listed} 个名额并列出优先顺序，上限为 ${APPORTION_MAX_LISTED_POSTS} 个；请减小总数（或提高最低数），或改用 hamilton 方法`,
    en: `--total ${total}: the method would hand out ${listed} posts one by one in its priority list, at most ${APPORTION_MAX_LISTED_POSTS} are allowed; lower the total (or raise the minimums), or use the hamilton method`,
  };
}

/**
 * The refusal of a scenario whose apportionment method would list more than APPORTION_MAX_LISTED_POSTS posts.
 * @example apportionScenarioListTooLong({ zh: "韦伯斯特法", en: "Webster" }, 1e12).zh // "按韦伯斯特法需逐个分配 1000000000000 个名额并列出优先顺序，上限为 1000000 个；…"
 */
export function apportionScenarioListTooLong(method: Bilingual, listed: number): Bilingual {
  return {
    zh: `按${method.zh}需逐个分配 ${listed} 个名额并列出优先顺序，上限为 ${APPORTION_MAX_LISTED_POSTS} 个；请减小总量，或改用线性规划方法`,
    en: `${method.en} would hand out ${listed} posts one by one in its priority list, at most ${APPORTION_MAX_LISTED_POSTS} are allowed; lower the total, or use the linear program (method: lp)`,
  };
}

/**
 * The note on a divisor method's priority list that lists only its last posts (the rest were placed by bisection on
 * the divisor, not one by one).
 * @example apportionListTruncated(999999999001, 1000000000000).en // "the priority list shows only ranks 999999999001 to 1000000000000; the 999999999000 posts before them were placed at once by bisection on the divisor, not listed one by one"
 */
export function apportionListTruncated(firstRank: number, lastRank: number): Bilingual {
  return {
    zh: `优先顺序只列出第 ${firstRank} 至第 ${lastRank} 位；此前的 ${firstRank - 1} 个名额按除数二分一次算出，未逐个列出`,
    en: `the priority list shows only ranks ${firstRank} to ${lastRank}; the ${firstRank - 1} posts before them were placed at once by bisection on the divisor, not listed one by one`,
  };
}

/**
 * Labels of a truncated priority list. `lastPostByDivisor`: where a unit's last post came from when it lies before
 * the listed end of the list.
 * @example APPORTION_LIST_LABELS.lastPostByDivisor.en // "the divisor (before the listed priority list)"
 */
export const APPORTION_LIST_LABELS: Readonly<Record<"lastPostByDivisor", Bilingual>> = {
  lastPostByDivisor: {
    zh: "除数（在列出的优先顺序之前）",
    en: "the divisor (before the listed priority list)",
  },
};
