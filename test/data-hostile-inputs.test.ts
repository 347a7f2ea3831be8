// Hostile and damaged inputs (issue 9), one test per kind: each is refused by the library with its code and
// location, and by the CLI (`solve … --out`) with exit 2, the located message in Chinese and in English, no stack
// trace, and no output folder written. The files are in test/fixtures/data/hostile/ (README there says how each was
// made); the binary or huge ones are built here. Expected rows were read off the fixtures by hand (row 1 = header).
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { crc32, deflateRawSync } from "node:zlib";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { loadScenario } from "../src/cli/load-scenario.ts";
import { isUtf8 } from "../src/data/decode-table-text.ts";
import { MAX_TABLE_ROWS, MAX_WORKBOOK_UNCOMPRESSED_BYTES } from "../src/data/input-limits.ts";
import { inspectWorkbook } from "../src/data/inspect-workbook.ts";
import { readCountyTable } from "../src/data/read-county-table.ts";
import { InputError, type InputProblem } from "../src/types.ts";
import { runCli } from "./helpers/run-cli.ts";

/** GB18030 bytes of a text: the 4 Chinese characters used here, by the GB2312 table (checked by decoding them back). */
function gb18030(text: string): Uint8Array {
  const table: Record<string, number[]> = {
    本: [0xb1, 0xbe],
    县: [0xcf, 0xd8],
    方: [0xb7, 0xbd],
    案: [0xb0, 0xb8],
  };
  const bytes = [...text].flatMap((c) => table[c] ?? [c.charCodeAt(0)]);
  const encoded = new Uint8Array(bytes);
  expect(new TextDecoder("gb18030").decode(encoded)).toBe(text);
  return encoded;
}

const HOSTILE = "test/fixtures/data/hostile/";
const MODEL = "models/standard.yaml";
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** The problems `readCountyTable` throws for these bytes (it must throw an InputError). */
async function problemsOf(bytes: Uint8Array, file: string): Promise<readonly InputProblem[]> {
  const error = await readCountyTable(bytes, { file }).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InputError);
  return (error as InputError).problems;
}

/**
 * Runs `solve s.yaml --out out` in a fresh folder holding the data file as `file`, the standard model and a scenario
 * naming both; returns exit code, all output, and whether anything was written to out/.
 */
async function solveWith(bytes: Uint8Array, file: string, scenarioExtra = "") {
  const dir = mkdtempSync(join(tmpdir(), "qp-hostile-"));
  dirs.push(dir);
  writeFileSync(join(dir, file), bytes);
  copyFileSync(MODEL, join(dir, "m.yaml"));
  writeFileSync(
    join(dir, "s.yaml"),
    `name: t\ndata: ${file}\nmodel: m.yaml\npostType: admin\ntransferDown: 10\n${scenarioExtra}`,
  );
  const result = await runCli(["solve", "s.yaml", "--out", "out"], dir);
  return { ...result, output: result.stdout + result.stderr, wrote: existsSync(join(dir, "out")) };
}

interface Kind {
  readonly title: string;
  readonly file: string;
  readonly bytes: () => Uint8Array | Promise<Uint8Array>;
  readonly code: string;
  readonly row?: number;
  readonly column?: string;
  /** The CLI line in each language starts with the location ("t.csv，第3行，列“乡镇名称”: ") and holds these words. */
  readonly zh: readonly string[];
  readonly en: readonly string[];
}

const fixture = (name: string) => () => new Uint8Array(readFileSync(HOSTILE + name));

