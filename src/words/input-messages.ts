// Sentences of the problems and notices of input files that the readers (src/data, src/scenario) add for hostile or
// damaged input: encodings, workbooks that are no workbooks, look-alike names, control characters, size limits,
// YAML aliases, nesting. Each returns the sentence after the location ("file, row, column: …").
import type { Bilingual } from "../types.ts";

/**
 * A YAML alias the parser refused: `*name` without an anchor `&name` before it, or more aliases than the limit.
 * @example aliasProblemMessage("undefined", "myband", 100).en // 'alias "*myband" has no anchor "&myband" before it: …'
 */
export function aliasProblemMessage(kind: "undefined" | "too-many", name: string, limit: number): Bilingual {
  if (kind === "undefined")
    return {
      zh: `引用“*${name}”没有对应的锚点“&${name}”：锚点应写在引用之前，或直接写出取值`,
      en: `alias "*${name}" has no anchor "&${name}" before it: expected the anchor before the alias, or the value written out`,
    };
  return {
    zh: `引用（*别名）展开次数超过 ${limit} 次：应直接写出取值（过多的引用会使文件膨胀）`,
    en: `more than ${limit} aliases (*name) to expand: expected the values written out (so many aliases blow the file up)`,
  };
}

/**
 * A JSON cell holding lists or objects nested deeper than the limit.
 * @example nestedTooDeepMessage(32).zh // "单元格中的列表或对象嵌套超过 32 层：应为数字或文字"
 */
export function nestedTooDeepMessage(limit: number): Bilingual {
  return {
    zh: `单元格中的列表或对象嵌套超过 ${limit} 层：应为数字或文字`,
    en: `the cell holds lists or objects nested more than ${limit} deep: expected a number or a text`,
  };
}

/** How to save a table so that it reads: the advice every encoding message ends with. */
const SAVE_AS_UTF8 = {
  zh: "请在 Excel/WPS 中将整个表格另存为“CSV UTF-8（逗号分隔）”",
  en: 'save the whole table again as "CSV UTF-8 (comma delimited)" in Excel/WPS',
};

/**
 * The lines an encoding problem is about, after the location names the first: "此行" alone, or "此行及第5、9行等共 12 行"
 * ("this line", "this line and lines 5, 9 and 10 more").
 */
function linesPhrase(lines: readonly number[], count: number): Bilingual & { readonly plural: boolean } {
  const others = lines.slice(1);
  const rest = count - lines.length;
  if (others.length === 0) return { zh: "此行", en: "this line", plural: false };
  return {
    zh: `此行及第${others.join("、")}行${rest > 0 ? `等共 ${count} 行` : ""}`,
    en: `this line and line${others.length > 1 ? "s" : ""} ${others.join(", ")}${rest > 0 ? ` and ${rest} more` : ""}`,
    plural: true,
  };
}

/**
 * A UTF-8 byte-order mark followed by lines that are not UTF-8 (typically a GBK body); the location names the first.
 * @example invalidUtf8AfterBomMessage([1, 2], 2).zh // "文件开头标明为 UTF-8 编码，但此行及第2行不是有效的 UTF-8（可能是 GBK/GB18030 编码）…"
 */
export function invalidUtf8AfterBomMessage(lines: readonly number[], count: number): Bilingual {
  const which = linesPhrase(lines, count);
  return {
    zh: `文件开头标明为 UTF-8 编码，但${which.zh}不是有效的 UTF-8（可能是 GBK/GB18030 编码），按 UTF-8 读取会成为乱码：应整份文件使用同一种编码，${SAVE_AS_UTF8.zh}`,
    en: `the file starts with a UTF-8 byte-order mark but ${which.en} ${which.plural ? "are" : "is"} not valid UTF-8 (GBK/GB18030?) and would read as mojibake: expected one encoding for the whole file; ${SAVE_AS_UTF8.en}`,
  };
}

