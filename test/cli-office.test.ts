// The CLI shows what the reader did with an office-shaped table (issue 8 item 1): `validate` prints the notices after
// its ✓ line, `solve` prints them on stderr, so stdout stays the result alone.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "./helpers/run-cli.ts";

const OFFICE = "test/fixtures/data/office/office-county.gb18030.csv";

describe("quota-planner and office-shaped tables", () => {
  it("validate <office table> prints ✓, then each notice with ⚠ or ℹ in Chinese and English", async () => {
    const { code, stdout, stderr } = await runCli(["validate", OFFICE]);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    const lines = stdout.trim().split("\n");
    expect(lines[0]).toMatch(/^✓ 数据文件 .*：25 个乡镇/);
    expect(lines[1]).toBe(`ℹ 说明：${OFFICE}，第1行: “XX县乡镇基础数据表”在表头之上，看起来是标题，已跳过`);
    expect(lines[2]).toBe(
      `ℹ note: ${OFFICE}, row 1: "XX县乡镇基础数据表" is above the header and looks like a title; skipped`,
    );
    expect(stdout).toContain(
      `⚠ 警告：${OFFICE}，第4行，列“借调借出”: 不是已知列：已作为附加指标列保留（模型可按此表头引用它）。是否指“借出人员”？`,
    );
    expect(stdout).toContain(`ℹ 说明：${OFFICE}，第32行: “合计”是合计行，已跳过，不计为乡镇`);
  });

  it("validate on the demo table prints the ✓ line alone (no notices)", async () => {
    const { stdout } = await runCli(["validate", "scenarios/demo-county/townships.csv"]);
    expect(stdout.trim().split("\n")).toHaveLength(1);
  });

  it("solve prints the notices on stderr and the result on stdout, with R8 not checked (–)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "office-"));
    const baseline = readFileSync("scenarios/demo-county/baseline.yaml", "utf8")
      .replace("data: townships.csv", `data: ${JSON.stringify(resolve(OFFICE))}`)
      .replace(
        "model: ../../models/standard.yaml",
        `model: ${JSON.stringify(resolve("models/standard.yaml"))}`,
      );
    writeFileSync(join(dir, "office.yaml"), baseline);
    const { code, stdout, stderr } = await runCli(["solve", join(dir, "office.yaml")]);
    expect(code).toBe(0);
    expect(stderr).toContain("⚠ 警告：");
    expect(stderr).toContain("列“借调借出”: 不是已知列");
    expect(stdout).not.toContain("借调借出");
    expect(stdout).toContain("– R8：未检查——数据表没有借出人员列");
  });
});
