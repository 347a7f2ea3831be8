// An evaluator of the workbook's formulas for the tests (test/report-xlsx-formulas.test.ts, test/report-plan.test.ts),
// independent of the library.
import ExcelJS from "exceljs";

// It parses each formula the workbook holds
// (numbers, cell references with or without a quoted sheet name, ranges, + - * / = and the functions
// LN SQRT MIN MAX SUM IF AVERAGE STDEVP SUMPRODUCT — the last over an array such as 1/range, element by element)
// and evaluates it over the cells read back from the file, formula cells recursively.

type Value = number | boolean;
type Node =
  | { kind: "num"; value: number }
  | { kind: "ref"; sheet: string; col: number; row: number }
  | { kind: "range"; sheet: string; from: [number, number]; to: [number, number] }
  | { kind: "call"; name: string; args: Node[] }
  | { kind: "bin"; op: string; left: Node; right: Node }
  | { kind: "neg"; arg: Node };

const FUNCTIONS = new Set(["LN", "SQRT", "MIN", "MAX", "SUM", "IF", "AVERAGE", "STDEVP", "SUMPRODUCT"]);

function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function parse(formula: string, sheet: string): Node {
  let at = 0;
  const peek = () => formula[at];
  const expect1 = (ch: string) => {
    if (formula[at] !== ch) throw new Error(`expected ${ch} at ${at} in ${formula}`);
    at++;
  };
  const cell = (): [number, number] => {
    const m = /^\$?([A-Z]+)\$?([0-9]+)/.exec(formula.slice(at));
    if (!m) throw new Error(`bad reference at ${at} in ${formula}`);
    at += m[0].length;
    return [colNumber(m[1]!), Number(m[2])];
  };
  const reference = (target: string): Node => {
    const from = cell();
    if (peek() === ":") {
      at++;
      return { kind: "range", sheet: target, from, to: cell() };
    }
    return { kind: "ref", sheet: target, col: from[0], row: from[1] };
  };
  const primary = (): Node => {
    const ch = peek();
    if (ch === "(") {
      at++;
      const inner = comparison();
      expect1(")");
      return inner;
    }
    if (ch === "-") {
      at++;
      return { kind: "neg", arg: primary() };
    }
    if (ch === "'") {
      const end = formula.indexOf("'!", at + 1);
      const target = formula.slice(at + 1, end);
      at = end + 2;
      return reference(target);
    }
    const num = /^[0-9]+(\.[0-9]+)?/.exec(formula.slice(at));
    if (num) {
      at += num[0].length;
      return { kind: "num", value: Number(num[0]) };
    }
    const name = /^([A-Z]+)\(/.exec(formula.slice(at));
    if (name && FUNCTIONS.has(name[1]!)) {
      at += name[0].length;
      const args: Node[] = [comparison()];
      while (peek() === ",") {
        at++;
        args.push(comparison());
      }
      expect1(")");
      return { kind: "call", name: name[1]!, args };
    }
    return reference(sheet);
  };
  const term = (): Node => {
    let left = primary();
    while (peek() === "*" || peek() === "/") {
      const op = formula[at++]!;
      left = { kind: "bin", op, left, right: primary() };
    }
    return left;
  };
  const sum = (): Node => {
    let left = term();
    while (peek() === "+" || peek() === "-") {
      const op = formula[at++]!;
      left = { kind: "bin", op, left, right: term() };
    }
    return left;
  };
  const comparison = (): Node => {
    const left = sum();
    if (peek() === "=") {
      at++;
      return { kind: "bin", op: "=", left, right: sum() };
    }
    return left;
  };
  const node = comparison();
  if (at !== formula.length) throw new Error(`unparsed rest "${formula.slice(at)}" of ${formula}`);
  return node;
}

export class Evaluator {
  private readonly cache = new Map<string, number>();
  constructor(private readonly workbook: ExcelJS.Workbook) {}

  cell(sheet: string, col: number, row: number): number {
    const key = `${sheet}!${col},${row}`;
    const known = this.cache.get(key);
    if (known !== undefined) return known;
    const ws = this.workbook.getWorksheet(sheet);
    if (ws === undefined) throw new Error(`no sheet ${sheet}`);
    const value = ws.getCell(row, col).value as unknown;
    let result: number;
    if (typeof value === "number") result = value;
    else if (value !== null && typeof value === "object" && "formula" in value)
      result = this.number(this.evaluate(parse((value as { formula: string }).formula, sheet)));
    else throw new Error(`${sheet}!${col},${row} is not a number: ${JSON.stringify(value)}`);
    this.cache.set(key, result);
    return result;
  }

  private number(v: Value): number {
    if (typeof v !== "number") throw new Error("expected a number");
    return v;
  }

  private values(node: Node): number[] {
    if (node.kind !== "range") return [this.number(this.evaluate(node))];
    const out: number[] = [];
    for (let r = node.from[1]; r <= node.to[1]; r++)
      for (let c = node.from[0]; c <= node.to[0]; c++) out.push(this.cell(node.sheet, c, r));
    return out;
  }

  /** A node as an array (SUMPRODUCT's arguments): a range's cells, operators element by element, a scalar once. */
  private array(node: Node): number[] {
    if (node.kind === "range") return this.values(node);
    if (node.kind === "bin" && node.op !== "=") {
      const a = this.array(node.left);
      const b = this.array(node.right);
      const length = Math.max(a.length, b.length);
      return Array.from({ length }, (_, i) => {
        const x = a.length === 1 ? a[0]! : a[i]!;
        const y = b.length === 1 ? b[0]! : b[i]!;
        return node.op === "+" ? x + y : node.op === "-" ? x - y : node.op === "*" ? x * y : x / y;
      });
    }
    if (node.kind === "neg") return this.array(node.arg).map((v) => -v);
    return [this.number(this.evaluate(node))];
  }

  evaluate(node: Node): Value {
    switch (node.kind) {
      case "num":
        return node.value;
      case "ref":
        return this.cell(node.sheet, node.col, node.row);
      case "range":
        throw new Error("a range outside a function");
      case "neg":
        return -this.number(this.evaluate(node.arg));
      case "bin": {
        const a = this.number(this.evaluate(node.left));
        const b = this.number(this.evaluate(node.right));
        if (node.op === "+") return a + b;
        if (node.op === "-") return a - b;
        if (node.op === "*") return a * b;
        if (node.op === "/") return a / b;
        return a === b;
      }
      case "call": {
        const all = () => node.args.flatMap((arg) => this.values(arg));
        switch (node.name) {
          case "LN":
            return Math.log(this.number(this.evaluate(node.args[0]!)));
          case "SQRT":
            return Math.sqrt(this.number(this.evaluate(node.args[0]!)));
          case "MIN":
            return Math.min(...all());
          case "MAX":
            return Math.max(...all());
          case "SUM":
            return all().reduce((s, v) => s + v, 0);
          case "AVERAGE": {
            const v = all();
            return v.reduce((s, x) => s + x, 0) / v.length;
          }
          case "STDEVP": {
            // population standard deviation: √(Σ (x − mean)² / n)
            const v = all();
            const mean = v.reduce((s, x) => s + x, 0) / v.length;
            return Math.sqrt(v.reduce((s, x) => s + (x - mean) ** 2, 0) / v.length);
          }
          case "SUMPRODUCT": {
            const arrays = node.args.map((arg) => this.array(arg));
            return arrays[0]!.reduce((s, _, i) => s + arrays.reduce((p, a) => p * a[i]!, 1), 0);
          }
          default: {
            const condition = this.evaluate(node.args[0]!);
            return this.evaluate(condition ? node.args[1]! : node.args[2]!);
          }
        }
      }
    }
  }
}

export async function open(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

/** Column number of the header on row 1 of `sheet` that equals `header`. */
export function columnOf(sheet: ExcelJS.Worksheet, header: string): number {
  const row = sheet.getRow(1);
  for (let c = 1; c <= row.cellCount; c++) if (row.getCell(c).value === header) return c;
  throw new Error(`no column "${header}"`);
}
