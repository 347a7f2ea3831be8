// npm run bench, the whole run through the CLI (issue 10): `quota-planner solve` as a user runs it (a new Node process
// each time, reading, allocating, explaining and printing) on seeded tables of benchInstance's scale — a province of
// 3,100 townships in 104 counties, the country's 38,000 in 1,267 counties, and the same 38,000 as one county (the
// issue's measurement) — against the demo county in the same run (the baseline: process start, module loading and a
// 25-township run). Wall-clock medians, the ratio to the baseline, and the child's peak resident set from
// /usr/bin/time when it is installed. Prints a table and writes test/bench/results/cli.json (git-ignored).
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { join, resolve } from "node:path";
import { bench, describe } from "vitest";
import { benchCountyTable } from "./instances.ts";

const ROOT = resolve(import.meta.dirname, "../..");
const TIME = "/usr/bin/time";
const RUNS = 3;

function scenario(dir: string, name: string, rows: number, counties: boolean, transferDown: number): string {
  writeFileSync(join(dir, `${name}.csv`), benchCountyTable(rows, 7, { counties }));
  const path = join(dir, `${name}.yaml`);
  writeFileSync(
    path,
    `name: { zh: ${name}, en: ${name} }\ndata: ${name}.csv\nmodel: ${join(ROOT, "models/standard.yaml")}\npostType: admin\ntransferDown: ${transferDown}\nreserve: { share: 0.01 }\nband: { maxCut: 2, maxGain: 8 }\n`,
  );
  return path;
}

/** One run of the CLI: wall-clock ms and the child's peak RSS in MB (NaN without /usr/bin/time). */
function runOnce(args: readonly string[]): { ms: number; rssMb: number; code: number | null } {
  const cli = [join(ROOT, "bin/quota-planner.js"), ...args];
  const timed = existsSync(TIME);
  const start = performance.now();
  const child = timed
    ? spawnSync(TIME, ["-f", "%M", process.execPath, ...cli], { encoding: "utf8", maxBuffer: 1 << 30 })
    : spawnSync(process.execPath, cli, { encoding: "utf8", maxBuffer: 1 << 30 });
  const ms = performance.now() - start;
  const rssKb = timed ? Number(child.stderr.trim().split("\n").at(-1)) : Number.NaN;
  return { ms, rssMb: Math.round(rssKb / 1024), code: child.status };
}

function measure(args: readonly string[]) {
  const runs = Array.from({ length: RUNS }, () => runOnce(args));
  const times = runs.map((r) => r.ms).sort((a, b) => a - b);
  return {
    medianMs: Math.round(times[Math.floor(RUNS / 2)]!),
    peakRssMb: Math.max(...runs.map((r) => r.rssMb)),
    exit: runs[0]!.code,
  };
}

let done = false;

async function cliTable() {
  execFileSync("npm", ["run", "build:lib"], { cwd: ROOT, stdio: "ignore" });
  const dir = mkdtempSync(join(tmpdir(), "qp-bench-cli-"));
  const province = scenario(dir, "province", 3100, true, 1500);
  const country = scenario(dir, "country", 38000, true, 20000);
  const oneCounty = scenario(dir, "country-one-county", 38000, false, 20000);
  const cases = [
    {
      what: "demo county baseline (25 townships), table — the baseline",
      args: ["solve", join(ROOT, "scenarios/demo-county/baseline.yaml")],
    },
    { what: "province, 3,100 townships in 104 counties, table", args: ["solve", province] },
    { what: "province, JSON", args: ["solve", province, "--format", "json"] },
    { what: "country, 38,000 townships in 1,267 counties, table", args: ["solve", country] },
    { what: "country, JSON", args: ["solve", country, "--format", "json"] },
    { what: "country as one county (38,000 townships), table", args: ["solve", oneCounty] },
    { what: "country as one county, JSON", args: ["solve", oneCounty, "--format", "json"] },
  ];
  const lines = [
    `machine: ${cpus().length} × ${cpus()[0]?.model ?? "?"}, ${Math.round(totalmem() / 1048576)} MB, Node ${process.version}; ${RUNS} runs each, median`,
    "what | median ms | × baseline | peak RSS MB | exit",
  ];
  const rows: Record<string, unknown>[] = [];
  let baseline = Number.NaN;
  for (const c of cases) {
    const m = measure(c.args);
    if (Number.isNaN(baseline)) baseline = m.medianMs;
    rows.push({ what: c.what, ...m, ratio: m.medianMs / baseline });
    lines.push(
      `${c.what} | ${m.medianMs} | ${(m.medianMs / baseline).toFixed(1)}× | ${m.peakRssMb} | ${m.exit}`,
    );
    console.log(lines.at(-1));
  }
  console.log(lines.join("\n"));
  mkdirSync(join(ROOT, "test/bench/results"), { recursive: true });
  writeFileSync(
    join(ROOT, "test/bench/results/cli.json"),
    `${JSON.stringify({ machine: { cpus: cpus().length, model: cpus()[0]?.model, node: process.version }, rows }, null, 2)}\n`,
  );
}

describe("the CLI on a province and the country (prints and writes test/bench/results/cli.json)", () => {
  bench(
    "quota-planner solve on 25, 3,100 and 38,000 townships",
    async () => {
      if (done) return;
      done = true;
      await cliTable();
    },
    { iterations: 1, warmupIterations: 0, time: 0, warmupTime: 0 },
  );
});
