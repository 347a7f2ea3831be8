import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadPlanWithFiles, loadScenario } from "../src/cli/load-scenario.ts";
import {
  contentHash,
  countyOf,
  filesHash,
  identityRows,
  resultIdentity,
} from "../src/report/result-identity.ts";
import { TOOLKIT_VERSION } from "../src/report/toolkit-version.ts";
import { runScenario } from "../src/run/run-scenario.ts";

const utf8 = (s: string) => new TextEncoder().encode(s);

describe("contentHash(parts)", () => {
  it("contentHash([]) is SHA-256 of no bytes, 12 hex digits", async () => {
    // `printf '' | sha256sum` → e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
    expect(await contentHash([])).toBe("e3b0c44298fc");
  });

  it("frames each part with its length as 4 bytes big-endian", async () => {
    // printf '\x00\x00\x00\x03abc\x00\x00\x00\x00\x00\x00\x00\x01x' | sha256sum → 401c86554708494a…
    expect(await contentHash([utf8("abc"), utf8(""), utf8("x")])).toBe("401c86554708");
    // moving a byte from one part to the next changes the hash
    expect(await contentHash([utf8("ab"), utf8("c"), utf8("x")])).not.toBe("401c86554708");
  });

  it("is node:crypto's SHA-256 of the same framing on the demo county's files", async () => {
    const data = readFileSync("scenarios/demo-county/townships.csv");
    const scenario = readFileSync("scenarios/demo-county/baseline.yaml");
    const model = readFileSync("models/standard.yaml");
    const framed = Buffer.concat(
      [data, scenario, model].flatMap((b) => {
        const length = Buffer.alloc(4);
        length.writeUInt32BE(b.length);
        return [length, b];
      }),
    );
    const expected = createHash("sha256").update(framed).digest("hex").slice(0, 12);
    const hash = await filesHash({
      data: { name: "townships.csv", bytes: new Uint8Array(data) },
      scenario: { text: scenario.toString("utf8") },
      model: { text: model.toString("utf8") },
    });
    expect(hash).toBe(expected);
  });
});

describe("resultIdentity(scenario, result, files)", () => {
  it("TOOLKIT_VERSION is package.json's version", () => {
    expect(TOOLKIT_VERSION).toBe(JSON.parse(readFileSync("package.json", "utf8")).version);
  });

  it("countyOf(name) is the demo county's label or the file's stem", () => {
    expect(countyOf("scenarios/demo-county/townships.csv").zh).toBe("示例县（虚构数据）");
    expect(countyOf("data/溪县乡镇数据.xlsx")).toEqual({ zh: "溪县乡镇数据", en: "溪县乡镇数据" });
  });

  it("names the demo baseline's county, scenario, parameters, every hashed file, hash and version", async () => {
    const scenario = await loadScenario("scenarios/demo-county/baseline.yaml", process.cwd());
    const result = await runScenario(scenario);
    const files = {
      data: {
        name: "scenarios/demo-county/townships.csv",
        bytes: readFileSync("scenarios/demo-county/townships.csv"),
      },
      scenario: { text: readFileSync("scenarios/demo-county/baseline.yaml", "utf8") },
      model: { text: readFileSync("models/standard.yaml", "utf8") },
    };
    const identity = await resultIdentity(scenario, result, files);
    expect(identity.hash).toBe(await filesHash(files));
    expect(identity.hash).toMatch(/^[0-9a-f]{12}$/);
    expect(identityRows(identity, "zh")).toEqual([
      ["县", "示例县（虚构数据）"],
      ["方案", "基准方案"],
      [
        "主要参数",
        "编制类型：行政编制；总量：现有 511 名 + 下沉 10 名 = 521 名；机动编制 = 2% × 521 = 10.42，向下取整为 10 名；稳定区间：最多减 2、最多增 12；分配方法：线性规划（偏离比例目标最小）；权重：手工赋权（编制标准 standard.yaml）",
      ],
      // the three files `filesHash(files)` covers, in its order (data, scenario, standard)
      ["所用文件", "townships.csv、baseline.yaml、standard.yaml"],
      ["内容校验码", identity.hash],
      ["工具版本", "quota-planner 0.1.0"],
    ]);
  });

  it("lists every file the hash covers: the offices table and power lists after data, scenario and standard", async () => {
    const { plan, files } = await loadPlanWithFiles(
      "scenarios/demo-county/duties-weighted.yaml",
      process.cwd(),
    );
    const scenario = plan.types[0]!.scenario;
    const identity = await resultIdentity(scenario, await runScenario(scenario), files);
    // duties-weighted.yaml names standard-duties.yaml, offices.csv and lists/powers.yaml (see the file); the hash
    // covers the same five files in this order (`filesHash`: data, scenario, model, then `extra`)
    expect(files.extra?.map((f) => f.name.replace(/.*\//, ""))).toEqual(["offices.csv", "powers.yaml"]);
    expect(identity.files).toEqual([
      "townships.csv",
      "duties-weighted.yaml",
      "standard-duties.yaml",
      "offices.csv",
      "powers.yaml",
    ]);
    expect(identityRows(identity, "en")[3]).toEqual([
      "Files",
      "townships.csv, duties-weighted.yaml, standard-duties.yaml, offices.csv, powers.yaml",
    ]);
  });
});