/**
 * A file whose lines are mostly in one encoding and some in the other: mostly UTF-8 with rows in GBK (`majority`
 * "utf-8"), or mostly GBK with rows in UTF-8 ("gbk"); the location names the first odd line.
 * @example mixedEncodingMessage([7], 1, 24, "utf-8").en // "this line is not UTF-8 although 24 other lines are (…)"
 */
export function mixedEncodingMessage(
  lines: readonly number[],
  count: number,
  others: number,
  majority: "utf-8" | "gbk",
): Bilingual {
  const which = linesPhrase(lines, count);
  const be = which.plural ? "are" : "is";
  const tail = {
    zh: `无论按哪种编码读取都会有乱码：应整份文件使用同一种编码，${SAVE_AS_UTF8.zh}`,
    en: `so either reading gives mojibake: expected one encoding for the whole file; ${SAVE_AS_UTF8.en}`,
  };
  return majority === "utf-8"
    ? {
        zh: `${which.zh}不是 UTF-8 编码，而其他 ${others} 行是（可能混入了 GBK/GB18030 编码的行），${tail.zh}`,
        en: `${which.en} ${be} not UTF-8 although ${others} other lines are (rows in GBK/GB18030 mixed in?), ${tail.en}`,
      }
    : {
        zh: `${which.zh}是 UTF-8 编码，而其他 ${others} 行是 GBK/GB18030 编码（可能混入了 UTF-8 编码的行），${tail.zh}`,
        en: `${which.en} ${be} UTF-8 although ${others} other lines are GBK/GB18030 (rows in UTF-8 mixed in?), ${tail.en}`,
      };
}

/**
 * Lines that are neither UTF-8 nor GB18030; the location names the first.
 * @example undecodableGbMessage([4], 1).zh // "此行既不是 UTF-8 也不是 GB18030/GBK 编码的文字，无法读取：…"
 */
export function undecodableGbMessage(lines: readonly number[], count: number): Bilingual {
  const which = linesPhrase(lines, count);
  return {
    zh: `${which.zh}既不是 UTF-8 也不是 GB18030/GBK 编码的文字，无法读取：${SAVE_AS_UTF8.zh}`,
    en: `${which.en} ${which.plural ? "are" : "is"} neither UTF-8 nor GB18030/GBK text and cannot be read: ${SAVE_AS_UTF8.en}`,
  };
}

/**
 * UTF-16 text without a byte-order mark.
 * @example utf16WithoutBomMessage("le").en // "the file looks like UTF-16 text (little-endian) without a byte-order mark, …"
 */
export function utf16WithoutBomMessage(order: "le" | "be"): Bilingual {
  const name = order === "le" ? "little-endian" : "big-endian";
  return {
    zh: `文件看起来是没有字节顺序标记（BOM）的 UTF-16 文本（${order === "le" ? "小端" : "大端"}），无法确定如何读取：${SAVE_AS_UTF8.zh}，或另存为带 BOM 的“Unicode 文本”`,
    en: `the file looks like UTF-16 text (${name}) without a byte-order mark, so its reading is not certain: ${SAVE_AS_UTF8.en}, or as "Unicode text" with a byte-order mark`,
  };
}

/**
 * NUL bytes in a text table: not a text file.
 * @example binaryTextMessage().en // "the file holds NUL bytes and is not a text table (…"
 */
export function binaryTextMessage(): Bilingual {
  return {
    zh: "文件含有空字节（NUL），不是文本表格（可能是改了扩展名的工作簿或其他文件）：应为 CSV 文本、.xlsx 工作簿或 JSON",
    en: "the file holds NUL bytes and is not a text table (a workbook or another file renamed?): expected CSV text, an .xlsx workbook or JSON",
  };
}

/**
 * A zip (an XLSX workbook) under a text file's name.
 * @example workbookAsTextMessage().zh // "文件是 .xlsx 工作簿（ZIP 格式），却以文本文件的扩展名命名：…"
 */
export function workbookAsTextMessage(): Bilingual {
  return {
    zh: "文件是 .xlsx 工作簿（ZIP 格式），却以文本文件的扩展名命名：应将扩展名改为 .xlsx，或在 Excel/WPS 中另存为 CSV",
    en: "the file is an .xlsx workbook (a ZIP archive) under a text file's name: expected it renamed to .xlsx, or saved as CSV in Excel/WPS",
  };
}

