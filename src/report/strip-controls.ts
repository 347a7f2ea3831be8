/**
 * Terminal escape sequences: CSI (`ESC [` … final byte, also the 8-bit CSI U+009B), OSC, DCS, SOS, PM and APC
 * strings ended by BEL or ST (an unended one loses only its introducer, so it cannot swallow the text after
 * it), and two-byte `ESC x` sequences.
 */
const ESCAPE_SEQUENCE = new RegExp(
  [
    String.raw`(?:\u001B\[|\u009B)[\u0030-\u003F]*[\u0020-\u002F]*[\u0040-\u007E]?`,
    String.raw`(?:\u001B[\]PX^_]|[\u0090\u0098\u009D\u009E\u009F])[^\u0007\u001B\u0090\u0098\u009C-\u009F]*(?:\u0007|\u001B\\|\u009C)`,
    String.raw`\u001B[\u0020-\u002F]*[\u0030-\u007E]?`,
  ].join("|"),
  "g",
);

/**
 * Control characters other than tab, line feed and carriage return (C0, DEL, C1), and the Unicode bidirectional
 * controls (LRE, RLE, PDF, LRO, RLO, LRI, RLI, FSI, PDI, LRM, RLM, ALM) that reorder what a reader sees.
 */
const CONTROL = /(?![\t\n\r])[\p{Cc}\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;

/** Whether a text holds anything `stripControls` would remove (the same characters as CONTROL; not global). */
// a plain class of code units, not \p{Cc} with a look-ahead: scanning 100 MB of output is three times faster
const ANY_CONTROL =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is what it is for
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

/**
 * Text with terminal escape sequences and control characters removed (ESC, CSI, OSC …, BEL and the other C0
 * and C1 controls, DEL, bidirectional overrides); tab, line feed and carriage return are kept for the caller
 * to decide (`terminalText`, `terminalCell`). Text without them comes back unchanged.
 * @example stripControls("A\u001B[31mB\u0007\u202EC") // "ABC"
 */
export function stripControls(text: string): string {
  // every escape sequence starts with ESC or a C1 control, so text without a control character is returned as is
  // (one scan, no copy: the CLI prints a whole country's JSON through here)
  if (!ANY_CONTROL.test(text)) return text;
  return text.replace(ESCAPE_SEQUENCE, "").replace(CONTROL, "");
}

/**
 * Text safe to print to a terminal: `stripControls`, and a carriage return kept only before a line feed (a lone
 * CR would let text overwrite the line before it).
 * @example terminalText("ok\rFAKE\r\n") // "okFAKE\r\n"
 */
export function terminalText(text: string): string {
  const stripped = stripControls(text);
  return stripped.includes("\r") ? stripped.replace(/\r(?!\n)/g, "") : stripped;
}

/**
 * One cell of a text table or one line of a heading: `stripControls`, and tabs and line breaks turned into single
 * spaces so the cell keeps its row and its column.
 * @example terminalCell("a\tb\r\nc\u001B[2J") // "a b c"
 */
export function terminalCell(text: string): string {
  return stripControls(text).replace(/\r\n|[\t\r\n\u2028\u2029]/g, " ");
}
