// Issue 10: the provenance of a province's result. The content hash takes the county-totals file too when the
// scenario names one (after the data, scenario and standard, framed the same way), and the identity's county line
// names the province's counties instead of the data file's stem.
import { createHash } from "node:crypto";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadScenarioWithFiles } from "../src/cli/load-scenario.ts";
import { filesHash, provinceCountyLine } from "../src/report/result-identity.ts";
import { benchCountyTable } from "./bench/instances.ts";
import { runCli } from "./helpers/run-cli.ts";

/** Three counties of 30 townships (县0001 … 县0003), seeded. */
const TABLE = benchCountyTable(90, 11, { counties: true });
const TOTALS = "区县,编制总量\n县0001,900\n县0002,880\n县0003,960\n";

/** SHA-256 of the parts, each preceded by its length as 4 bytes big-endian, first 12 hex digits (node:crypto). */
function framedSha(parts: readonly Buffer[]): string {
  const framed = Buffer.concat(
    parts.flatMap((b) => {
      const length = Buffer.alloc(4);
      length.writeUInt32BE(b.length);
      return [length, b];
    }),
  );
  return createHash("sha256").update(framed).digest("hex").slice(0, 12);
}

async function provinceFolder(totals = TOTALS) {
  const dir = await mkdtemp(join(tmpdir(), "qp-province-identity-"));
  const model = join(process.cwd(), "models/standard.yaml");
  await writeFile(join(dir, "p.csv"), TABLE);
  await writeFile(join(dir, "t.csv"), totals);
  await writeFile(
    join(dir, "given.yaml"),
    `name: 示例省\ndata: p.csv\nmodel: ${model}\ncounties: { file: t.csv }\n`,
  );
  await writeFile(join(dir, "split.yaml"), `name: 示例省\ndata: p.csv\nmodel: ${model}\ntransferDown: 50\n`);
  return dir;
}

describe("the content hash of a province scenario", () => {
  it("filesHash takes the county-totals file after the data, scenario and standard (node:crypto over the same framing)", async () => {
    const dir = await provinceFolder();
    const { files } = await loadScenarioWithFiles("given.yaml", dir);
    expect(files.counties?.name).toBe("t.csv");
    const read = (name: string) => readFile(join(dir, name));
    const model = await readFile("models/standard.yaml");
    const four = framedSha([await read("p.csv"), await read("given.yaml"), model, await read("t.csv")]);
    expect(await filesHash(files)).toBe(four);
    // without a county-totals file the hash is the three files' as before
    const split = await loadScenarioWithFiles("split.yaml", dir);
    expect(split.files.counties).toBeUndefined();
    expect(await filesHash(split.files)).toBe(
      framedSha([await read("p.csv"), await read("split.yaml"), model]),
    );
  });

  it("solve --format md prints that hash, and a changed county total changes it", async () => {
    const dir = await provinceFolder();
    const md = await runCli(["solve", "given.yaml", "--format", "md"], dir);
    expect(md.code).toBe(0);
    const { files } = await loadScenarioWithFiles("given.yaml", dir);
    const hash = await filesHash(files);
    expect(md.stdout).toContain(hash);
    const other = await provinceFolder(TOTALS.replace("县0002,880", "县0002,881"));
    const md2 = await runCli(["solve", "given.yaml", "--format", "md"], other);
    expect(md2.code).toBe(0);
    expect(md2.stdout).not.toContain(hash);
  });
});

describe("the identity's county line of a province", () => {
  it("provinceCountyLine(counties): how many, the first three by name, 等 / … beyond them; one county alone", () => {
    expect(provinceCountyLine(["县0001", "县0002", "县0003"])).toEqual({
      zh: "3 个县：县0001、县0002、县0003",
      en: "3 counties: 县0001, 县0002, 县0003",
    });
    expect(provinceCountyLine(["甲", "乙", "丙", "丁"])).toEqual({
      zh: "4 个县：甲、乙、丙等",
      en: "4 counties: 甲, 乙, 丙, …",
    });
    expect(provinceCountyLine(["甲县"])).toEqual({ zh: "甲县", en: "甲县" });
  });

  it("the Markdown report's identity names the counties (not the file's stem) and the county-totals file beside the data", async () => {
    const dir = await provinceFolder();
    const zh = (await runCli(["solve", "given.yaml", "--format", "md"], dir)).stdout;
    expect(zh).toContain("3 个县：县0001、县0002、县0003");
    // the files line: data, scenario, standard, then the county-totals table (hashed fourth), marked as such
    expect(zh).toMatch(/\*\*所用文件\*\*：p\.csv、given\.yaml、[^、\n]+\.yaml、t\.csv（县总量表）/);
    const en = (await runCli(["solve", "split.yaml", "--format", "md", "--lang", "en"], dir)).stdout;
    expect(en).toContain("3 counties: 县0001, 县0002, 县0003");
    expect(en).not.toContain("(county totals)");
  });
});
