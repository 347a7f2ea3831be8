import type { Lang } from "../../types.ts";
import { APPORTION_LIST_LABELS } from "../../words/apportion-limit.ts";
import type { LastPost } from "./types.ts";

/**
 * Says in words which step of the method placed a unit's last post, for tables and reasons.
 *
 * @param lastPost the `lastPost` of a unit in an apportionment result
 * @param lang "zh" or "en"
 * @returns e.g. zh "优先序第 12 位", en "priority list, rank 12"
 * @throws never
 * @example
 * describeLastPost({ step: "largest-remainder", rank: 2 }, "en") // "largest remainder #2"
 * describeLastPost({ step: "minimum" }, "zh")                      // "最低数"
 */
export function describeLastPost(lastPost: LastPost, lang: Lang): string {
  const zh = lang === "zh";
  switch (lastPost.step) {
    case "priority":
      return zh ? `优先序第 ${lastPost.rank} 位` : `priority list, rank ${lastPost.rank}`;
    case "divisor":
      return APPORTION_LIST_LABELS.lastPostByDivisor[lang];
    case "largest-remainder":
      return zh ? `最大余数第 ${lastPost.rank} 位` : `largest remainder #${lastPost.rank}`;
    case "lower-quota":
      return zh ? "份额整数部分" : "lower quota";
    case "minimum":
      return zh ? "最低数" : "minimum";
    case "maximum":
      return zh ? "最高数" : "maximum";
    case "none":
      return zh ? "无" : "none";
  }
}
