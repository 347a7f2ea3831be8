import { it } from "vitest";
import { mkdtempSync, writeFileSync, copyFileSync } from "node:fs";
import { join } from "node:path";
import { runCli } from "./helpers/run-cli.ts";
import { readCountyTable } from "../src/data/read-county-table.ts";

it("scratch", async () => {
  const d = mkdtempSync("/tmp/exp/s");
  copyFileSync("models/standard.yaml", join(d, "m.yaml"));
  writeFileSync(join(d, "t.csv"), "编号,乡镇名称,乡镇类别,人口,幅员面积,行政编制\nT01,城厢镇,县政府驻地镇,abc,1,20\n");
  writeFileSync(join(d, "s.yaml"), "name: x\ndata: t.csv\nmodel: m.yaml\npostType: admin\ntotal: abc\nband: *myband\n");
  let r = await runCli(["validate", join(d, "s.yaml")]);
  console.log(r.code, r.stdout, r.stderr);
  writeFileSync(join(d, "s2.yaml"), "name: x\ndata: t.csv\nmodel: m.yaml\npostType: admin\ntotal: abc\n");
  r = await runCli(["validate", join(d, "s2.yaml")]);
  console.log(r.code, r.stdout, r.stderr);
  const deep = "[".repeat(50000) + "]".repeat(50000);
  writeFileSync(join(d, "deep.json"), `[{"编号":"T01","乡镇名称":"a","乡镇类别":"一般乡","人口":1,"幅员面积":1,"行政编制":1,"x":${deep}}]`);
  r = await runCli(["validate", join(d, "deep.json")]);
  console.log(r.code, r.stdout, r.stderr.slice(0, 500));
  const t = await readCountyTable(new TextEncoder().encode("序号,编号,乡镇名称,乡镇类别,人口,幅员面积,行政编制\n1,T01,城厢镇,县政府驻地镇,1,1,20\n"), { file: "x.csv" }).catch((e) => e.message);
  console.log(t);
});