/** A real workbook of the demo county's first rows, as exceljs writes it. */
async function smallWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("乡镇");
  for (const line of readFileSync("scenarios/demo-county/townships.csv", "utf8")
    .trim()
    .split("\n")
    .slice(0, 6))
    sheet.addRow(
      line.split(",").map((cell, i) => (i < 3 || Number.isNaN(Number(cell)) ? cell : Number(cell))),
    );
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** A ZIP archive of deflated files (APPNOTE 6.3: local headers, central directory, end record), sizes as they are. */
function zipOf(files: readonly (readonly [string, Buffer])[], declaredSize?: number): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of files) {
    const data = deflateRawSync(content);
    const nameBytes = Buffer.from(name);
    const fields = (signature: number, size: number) => {
      const header = Buffer.alloc(size);
      header.writeUInt32LE(signature, 0);
      return header;
    };
    const local = fields(0x04034b50, 30);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(crc32(content), 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(declaredSize ?? content.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = fields(0x02014b50, 46);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc32(content), 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(declaredSize ?? content.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

const KINDS: readonly Kind[] = [
  {
    title: "a UTF-8 byte-order mark before a GBK body is refused naming the lines that are not UTF-8",
    file: "t.csv",
    bytes: fixture("bom-gbk-body.csv"), // every line (header and 4 rows) holds GBK Chinese
    code: "invalid-utf-8",
    row: 1,
    zh: ["t.csv，第1行: 文件开头标明为 UTF-8 编码，但此行及第2、3、4、5行不是有效的 UTF-8", "CSV UTF-8"],
    en: [
      "t.csv, row 1: the file starts with a UTF-8 byte-order mark but this line and lines 2, 3, 4, 5 are not valid UTF-8",
    ],
  },
  {
    title: "a UTF-8 file with one row in GBK is refused naming that row",
    file: "t.csv",
    bytes: fixture("utf8-one-gbk-row.csv"), // line 4 (T03 石桥镇) is GBK, lines 1–3 and 5 UTF-8
    code: "mixed-encoding",
    row: 4,
    zh: ["t.csv，第4行: 此行不是 UTF-8 编码，而其他 4 行是"],
    en: ["t.csv, row 4: this line is not UTF-8 although 4 other lines are"],
  },
  {
    title: "a GBK file with one row in UTF-8 is refused naming that row",
    file: "t.csv",
    bytes: fixture("gbk-one-utf8-row.csv"), // line 4 (T03 石桥镇) is UTF-8, lines 1–3 and 5 GBK
    code: "mixed-encoding",
    row: 4,
    zh: ["t.csv，第4行: 此行是 UTF-8 编码，而其他 4 行是 GBK/GB18030 编码"],
    en: ["t.csv, row 4: this line is UTF-8 although 4 other lines are GBK/GB18030"],
  },
  {
    title: "a GBK file with bytes GB18030 cannot decode is refused naming that row",
    file: "t.csv",
    bytes: fixture("undecodable-gbk.csv"), // line 4's name is the bytes FF FE FF, no GB18030 character
    code: "undecodable-text",
    row: 4,
    zh: ["t.csv，第4行: 此行既不是 UTF-8 也不是 GB18030/GBK 编码的文字"],
    en: ["t.csv, row 4: this line is neither UTF-8 nor GB18030/GBK text"],
  },
  {
    title: "UTF-16 without a byte-order mark is one clear message, not one per cell",
    file: "t.csv",
    bytes: fixture("utf16le-no-bom.csv"),
    code: "utf-16-without-bom",
    zh: ["t.csv: 文件看起来是没有字节顺序标记（BOM）的 UTF-16 文本（小端）"],
    en: ["t.csv: the file looks like UTF-16 text (little-endian) without a byte-order mark"],
  },
  {
    title: "a NUL character in a name is refused with its row and column",
    file: "t.csv",
    bytes: fixture("nul-in-name.csv"), // row 3: "芦溪\0镇"
    code: "control-character",
    row: 3,
    column: "乡镇名称",
    zh: ["t.csv，第3行，列“乡镇名称”: 单元格含有控制字符 U+0000"],
    en: ['t.csv, row 3, column "乡镇名称": the cell holds the control character U+0000'],
  },
  {
    title: "a bidirectional override in an ID is refused with its row and column",
    file: "t.csv",
    bytes: fixture("bidi-in-id.csv"), // row 2: "T0\u202E1"
    code: "control-character",
    row: 2,
    column: "编号",
    zh: ["t.csv，第2行，列“编号”: 单元格含有控制字符 U+202E"],
    en: ['t.csv, row 2, column "编号": the cell holds the control character U+202E'],
  },
  {
    title: "an encrypted workbook is named as such (not a zip error)",
    file: "t.xlsx",
    bytes: fixture("encrypted.xlsx"), // OLE signature and the stream name "EncryptedPackage", as Excel writes one
    code: "encrypted-workbook",
    zh: ["t.xlsx: 工作簿设置了打开密码（已加密）"],
    en: ["t.xlsx: the workbook is encrypted"],
  },
  {
    title: "an Excel 97–2003 workbook renamed .xlsx is named as such",
    file: "t.xlsx",
    bytes: fixture("xls-renamed.xlsx"),
    code: "old-excel-format",
    zh: ["t.xlsx: 文件是 Excel 97–2003 格式（.xls）的工作簿"],
    en: ["t.xlsx: the file is an Excel 97–2003 workbook (.xls)"],
  },
  {
    title: "a workbook under a .csv name is named as such",
    file: "t.csv",
    bytes: fixture("workbook-named.csv"),
    code: "workbook-as-text",
    zh: ["t.csv: 文件是 .xlsx 工作簿（ZIP 格式）"],
    en: ["t.csv: the file is an .xlsx workbook (a ZIP archive) under a text file's name"],
  },
  {
    title: "a workbook cut short (no ZIP directory) is called damaged",
    file: "t.xlsx",
    bytes: async () => {
      const whole = await smallWorkbook();
      return whole.slice(0, Math.floor(whole.length / 2));
    },
    code: "damaged-workbook",
    zh: ["t.xlsx: 工作簿已损坏或不完整"],
    en: ["t.xlsx: the workbook is damaged or incomplete"],
  },
  {
    title: "a small workbook that inflates beyond the limit is refused before it is inflated",
    file: "t.xlsx",
    bytes: async () => {
      // 72 MiB of one repeated character deflate to well under 1 MB
      const bytes = zipOf([
        ["[Content_Types].xml", Buffer.from("<Types/>")],
        ["xl/worksheets/sheet1.xml", Buffer.alloc(MAX_WORKBOOK_UNCOMPRESSED_BYTES + 8 * 1024 * 1024, "0")],
      ]);
      expect(bytes.length).toBeLessThan(1024 * 1024);
      // the same writer's small archive passes the check: the size, not the archive, is refused
      expect(inspectWorkbook(zipOf([["a.xml", Buffer.from("<a/>")]]), "a.xlsx")).toEqual({
        entries: 1,
        uncompressedBytes: 4,
      });
      return bytes;
    },
    code: "workbook-too-large",
    zh: ["t.xlsx: 工作簿解压后超过 64.0 MiB（至少 72.0 MiB）"],
    en: ["t.xlsx: the workbook inflates to more than 64.0 MiB (at least 72.0 MiB)"],
  },
  {
    title:
      "a small workbook whose directory understates its size is refused while it is inflated, before exceljs",
    file: "t.xlsx",
    bytes: () =>
      zipOf(
        [
          ["[Content_Types].xml", Buffer.from("<Types/>")],
          ["xl/worksheets/sheet1.xml", Buffer.alloc(MAX_WORKBOOK_UNCOMPRESSED_BYTES + 8 * 1024 * 1024, "0")],
        ],
        100, // each file claims 100 bytes
      ),
    code: "workbook-too-large",
    zh: ["t.xlsx: 工作簿解压后超过 64.0 MiB（至少 64."],
    en: ["t.xlsx: the workbook inflates to more than 64.0 MiB (at least 64."],
  },
  {
    title: "a JSON cell nested 50,000 deep is a located error, not a RangeError",
    file: "t.json",
    bytes: () =>
      new TextEncoder().encode(
        `[{"编号":"T01","乡镇名称":"城厢镇","乡镇类别":"县政府驻地镇","人口":238600,"幅员面积":118.4,"行政编制":45,"x":${"[".repeat(50_000)}${"]".repeat(50_000)}}]`,
      ),
    code: "nested-too-deep",
    row: 2,
    column: "x",
    zh: ["t.json，第2行，列“x”: 单元格中的列表或对象嵌套超过 32 层"],
    en: ['t.json, row 2, column "x", key [0].x: the cell holds lists or objects nested more than 32 deep'],
  },
  {
    title: "a JSON row that is a list nested 50,000 deep is a located error, not a RangeError",
    file: "t.json",
    bytes: () =>
      new TextEncoder().encode(
        `[{"编号":"T01","乡镇名称":"城厢镇","乡镇类别":"县政府驻地镇","人口":238600,"幅员面积":118.4,"行政编制":45},${"[".repeat(50_000)}${"]".repeat(50_000)}]`,
      ),
    code: "not-an-object",
    row: 3,
    zh: ["t.json，第3行: 第2个元素不是对象"],
    en: ["t.json, row 3, key [1]: element 2 is not an object"],
  },
  {
    title: "a table beyond the row limit is refused with the limit stated",
    file: "t.csv",
    bytes: () => new TextEncoder().encode(`编号\n${"1\n".repeat(MAX_TABLE_ROWS)}`), // header + 2^20 rows
    code: "table-too-large",
    zh: ["t.csv: 表格超过 1048576 行"],
    en: ["t.csv: the table has more than 1,048,576 rows"],
  },
];

describe("hostile inputs: refused with a located message in both languages, exit 2, nothing written", () => {
  for (const kind of KINDS) {
    it(kind.title, async () => {
      const bytes = await kind.bytes();
      const problems = await problemsOf(bytes, kind.file);
      expect(problems.map((p) => p.code)).toEqual([kind.code]);
      expect(problems[0]!.row).toBe(kind.row);
      expect(problems[0]!.column).toBe(kind.column);
      const run = await solveWith(bytes, kind.file);
      expect(run.code).toBe(2);
      for (const words of [...kind.zh, ...kind.en]) expect(run.output).toContain(words);
      expect(run.output).toContain(`错误：${kind.zh[0]!}`);
      expect(run.output).toContain(`error: ${kind.en[0]!}`);
      expect(run.output).not.toMatch(/\n\s+at /); // no stack trace
      expect(run.wrote).toBe(false);
    }, 60_000);
  }
});

describe("the other CSV inputs of the CLI decode the same way", () => {
  /** A folder holding `file` with these bytes; the CLI runs there. */
  function folderWith(file: string, bytes: Uint8Array): string {
    const dir = mkdtempSync(join(tmpdir(), "qp-csv-"));
    dirs.push(dir);
    writeFileSync(join(dir, file), bytes);
    return dir;
  }

  it("apportion refuses a units CSV of a BOM and a GBK body, exit 2, naming its first line", async () => {
    // the county fixture serves as a units table (a name column and numbers): BOM + GB18030 bytes
    const bytes = readFileSync(`${HOSTILE}bom-gbk-body.csv`);
    const dir = folderWith("units.csv", new Uint8Array(bytes));
    const run = await runCli(["apportion", "units.csv", "--total", "10", "--method", "hamilton"], dir);
    expect(run.code).toBe(2);
    const output = run.stdout + run.stderr;
    expect(output).toContain(
      "units.csv，第1行: 文件开头标明为 UTF-8 编码，但此行及第2、3、4、5行不是有效的 UTF-8",
    );
    expect(output).toContain("units.csv, row 1: the file starts with a UTF-8 byte-order mark");
  });

  it("weights --method entropy refuses a UTF-8 table with one GBK row, exit 2, naming that row", async () => {
    const bytes = Buffer.concat([
      Buffer.from("乡镇,人口,面积\n甲镇,1200,30\n", "utf8"),
      Buffer.from([0xd2, 0xd2, 0xd5, 0xf2]), // 乙镇 in GBK, line 3
      Buffer.from(",900,45\n丙镇,700,60\n", "utf8"),
    ]);
    const dir = folderWith("table.csv", new Uint8Array(bytes));
    const run = await runCli(["weights", "--method", "entropy", "table.csv"], dir);
    expect(run.code).toBe(2);
    const output = run.stdout + run.stderr;
    expect(output).toContain("table.csv，第3行: 此行不是 UTF-8 编码，而其他 3 行是");
    expect(output).toContain("table.csv, row 3: this line is not UTF-8 although 3 other lines are");
  });
});

describe("isUtf8(bytes): the line check agrees with a fatal TextDecoder", () => {
  const fatal = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
  const decodes = (bytes: Uint8Array) => {
    try {
      fatal.decode(bytes);
      return true;
    } catch {
      return false;
    }
  };

  it("on the edge cases of Unicode's table 3-7 (overlong, surrogate, beyond U+10FFFF, cut short)", () => {
    const cases = [
      [0xc0, 0x80],
      [0xc2, 0x80],
      [0xe0, 0x9f, 0x80],
      [0xe0, 0xa0, 0x80],
      [0xed, 0x9f, 0xbf],
      [0xed, 0xa0, 0x80],
      [0xf0, 0x8f, 0x80, 0x80],
      [0xf0, 0x90, 0x80, 0x80],
      [0xf4, 0x8f, 0xbf, 0xbf],
      [0xf4, 0x90, 0x80, 0x80],
      [0xf5, 0x80, 0x80, 0x80],
      [0xe4, 0xb8],
      [0xe4, 0xb8, 0xad],
      [0x80],
      [0xff],
    ].map((c) => new Uint8Array(c));
    for (const bytes of cases) expect(isUtf8(bytes), bytes.join(" ")).toBe(decodes(bytes));
  });

  it("on random bytes biased to the lead and continuation ranges (seeded property)", () => {
    const byte = fc.oneof(
      fc.integer({ min: 0x80, max: 0xbf }),
      fc.integer({ min: 0xc0, max: 0xff }),
      fc.integer({ min: 0, max: 0x7f }),
    );
    fc.assert(
      fc.property(fc.array(byte, { maxLength: 12 }), (list) => {
        const bytes = new Uint8Array(list);
        expect(isUtf8(bytes)).toBe(decodes(bytes));
      }),
      { seed: 9, numRuns: 20_000 },
    );
  });
});

describe("scenario files in GBK", () => {
  it("a scenario YAML saved in GBK (an old Notepad's ANSI) is read as GB18030, its name intact", async () => {
    const dir = mkdtempSync(join(tmpdir(), "qp-gbk-"));
    dirs.push(dir);
    copyFileSync("scenarios/demo-county/townships.csv", join(dir, "townships.csv"));
    copyFileSync(MODEL, join(dir, "m.yaml"));
    const yaml = "name: 本县方案\ndata: townships.csv\nmodel: m.yaml\npostType: admin\ntransferDown: 10\n";
    writeFileSync(join(dir, "s.yaml"), new Uint8Array([...gb18030(yaml)]));
    const scenario = await loadScenario("s.yaml", dir);
    expect(scenario.name.zh).toBe("本县方案");
  });
});

describe("YAML aliases and one pass over every file", () => {
  it("an undefined alias (band: *myband) is a located error, exit 2, reported with the data file's own problems", async () => {
    const run = await runCli(["validate", "test/fixtures/scenarios/undefined-alias.yaml"]);
    expect(run.code).toBe(2);
    const output = run.stdout + run.stderr;
    // line 6 of the fixture is "band: *myband"
    expect(output).toContain(
      "错误：test/fixtures/scenarios/undefined-alias.yaml，第6行: 引用“*myband”没有对应的锚点“&myband”",
    );
    expect(output).toContain(
      'error: test/fixtures/scenarios/undefined-alias.yaml, line 6: alias "*myband" has no anchor "&myband" before it',
    );
    // the data file it names has a NUL in row 3's name: found in the same pass
    expect(output).toContain("nul-in-name.csv，第3行，列“乡镇名称”: 单元格含有控制字符 U+0000");
    expect(output).not.toMatch(/ReferenceError|\n\s+at /);
  });

  it("an alias bomb (10^9 expansions) is refused at the alias limit, exit 2, at once", async () => {
    const run = await runCli(["validate", "test/fixtures/scenarios/alias-bomb.yaml"]);
    expect(run.code).toBe(2);
    const output = run.stdout + run.stderr;
    // line 7 holds the first alias (*a)
    expect(output).toContain(
      "错误：test/fixtures/scenarios/alias-bomb.yaml，第7行: 引用（*别名）展开次数超过 100 次",
    );
    expect(output).toContain("error: test/fixtures/scenarios/alias-bomb.yaml, line 7: more than 100 aliases");
  });

  it("schema errors of the scenario do not hide the data file's errors, and its column mapping is still applied", async () => {
    const csv = readFileSync("scenarios/demo-county/townships.csv", "utf8")
      .replace("人口（人）", "人口数（人）") // only the scenario's mapping makes this the population
      .replace("T02,芦溪镇,中心镇,56200", "T02,芦溪镇,中心镇,abc");
    const run = await solveWith(
      new TextEncoder().encode(csv),
      "t.csv",
      "total: many\ncolumns:\n  人口数（人）: population\n",
    );
    expect(run.code).toBe(2);
    expect(run.output).toContain("错误：s.yaml，第6行，键 total: 应为数字");
    expect(run.output).toContain("错误：t.csv，第3行，列“人口数（人）”: 应为正整数，实为“abc”");
    expect(run.output).not.toContain("缺少必填列");
    expect(run.wrote).toBe(false);
  });

  it("a model's range [1, 0] is reported together with its other schema problems", async () => {
    const dir = mkdtempSync(join(tmpdir(), "qp-model-"));
    dirs.push(dir);
    const model = readFileSync(MODEL, "utf8")
      .replace("weight: 0.15", "weight: lots") // a schema error elsewhere (line of the location factor)
      .replace("        range: [0.2, 1]\n\n  - id: economy", "        range: [1, 0]\n\n  - id: economy");
    writeFileSync(join(dir, "m.yaml"), model);
    const run = await runCli(["validate", "m.yaml"], dir);
    expect(run.code).toBe(2);
    const output = run.stdout + run.stderr;
    expect(output).toContain('应为数字，实为 "lots"');
    expect(output).toContain("range 应为 [下限, 上限] 且下限小于上限，实为 [1,0]");
    expect(output).toContain("range must be [low, high] with low < high, found [1,0]");
  });
});
