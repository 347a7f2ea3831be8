import type { Bilingual } from "../types.ts";

/*
 * Sentences of the command line that are not help texts: the top-level error boundary and the file-system
 * problems of `--out`. Paths are shown as given on the command line (relative to the working folder).
 */

/** Any unexpected exception (a bug, not the input): one line, exit 3. */
export function internalErrorMessage(detail: string): Bilingual {
  return {
    zh: `内部错误（程序缺陷，并非输入有误）：${detail}。加 --debug 可显示调用栈`,
    en: `internal error (a bug, not a problem of the input): ${detail}. Add --debug to see the stack trace`,
  };
}

/** What went wrong with one path of `--out`, by the kind of failure. */
export const OUTPUT_PROBLEMS = {
  notAFolder: (path: string): Bilingual => ({
    zh: `--out 应为文件夹，但 ${path} 是一个文件`,
    en: `--out should name a folder, but ${path} is a file`,
  }),
  underAFile: (path: string): Bilingual => ({
    zh: `无法创建文件夹 ${path}：路径中有一段是文件而不是文件夹`,
    en: `cannot create the folder ${path}: a part of the path is a file, not a folder`,
  }),
  targetIsFolder: (path: string): Bilingual => ({
    zh: `${path} 是一个文件夹，不能用输出文件替换它；请移走或改名后重试`,
    en: `${path} is a folder and cannot be replaced by an output file; move or rename it and try again`,
  }),
  readOnly: (path: string, code: string): Bilingual => ({
    zh: `无法写入 ${path}：没有写入权限，或位于只读文件系统（${code}）`,
    en: `cannot write ${path}: no permission to write there, or a read-only file system (${code})`,
  }),
  diskFull: (path: string, code: string): Bilingual => ({
    zh: `无法写入 ${path}：磁盘空间或配额已满（${code}）`,
    en: `cannot write ${path}: the disk or the quota is full (${code})`,
  }),
  other: (path: string, code: string): Bilingual => ({
    zh: `无法写入 ${path}（${code}）`,
    en: `cannot write ${path} (${code})`,
  }),
} as const;

/** Said after an `--out` failure that left the target folder as it was. */
export const NOTHING_WRITTEN: Bilingual = {
  zh: "未写入任何文件，原有文件保持不变",
  en: "nothing was written; the files already there are unchanged",
};

/** Said when an `--out` failure could not put back a replaced file: where its earlier version is kept. */
export function previousKeptMessage(kept: string): Bilingual {
  return {
    zh: `部分原文件未能恢复，其原有版本保存在 ${kept}`,
    en: `some replaced files could not be put back; their earlier versions are kept in ${kept}`,
  };
}

/**
 * A run killed while it renamed its files into place: the next run put back the earlier versions (or removed the
 * new files where there were none) before it removed the staging folder.
 */
export function interruptedWriteUndone(names: readonly string[]): Bilingual {
  return {
    zh: `上次运行在替换文件时中断，已撤销其替换（${names.join("、")} 恢复为原有版本）`,
    en: `an earlier run was interrupted while replacing files; its replacement was undone (${names.join(", ")} as they were before)`,
  };
}

/** A staging folder of an earlier run that was killed (its process is gone), removed before writing. */
export function staleStagingRemoved(path: string): Bilingual {
  return {
    zh: `已删除上次中断的运行留下的临时文件夹 ${path}`,
    en: `removed the staging folder ${path} left by an interrupted run`,
  };
}

/** Said on standard error after `--out` wrote its files: `shown` is the folder and stem, e.g. `out/baseline`. */
export function wroteFilesMessage(shown: string, extensions: readonly string[]): Bilingual {
  const list = `${shown}.{${extensions.join(",")}}`;
  return { zh: `已写入 ${list}`, en: `wrote ${list}` };
}

/**
 * Said on standard error after `report` wrote its one file, with the result's content hash.
 * @example wroteReportMessage("baseline.pdf", "24442a947c71").en // "wrote baseline.pdf (content hash 24442a947c71)"
 */
export function wroteReportMessage(shown: string, hash: string): Bilingual {
  return { zh: `已写入 ${shown}（内容校验码 ${hash}）`, en: `wrote ${shown} (content hash ${hash})` };
}

/**
 * Said by `report` when the printed pages hash the county table as canonical CSV, so their hash differs from the
 * command line's.
 * @example printedHashNote("0123456789ab").en // "note: the pages hash the county table as canonical CSV; the printed pages carry 0123456789ab"
 */
export function printedHashNote(hash: string): Bilingual {
  return {
    zh: `注意：页面按本县数据的规范 CSV 计算，打印页上的校验码为 ${hash}`,
    en: `note: the pages hash the county table as canonical CSV; the printed pages carry ${hash}`,
  };
}

/** The range a number option accepts (`numberOption` in src/cli/command.ts). */
export interface NumberRange {
  /** Lower limit, excluded unless `minIncluded`. */
  readonly min: number;
  readonly minIncluded?: boolean;
  /** Upper limit, included; none when absent. */
  readonly max?: number;
  /** Whether "inf" is accepted. */
  readonly infinite?: boolean;
}

/**
 * The usage error of a number option out of its range.
 * @example numberOptionMessage("range", "2", { min: 0, max: 1 }).en // '--range should be a number > 0 and <= 1, found "2"'
 * @example numberOptionMessage("concentration", "-1", { min: 0, infinite: true }).zh // "--concentration 应为正数或 inf，实为“-1”"
 */
export function numberOptionMessage(option: string, value: string, range: NumberRange): Bilingual {
  if (range.max !== undefined)
    return {
      zh: `--${option} 应为${range.minIncluded ? "不小于" : "大于"} ${range.min}、不超过 ${range.max} 的数，实为“${value}”`,
      en: `--${option} should be a number ${range.minIncluded ? ">=" : ">"} ${range.min} and <= ${range.max}, found "${value}"`,
    };
  const inf = { zh: range.infinite ? "或 inf" : "", en: range.infinite ? " or inf" : "" };
  const kind =
    range.min === 0
      ? { zh: range.minIncluded ? "非负数" : "正数", en: range.minIncluded ? ">= 0" : "> 0" }
      : {
          zh: `${range.minIncluded ? "不小于" : "大于"} ${range.min} 的数`,
          en: `${range.minIncluded ? ">=" : ">"} ${range.min}`,
        };
  return {
    zh: `--${option} 应为${kind.zh}${inf.zh}，实为“${value}”`,
    en: `--${option} should be a number ${kind.en}${inf.en}, found "${value}"`,
  };
}