/** "12.5 MiB" / "12.5 MB" style size for messages. */
function mebibytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

/**
 * An encrypted (password-protected) workbook.
 * @example encryptedWorkbookMessage().zh // "工作簿设置了打开密码（已加密），无法读取：…"
 */
export function encryptedWorkbookMessage(): Bilingual {
  return {
    zh: "工作簿设置了打开密码（已加密），无法读取：请在 Excel/WPS 中打开它，取消密码（文件 → 信息 → 保护工作簿 → 用密码进行加密，清空密码）后另存为 .xlsx",
    en: "the workbook is encrypted (it has an opening password) and cannot be read: open it in Excel/WPS, remove the password (File → Info → Protect Workbook → Encrypt with Password, clear it) and save it as .xlsx again",
  };
}

/**
 * An Excel 97–2003 workbook under an .xlsx name.
 * @example oldExcelWorkbookMessage().en // "the file is an Excel 97–2003 workbook (.xls) under an .xlsx name: …"
 */
export function oldExcelWorkbookMessage(): Bilingual {
  return {
    zh: "文件是 Excel 97–2003 格式（.xls）的工作簿，却以 .xlsx 命名：请在 Excel/WPS 中另存为 .xlsx 或 CSV",
    en: "the file is an Excel 97–2003 workbook (.xls) under an .xlsx name: save it as .xlsx or CSV in Excel/WPS",
  };
}

/**
 * A file that is no ZIP archive under an .xlsx name (a CSV renamed, a download that is an error page …).
 * @example notAWorkbookMessage().zh // "文件不是 .xlsx 工作簿（不是 ZIP 格式，…"
 */
export function notAWorkbookMessage(): Bilingual {
  return {
    zh: "文件不是 .xlsx 工作簿（不是 ZIP 格式，可能是改了扩展名的 CSV 或其他文件）：应为 Excel 2007 及以上版本保存的 .xlsx 工作簿",
    en: "the file is not an .xlsx workbook (not a ZIP archive; a CSV or another file renamed?): expected an .xlsx workbook as saved by Excel 2007 or later",
  };
}

/**
 * A ZIP archive without a readable directory (truncated download, damaged file).
 * @example damagedWorkbookMessage().en // "the workbook is damaged or incomplete (its ZIP directory cannot be read; …"
 */
export function damagedWorkbookMessage(): Bilingual {
  return {
    zh: "工作簿已损坏或不完整（无法读取其 ZIP 目录，可能下载或复制未完成）：请重新获取该文件，或在 Excel/WPS 中打开后另存为 .xlsx",
    en: "the workbook is damaged or incomplete (its ZIP directory cannot be read; an unfinished download or copy?): get the file again, or open it in Excel/WPS and save it as .xlsx",
  };
}

/**
 * A workbook that would inflate beyond the limit, or hold too many files.
 * @example workbookTooLargeMessage("bytes", 2 ** 30, 2 ** 26).zh // "工作簿解压后超过 64.0 MiB（至少 1024.0 MiB）：…"
 */
export function workbookTooLargeMessage(what: "bytes" | "entries", found: number, limit: number): Bilingual {
  if (what === "entries")
    return {
      zh: `工作簿中的文件数为 ${found}，超过上限 ${limit}：不像是一份县乡镇数据表；请只保留乡镇数据的工作表后另存为 .xlsx 或 CSV`,
      en: `the workbook holds ${found} files, more than the limit of ${limit}: not a county table; keep only the sheet of township rows and save it as .xlsx or CSV`,
    };
  return {
    zh: `工作簿解压后超过 ${mebibytes(limit)}（至少 ${mebibytes(found)}）：远大于任何县的乡镇数据表，可能含有大量空白格式或其他数据；请只保留乡镇数据后另存为 .xlsx 或 CSV`,
    en: `the workbook inflates to more than ${mebibytes(limit)} (at least ${mebibytes(found)}): far more than any county's table (cells formatted far down, other data?); keep only the township rows and save it as .xlsx or CSV`,
  };
}

