import { describe, expect, it } from "vitest";
import { runCli } from "./helpers/run-cli.ts";

describe("quota-planner weights <model.yaml>", () => {
  it("prints the AHP weights, λmax, CI and CR of a model's judgement matrices", async () => {
    const { code, stdout } = await runCli([
      "weights",
      "--method",
      "ahp",
      "--format",
      "json",
      "models/standard-ahp.yaml",
    ]);
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.consistent).toBe(true);
    // Saaty's RI for n = 5 is 1.12; CR = CI / RI by definition.
    expect(result.factors.ri).toBe(1.12);
    expect(result.factors.cr).toBeCloseTo(result.factors.ci / 1.12, 12);
    expect(result.factors.ci).toBeCloseTo((result.factors.lambdaMax - 5) / 4, 12);
    // Six indicators; global = factor weight × local weight, summing to 1.
    expect(result.global).toHaveLength(6);
    for (const g of result.global) expect(g.weight).toBeCloseTo(g.factorWeight * g.localWeight, 12);
    expect(result.global.reduce((s: number, g: { weight: number }) => s + g.weight, 0)).toBeCloseTo(1, 12);
  });

  it("a model without AHP matrices is refused with a bilingual reason (exit 2)", async () => {
    const { code, stderr } = await runCli(["weights", "--method", "ahp", "models/standard.yaml"]);
    expect(code).toBe(2);
    expect(stderr).toContain("weighting.method must be ahp or combined");
    expect(stderr).toContain("层次分析法");
  });
});

describe("quota-planner apportion", () => {
  it("apportions the 1790 census by Jefferson's method: 105 seats as enacted in 1792 (Virginia 19, Delaware 1)", async () => {
    const { code, stdout } = await runCli([
      "apportion",
      "test/fixtures/apportion/us-1790.csv",
      "--total",
      "105",
      "--method",
      "jefferson",
      "--format",
      "json",
    ]);
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    const seats = Object.fromEntries(
      result.units.map((u: { name: string; allocated: number }) => [u.name, u.allocated]),
    );
    expect(seats.Virginia).toBe(19);
    expect(seats.Delaware).toBe(1);
    expect(result.units.reduce((s: number, u: { allocated: number }) => s + u.allocated, 0)).toBe(105);
  });
});

describe("quota-planner sweep", () => {
  it("shows each township's posts as the total moves and flags the Alabama paradox of the LP rounding", async () => {
    const { code, stdout } = await runCli([
      "sweep",
      "test/fixtures/scenarios/no-reserve-baseline.yaml",
      "--totals",
      "527..530",
      "--lang",
      "en",
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain("凤凰乡: 16 → 15 posts as the county total rises from 528 to 529");
  });

  it("with Webster's method nothing is flagged", async () => {
    const { code, stdout } = await runCli([
      "sweep",
      "scenarios/demo-county/expert-weights.yaml",
      "--totals",
      "521..560",
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain("无阿拉巴马悖论");
  });

  it("a malformed range is a usage error", async () => {
    expect(
      (await runCli(["sweep", "scenarios/demo-county/baseline.yaml", "--totals", "530..520"])).code,
    ).toBe(2);
    expect((await runCli(["sweep", "scenarios/demo-county/baseline.yaml"])).code).toBe(2);
  });
});
