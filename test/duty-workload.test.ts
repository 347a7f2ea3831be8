import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadScenario, loadScenarioWithFiles } from "../src/cli/load-scenario.ts";
import { filesHash } from "../src/report/result-identity.ts";
import { runScenario } from "../src/run/run-scenario.ts";
import { parsePowerLists } from "../src/scenario/power-lists.ts";
import { formatProblem, type InputError } from "../src/types.ts";
import { dutyWorkload } from "../src/weighting/duty-workload.ts";

const DUTIES = "scenarios/demo-county/duties-weighted.yaml";
const POWERS = "scenarios/demo-county/lists/powers.yaml";

describe("dutyWorkload(lists, data, source)", () => {
  it("the demo lists: base 360 person-days for all, plus each township's accepted items (by hand)", async () => {
    const scenario = await loadScenario(DUTIES, process.cwd());
    const duties = scenario.duties!;
    const byId = Object.fromEntries(duties.townships.map((t) => [t.id, t.workload]));
    // base: 120 + 90 + 40 + 50 + 60 = 360
    expect(duties.townships.every((t) => t.baseWorkload === 360)).toBe(true);
    expect(byId.T01).toBe(360 + 45 + 70 + 80); // C01, C02, C03
    expect(byId.T05).toBe(360 + 60 + 90); // K01, K02
    expect(byId.T10).toBe(360 + 55); // S01
    expect(byId.T14).toBe(360); // accepted none (允许暂不选择承接)
    expect(byId.T15).toBe(360 + 45 + 30); // G01, G02
    // the workload is the indicator column dutyWorkload the model weights
    expect(scenario.data.townships.map((t) => t.values.dutyWorkload)).toEqual(
      duties.townships.map((t) => t.workload),
    );
  });

  it("the workload moves the index: a township that takes on more work gets a larger duties part", async () => {
    const result = await runScenario(await loadScenario(DUTIES, process.cwd()));
    const part = (id: string) => result.townships.find((t) => t.id === id)!.factorParts.duties!;
    // minmax onto [0.2, 1] over 360..555, factor weight 0.15: T14 at the minimum, T01 at the maximum
    expect(part("T14")).toBeCloseTo(0.15 * 0.2, 12);
    expect(part("T01")).toBeCloseTo(0.15 * 1, 12);
    expect(part("T05")).toBeCloseTo(0.15 * (0.2 + (0.8 * (510 - 360)) / (555 - 360)), 12);
  });

  it("reports every problem of the lists in one pass with its key path, in both languages", async () => {
    const data = (await loadScenario(DUTIES, process.cwd())).data;
    const text = `base:
  - { id: B01, name: 甲, workload: 10 }
lists:
  - id: key
    name: 重点镇特色清单
    categories: [key]
    items:
      - { id: K01, name: 乙, workload: 5 }
      - { id: B01, name: 丙, workload: 5 }
accepted:
  T99: [K01]
  T05: [K01, K01, X01, B01]
  T13: [K01]
`;
    const error = (() => {
      try {
        dutyWorkload(parsePowerLists(text, "powers.yaml"), data, "powers.yaml");
      } catch (e) {
        return e as InputError;
      }
    })()!;
    expect(error.problems.map((p) => [p.code, p.path, p.found])).toEqual([
      ["duplicate-power-item", "lists.0.items.1.id", "B01"],
      ["unknown-township", "accepted.T99", "T99"],
      ["repeated-power-item", "accepted.T05", "K01"],
      ["unknown-power-item", "accepted.T05", "X01"],
      ["base-item-accepted", "accepted.T05", "B01"],
      ["power-item-wrong-category", "accepted.T13", "K01"],
    ]);
    expect(formatProblem(error.problems[1]!, "zh")).toBe(
      "powers.yaml，“已承接事项”中的乡镇“T99”: 数据表 scenarios/demo-county/townships.csv 中没有编号为“T99”的乡镇",
    );
    expect(formatProblem(error.problems[5]!, "en")).toBe(
      'powers.yaml, key accepted.T13: item "K01" is on "重点镇特色清单", open to Key town only; the township is a General township',
    );
  });

  it("a schema problem of the lists names its key and line", () => {
    const error = (() => {
      try {
        parsePowerLists("base:\n  - { id: B01, name: 甲, workload: -1 }\n", "powers.yaml");
      } catch (e) {
        return e as InputError;
      }
    })()!;
    expect(error.problems[0]).toMatchObject({ file: "powers.yaml", path: "base.0.workload", row: 2 });
  });

  it("the content hash covers the power lists and the offices table, hashed after the three files", async () => {
    const { files } = await loadScenarioWithFiles(DUTIES, process.cwd());
    expect(files.extra?.map((f) => f.name)).toEqual([
      "scenarios/demo-county/offices.csv",
      "scenarios/demo-county/lists/powers.yaml",
    ]);
    const without = await filesHash({ ...files, extra: [] });
    expect(await filesHash(files)).not.toBe(without);
    expect(files.extra![1]!.bytes).toEqual(new Uint8Array(readFileSync(POWERS)));
  });
});
