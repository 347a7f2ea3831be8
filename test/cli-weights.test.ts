import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import type { CliIo } from "../src/cli/io.ts";
import { runWeightsCommand, type WeightsCommandOptions } from "../src/cli/weights-command.ts";
import { ahpHierarchy } from "../src/weighting/ahp-hierarchy.ts";

const FIXTURES = resolve(import.meta.dirname, "fixtures/weights");

async function run(
  args: string[],
  options?: WeightsCommandOptions,
): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const io: CliIo = {
    stdout: (text) => {
      out += text;
    },
    stderr: (text) => {
      err += text;
    },
    cwd: FIXTURES,
  };
  const code = await runWeightsCommand(args, io, options);
  return { code, out, err };
}

describe("weights --method ahp", () => {
  it("prints weights, λmax, CI, RI, CR and the verdict in a Chinese table by default", async () => {
    const { code, out, err } = await run(["--method", "ahp", "leader-criteria.csv"]);
    expect(code).toBe(0);
    expect(err).toBe("");
    // Wikipedia leader example: Experience .547, CR 0.044 (Saaty RI 0.90).
    expect(out).toMatch(/Experience\s+0\.547\d/);
    expect(out).toMatch(/一致性比率 CR\s+0\.0439/);
    expect(out).toMatch(/随机一致性指标 RI\s+0\.90\n/);
    expect(out).toContain("随机一致性指标表：Saaty（1980）随机一致性指标表");
    expect(out).toContain("通过一致性检验（CR < 0.10）");
  });

  it("flags an inconsistent matrix, lists the worst pair first, and still exits 0", async () => {
    const { code, out } = await run(["--method", "ahp", "--lang", "en", "house-saaty1990.csv"]);
    expect(code).toBe(0);
    expect(out).toMatch(/Consistency ratio CR\s+0\.1691/);
    expect(out).toContain("inconsistent (CR >= 0.10)");
    const review = out.split("Judgement review")[1]!;
    expect(review.split("\n")[3]).toMatch(/^Neighborhood\s+General condition\s+6\s+1\.128\s+1\s+0\.0880$/);
    expect(out).toContain('1) "Neighborhood" over "General condition" is 6');
  });

  it("reads Chinese names and an upper-triangle-only matrix; --ri chooses and names the table", async () => {
    const { code, out } = await run([
      "--method",
      "ahp",
      "--ri",
      "cn-textbook",
      "--format",
      "json",
      "tourism-jiang.csv",
    ]);
    expect(code).toBe(0);
    const result = JSON.parse(out);
    expect(result.names).toEqual(["景色", "费用", "居住", "饮食", "旅途"]);
    expect(result.randomIndex.table).toBe("cn-textbook");
    expect(result.ri).toBe(1.12);
    // 姜启源: λ = 5.073 (5.0721 unrounded), CI = 0.018.
    expect(result.lambdaMax).toBeCloseTo(5.072, 3);
    expect(result.ci).toBeCloseTo(0.018, 3);
  });

  it("prints stable JSON: fixed key order, numbers as computed", async () => {
    const { out } = await run(["--method", "ahp", "--format", "json", "leader-criteria.csv"]);
    const result = JSON.parse(out);
    expect(Object.keys(result)).toEqual([
      "method",
      "file",
      "randomIndex",
      "names",
      "weights",
      "lambdaMax",
      "ci",
      "ri",
      "cr",
      "threshold",
      "consistent",
      "judgements",
      "message",
    ]);
    expect(Object.keys(result.judgements[0])).toEqual([
      "row",
      "column",
      "given",
      "consistentValue",
      "nearestScaleValue",
      "deviation",
      "crIfReplaced",
    ]);
    expect(result.weights[0]).toBeCloseTo(0.5476, 4);
    expect(result.consistent).toBe(true);
    expect(result.message.zh).toContain("通过一致性检验");
    // Same input, same bytes.
    expect((await run(["--method", "ahp", "--format", "json", "leader-criteria.csv"])).out).toBe(out);
  });

  it("exits 2 naming file, row and column for bad judgements, in both languages", async () => {
    const { code, out, err } = await run(["--method", "ahp", "bad-matrix.csv"]);
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toContain("错误：bad-matrix.csv，第2行，列“面积”: “经济”对“面积”的判断“abc”不是数字或分数");
    expect(err).toContain(
      'error: bad-matrix.csv, row 2, column "面积": the judgement of "经济" over "面积" is "abc"',
    );
    expect(err).toContain(
      'error: bad-matrix.csv, row 3, column "经济": "人口" over "经济" is 3 but "经济" over "人口" is 3',
    );
  });

  it("exits 2 for a missing file", async () => {
    const { code, err } = await run(["--method", "ahp", "no-such.csv"]);
    expect(code).toBe(2);
    expect(err).toContain("错误：no-such.csv: 找不到该文件，请检查路径");
    expect(err).toContain("error: no-such.csv: file not found: check the path");
  });
});

