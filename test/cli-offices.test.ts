import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "./helpers/run-cli.ts";

const DEMO = resolve("scenarios/demo-county");

/** A scenario in a fresh folder naming the demo table and the duties standard, with its own power lists and offices. */
function scenarioWith(files: { powers?: string; offices?: string }): string {
  const dir = mkdtempSync(join(tmpdir(), "qp-offices-"));
  const lines = [
    "name: t",
    `data: ${join(DEMO, "townships.csv")}`,
    `model: ${resolve("models/standard-duties.yaml")}`,
    "transferDown: 10",
  ];
  if (files.powers !== undefined) {
    writeFileSync(join(dir, "powers.yaml"), files.powers);
    lines.push("powers: powers.yaml");
  } else lines.push(`powers: ${join(DEMO, "lists/powers.yaml")}`);
  if (files.offices !== undefined) {
    writeFileSync(join(dir, "offices.csv"), files.offices);
    lines.push("offices: offices.csv");
  }
  writeFileSync(join(dir, "s.yaml"), `${lines.join("\n")}\n`);
  return join(dir, "s.yaml");
}

describe("quota-planner offices / categories", () => {
  it("offices exits 0 with failed checks listed, and --out writes JSON, CSV and Markdown", async () => {
    const out = mkdtempSync(join(tmpdir(), "qp-offices-out-"));
    const { code, stdout } = await runCli([
      "offices",
      "scenarios/demo-county/duties-weighted.yaml",
      "--out",
      out,
      "--lang",
      "en",
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain("R10 failed");
    expect(readdirSync(out).sort()).toEqual([
      "duties-weighted-offices.csv",
      "duties-weighted-offices.json",
      "duties-weighted-offices.md",
    ]);
  });

  it("a power list naming an unknown item and a township not in the table: exit 2, both named with their key", async () => {
    const { code, stderr } = await runCli([
      "categories",
      scenarioWith({
        powers: "base:\n  - { id: B01, name: 甲, workload: 1 }\naccepted:\n  T99: [B01]\n  T02: [X9]\n",
      }),
      "--lang",
      "en",
    ]);
    expect(code).toBe(2);
    expect(stderr).toContain("key accepted.T99: the county table");
    expect(stderr).toContain('key accepted.T02: no list has an item with id "X9"');
    expect(stderr).toContain("“已承接事项”中的乡镇“T99”");
  });

  it("an offices table naming a township not in the county table: exit 2 with file, row and column", async () => {
    const { code, stderr } = await runCli([
      "offices",
      scenarioWith({ offices: "乡镇,机构名称\n不存在镇,综合办公室\n" }),
    ]);
    expect(code).toBe(2);
    expect(stderr).toMatch(
      /offices\.csv，第2行，列“乡镇”: 数据表 .*townships\.csv 中没有编号或名称为“不存在镇”的乡镇/,
    );
  });

  it("categories takes exactly one scenario file (a usage error otherwise, exit 2)", async () => {
    const { code, stderr } = await runCli(["categories", "a.yaml", "b.yaml"]);
    expect(code).toBe(2);
    expect(stderr).toContain("categories takes one scenario file, found 2");
  });
});
