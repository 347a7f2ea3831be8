// Issue 10: files a scenario names beside its table (a county-totals table, an offices table, power lists) opened on
// the pages with "Open other files": kept with the opened scenario, used where the scenario names a file of that name
// the pages do not carry, and named in the problem when missing. Pure functions of src/notebook (no DOM).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  type DemoBundle,
  fromBase64,
  OWN_KEY,
  openScenarioFile,
  openSideFiles,
  plannerSources,
  SIDE_FILE_LIMIT_BYTES,
} from "../src/notebook/planner-sources.ts";
import { OWN_STORAGE_KEY, readStoredOwn, writeStoredOwn } from "../src/notebook/store.ts";

const read = (path: string) => readFileSync(path, "utf8");
const BUNDLE: DemoBundle = {
  scenarios: [
    {
      key: "baseline",
      path: "scenarios/demo-county/baseline.yaml",
      text: read("scenarios/demo-county/baseline.yaml"),
    },
  ],
  files: {
    "models/standard.yaml": read("models/standard.yaml"),
    "scenarios/demo-county/townships.csv": read("scenarios/demo-county/townships.csv"),
  },
};
const SCENARIO =
  "name: 我县\ndata: townships.csv\nmodel: ../../models/standard.yaml\npostType: admin\noffices: 我县机构.csv\n";
const OFFICES = new TextEncoder().encode(read("scenarios/demo-county/offices.csv"));

/** A Map as the pages' localStorage. */
function memoryStorage() {
  const map = new Map<string, string>();
  return {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
  };
}

describe("files opened beside the planner's scenario", () => {
  const opened = openScenarioFile("我县.yaml", SCENARIO, null);
  if (!opened.ok) throw new Error("the scenario should open");

  it("a named file the pages do not carry is a problem naming the file and the button to open it", () => {
    const outcome = plannerSources({
      bundle: BUNDLE,
      key: OWN_KEY,
      storedData: null,
      custom: null,
      own: opened.own,
    });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.problems.map((p) => [p.code, p.path, p.found])).toEqual([
      ["not-bundled", "offices", "我县机构.csv"],
    ]);
    expect(outcome.problems[0]!.message.zh).toBe(
      "找不到方案所列的机构表 我县机构.csv：请在页首“打开其他文件”中选择它（页面只带有示例县的文件）",
    );
  });

  it("opened with the scenario it is used, its bytes as read; reopening the scenario keeps it; a second file of the same name replaces it", () => {
    const withFile = openSideFiles([{ name: "我县机构.csv", bytes: OFFICES }], null, opened.own);
    expect(withFile.ok).toBe(true);
    if (!withFile.ok) return;
    const outcome = plannerSources({
      bundle: BUNDLE,
      key: OWN_KEY,
      storedData: null,
      custom: null,
      own: withFile.own,
    });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const offices = outcome.sources.offices;
    expect(offices !== undefined && "bytes" in offices ? [...offices.bytes] : null).toEqual([...OFFICES]);
    const again = openScenarioFile("我县.yaml", SCENARIO, withFile.own);
    expect(again.ok && again.own.files?.map((f) => f.name)).toEqual(["我县机构.csv"]);
    const replaced = openSideFiles(
      [{ name: "我县机构.csv", bytes: new Uint8Array([1, 2]) }],
      null,
      withFile.own,
    );
    expect(replaced.ok && replaced.own.files?.map((f) => [...fromBase64(f.base64)])).toEqual([[1, 2]]);
  });

  it("stored and read back with its files; a damaged files entry is no stored scenario", () => {
    const withFile = openSideFiles([{ name: "我县机构.csv", bytes: OFFICES }], null, opened.own);
    if (!withFile.ok) throw new Error("should open");
    const storage = memoryStorage();
    expect(writeStoredOwn(storage, withFile.own)).toBe(true);
    expect(readStoredOwn(storage)).toEqual(withFile.own);
    storage.setItem(OWN_STORAGE_KEY, JSON.stringify({ ...withFile.own, files: [{ name: 1 }] }));
    expect(readStoredOwn(storage)).toBeNull();
  });

  it("a file over the limit is refused with its size; without a scenario there is nothing to keep it with", () => {
    const big = openSideFiles(
      [{ name: "big.csv", bytes: new Uint8Array(SIDE_FILE_LIMIT_BYTES + 1) }],
      null,
      null,
    );
    expect(big.ok).toBe(false);
    if (!big.ok) expect(big.problems[0]!.code).toBe("file-too-large");
    const none = openSideFiles([{ name: "a.csv", bytes: OFFICES }], null, null);
    expect(none.ok || none.problems[0]!.code).toBe("no-scenario");
  });
});