describe("weights --method entropy / critic", () => {
  it("entropy --normalise sum reproduces Xu (2004) and says which normalisation was used", async () => {
    const { code, out } = await run([
      "--method",
      "entropy",
      "--normalise",
      "sum",
      "--lang",
      "en",
      "xu2004.csv",
    ]);
    expect(code).toBe(0);
    expect(out).toContain(
      "Normalisation: sum (proportions of the raw values; cost indicators use reciprocals 1/x)",
    );
    expect(out).toMatch(/C1\s+benefit\s+0\.8872\s+0\.1128\s+0\.4630/);
    expect(out).toMatch(/C2\s+benefit\s+0\.9027\s+0\.0973\s+0\.3992/);
  });

  it("entropy defaults to minmax, marks --cost columns, and reads thousands separators", async () => {
    const { code, out } = await run([
      "--method",
      "entropy",
      "--cost",
      "距县城里程",
      "--format",
      "json",
      "townships.csv",
    ]);
    expect(code).toBe(0);
    const result = JSON.parse(out);
    expect(result.normalise).toBe("minmax");
    expect(result.directions).toEqual(["benefit", "benefit", "benefit", "cost"]);
    expect(result.weights.reduce((s: number, w: number) => s + w, 0)).toBeCloseTo(1, 12);
  });

  it("critic reads a GB18030 file the same as its UTF-8 twin", async () => {
    const utf8 = await run([
      "--method",
      "critic",
      "--cost",
      "距县城里程",
      "--format",
      "json",
      "townships.csv",
    ]);
    const gb = await run([
      "--method",
      "critic",
      "--cost",
      "距县城里程",
      "--format",
      "json",
      "townships-gb18030.csv",
    ]);
    expect(gb.code).toBe(0);
    const a = JSON.parse(utf8.out);
    const b = JSON.parse(gb.out);
    expect(b.indicators).toEqual(["人口", "面积", "地区生产总值", "距县城里程"]);
    expect(b.weights).toEqual(a.weights);
    expect(b.sigmaType).toBe("population");
  });

  it("critic prints a table with σ, conflict, C and weights", async () => {
    const { code, out } = await run(["--method", "critic", "--cost", "距县城里程", "townships.csv"]);
    expect(code).toBe(0);
    expect(out).toContain("σ 为总体标准差");
    expect(out).toMatch(/距县城里程\s+成本型\s+\d\.\d{4}\s+\d\.\d{4}\s+\d\.\d{4}\s+\d\.\d{4}/);
  });

  it("exits 2 for non-numeric and empty cells, naming row and column", async () => {
    const { code, err } = await run(["--method", "entropy", "bad-data.csv"]);
    expect(code).toBe(2);
    expect(err).toContain("错误：bad-data.csv，第3行，列“人口”: “乙乡”的“人口”为“N/A”：应为数字");
    expect(err).toContain(
      'error: bad-data.csv, row 4, column "面积": "面积" of "丙镇" is empty: expected a number',
    );
  });

  it("exits 2 when --cost names an unknown indicator", async () => {
    const { code, err } = await run(["--method", "entropy", "--cost", "里程", "townships.csv"]);
    expect(code).toBe(2);
    expect(err).toContain("--cost 列出的“里程”不是数据表中的指标");
  });
});

