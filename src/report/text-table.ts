import { terminalCell } from "./strip-controls.ts";

/** Display width of a string in a terminal: East Asian wide and full-width characters count 2. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    const wide =
      (code >= 0x1100 && code <= 0x115f) ||
      (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) ||
      (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6) ||
      code >= 0x20000;
    width += wide ? 2 : 1;
  }
  return width;
}

/**
 * Lays out rows as an aligned plain-text table (numbers right-aligned, text left-aligned), CJK-width aware:
 * a header row and a rule of dashes, or no header at all when `headers` is null. Trailing spaces are trimmed.
 * Every cell is printed by `terminalCell`: escape sequences and control characters removed, tabs and line
 * breaks as spaces, so user text can neither move the cursor nor break the layout.
 * @example textTable(["a", "b"], [["x", "1"]], ["left", "right"])  // "a  b\n-  -\nx  1"
 * @example textTable(null, [["λmax", "5.07"]], ["left", "left"])   // "λmax  5.07"
 */
export function textTable(
  headers: readonly string[] | null,
  rows: readonly (readonly string[])[],
  align: readonly ("left" | "right")[],
): string {
  const clean = (cells: readonly string[]) => cells.map(terminalCell);
  const all = headers === null ? rows.map(clean) : [clean(headers), ...rows.map(clean)];
  const widths = (headers ?? align).map((_, c) => Math.max(0, ...all.map((r) => displayWidth(r[c] ?? ""))));
  const pad = (text: string, c: number) => {
    const space = " ".repeat(widths[c]! - displayWidth(text));
    return align[c] === "right" ? space + text : text + space;
  };
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, c) => pad(cell, c))
      .join("  ")
      .trimEnd();
  const body = (headers === null ? all : all.slice(1)).map(line);
  return (
    headers === null ? body : [line(all[0]!), widths.map((w) => "-".repeat(w)).join("  "), ...body]
  ).join("\n");
}
