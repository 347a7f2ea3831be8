import { neutraliseFormula } from "./neutralise-formula.ts";
import { stripControls } from "./strip-controls.ts";

/**
 * A text cell of a CSV file: control characters removed (tab and line breaks kept), a would-be formula
 * neutralised (`neutraliseFormula`), and the cell quoted when it holds a quote, comma, semicolon, tab or line
 * break (a spreadsheet whose locale splits on `;` or tabs would otherwise start a new cell, unneutralised, inside
 * a name such as `x;=1+1`).
 * @example csvText("=1+2") // "'=1+2"
 * @example csvText('a,"b"') // "\"a,\"\"b\"\"\""
 */
export function csvText(text: string): string {
  const safe = neutraliseFormula(stripControls(text));
  return /[",;\t\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * A number cell of a CSV file, written as the number it is (a change of −3 stays `-3`, read back as a number).
 * @throws {RangeError} when `value` is not a finite number (a caller's mistake)
 * @example csvNumber(-3) // "-3"
 */
export function csvNumber(value: number, format: (n: number) => string = String): string {
  if (!Number.isFinite(value)) throw new RangeError(`csvNumber(): ${value} is not a finite number`);
  return format(value);
}
