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
