import type { Bilingual } from "../types.ts";

/**
 * What the Data page says about keeping the planner's file in the browser: the original file's bytes are kept (so
 * the printed content hash is the command line's for the same files) unless the file is larger than the limit.
 * @example STORED_DATA_LABELS.tooLarge.en.includes("{size}") // true
 */
export const STORED_DATA_LABELS = {
  tooLarge: {
    zh: "原文件 {size} 大于本机保存上限 {limit}，其他页面使用读取后的表格（规范 CSV）：分配结果相同，但打印的内容校验码将与命令行 solve 对原文件给出的不同。",
    en: "The original file ({size}) is larger than the {limit} kept in this browser; the other pages use the table as read (canonical CSV): the allocation is the same, but the printed content hash will differ from the one `solve` gives for the original file.",
  },
} as const satisfies Record<string, Bilingual>;
