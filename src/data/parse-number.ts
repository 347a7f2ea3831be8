/**
 * Reads a number as county tables write it: "12345", "12,345" (thousands separators in groups of
 * three), " 12.5 ", "1.2E+06", full-width digits ("１２３４５"), a full-width or Unicode minus sign.
 * Anything else — "", "abc", "N/A", "12%", "1,2" — is not a number.
 *
 * @param text the cell text
 * @returns the finite number, or `undefined` when the text is not one
 * @throws never
 * @example
 * parseNumber("12,345")   // 12345
 * parseNumber("－３．５")  // -3.5
 * parseNumber("N/A")      // undefined
 */
export function parseNumber(text: string): number | undefined {
  // most cells are plain ASCII numbers: read them without the six replacements (the same value as below)
  if (PLAIN.test(text)) {
    const plain = Number(text);
    return Number.isFinite(plain) ? plain : undefined;
  }
  const ascii = text
    .trim()
    .replace(/[\uFF10-\uFF19]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xff10 + 0x30))
    .replace(/\uFF0C/g, ",")
    .replace(/\uFF0E/g, ".")
    .replace(/[\uFF0D\u2212]/g, "-")
    .replace(/\uFF0B/g, "+");
  if (!NUMBER.test(ascii)) return undefined;
  const value = Number(ascii.replace(/,/g, ""));
  return Number.isFinite(value) ? value : undefined;
}

/** Sign, digits with optional groups of three after commas, optional fraction and exponent. */
const NUMBER = /^[+-]?(?:(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** A plain number as most cells write it: optional minus, digits, optional fraction (no spaces, no separators). */
const PLAIN = /^-?\d+(?:\.\d+)?$/;