/**
 * A table beyond the row or cell limit.
 * @example tableTooLargeMessage("rows", 1048576).en // "the table has more than 1,048,576 rows, …"
 */
export function tableTooLargeMessage(what: "rows" | "cells", limit: number): Bilingual {
  const shown = limit.toLocaleString("en-US");
  return what === "rows"
    ? {
        zh: `表格超过 ${limit} 行：远多于任何县的乡镇数，应只包含乡镇数据行`,
        en: `the table has more than ${shown} rows, far more than any county has townships: expected only the township rows`,
      }
    : {
        zh: `表格超过 ${limit} 个单元格：应只包含乡镇数据（可能有大量空白列或其他数据）`,
        en: `the table has more than ${shown} cells: expected only the township rows and their columns (many blank columns, other data?)`,
      };
}

/**
 * A cell holding a control character (NUL, a line break, a bidirectional override …).
 * @example controlCharacterMessage("U+0000").zh // "单元格含有控制字符 U+0000（不可见，会破坏导出和显示）：…"
 */
export function controlCharacterMessage(point: string): Bilingual {
  return {
    zh: `单元格含有控制字符 ${point}（不可见，会破坏导出和显示）：应只含可见文字，请删除该字符后重新保存`,
    en: `the cell holds the control character ${point} (invisible; it breaks exports and displays): expected visible text only; delete the character and save again`,
  };
}

/**
 * Two rows whose ids (or names) differ but look alike (case, full-width forms, invisible characters).
 * @example lookAlikeMessage("id", 2, "T01", "t01").en // 'the ID "t01" looks like "T01" of row 2 but differs …'
 */
export function lookAlikeMessage(
  what: "id" | "name",
  firstRow: number,
  first: string,
  text: string,
): Bilingual {
  const zhWhat = what === "id" ? "编号" : "乡镇名称";
  const enWhat = what === "id" ? "ID" : "name";
  return {
    zh: `${zhWhat}“${text}”与第${firstRow}行的“${first}”看起来相同，实际不同（大小写、全角半角或不可见字符不同）：两行将被当作不同的乡镇；若是同一乡镇，请删去一行，否则请把${zhWhat}改得易于区分`,
    en: `the ${enWhat} "${text}" looks like "${first}" of row ${firstRow} but differs (case, full-width forms or invisible characters): the two rows count as different townships; if they are one, delete a row, else make the ${enWhat}s easy to tell apart`,
  };
}

/**
 * Two rows with the same name (different ids).
 * @example duplicateNameMessage(2, "城厢镇", "T01", "T09").zh // "乡镇名称“城厢镇”与第2行重复（编号“T01”和“T09”）：…"
 */
export function duplicateNameMessage(firstRow: number, name: string, firstId: string, id: string): Bilingual {
  return {
    zh: `乡镇名称“${name}”与第${firstRow}行重复（编号“${firstId}”和“${id}”）：两行将被当作不同的乡镇，在表格和报告中难以区分；若是同一乡镇，请删去一行，否则请改用能区分的名称`,
    en: `the name "${name}" repeats row ${firstRow} (IDs "${firstId}" and "${id}"): the two rows count as different townships and cannot be told apart in tables and reports; if they are one, delete a row, else give them names that differ`,
  };
}

/**
 * A cell holding invisible characters (zero-width space, BOM …).
 * @example invisibleCharacterMessage("T01⟨U+200B⟩", "U+200B").en // 'the cell holds the invisible character U+200B ("T01⟨U+200B⟩"): …'
 */
export function invisibleCharacterMessage(shown: string, points: string): Bilingual {
  return {
    zh: `单元格含有不可见字符 ${points}（“${shown}”）：已按原样读取，它使该值与看起来相同的值不同；请删除该字符`,
    en: `the cell holds the invisible character${points.includes(",") ? "s" : ""} ${points} ("${shown}"): read as written, so it differs from a value that looks the same; delete it`,
  };
}

