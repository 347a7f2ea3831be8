import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { runApportionCommand } from "../src/cli/apportion-command.ts";
import type { CliIo } from "../src/cli/io.ts";

const fixtures = fileURLToPath(new URL("./fixtures/apportion/", import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), "apportion-cli-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A fake io that records what the command writes. */
function fakeIo(cwd: string): CliIo & { out: () => string; err: () => string } {
  let out = "";
  let err = "";
  return {
    cwd,
    stdout: (text) => {
      out += text;
    },
    stderr: (text) => {
      err += text;
    },
    out: () => out,
    err: () => err,
  };
}

function file(name: string, content: string | Uint8Array): string {
  writeFileSync(join(scratch, name), content);
  return name;
}

// Seats of the Apportionment Act of 1792, 1 Stat. 253 (see us-1790.json).
const act1792 = (
  JSON.parse(readFileSync(join(fixtures, "us-1790.json"), "utf8")) as {
    expected: { jefferson105: Record<string, number> };
  }
).expected.jefferson105;

describe("quota-planner apportion <table.csv>", () => {
  it("--method dhondt --format json lists units, priorityList, nextPost, ties, method, total (1790 census)", async () => {
    const io = fakeIo(fixtures);
    const code = await runApportionCommand(
      ["us-1790.csv", "--total", "105", "--method", "dhondt", "--format", "json"],
      io,
    );
    expect(code).toBe(0);
    expect(io.err()).toBe("");
    const json = JSON.parse(io.out());
    expect(Object.keys(json).slice(0, 6)).toEqual([
      "units",
      "priorityList",
      "nextPost",
      "ties",
      "method",
      "total",
    ]);
    expect(json.method).toBe("jefferson");
    expect(json.total).toBe(105);
    expect(
      Object.fromEntries(json.units.map((u: { name: string; allocated: number }) => [u.name, u.allocated])),
    ).toEqual(act1792);
    const virginia = json.units.find((u: { name: string }) => u.name === "Virginia");
    expect(Object.keys(virginia)).toEqual(
      expect.arrayContaining(["name", "allocated", "quota", "min", "max", "lastPost"]),
    );
    expect(virginia.max).toBeNull(); // no maximum: Infinity has no JSON form
    // 15 states start at 0 and all 105 seats are handed out by the list.
    expect(json.priorityList).toHaveLength(105);
    expect(json.divisor.nice).toBe(33000);
    expect(json.nextPost.unit).toBe("North Carolina");
  });

  it("prints a Chinese table by default, with the divisor, the last posts and the next post", async () => {
    const io = fakeIo(fixtures);
    const code = await runApportionCommand(["us-1790.csv", "--total", "105", "--method", "jefferson"], io);
    expect(code).toBe(0);
    const out = io.out();
    expect(out).toContain("方法：杰斐逊法（洪德法）；总数 105");
    expect(out).toContain("最后一个名额来自");
    expect(out).toMatch(/Virginia\s+630560\s+18\.310/);
    expect(out).toContain("如 33000");
    expect(out).toContain("第 106 个名额将给：North Carolina 的第 11 个");
  });

  it("--lang en prints the table in English and states the tie-break rule when there are ties", async () => {
    const name = file("ties.csv", "unit,weight\nB,1\nA,1\nC,1\n");
    const io = fakeIo(scratch);
    const code = await runApportionCommand(
      [name, "--total", "2", "--method", "sainte-lague", "--lang", "en"],
      io,
    );
    expect(code).toBe(0);
    expect(io.out()).toContain("Method: Webster (Sainte-Laguë); total 2");
    expect(io.out()).toContain("Decisive tie: A, B, C share priority 2 at rank 1; awarded: A, B");
    expect(io.out()).toContain("Tie-break rule: equal priorities");
  });

  it("--weight-column picks the weight, min/max columns override --min/--max row by row", async () => {
    // Hand calculation (Huntington-Hill, 20 posts): 甲 keeps its own max 6, 丙 its own min 4, 乙 and 丁 take
    // --min 2 and no max. Start 2, 2, 4, 2 = 10; the other 10 go by population / √(k(k+1)).
    const name = file(
      "towns.csv",
      "乡镇,面积,人口,min,max\n甲,10,52000,,6\n乙,20,31000,,\n丙,30,9000,4,\n丁,40,8000,,\n",
    );
    const io = fakeIo(scratch);
    const args = [
      name,
      "--total",
      "20",
      "--method",
      "huntington-hill",
      "--weight-column",
      "人口",
      "--min",
      "2",
    ];
    const code = await runApportionCommand([...args, "--format", "json"], io);
    expect(code).toBe(0);
    const json = JSON.parse(io.out());
    const byName = Object.fromEntries(
      json.units.map((u: { name: string; allocated: number; min: number; max: number | null }) => [
        u.name,
        u,
      ]),
    );
    expect(byName.甲).toMatchObject({ min: 2, max: 6, allocated: 6, weight: 52000 });
    expect(byName.丙).toMatchObject({ min: 4, max: null });
    expect(byName.乙.min).toBe(2);
    expect(json.units.reduce((s: number, u: { allocated: number }) => s + u.allocated, 0)).toBe(20);
    expect(byName.甲.lastPost).toMatchObject({ step: "priority" });
  });

  it("reads a GB18030 (Excel 'CSV' on Chinese Windows) table", async () => {
    // "中" = D6 D0, "文" = CE C4 in GB18030 (see decodeText's example).
    const bytes = new Uint8Array([
      ...new TextEncoder().encode("name,weight\n"),
      0xd6,
      0xd0,
      ...new TextEncoder().encode(",3\n"),
      0xce,
      0xc4,
      ...new TextEncoder().encode(",1\n"),
    ]);
    const io = fakeIo(scratch);
    const code = await runApportionCommand(
      [file("gbk.csv", bytes), "--total", "4", "--method", "hamilton", "--format", "json"],
      io,
    );
    expect(code).toBe(0);
    const json = JSON.parse(io.out());
    expect(json.units.map((u: { name: string; allocated: number }) => [u.name, u.allocated])).toEqual([
      ["中", 3],
      ["文", 1],
    ]);
  });

  it("exits 1 with the diagnosis in both languages when the minimums need more than the total", async () => {
    const name = file("mins.csv", "unit,weight,min\nA,1,130\nB,1,130\nC,1,130\nD,1,130\n");
    const io = fakeIo(scratch);
    const code = await runApportionCommand([name, "--total", "500", "--method", "webster"], io);
    expect(code).toBe(1);
    expect(io.err()).toContain("minimums need 520, total is 500");
    expect(io.err()).toContain("最低数合计 520，超过总数 500");
  });

  it("--format json also prints the infeasible status on stdout", async () => {
    const io = fakeIo(scratch);
    const code = await runApportionCommand(
      ["mins.csv", "--total", "500", "--method", "adams", "--format", "json"],
      io,
    );
    expect(code).toBe(1);
    expect(JSON.parse(io.out())).toMatchObject({
      status: "infeasible",
      total: 500,
      diagnosis: { en: expect.any(String) },
    });
  });

  it("exits 2 naming file, row and column for a weight that is not a number, in both languages", async () => {
    const name = file("bad.csv", "unit,population\nA,100\nB,lots\nC,-5\n");
    const io = fakeIo(scratch);
    const code = await runApportionCommand([name, "--total", "10", "--method", "webster"], io);
    expect(code).toBe(2);
    expect(io.out()).toBe("");
    expect(io.err()).toContain("bad.csv，第3行，列“population”");
    expect(io.err()).toContain('bad.csv, row 3, column "population": expected a weight >= 0, found "lots"');
    expect(io.err()).toContain('row 4, column "population"'); // every problem in one pass
  });

  it("exits 2 for a duplicate unit, a bad min cell and crossed bounds, each with its row", async () => {
    const name = file("rows.csv", "unit,weight,min,max\nA,1,1,2\nA,2,,\nB,1,x,\nC,1,5,3\n");
    const io = fakeIo(scratch);
    const code = await runApportionCommand([name, "--total", "3", "--method", "adams", "--lang", "en"], io);
    expect(code).toBe(2);
    expect(io.err()).toContain('rows.csv, row 3, column "unit": unit "A" repeats row 2');
    expect(io.err()).toContain('rows.csv, row 4, column "min": expected a whole number >= 0, found "x"');
    expect(io.err()).toContain("rows.csv, row 5");
    expect(io.err()).toContain("min 5 is above max 3");
  });

  it("exits 2 when the named weight column is missing, listing the headers", async () => {
    const io = fakeIo(fixtures);
    const code = await runApportionCommand(
      ["us-1790.csv", "--total", "5", "--method", "adams", "--weight-column", "pop"],
      io,
    );
    expect(code).toBe(2);
    expect(io.err()).toContain('no weight column "pop": the headers are state, population');
  });

  it("exits 2 for a missing file, an unknown method, a missing --total and a bad --min", async () => {
    const missing = fakeIo(scratch);
    expect(await runApportionCommand(["nope.csv", "--total", "5", "--method", "adams"], missing)).toBe(2);
    expect(missing.err()).toContain("nope.csv: file not found");

    const unknown = fakeIo(fixtures);
    expect(await runApportionCommand(["us-1790.csv", "--total", "5", "--method", "median"], unknown)).toBe(2);
    expect(unknown.err()).toContain("--method should be one of hamilton, jefferson, dhondt");
    expect(unknown.err()).toContain("--method 应为");

    const noTotal = fakeIo(fixtures);
    expect(await runApportionCommand(["us-1790.csv", "--method", "adams"], noTotal)).toBe(2);
    expect(noTotal.err()).toContain("missing --total");

    const badMin = fakeIo(fixtures);
    expect(
      await runApportionCommand(["us-1790.csv", "--total", "5", "--method", "adams", "--min", "1.5"], badMin),
    ).toBe(2);
    expect(badMin.err()).toContain('--min should be a whole number >= 0, found "1.5"');
  });

  it("--hamilton-bounds fixed-quota reproduces the Alabama paradox table row of 1880", async () => {
    // us-1880.json as CSV with min 1 for every state; Seaton (1880): Alabama 8 of 299, 7 of 300.
    const f = JSON.parse(readFileSync(join(fixtures, "us-1880.json"), "utf8")) as {
      units: { name: string; weight: number }[];
    };
    const name = file(
      "1880.csv",
      `state,population,min\n${f.units.map((u) => `${u.name},${u.weight},1`).join("\n")}\n`,
    );
    const alabama = async (total: number) => {
      const io = fakeIo(scratch);
      const args = [
        name,
        "--total",
        String(total),
        "--method",
        "hamilton",
        "--hamilton-bounds",
        "fixed-quota",
        "--format",
        "json",
      ];
      expect(await runApportionCommand(args, io)).toBe(0);
      return JSON.parse(io.out()).units.find((u: { name: string }) => u.name === "Alabama").allocated;
    };
    expect(await alabama(299)).toBe(8);
    expect(await alabama(300)).toBe(7);
  });

  it("--help prints the usage in the chosen language", async () => {
    const io = fakeIo(scratch);
    expect(await runApportionCommand(["--help", "--lang", "en"], io)).toBe(0);
    expect(io.out()).toContain("usage: quota-planner apportion <table.csv> --total N --method METHOD");
  });
});
