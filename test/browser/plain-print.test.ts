// A plain `chromium --headless --print-to-pdf=out.pdf <url>` of a built page (issue 8): Chromium prints as soon
// as the document's load event has fired, and the pages render after it (the solve runs in a worker). The pages
// hold their load event until the first render (`holdLoadEvent` in src/notebook/print-identity.ts), so the plain
// command, with no --virtual-time-budget and no DevTools, prints the rendered page. Checked with the real command
// and pdftotext: the township's numbers as `quota-planner solve scenarios/demo-county/baseline.yaml` gives them
// (scenarios/demo-county/golden/baseline.json: 青岗镇 T05, 23 → 25, allowed 21–35) and the identity block.
import { spawnSync } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { filesHash } from "../../src/index.ts";
import { CHROMIUM_ARGS, CHROMIUM_PATH, describeBrowser, ROOT } from "./harness.ts";
import { useSite } from "./site.ts";

/** Prints `url` with the plain command line and returns the PDF's text without white space (lines wrap anywhere). */
function plainPrint(url: string, out: string): string {
  const printed = spawnSync(
    CHROMIUM_PATH,
    [...CHROMIUM_ARGS, "--headless", `--print-to-pdf=${out}`, "--no-pdf-header-footer", url],
    { encoding: "utf8", timeout: 60_000 },
  );
  expect(printed.status, printed.stderr).toBe(0);
  const text = spawnSync("pdftotext", ["-layout", out, "-"], { encoding: "utf8" });
  expect(text.status, text.stderr).toBe(0);
  return text.stdout.replace(/\s+/g, "");
}

describeBrowser("a plain chromium --headless --print-to-pdf of a built page", () => {
  const site = useSite();
  let dir = "";
  beforeAll(async () => {
    await mkdir(join(ROOT, "test/.tmp"), { recursive: true });
    dir = await mkdtemp(join(ROOT, "test/.tmp/print-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("prints a township page rendered: its numbers, its waterfall and the identity block with the CLI's hash", async () => {
    const text = plainPrint(new URL("township.html?id=T05", site.url()).href, join(dir, "t05.pdf"));
    expect(text).toContain("青岗镇");
    expect(text).toContain("现有23名→核定25名");
    expect(text).toContain("允许区间21–35名");
    expect(text).toContain("本乡镇得分贡献");
    expect(text).toContain("内容校验码");
    expect(text).toContain("基准方案");
    // the hash of the same three files computed in Node, as `solve` does
    const hash = await filesHash({
      data: {
        name: "townships.csv",
        bytes: await readFile(join(ROOT, "scenarios/demo-county/townships.csv")),
      },
      scenario: { text: await readFile(join(ROOT, "scenarios/demo-county/baseline.yaml"), "utf8") },
      model: { text: await readFile(join(ROOT, "models/standard.yaml"), "utf8") },
    });
    expect(text).toContain(`内容校验码：${hash}`);
  }, 90_000);

  it("prints the overview rendered: the totals and the allocation table", () => {
    const text = plainPrint(new URL("index.html?lang=en", site.url()).href, join(dir, "overview.pdf"));
    expect(text).toContain("Contenthash");
    // 511 to allocate (golden baseline.json: 521 − reserve 10) and the last township of the table
    expect(text).toContain("511");
    expect(text).toContain("T25");
  }, 90_000);
});
