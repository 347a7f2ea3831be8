/**
 * Saving files from a page: the browser's download of an in-memory Blob, nothing sent anywhere.
 */

/** Byte order mark: lets Excel open a UTF-8 CSV with Chinese text correctly. */
export const UTF8_BOM = "\uFEFF";

/** MIME type of XLSX workbooks. */
export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * CSV text as a Blob, UTF-8 with a byte order mark (added once, if `text` lacks it).
 * @example csvBlob("乡镇,编制\n芦溪镇,42\n") // bytes EF BB BF, then the text in UTF-8
 */
export function csvBlob(text: string): Blob {
  return new Blob([text.startsWith(UTF8_BOM) ? text : UTF8_BOM + text], { type: "text/csv;charset=utf-8" });
}

/**
 * YAML text as a UTF-8 Blob (no byte order mark; YAML tools do not expect one).
 * @example yamlBlob("name: baseline\n")
 */
export function yamlBlob(text: string): Blob {
  return new Blob([text], { type: "application/yaml;charset=utf-8" });
}

/**
 * Plain text as a UTF-8 Blob.
 * @example textBlob("# 报告\n", "text/markdown;charset=utf-8")
 */
export function textBlob(text: string, type = "text/plain;charset=utf-8"): Blob {
  return new Blob([text], { type });
}

/**
 * XLSX workbook bytes (e.g. from exceljs `workbook.xlsx.writeBuffer()`) as a Blob.
 * @example xlsxBlob(await workbook.xlsx.writeBuffer())
 */
export function xlsxBlob(bytes: ArrayBuffer | Uint8Array): Blob {
  return new Blob([bytes instanceof Uint8Array ? new Uint8Array(bytes) : bytes], { type: XLSX_MIME });
}

/**
 * Makes the browser save `blob` as `filename` (its usual download prompt or folder).
 * @throws {Error} when `filename` is empty or contains a path separator
 * @example downloadBlob("分配结果.csv", csvBlob(csvText))
 */
export function downloadBlob(filename: string, blob: Blob): void {
  if (filename === "" || /[\\/]/.test(filename)) {
    throw new Error(`downloadBlob(): "${filename}" is not a plain file name`);
  }
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a minute is ample.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