/**
 * An indicator's minmax range that is empty or reversed.
 * @example badRangeMessage("[1,0]").en // "range must be [low, high] with low < high, found [1,0]"
 */
export function badRangeMessage(found: string): Bilingual {
  return {
    zh: `range 应为 [下限, 上限] 且下限小于上限，实为 ${found}`,
    en: `range must be [low, high] with low < high, found ${found}`,
  };
}

/**
 * A row-number column (序号) beside the ID column: ignored.
 * @example rowNumberColumnMessage("乡镇代码").zh // "是行号（序号）列，已忽略：编号取自列“乡镇代码”"
 */
export function rowNumberColumnMessage(idHeader: string): Bilingual {
  return {
    zh: `是行号（序号）列，已忽略：编号取自列“${idHeader}”`,
    en: `a row-number column; ignored: the IDs are taken from column "${idHeader}"`,
  };
}

/**
 * A known column in a unit it converts from (亿元 → 万元): what was converted.
 * @example unitConvertedMessage("亿元", { zh: "万元", en: "10k yuan" }, 10000, "1.2", 12000, 25).zh // "单位为“亿元”，已换算为“万元”（× 10000，如“1.2” → 12000），共 25 个单元格"
 */
export function unitConvertedMessage(
  unit: string,
  own: Bilingual,
  factor: number,
  text: string,
  value: number,
  count: number,
): Bilingual {
  return {
    zh: `单位为“${unit}”，已换算为“${own.zh}”（× ${factor}，如“${text}” → ${value}），共 ${count} 个单元格`,
    en: `in ${unit}; converted to ${own.en} (× ${factor}, e.g. "${text}" → ${value}), ${count} cells`,
  };
}

/**
 * A known column in a unit that cannot be converted to its own: read as written, to be checked.
 * @example unitNotConvertedMessage("%", { zh: "人", en: "persons" }).en // 'the unit "%" is not the column\'s unit (persons) …'
 */
export function unitNotConvertedMessage(unit: string, own: Bilingual): Bilingual {
  return {
    zh: `单位“${unit}”与本列应有的单位“${own.zh}”不同，且无法换算：数值按原样读取，请核对该列或改用“${own.zh}”`,
    en: `the unit "${unit}" is not the column's unit (${own.en}) and cannot be converted: the values are read as written; check the column or give it in ${own.en}`,
  };
}

/**
 * Every sheet of a workbook is hidden: the first one is read, and said so.
 * @example allSheetsHiddenMessage("乡镇").zh // "工作簿的所有工作表都是隐藏的：读取的是第一个工作表“乡镇”，请确认它是乡镇数据表"
 */
export function allSheetsHiddenMessage(sheet: string): Bilingual {
  return {
    zh: `工作簿的所有工作表都是隐藏的：读取的是第一个工作表“${sheet}”，请确认它是乡镇数据表`,
    en: `every sheet of the workbook is hidden: read the first one, "${sheet}"; check that it is the township table`,
  };
}

/**
 * Two townships marked as the county seat in one county: both rows and names, and the county when the table has a
 * county column (a province's table allows one county seat per county).
 * @example multipleCountySeatsMessage({ row: 2, name: "城关镇" }, { row: 5, name: "河口镇" }, "甲县").zh // "甲县的县政府驻地镇只能有一个，…"
 */
export function multipleCountySeatsMessage(
  first: { readonly row: number; readonly name: string },
  second: { readonly row: number; readonly name: string },
  county?: string,
): Bilingual {
  const zhWhere = county === undefined ? "" : `${county}的`;
  const enWhere = county === undefined ? "" : ` of ${county}`;
  return {
    zh: `${zhWhere}县政府驻地镇只能有一个，第${first.row}行“${first.name}”和第${second.row}行“${second.name}”都标为县政府驻地镇：应只有一个乡镇为${zhWhere}县政府驻地镇`,
    en: `rows ${first.row} ("${first.name}") and ${second.row} ("${second.name}") are both marked as the county seat${enWhere}: expected exactly one county-seat town${county === undefined ? "" : " per county"}`,
  };
}