describe("weights --method combined", () => {
  it("combines a (name, weight) expert file with entropy weights at the given share", async () => {
    const { code, out } = await run([
      "--method",
      "combined",
      "--expert",
      "expert-weights.csv",
      "--expert-share",
      "0.6",
      "--cost",
      "距县城里程",
      "--format",
      "json",
      "townships.csv",
    ]);
    expect(code).toBe(0);
    const r = JSON.parse(out);
    expect(r.expert.source).toBe("weights");
    expect(r.expertShare).toBe(0.6);
    for (const [j, w] of [0.4, 0.2, 0.3, 0.1].entries()) expect(r.expertWeights[j]).toBeCloseTo(w, 15);
    r.weights.forEach((w: number, j: number) => {
      expect(w).toBeCloseTo(0.6 * r.expertWeights[j] + 0.4 * r.dataWeights[j], 12);
    });
  });

  it("takes an AHP matrix as the expert file and reports its CR", async () => {
    const { code, out } = await run([
      "--method",
      "combined",
      "--expert",
      "expert-matrix.csv",
      "--data-method",
      "critic",
      "townships.csv",
    ]);
    expect(code).toBe(0);
    expect(out).toContain("专家权重：expert-matrix.csv（AHP 判断矩阵，CR = ");
    expect(out).toContain("数据权重：townships.csv（CRITIC）");
    expect(out).toContain("合成方式：加法，w = 0.5 × 专家权重 + 0.5 × 数据权重");
  });

  it("multiplicative form rejects --expert-share and reports null share", async () => {
    const bad = await run([
      "--method",
      "combined",
      "--expert",
      "expert-weights.csv",
      "--combine",
      "multiplicative",
      "--expert-share",
      "0.5",
      "townships.csv",
    ]);
    expect(bad.code).toBe(2);
    const ok = await run([
      "--method",
      "combined",
      "--expert",
      "expert-weights.csv",
      "--combine",
      "multiplicative",
      "--format",
      "json",
      "townships.csv",
    ]);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.out).expertShare).toBeNull();
  });
});

