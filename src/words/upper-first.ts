/**
 * A label as the value of a summary line: its first letter upper case (English labels are written lower case for
 * table cells, "free", "floor"); Chinese text has no case and is returned as it is.
 * @example upperFirst("free") // "Free"
 * @example upperFirst("无约束") // "无约束"
 */
export function upperFirst(text: string): string {
  return text.length === 0 ? text : text[0]!.toUpperCase() + text.slice(1);
}
