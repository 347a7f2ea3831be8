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
 * Lays out rows as an aligned plain-text table (numbers right-aligned, text left-aligned), CJK-width aware.
 * @example textTable(["a", "b"], [["x", "1"]], ["left", "right"]) // "a  b\n-  -\nx  1"
 */
export function textTable(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  align: readonly ("left" | "right")[],
): string {
  const widths = headers.map((h, c) =>
    Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[c] ?? ""))),
  );
  const pad = (text: string, c: number) => {
    const space = " ".repeat(widths[c]! - displayWidth(text));
    return align[c] === "right" ? space + text : text + space;
  };
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, c) => pad(cell, c))
      .join("  ")
      .trimEnd();
  return [line(headers), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}
