import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { InputError, type InputProblem, readCountyTable } from "../src/index.ts";

// A required column under a header the reader does not know (乡镇名称 written 单位名称) is missing, and the reader
// says which headers it did not recognise beside it, with the closest known column, so a mapping step can offer
// them; read again with the mapping, the table is the demo county's (scenarios/demo-county/townships.csv).
const DEMO = readFileSync("scenarios/demo-county/townships.csv", "utf8");
const renamed = DEMO.replace("乡镇名称", "单位名称");

async function problemsOf(text: string, columns?: Record<string, string>): Promise<readonly InputProblem[]> {
  try {
    await readCountyTable(new TextEncoder().encode(text), { file: "t.csv", ...(columns ? { columns } : {}) });
    return [];
  } catch (error) {
    if (error instanceof InputError) return error.problems;
    throw error;
  }
}

describe("readCountyTable: a required column under an unknown header", () => {
  it("is reported missing, with the unmatched header and its suggestion beside it", async () => {
    const problems = await problemsOf(renamed);
    expect(problems.map((p) => p.code)).toEqual(["missing-column", "unmatched-header"]);
    const unmatched = problems[1]!;
    expect(unmatched.column).toBe("单位名称");
    expect(unmatched.suggestion).toBe("name");
    expect(unmatched.row).toBe(1);
  });

  it("reads as the demo county once mapped (columns: 单位名称 → name)", async () => {
    const mapped = await readCountyTable(new TextEncoder().encode(renamed), {
      file: "t.csv",
      columns: { 单位名称: "name" },
    });
    const demo = await readCountyTable(new TextEncoder().encode(DEMO), { file: "t.csv" });
    expect(mapped.townships).toEqual(demo.townships);
  });

  it("a table that fails for another reason alone lists no unmatched headers", async () => {
    const bad = DEMO.replace("T01,城厢镇,县政府驻地镇,238600", "T01,城厢镇,县政府驻地镇,abc");
    expect((await problemsOf(bad)).map((p) => p.code)).not.toContain("unmatched-header");
  });
});
