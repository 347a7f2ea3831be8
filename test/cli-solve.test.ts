import { execFile } from "node:child_process";
import { mkdtemp, readdir, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { runCli } from "./helpers/run-cli.ts";

const BASELINE = "scenarios/demo-county/baseline.yaml";
const FIXTURES = "test/fixtures/scenarios";

describe("quota-planner solve", () => {
  it("solve <baseline> --format json: whole numbers summing exactly to the total, floors and band holding", async () => {
    const { code, stdout } = await runCli(["solve", BASELINE, "--format", "json"]);
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(Object.keys(result)).toEqual(expect.arrayContaining(["scenario", "totals", "townships"]));
    const posts: number[] = result.townships.map((t: { allocated: number }) => t.allocated);
    expect(posts.every(Number.isInteger)).toBe(true);
    expect(posts.reduce((s, x) => s + x, 0)).toBe(result.totals.toAllocate);
    for (const t of result.townships) {
      expect(Object.keys(t)).toEqual(
        expect.arrayContaining(["id", "name", "category", "current", "target", "allocated", "reasons"]),
      );
      if (t.category === "general") expect(t.allocated).toBeGreaterThanOrEqual(15);
      // baseline band: at most 2 cut, 12 gained
      expect(t.allocated - t.current).toBeGreaterThanOrEqual(-2);
      expect(t.allocated - t.current).toBeLessThanOrEqual(12);
    }
    expect(result.solver).toMatchObject({ status: "optimal", provenOptimal: true });
  });

  it("solve --out writes JSON, CSV with a BOM, and Markdown; nothing else is left in the folder", async () => {
    const out = await mkdtemp(join(tmpdir(), "qp-out-"));
    const { code, stdout } = await runCli(["solve", BASELINE, "--out", out, "--format", "json"]);
    expect(code).toBe(0);
    expect((await readdir(out)).sort()).toEqual(["baseline.csv", "baseline.json", "baseline.md"]);
    expect(await readFile(join(out, "baseline.json"), "utf8")).toBe(stdout);
    const csv = await readFile(join(out, "baseline.csv"));
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.toString("utf8")).toContain("城厢镇");
    expect(await readFile(join(out, "baseline.md"), "utf8")).toMatch(/^# 基准方案/);
  });

  it("same scenario, same bytes: two runs give identical JSON", async () => {
    const a = await runCli(["solve", BASELINE, "--format", "json"]);
    const b = await runCli(["solve", BASELINE, "--format", "json"]);
    expect(a.stdout).toBe(b.stdout);
  });

  it("--lang en prints English headings and category names", async () => {
    const { stdout } = await runCli(["solve", BASELINE, "--lang", "en"]);
    expect(stdout).toContain("Township");
    expect(stdout).toContain("County seat");
    expect(stdout).not.toContain("县政府驻地镇");
  });

  it("--solver highs reaches the same allocation objective as the exact default (cross-check on the demo)", async () => {
    const exact = JSON.parse((await runCli(["solve", BASELINE, "--format", "json"])).stdout);
    const highs = JSON.parse(
      (await runCli(["solve", BASELINE, "--format", "json", "--solver", "highs"])).stdout,
    );
    expect(highs.solver.backend).toBe("highs+exact");
    expect(highs.solver.objective).toBeCloseTo(exact.solver.objective, 6);
  });
});

describe("quota-planner solve: infeasible settings exit 1 with a diagnosis", () => {
  it("floors above the total: 25 × 22 = 550 needed, 511 to allocate", async () => {
    const { code, stdout } = await runCli([
      "solve",
      `${FIXTURES}/floors-above-total.yaml`,
      "--format",
      "json",
    ]);
    expect(code).toBe(1);
    const result = JSON.parse(stdout);
    expect(result.solver.status).toBe("infeasible");
    expect(result.conflicts[0]).toMatchObject({
      kind: "lower-above-total",
      numbers: { need: 550, total: 511, shortBy: 39 },
    });
  });

  it("contradictory bands: no cut allowed but capped below today's posts, each township named", async () => {
    const { code, stdout } = await runCli(["solve", `${FIXTURES}/contradictory-bands.yaml`, "--lang", "en"]);
    expect(code).toBe(1);
    // Demo general townships with more than 16 admin posts today: T13 18, T14 17, T15 20, T16 17, T18 17, T19 20,
    // T20 17, T21 17, T22 18, T23 17, T25 17 → 11 conflicts.
    expect(stdout.match(/conflict: /g)?.length).toBe(11);
    expect(stdout).toContain(
      "白鹤乡: lower bound 18 (stability band: today less the largest cut) is above upper bound 16 (category cap)",
    );
  });

  it("a total below today's breaks R2", async () => {
    const { code, stdout } = await runCli(["solve", `${FIXTURES}/total-below-current.yaml`]);
    expect(code).toBe(1);
    expect(stdout).toContain("新总量 480 名低于现有 511 名");
  });
});

describe("quota-planner: bad input exits 2 naming file, key and line in both languages", () => {
  it("schema errors: every one reported in one pass with its key path and line", async () => {
    const { code, stderr } = await runCli(["solve", `${FIXTURES}/bad-schema.yaml`]);
    expect(code).toBe(2);
    expect(stderr).toContain("共 5 处");
    expect(stderr).toContain("bad-schema.yaml，第4行，键 total: 应为整数，实为 520.5");
    expect(stderr).toContain("bad-schema.yaml, line 4, key total: expected a whole number, found 520.5");
    expect(stderr).toContain("键 reserve.share: 应不小于 0，实为 -0.1");
    expect(stderr).toContain('key band.maxCut: expected number, found "two"');
    expect(stderr).toContain(
      'key solver: expected one of "auto", "exact", "highs", "jsLpSolver", found "cplex"',
    );
    expect(stderr).toContain("unknown key: colour");
  });

  it("a misspelt override names what the model has", async () => {
    const { code, stderr } = await runCli(["solve", `${FIXTURES}/unknown-names.yaml`, "--lang", "en"]);
    expect(code).toBe(2);
    expect(stderr).toContain(
      'key overrides.factorWeights.populaton: the model has no "populaton"; known: location, economy, projects, population, area',
    );
  });

  it("missing data and model files are both reported", async () => {
    const { code, stderr } = await runCli(["solve", `${FIXTURES}/missing-files.yaml`, "--lang", "en"]);
    expect(code).toBe(2);
    expect(stderr).toContain("test/fixtures/scenarios/no-such-table.csv: file not found");
    expect(stderr).toContain("test/fixtures/scenarios/no-such-model.yaml: file not found");
  });

  it("total and transferDown together are refused", async () => {
    const { code, stderr } = await runCli(["solve", `${FIXTURES}/both-totals.yaml`]);
    expect(code).toBe(2);
    expect(stderr).toContain("二者之一");
  });

  it("a model indicator reading a column the table lacks names both files", async () => {
    const { code, stderr } = await runCli(["solve", `${FIXTURES}/bad-model.yaml`, "--lang", "en"]);
    expect(code).toBe(2);
    expect(stderr).toContain("model-with-unknown-column.yaml, key factors.0.indicators.0.column");
    expect(stderr).toContain('reads column "touristVisitors"');
  });

  it("YAML syntax errors give the line", async () => {
    const { code, stderr } = await runCli(["solve", `${FIXTURES}/syntax-error.yaml`, "--lang", "en"]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/syntax-error\.yaml, line 3: YAML syntax error/);
  });

  it("unknown flags and commands are usage errors", async () => {
    expect((await runCli(["solve", BASELINE, "--fromat", "json"])).code).toBe(2);
    expect((await runCli(["solve", BASELINE, "--format", "xml"])).code).toBe(2);
    expect((await runCli(["frobnicate"])).code).toBe(2);
  });
});

describe("quota-planner validate", () => {
  it("validates a scenario, a model and a county table", async () => {
    expect((await runCli(["validate", BASELINE])).stdout).toContain("25 个乡镇");
    expect((await runCli(["validate", "models/standard.yaml", "--lang", "en"])).stdout).toContain(
      "5 factors, 6 indicators",
    );
    expect((await runCli(["validate", "scenarios/demo-county/townships.csv"])).code).toBe(0);
    expect((await runCli(["validate", `${FIXTURES}/bad-schema.yaml`])).code).toBe(2);
  });
});

describe("the installed bin", () => {
  it("bin/quota-planner.js runs the built CLI with the documented exit codes", async () => {
    const run = promisify(execFile);
    const ok = await run("node", ["bin/quota-planner.js", "solve", BASELINE, "--format", "csv"]);
    expect(ok.stdout.charCodeAt(0)).toBe(0xfeff);
    const failed = await run("node", [
      "bin/quota-planner.js",
      "solve",
      `${FIXTURES}/floors-above-total.yaml`,
    ]).catch((e) => e);
    expect(failed.code).toBe(1);
  });
});

describe("quota-planner solve: an ordering the band cannot carry", () => {
  it("development-first with the baseline's band: the ordering needs 512.44 posts, 511 to allocate", async () => {
    const { code, stdout } = await runCli([
      "solve",
      "test/fixtures/scenarios/ordering-too-tight.yaml",
      "--format",
      "json",
    ]);
    expect(code).toBe(1);
    const result = JSON.parse(stdout);
    expect(result.conflicts[0].kind).toBe("ordering");
    expect(result.conflicts[0].numbers.total).toBe(511);
    expect(result.conflicts[0].numbers.need).toBeCloseTo(512.44, 2);
  });
});

describe("scenario paths", () => {
  it("a scenario may name its data and model by absolute paths", async () => {
    const { mkdtemp, writeFile } = await import("node:fs/promises");
    const dir = await mkdtemp(join(tmpdir(), "qp-abs-"));
    const file = join(dir, "abs.yaml");
    await writeFile(
      file,
      `name: absolute\ndata: ${join(process.cwd(), "scenarios/demo-county/townships.csv")}\nmodel: ${join(process.cwd(), "models/standard.yaml")}\ntransferDown: 0\n`,
    );
    const { code, stdout } = await runCli(["solve", file, "--format", "json"]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).totals.toAllocate).toBe(511);
  });
});
