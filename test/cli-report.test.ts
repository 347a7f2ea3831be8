import { describe, expect, it } from "vitest";
import { PAGE_STORAGE } from "../src/cli/print-pack.ts";
import { DATA_STORAGE_KEY, OWN_STORAGE_KEY, SCENARIO_STORAGE_KEY } from "../src/notebook/store.ts";
import { runCli } from "./helpers/run-cli.ts";

describe("quota-planner report", () => {
  it("without Chromium: a loud message in both languages and exit 2, no file written", async () => {
    const before = process.env.CHROMIUM_PATH;
    process.env.CHROMIUM_PATH = "/nonexistent/chromium";
    try {
      const { code, stderr } = await runCli([
        "report",
        "scenarios/demo-county/baseline.yaml",
        "--out",
        "/nonexistent/dir/x.pdf",
      ]);
      expect(code).toBe(2);
      expect(stderr).toContain("!!! 找不到可用的 Chromium：/nonexistent/chromium");
      expect(stderr).toContain("!!! No usable Chromium at /nonexistent/chromium");
      expect(stderr).toContain("apt-get install chromium fonts-noto-cjk");
      expect(stderr).toContain("CHROMIUM_PATH");
    } finally {
      if (before === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = before;
    }
  });

  it("refuses a format it does not write (exit 2)", async () => {
    const { code, stderr } = await runCli([
      "report",
      "scenarios/demo-county/baseline.yaml",
      "--format",
      "docx",
    ]);
    expect(code).toBe(2);
    expect(stderr).toContain("--format");
  });

  it("gives the pages the scenario under the storage keys the pages read", () => {
    expect(PAGE_STORAGE).toEqual({
      scenario: SCENARIO_STORAGE_KEY,
      own: OWN_STORAGE_KEY,
      data: DATA_STORAGE_KEY,
    });
  });
});
