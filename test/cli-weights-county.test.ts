import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runCli } from "./helpers/run-cli.ts";

const COUNTY = "scenarios/demo-county/townships.csv";

/**
 * The demo county's columns as the test reads them itself (a plain split: the file has no quoted cells),
 * by the header written in the file.
 */
function demoColumn(header: string): number[] {
  const [head, ...rows] = readFileSync(COUNTY, "utf8")
    .replace(/^\uFEFF/, "")
    .trim()
    .split(/\r?\n/)
    .map((line) => line.split(","));
  const j = head!.indexOf(header);
  expect(j, header).toBeGreaterThanOrEqual(0);
  return rows.map((row) => Number(row[j]));
}

/** The columns models/standard.yaml reads, in model order; every direction there is benefit. */
const STANDARD_COLUMNS = [
  "区位得分",
  "地区生产总值（万元）",
  "一般公共预算收入（万元）",
  "重点产业项目数",
  "人口（人）",
  "幅员面积（平方公里）",
];

const minMax = (x: readonly number[]) => {
  const lo = Math.min(...x);
  const hi = Math.max(...x);
  return x.map((v) => (v - lo) / (hi - lo));
};

/** docs/weights.md, entropy with minmax proportions: e_j = −(1/ln n) Σ p ln p (0 ln 0 = 0), w = (1 − e)/Σ(1 − e). */
function entropyByHand(columns: readonly (readonly number[])[]): number[] {
  const d = columns.map((x) => {
    const s = minMax(x);
    const total = s.reduce((a, b) => a + b, 0);
    const e =
      -s.reduce((acc, v) => (v > 0 ? acc + (v / total) * Math.log(v / total) : acc), 0) / Math.log(x.length);
    return 1 - e;
  });
  const sum = d.reduce((a, b) => a + b, 0);
  return d.map((v) => v / sum);
}

/** docs/weights.md, CRITIC: min-max scores, population σ, Pearson r; C = σ Σ(1 − r), w = C/Σ C. */
function criticByHand(columns: readonly (readonly number[])[]): number[] {
  const scores = columns.map(minMax);
  const n = scores[0]!.length;
  const mean = (x: readonly number[]) => x.reduce((a, b) => a + b, 0) / n;
  const sd = (x: readonly number[]) => Math.sqrt(x.reduce((a, v) => a + (v - mean(x)) ** 2, 0) / n);
  const r = (x: readonly number[], y: readonly number[]) =>
    x.reduce((a, v, i) => a + (v - mean(x)) * (y[i]! - mean(y)), 0) / n / (sd(x) * sd(y));
  const c = scores.map((x) => sd(x) * scores.reduce((a, y) => a + (1 - r(x, y)), 0));
  const sum = c.reduce((a, b) => a + b, 0);
  return c.map((v) => v / sum);
}

