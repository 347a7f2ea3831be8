import { describe, expect, it } from "vitest";
import { runCli } from "./helpers/run-cli.ts";

// Golden outputs of the `weights`, `apportion` and `sweep` commands, run in-process. Review a change with
// `git diff test/fixtures/golden-cli`; accept it with `npx vitest run test/cli-golden.test.ts -u`.
// The weights cases avoid the two bugs being fixed in the weights command (issue 7): no `--ri` on a model file
// (the default RI is Saaty's either way) and entropy/CRITIC on an indicator CSV whose headers name no county column.
const GOLDEN = "./fixtures/golden-cli";

const cases: readonly {
  readonly golden: string;
  readonly argv: readonly string[];
  readonly exit?: number;
}[] = [
  { golden: "weights-ahp-standard.zh.txt", argv: ["weights", "--method", "ahp", "models/standard-ahp.yaml"] },
  {
    golden: "weights-ahp-standard.json",
    argv: ["weights", "--method", "ahp", "--format", "json", "models/standard-ahp.yaml"],
  },
  {
    golden: "weights-entropy-xu2004.zh.txt",
    argv: ["weights", "--method", "entropy", "test/fixtures/weights/xu2004.csv"],
  },
  {
    golden: "weights-entropy-xu2004.json",
    argv: ["weights", "--method", "entropy", "--format", "json", "test/fixtures/weights/xu2004.csv"],
  },
  {
    golden: "weights-critic-xu2004.zh.txt",
    argv: ["weights", "--method", "critic", "test/fixtures/weights/xu2004.csv"],
  },
  {
    golden: "weights-critic-xu2004.json",
    argv: ["weights", "--method", "critic", "--format", "json", "test/fixtures/weights/xu2004.csv"],
  },
  {
    golden: "apportion-us1790-105-jefferson.zh.txt",
    argv: ["apportion", "test/fixtures/apportion/us-1790.csv", "--total", "105", "--method", "jefferson"],
  },
  {
    golden: "apportion-us1790-105-jefferson.json",
    argv: [
      "apportion",
      "test/fixtures/apportion/us-1790.csv",
      "--total",
      "105",
      "--method",
      "jefferson",
      "--format",
      "json",
    ],
  },
  {
    golden: "offices-duties-weighted.zh.txt",
    argv: ["offices", "scenarios/demo-county/duties-weighted.yaml"],
  },
  {
    golden: "offices-duties-weighted.en.md",
    argv: ["offices", "scenarios/demo-county/duties-weighted.yaml", "--format", "md", "--lang", "en"],
  },
  {
    golden: "offices-baseline.json",
    argv: ["offices", "scenarios/demo-county/baseline.yaml", "--format", "json"],
  },
  { golden: "categories-baseline.zh.txt", argv: ["categories", "scenarios/demo-county/baseline.yaml"] },
  {
    golden: "categories-duties-weighted.en.csv",
    argv: ["categories", "scenarios/demo-county/duties-weighted.yaml", "--format", "csv", "--lang", "en"],
  },
  {
    golden: "sweep-baseline-521-530.zh.txt",
    argv: ["sweep", "scenarios/demo-county/baseline.yaml", "--totals", "521..530"],
  },
  {
    golden: "sweep-baseline-521-530.en.txt",
    argv: ["sweep", "scenarios/demo-county/baseline.yaml", "--totals", "521..530", "--lang", "en"],
  },
  { golden: "transition-baseline.zh.txt", argv: ["transition", "scenarios/demo-county/baseline.yaml"] },
  {
    golden: "transition-baseline.en.txt",
    argv: ["transition", "scenarios/demo-county/baseline.yaml", "--lang", "en"],
  },
  {
    golden: "transition-out-of-reach.zh.txt",
    argv: ["transition", "test/fixtures/transition/out-of-reach.yaml"],
    // no path: exit 1, the diagnosis on standard output
    exit: 1,
  },
  {
    golden: "sweep-baseline-521-530.json",
    argv: ["sweep", "scenarios/demo-county/baseline.yaml", "--totals", "521..530", "--format", "json"],
  },
  // issue 11: the demo baseline's hiring plan (quota 50) and lending table
  { golden: "hiring-baseline.zh.txt", argv: ["hiring", "scenarios/demo-county/baseline.yaml"] },
  {
    golden: "hiring-baseline.en.txt",
    argv: ["hiring", "scenarios/demo-county/baseline.yaml", "--lang", "en"],
  },
  {
    golden: "hiring-baseline.json",
    argv: ["hiring", "scenarios/demo-county/baseline.yaml", "--format", "json"],
  },
  {
    golden: "hiring-baseline.zh.csv",
    argv: ["hiring", "scenarios/demo-county/baseline.yaml", "--format", "csv"],
  },
  // issue 11: the per-rule commands on a plan (three post types): one hiring plan, one path per post type
  {
    golden: "hiring-whole-policy.zh.md",
    argv: ["hiring", "scenarios/demo-county/whole-policy.yaml", "--format", "md"],
  },
  {
    golden: "transition-whole-policy.zh.md",
    argv: ["transition", "scenarios/demo-county/whole-policy.yaml", "--format", "md"],
  },
];

describe("CLI golden outputs (weights, apportion, sweep)", () => {
  it.each(cases)("quota-planner $argv matches $golden", async ({ golden, argv, exit }) => {
    const { code, stdout, stderr } = await runCli(argv);
    expect(stderr).toBe("");
    expect(code).toBe(exit ?? 0);
    await expect(stdout).toMatchFileSnapshot(`${GOLDEN}/${golden}`);
  });

  it("the JSON goldens parse and carry the published figures they are named after", async () => {
    // Apportionment Act of 1792 (Jefferson, 105 seats): Virginia 19, Delaware 1 — Balinski & Young, Fair Representation.
    const { stdout } = await runCli(
      cases.find((c) => c.golden === "apportion-us1790-105-jefferson.json")!.argv,
    );
    const seats = Object.fromEntries(
      JSON.parse(stdout).units.map((u: { name: string; allocated: number }) => [u.name, u.allocated]),
    );
    expect([seats.Virginia, seats.Delaware]).toEqual([19, 1]);
  });
});
