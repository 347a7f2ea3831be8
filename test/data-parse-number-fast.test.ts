import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseNumber } from "../src/data/parse-number.ts";

// parseNumber as it was before the plain-number fast path
const NUMBER = /^[+-]?(?:(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
function slow(text: string): number | undefined {
  const ascii = text
    .trim()
    .replace(/[\uFF10-\uFF19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 0x30))
    .replace(/\uFF0C/g, ",")
    .replace(/\uFF0E/g, ".")
    .replace(/[\uFF0D\u2212]/g, "-")
    .replace(/\uFF0B/g, "+");
  if (!NUMBER.test(ascii)) return undefined;
  const value = Number(ascii.replace(/,/g, ""));
  return Number.isFinite(value) ? value : undefined;
}

describe("parseNumber's fast path for plain numbers", () => {
  it("gives what the full reading gave, on 3,000 seeded cells of digits, signs, points, separators and blanks", () => {
    const cell = fc
      .array(fc.constantFrom("0", "1", "7", "9", "-", "+", ".", ",", " ", "e", "１", "－", "\u2212"), {
        maxLength: 12,
      })
      .map((cs) => cs.join(""));
    fc.assert(
      fc.property(cell, (text) => {
        expect(Object.is(parseNumber(text), slow(text)) || parseNumber(text) === slow(text)).toBe(true);
      }),
      { seed: 10, numRuns: 3000 },
    );
    for (const text of ["0", "-0", "0123", "12.50", "9".repeat(400), "-3.25"])
      expect(parseNumber(text)).toBe(slow(text));
  });
});
