// The sizes a county table may have. None is a policy number: each keeps a hostile or broken file from exhausting
// memory or time, far above any county's table (a county has tens of townships; the readers are tested with 200,000
// rows). Stated in docs/data.md; a file beyond one is refused with a message naming the limit.

/**
 * An .xlsx workbook (a ZIP archive) may inflate to at most this many bytes, summed over its files as the archive's
 * directory declares them: 64 MiB, about 800,000 rows of ten numeric columns as Excel writes sheet XML. The workbook
 * reader needs about 12 times this in memory.
 */
export const MAX_WORKBOOK_UNCOMPRESSED_BYTES = 64 * 1024 * 1024;

/** An .xlsx workbook may hold at most this many files (an Excel workbook holds about ten, plus one per sheet). */
export const MAX_WORKBOOK_ENTRIES = 10_000;

/** A county table may have at most this many rows (Excel's own limit per sheet, 2^20). */
export const MAX_TABLE_ROWS = 1_048_576;

/** A county table may have at most this many cells (rows × columns as written, blank cells within a row included). */
export const MAX_TABLE_CELLS = 20_000_000;
