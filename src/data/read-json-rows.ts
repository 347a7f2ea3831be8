import { InputError, type InputProblem } from "../types.ts";
import { nestedTooDeepMessage, tableTooLargeMessage } from "../words/input-messages.ts";
import { MAX_TABLE_ROWS } from "./input-limits.ts";
import type { Cell, TableRow } from "./parse-county-rows.ts";
import { problem } from "./problems.ts";
import type { SheetRows } from "./read-xlsx-rows.ts";

/**
 * Reads a JSON county table: an array of row objects, or `{ "townships": [...] }`; keys are headers
 * (union of all rows' keys, in order of first appearance). Object i is numbered row i + 2, as if the
 * keys were a header row; its key path ("townships[3]") is kept for messages.
 * @returns the rows, and problems for elements that are not objects (to report with the others)
 * @throws {InputError} "invalid-json" for text that is not JSON or not of that shape, "no-rows" for an empty array
 * @example readJsonRows('[{"编号": "T01"}]', "t.json") // { headers: ["编号"], rows: [{ row: 2, path: "[0]", cells: ["T01"] }], problems: [] }
 */
export function readJsonRows(text: string, file: string): SheetRows & { readonly problems: InputProblem[] } {
  const shape = {
    zh: '应为乡镇对象数组 [{"编号": "T01", …}] 或 {"townships": [...]}',
    en: 'expected an array of township objects [{"id": "T01", …}] or {"townships": [...]}',
  };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new InputError([
      problem(
        "invalid-json",
        { file },
        {
          // The parser's own (English) words stay out of the Chinese text; its position, when it gives one, is kept.
          zh: `JSON 格式错误${jsonPosition(detail)}：${shape.zh}`,
          en: `invalid JSON (${detail}): ${shape.en}`,
        },
      ),
    ]);
  }
  const base = Array.isArray(data) ? "" : "townships";
  const list = Array.isArray(data)
    ? data
    : isObject(data) && Array.isArray(data["townships"])
      ? data["townships"]
      : undefined;
  if (list === undefined) {
    throw new InputError([
      problem(
        "invalid-json",
        { file },
        { zh: `JSON 结构不对：${shape.zh}`, en: `unexpected JSON shape: ${shape.en}` },
      ),
    ]);
  }
  if (list.length === 0) {
    throw new InputError([
      problem(
        "no-rows",
        { file, path: base },
        {
          zh: "乡镇数组为空：应至少有一个乡镇对象",
          en: "the township array is empty: expected at least one township object",
        },
      ),
    ]);
  }
  if (list.length > MAX_TABLE_ROWS) {
    throw new InputError([
      problem("table-too-large", { file, path: base }, tableTooLargeMessage("rows", MAX_TABLE_ROWS)),
    ]);
  }
  const headers: string[] = [];
  const seen = new Set<string>();
  for (const item of list) {
    if (!isObject(item)) continue;
    for (const key of Object.keys(item)) {
      if (!seen.has(key)) {
        seen.add(key);
        headers.push(key);
      }
    }
  }
  const problems: InputProblem[] = [];
  const rows: TableRow[] = [];
  list.forEach((item: unknown, i: number) => {
    const path = `${base}[${i}]`;
    if (!isObject(item)) {
      problems.push(
        problem(
          "not-an-object",
          { file, row: i + 2, path },
          {
            zh: `第${i + 1}个元素不是对象：应为形如 {"编号": "T01", "乡镇名称": …} 的乡镇对象`,
            en: `element ${i + 1} is not an object: expected a township object such as {"id": "T01", "name": …}`,
          },
          shortJson(item),
        ),
      );
      return;
    }
    const cells = headers.map((header) => {
      const value = item[header];
      if (typeof value !== "object" || value === null || nestingDepth(value) <= MAX_CELL_NESTING) {
        return jsonCell(value);
      }
      problems.push(
        problem(
          "nested-too-deep",
          { file, row: i + 2, column: header, path: `${path}.${header}` },
          nestedTooDeepMessage(MAX_CELL_NESTING),
        ),
      );
      return null;
    });
    rows.push({ row: i + 2, path, cells });
  });
  return { headers, rows, problems };
}

/** A value as JSON for a message, at most 60 characters; a value nested too deep to write is "[…]" or "{…}". */
function shortJson(value: unknown): string {
  if (typeof value === "object" && value !== null && nestingDepth(value) > MAX_CELL_NESTING)
    return Array.isArray(value) ? "[…]" : "{…}";
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

/** A JSON cell nested deeper than this (lists in lists …) is refused; a township's cell is a number or a text. */
export const MAX_CELL_NESTING = 32;

/** How deep lists and objects nest in `value` (a number or text: 0), counted without recursion, up to `limit + 1`. */
function nestingDepth(value: unknown, limit = MAX_CELL_NESTING): number {
  let deepest = 0;
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (typeof next.value !== "object" || next.value === null) continue;
    const depth = next.depth + 1;
    if (depth > deepest) deepest = depth;
    if (deepest > limit) return deepest;
    for (const child of Object.values(next.value)) stack.push({ value: child, depth });
  }
  return deepest;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function jsonCell(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string") return value;
  if (typeof value === "boolean") return String(value);
  return JSON.stringify(value);
}

/** "（第 151 个字符处）" from a JSON.parse message naming a position, else "". */
function jsonPosition(detail: string): string {
  const position = /position (\d+)/.exec(detail)?.[1];
  return position === undefined ? "" : `（第 ${Number(position) + 1} 个字符处）`;
}
