import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { safeJson } from "../src/report/safe-json.ts";
import { stripControls, terminalText } from "../src/report/strip-controls.ts";

// The replacements as they were before the fast paths (one scan, no copy, when nothing is to be removed).
const ESCAPE = new RegExp(
  [
    String.raw`(?:\u001B\[|\u009B)[\u0030-\u003F]*[\u0020-\u002F]*[\u0040-\u007E]?`,
    String.raw`(?:\u001B[\]PX^_]|[\u0090\u0098\u009D\u009E\u009F])[^\u0007\u001B\u0090\u0098\u009C-\u009F]*(?:\u0007|\u001B\\|\u009C)`,
    String.raw`\u001B[\u0020-\u002F]*[\u0030-\u007E]?`,
  ].join("|"),
  "g",
);
const CONTROL = /(?![\t\n\r])[\p{Cc}\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;
const before = (text: string) =>
  text
    .replace(ESCAPE, "")
    .replace(CONTROL, "")
    .replace(/\r(?!\n)/g, "");
const RAW = /[\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\u2028\u2029]/g;
const jsonBefore = (value: unknown) =>
  `${JSON.stringify(value, null, 2).replace(RAW, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`)}\n`;

/** Text mixing CJK, ASCII and every kind of character the filters act on. */
const hazardous = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        "\u001B[31m",
        "\u001B]0;x\u0007",
        "\u009B2J",
        "\r",
        "\r\n",
        "\t",
        "\n",
        "\u202E",
        "\u2066",
      ),
      fc.constantFrom(
        "\u0000",
        "\u0007",
        "\u007F",
        "\u0085",
        "\u061C",
        "\u200E",
        "\u2028",
        "城厢镇",
        "a,b",
        '"',
      ),
      fc.string({ maxLength: 4 }),
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(""));

describe("fast paths of the output filters", () => {
  it("terminalText(text) and stripControls(text) give what the full replacements gave, on 2,000 seeded texts", () => {
    fc.assert(
      fc.property(hazardous, (text) => {
        expect(terminalText(text)).toBe(before(text));
        expect(stripControls(text)).toBe(text.replace(ESCAPE, "").replace(CONTROL, ""));
      }),
      { seed: 10, numRuns: 2000 },
    );
  });

  it("safeJson(value) gives what the full replacement gave, on 1,000 seeded values", () => {
    fc.assert(
      fc.property(fc.dictionary(hazardous, hazardous, { maxKeys: 4 }), (value) => {
        expect(safeJson(value)).toBe(jsonBefore(value));
      }),
      { seed: 10, numRuns: 1000 },
    );
  });

  it("a text without any control character comes back as the same string", () => {
    const text = "城厢镇 T01 45 → 46\r\n";
    expect(terminalText(text)).toBe(text);
  });
});
