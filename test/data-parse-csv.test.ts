import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCsv } from "../src/data/parse-csv.ts";
import { InputError } from "../src/types.ts";

const cellsOf = (text: string) => parseCsv(text).map((record) => record.cells);

describe("parseCsv(text)", () => {
  it("parseCsv(text) splits LF and CRLF lines into the same records, a final line break adding none", () => {
    const expected = [
      ["id", "name"],
      ["T01", "城厢镇"],
    ];
    expect(cellsOf("id,name\nT01,城厢镇\n")).toEqual(expected);
    expect(cellsOf("id,name\r\nT01,城厢镇\r\n")).toEqual(expected);
    expect(cellsOf("id,name\r\nT01,城厢镇")).toEqual(expected);
    expect(cellsOf("id,name\rT01,城厢镇\r")).toEqual(expected);
  });

  it("parseCsv(text) unquotes fields holding commas, doubled quotes and line breaks (RFC 4180 §2.6–2.7)", () => {
    const records = parseCsv('id,note\nT01,"a, b"\nT02,"say ""hi"""\nT03,"line 1\r\nline 2"\nT04,x\n');
    expect(records.map((r) => r.cells)).toEqual([
      ["id", "note"],
      ["T01", "a, b"],
      ["T02", 'say "hi"'],
      ["T03", "line 1\r\nline 2"],
      ["T04", "x"],
    ]);
    // T03 spans text lines 4–5, so T04 is spreadsheet row 5 but starts on text line 6.
    expect(records.map((r) => [r.row, r.line])).toEqual([
      [1, 1],
      [2, 2],
      [3, 3],
      [4, 4],
      [5, 6],
    ]);
  });

  it("parseCsv(text) keeps a blank line as a record of one empty field, so row numbers match Excel's", () => {
    const records = parseCsv("id\n\nT01\n");
    expect(records.map((r) => [r.row, r.cells])).toEqual([
      [1, ["id"]],
      [2, [""]],
      [3, ["T01"]],
    ]);
  });

  it("parseCsv(text) keeps empty fields, including a trailing one", () => {
    expect(cellsOf("a,,c,\n")).toEqual([["a", "", "c", ""]]);
    expect(cellsOf('"",x')).toEqual([["", "x"]]);
  });

  it("parseCsv(text) reads a file with tabs and no commas in its header line as tab-separated", () => {
    expect(cellsOf("编号\t人口\nT01\t12,345\n")).toEqual([
      ["编号", "人口"],
      ["T01", "12,345"],
    ]);
    // Commas in the header line: comma-separated, tabs stay inside fields.
    expect(cellsOf("a,b\tc\n")).toEqual([["a", "b\tc"]]);
    // A tab inside a quoted header cell does not make the file tab-separated.
    expect(cellsOf('"a\tb",c\n')).toEqual([["a\tb", "c"]]);
  });

  it("parseCsv(text) is lenient like Excel: quotes inside unquoted fields and text after a closing quote are kept", () => {
    expect(cellsOf('5"6,"ab"cd\n')).toEqual([['5"6', "abcd"]]);
  });

  it("parseCsv(text) drops a leading byte-order mark and returns no records for empty text", () => {
    expect(cellsOf("\uFEFFid\n")).toEqual([["id"]]);
    expect(parseCsv("")).toEqual([]);
  });

  it("parseCsv(text, { file }) throws unterminated-quote naming the row and the line where the quote opened", () => {
    let error: unknown;
    try {
      parseCsv('id,name\nT01,"open\nT02,x\n', { file: "t.csv" });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    const problem = (error as InputError).problems[0]!;
    expect(problem).toMatchObject({ code: "unterminated-quote", file: "t.csv", row: 2 });
    expect(problem.message.zh).toContain("第2行");
    expect(problem.message.en).toContain("line 2");
  });

  it("parseCsv(writeCsv(table)) gives the table back for any cells (seeded property)", () => {
    // Writer under test-independent rules: every field quoted, quotes doubled (RFC 4180 §2.5–2.7).
    const cell = fc.string({ unit: fc.constantFrom("a", "中", ",", '"', "\n", "\r\n", "\t", " ", "1") });
    const table = fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(table, fc.constantFrom("\n", "\r\n"), (rows, eol) => {
        const text =
          rows.map((row) => row.map((c) => `"${c.replace(/"/g, '""')}"`).join(",")).join(eol) + eol;
        expect(cellsOf(text)).toEqual(rows);
      }),
      { seed: 20240601, numRuns: 300 },
    );
  });
});
