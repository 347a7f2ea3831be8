/**
 * Characters that make a spreadsheet read a text cell as a formula (OWASP "CSV injection"): `=`, `+`, `-`, `@`,
 * and, as a precaution, their full-width forms `＝`, `＋`, `－`, `＠` (East Asian versions of Excel turn a
 * full-width operator typed at the start of a cell into a formula; a reader may fold full-width forms on import).
 * The cost is a `'` before the rare name that starts with one of them.
 */
const FORMULA_START = /^[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/;

/** Leading characters a reader may trim before it looks at the first character (spaces, tab, CR, LF, NBSP, ideographic space). */
const TRIMMED = /^[\s\u00A0\u3000\uFEFF]+/;

/**
 * A text cell made safe for a spreadsheet: when it starts with a tab or a carriage return, or, after the
 * leading blanks a reader may trim, with `=`, `+`, `-`, `@` (or their full-width forms), it is prefixed with a
 * single quote, so Excel, LibreOffice and Google Sheets show the text instead of evaluating it. Other text is
 * returned unchanged. Numbers are not text: write them as numbers, not through this function.
 * @example neutraliseFormula("=HYPERLINK(\"http://evil.example\",\"x\")") // "'=HYPERLINK(\"http://evil.example\",\"x\")"
 * @example neutraliseFormula("-2+3")  // "'-2+3"
 * @example neutraliseFormula(" \t=1+1") // "' \t=1+1"
 * @example neutraliseFormula("城厢镇") // "城厢镇"
 */
export function neutraliseFormula(text: string): string {
  if (text.startsWith("\t") || text.startsWith("\r")) return `'${text}`;
  return FORMULA_START.test(text.replace(TRIMMED, "")) ? `'${text}` : text;
}
