import { it } from "vitest";
import { runCli } from "./helpers/run-cli.ts";

it("x", async () => {
  for (const f of [
    "test/fixtures/data/hostile/utf8-one-gbk-row.csv",
    "test/fixtures/data/hazards/look-alikes.csv",
    "test/fixtures/data/hazards/units.csv",
    "test/fixtures/data/hazards/row-number.csv",
    "test/fixtures/data/hazards/three-row-header.csv",
  ]) {
    const r = await runCli(["validate", f]);
    console.log(r.code, r.stdout, r.stderr);
  }
});
