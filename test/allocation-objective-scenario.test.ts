import { describe, expect, it } from "vitest";
import { loadScenario } from "../src/cli/load-scenario.ts";
import { resultToJson, resultToText } from "../src/report/format-result.ts";
import { runScenario } from "../src/run/run-scenario.ts";
import { sweepTotals } from "../src/simulate/sweep-totals.ts";
import { InputError } from "../src/types.ts";

// The objective key of a scenario (issue 10, item 2) end to end on the demo county.

const cwd = process.cwd();
const FIX = "test/fixtures/scenarios";

describe("scenario key objective: least-squares-relative", () => {
  it("equals method webster on the same scenario (both Webster's method with the floors, caps and band)", async () => {
    // Second reference: the classical priority list (src/allocation/apportion) behind `method: webster`.
    const relative = await loadScenario(`${FIX}/objective-webster.yaml`, cwd);
    expect(relative.model.allocation.objective).toBe("least-squares-relative");
    const lp = await runScenario(relative);
    const webster = await runScenario({ ...relative, method: "webster" });
    expect(lp.solver.backend).toBe("exact");
    expect(lp.ties).toEqual([]);
    expect(webster.apportionment?.method).toBe("webster");
    expect(lp.townships.map((t) => t.allocated)).toEqual(webster.townships.map((t) => t.allocated));
  });

  it("removes the measured Alabama paradox of the baseline: no township loses a post from 511 to 600", async () => {
    // The absolute objective takes a post from 凤凰乡 (T23) between 528 and 529 (test/scenario-methods.test.ts).
    const relative = await loadScenario(`${FIX}/objective-webster.yaml`, cwd);
    const sweep = await sweepTotals({ ...relative, reserve: { kind: "none" } }, 511, 600);
    expect(sweep.flags).toEqual([]);
  });

  it("the text and JSON outputs say which objective ran and what it guarantees", async () => {
    const relative = await runScenario(await loadScenario(`${FIX}/objective-webster.yaml`, cwd));
    expect(resultToText(relative, "zh")).toContain("优化目标：相对偏差平方和最小（韦伯斯特法，含上下限）；");
    expect(resultToText(relative, "en")).toContain(
      "objective: least relative squared deviation (Webster's method with floors and caps); raising the total never lowers a township",
    );
    expect(resultToText(relative, "en")).toMatch(/relative squared deviation Σ\(x − t\)²\/t \d+\.\d{4}/);
    expect(JSON.parse(resultToJson(relative)).solver.objectiveName).toBe("least-squares-relative");
    const baseline = await runScenario(await loadScenario("scenarios/demo-county/baseline.yaml", cwd));
    expect(baseline.solver.objectiveName).toBe("least-absolute-deviation");
    expect(resultToText(baseline, "en")).toContain("the Alabama paradox");
  });

  it("a classical method with an objective is a located error in both languages; HiGHS solves the relative objective", async () => {
    const withMethod = await loadScenario(`${FIX}/objective-with-method.yaml`, cwd).catch((e) => e);
    expect(withMethod).toBeInstanceOf(InputError);
    expect(withMethod.problems[0]).toMatchObject({
      code: "objective-with-method",
      path: "objective",
      found: "least-squares-relative",
    });
    expect(withMethod.problems[0].message.zh).not.toMatch(/least-squares-relative|hamilton/);
    // HiGHS takes the relative objective as an LP over unit steps: the same posts as the exact greedy.
    const withHighs = await loadScenario(`${FIX}/objective-with-highs.yaml`, cwd);
    const highs = await runScenario(withHighs);
    const exact = await runScenario({ ...withHighs, solver: "auto" });
    expect(highs.solver.backend).toBe("highs+exact");
    expect(highs.townships.map((t) => t.allocated)).toEqual(exact.townships.map((t) => t.allocated));
  });
});