describe("weights usage", () => {
  it("exits 2 with a bilingual message for usage mistakes", async () => {
    const cases: [string[], string][] = [
      [["leader-criteria.csv"], "missing --method"],
      [
        ["--method", "topsis", "x.csv"],
        '--method should be one of ahp, entropy, critic, combined, found "topsis"',
      ],
      [["--method", "ahp"], "missing the input file"],
      [["--method", "ahp", "--bogus", "1", "x.csv"], "unknown option --bogus"],
      [["--method", "critic", "--normalise", "sum", "xu2004.csv"], "CRITIC always uses min-max"],
      [["--method", "ahp", "--cost", "a", "x.csv"], "option --cost does not apply to --method ahp"],
      [["--method", "combined", "townships.csv"], "combined weights need --expert"],
      [
        ["--method", "combined", "--expert", "expert-weights.csv", "--expert-share", "2", "townships.csv"],
        "--expert-share should be a number from 0 to 1",
      ],
      [["--method", "ahp", "--ri", "dd", "x.csv"], "--ri should be one of saaty, alonso-lamata, cn-textbook"],
    ];
    for (const [args, message] of cases) {
      const { code, err } = await run(args);
      expect(code, args.join(" ")).toBe(2);
      expect(err).toContain(message);
      expect(err).toMatch(/^错误：/);
    }
  });

  it("--help prints usage and exits 0", async () => {
    const { code, out } = await run(["--help", "--lang", "en"]);
    expect(code).toBe(0);
    expect(out).toContain("Usage: quota-planner weights --method ahp|entropy|critic|combined");
  });

  it("refuses a model YAML without the hook, pointing to validate", async () => {
    const { code, err } = await run(["--method", "ahp", "standard.yaml"]);
    expect(code).toBe(2);
    expect(err).toContain("use `validate` for model files");
  });

  it("passes a model YAML to loadModelWeights and prints the hierarchy's global weights", async () => {
    let seen = "";
    const hook: WeightsCommandOptions = {
      loadModelWeights: async (file, { randomIndex }) => {
        seen = `${file}|${randomIndex}`;
        return ahpHierarchy(
          {
            factors: {
              names: ["经济", "人口"],
              experts: [
                {
                  name: "E",
                  matrix: [
                    [1, 3],
                    [null, 1],
                  ],
                },
              ],
            },
            indicators: {
              经济: {
                names: ["gdp", "revenue"],
                experts: [
                  {
                    name: "E",
                    matrix: [
                      [1, 1],
                      [null, 1],
                    ],
                  },
                ],
              },
              人口: { names: ["population"] },
            },
          },
          { randomIndex },
        );
      },
    };
    const { code, out } = await run(["--method", "ahp", "--ri", "alonso-lamata", "standard.yaml"], hook);
    expect(code).toBe(0);
    expect(seen).toBe(`${resolve(FIXTURES, "standard.yaml")}|alonso-lamata`);
    // 经济 0.75 × ½ = 0.375 for each of its two indicators; 人口 0.25.
    expect(out).toMatch(/经济\s+0\.7500\s+gdp\s+0\.5000\s+0\.3750/);
    expect(out).toMatch(/人口\s+0\.2500\s+population\s+1\.0000\s+0\.2500/);
    const json = await run(["--method", "ahp", "--format", "json", "standard.yaml"], hook);
    expect(JSON.parse(json.out).global.map((g: { weight: number }) => g.weight)).toEqual([
      0.375, 0.375, 0.25,
    ]);
  });
});

describe("weights data-level checks", () => {
  it("refuses an 11-criteria matrix with Saaty's table (n <= 10) and accepts it with Alonso–Lamata", async () => {
    const saaty = await run(["--method", "ahp", "eleven-consistent.csv"]);
    expect(saaty.code).toBe(2);
    expect(saaty.err).toContain("只到 10 阶：请用 --ri alonso-lamata 或 --ri cn-textbook");
    const al = await run([
      "--method",
      "ahp",
      "--ri",
      "alonso-lamata",
      "--format",
      "json",
      "eleven-consistent.csv",
    ]);
    expect(al.code).toBe(0);
    const r = JSON.parse(al.out);
    expect(r.ri).toBe(1.5141);
    // Built as a_ij = v_i / v_j with v_i = 1 + 0.2 i (6-decimal cells): consistent, weights ∝ v.
    expect(r.cr).toBeLessThan(1e-5);
    expect(r.weights[10] / r.weights[0]).toBeCloseTo(3, 4);
  });

  it("exits 2 in both languages when no indicator varies (entropy) or fewer than two vary (CRITIC)", async () => {
    const entropy = await run(["--method", "entropy", "flat.csv"]);
    expect(entropy.code).toBe(2);
    expect(entropy.err).toContain("错误：flat.csv: 所有指标在各乡镇间都没有差异");
    const critic = await run(["--method", "critic", "flat.csv"]);
    expect(critic.code).toBe(2);
    expect(critic.err).toContain(
      "error: flat.csv: only 0 indicator(s) vary across the alternatives: CRITIC needs at least 2",
    );
  });

  it("sum proportions refuse negative values, naming the township and column; minmax accepts them", async () => {
    const sum = await run(["--method", "entropy", "--normalise", "sum", "signed.csv"]);
    expect(sum.code).toBe(2);
    expect(sum.err).toContain(
      "错误：signed.csv，列“区位得分”: “甲镇”的“区位得分”为 -1.5：sum 方式要求值不小于 0",
    );
    expect((await run(["--method", "entropy", "signed.csv"])).code).toBe(0);
  });
});