describe("quota-planner weights --method entropy|critic <county table>", () => {
  it("entropy on the demo county table uses models/standard.yaml's six indicators (weights computed by hand from the CSV)", async () => {
    const { code, stdout, stderr } = await runCli([
      "weights",
      "--method",
      "entropy",
      "--format",
      "json",
      COUNTY,
    ]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const r = JSON.parse(stdout);
    expect(r.model).toBe("models/standard.yaml");
    expect(r.indicators).toEqual([
      "locationScore",
      "gdp",
      "fiscalRevenue",
      "keyProjects",
      "population",
      "area",
    ]);
    expect(r.labels.map((l: { zh: string }) => l.zh)).toEqual([
      "区位得分",
      "地区生产总值",
      "一般公共预算收入",
      "重点产业项目数",
      "常住人口",
      "幅员面积",
    ]);
    expect(r.directions).toEqual(Array(6).fill("benefit"));
    const expected = entropyByHand(STANDARD_COLUMNS.map(demoColumn));
    for (const [j, w] of (r.weights as number[]).entries()) expect(w).toBeCloseTo(expected[j]!, 12);
  });

  it("the table shows display names, never internal keys, and names the model", async () => {
    const { code, stdout } = await runCli(["weights", "--method", "entropy", COUNTY]);
    expect(code).toBe(0);
    expect(stdout).toContain("指标及其方向取自标准 models/standard.yaml");
    expect(stdout).toMatch(/一般公共预算收入\s+效益型\s+0\.\d{4}/);
    expect(stdout).not.toMatch(/fiscalRevenue|locationScore|乡镇名称/);
  });

  it("critic on the demo county table (weights computed by hand from the CSV)", async () => {
    const { code, stdout } = await runCli(["weights", "--method", "critic", "--format", "json", COUNTY]);
    expect(code).toBe(0);
    const r = JSON.parse(stdout);
    const expected = criticByHand(STANDARD_COLUMNS.map(demoColumn));
    for (const [j, w] of (r.weights as number[]).entries()) expect(w).toBeCloseTo(expected[j]!, 12);
  });

  it("--indicators names columns by header or key; a direction comes from the model, --cost adds cost", async () => {
    const { code, stdout } = await runCli([
      "weights",
      "--method",
      "entropy",
      "--indicators",
      "人口（人）,areaKm2,距县城距离",
      "--cost",
      "距县城距离",
      "--format",
      "json",
      COUNTY,
    ]);
    expect(code).toBe(0);
    const r = JSON.parse(stdout);
    expect(r.indicators).toEqual(["人口（人）", "areaKm2", "距县城距离"]);
    expect(r.directions).toEqual(["benefit", "benefit", "cost"]);
    const distance = demoColumn("距县城距离（公里）").map((x) => -x); // cost: min-max of −x = (max − x)/(max − min)
    const expected = entropyByHand([demoColumn("人口（人）"), demoColumn("幅员面积（平方公里）"), distance]);
    for (const [j, w] of (r.weights as number[]).entries()) expect(w).toBeCloseTo(expected[j]!, 12);
  });

  it("--cost names a model indicator by its display name, its column header or its name", async () => {
    const runs = await Promise.all(
      ["一般公共预算收入", "一般公共预算收入（万元）", "fiscalRevenue", "Fiscal revenue"].map((name) =>
        runCli(["weights", "--method", "entropy", "--cost", name, "--format", "json", COUNTY]),
      ),
    );
    for (const run of runs) {
      expect(run.code).toBe(0);
      expect(JSON.parse(run.stdout).directions).toEqual([
        "benefit",
        "benefit",
        "cost",
        "benefit",
        "benefit",
        "benefit",
      ]);
    }
    const unknown = await runCli(["weights", "--method", "entropy", "--cost", "游客", COUNTY]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("--cost 列出的“游客”不是参与赋权的指标：应为 区位得分、地区生产总值");
  });

  it("--model names another standard: its indicators and directions are used", async () => {
    const { code, stdout } = await runCli([
      "weights",
      "--method",
      "critic",
      "--model",
      "test/fixtures/models/entropy.yaml",
      "--format",
      "json",
      COUNTY,
    ]);
    expect(code).toBe(0);
    const r = JSON.parse(stdout);
    expect(r.model).toBe("test/fixtures/models/entropy.yaml");
    expect(r.indicators).toEqual(["population", "area", "gdp", "distance"]);
    expect(r.directions).toEqual(["benefit", "benefit", "benefit", "cost"]);
    expect(r.weights.reduce((s: number, w: number) => s + w, 0)).toBeCloseTo(1, 12);
  });

  it("combined on a county table: the expert names are the model's indicators", async () => {
    const { code, stdout, stderr } = await runCli([
      "weights",
      "--method",
      "combined",
      "--expert",
      "test/fixtures/weights/expert-standard.csv",
      "--format",
      "json",
      COUNTY,
    ]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const r = JSON.parse(stdout);
    expect(r.data.model).toBe("models/standard.yaml");
    r.weights.forEach((w: number, j: number) => {
      expect(w).toBeCloseTo(0.5 * r.expertWeights[j] + 0.5 * r.dataWeights[j], 12);
    });
  });

  it("exits 2 naming the column when --indicators names one the table does not have", async () => {
    const { code, stderr } = await runCli([
      "weights",
      "--method",
      "entropy",
      "--indicators",
      "人口,游客",
      COUNTY,
    ]);
    expect(code).toBe(2);
    expect(stderr).toContain("scenarios/demo-county/townships.csv，列“游客”: 数据表中没有“游客”数值列");
    expect(stderr).toContain('column "游客": the table has no numeric column "游客"');
  });

  it("--model and --indicators are refused for a plain indicator CSV, which keeps working as before", async () => {
    const plain = await runCli(["weights", "--method", "entropy", "test/fixtures/weights/townships.csv"]);
    expect(plain.code).toBe(0);
    const refused = await runCli([
      "weights",
      "--method",
      "entropy",
      "--indicators",
      "人口",
      "test/fixtures/weights/townships.csv",
    ]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("--model and --indicators apply to a county table");
  });
});

describe("quota-planner weights --method ahp --ri <table> <model.yaml>", () => {
  it("honours --ri for a model file (was reported as saaty)", async () => {
    const { code, stdout } = await runCli([
      "weights",
      "--method",
      "ahp",
      "--ri",
      "alonso-lamata",
      "--format",
      "json",
      "models/standard-ahp.yaml",
    ]);
    expect(code).toBe(0);
    const r = JSON.parse(stdout);
    expect(r.randomIndex).toBe("alonso-lamata");
    // Alonso & Lamata (2006): RI = 1.1086 for n = 5 factors (docs/weights.md).
    expect(r.factors.ri).toBe(1.1086);
    expect(r.factors.cr).toBeCloseTo(r.factors.ci / 1.1086, 12);
  });

  it("without --ri, the model's own table (saaty for standard-ahp.yaml)", async () => {
    const { stdout } = await runCli([
      "weights",
      "--method",
      "ahp",
      "--format",
      "json",
      "models/standard-ahp.yaml",
    ]);
    expect(JSON.parse(stdout).randomIndex).toBe("saaty");
    expect(JSON.parse(stdout).factors.ri).toBe(1.12);
  });
});
