/**
 * What compare, sensitivity and simulate share on the command line: scenarios loaded with their files (every
 * problem of every file reported together), their provenance, and a progress bar on a terminal.
 */

import { basename, extname, join, resolve } from "node:path";
import type { Provenance } from "../report/analysis-format.ts";
import { countyOf, filesHash } from "../report/result-identity.ts";
import { TOOLKIT_VERSION } from "../report/toolkit-version.ts";
import type { WeightedScenario } from "../run/weigh-scenario.ts";
import { InputError, type InputProblem, type Lang } from "../types.ts";
import { PROGRESS_LABELS } from "../words/analysis-labels.ts";
import { wroteFilesMessage } from "../words/cli-messages.ts";
import { t } from "../words/t.ts";
import type { CliIo } from "./io.ts";
import { displayPath, loadScenarioWithFiles } from "./load-scenario.ts";
import { checkOutputs, writeOutputs } from "./write-outputs.ts";

/** A scenario as loaded, with the content hash of its three files. */
export interface LoadedScenario {
  readonly scenario: WeightedScenario;
  readonly hash: string;
}

/**
 * Loads every scenario file; the problems of all of them are reported together.
 * @throws {InputError} with every problem of every file
 */
export async function loadScenarios(paths: readonly string[], cwd: string): Promise<LoadedScenario[]> {
  const problems: InputProblem[] = [];
  const loaded: LoadedScenario[] = [];
  for (const path of paths) {
    try {
      const { scenario, files } = await loadScenarioWithFiles(path, cwd);
      loaded.push({ scenario, hash: await filesHash(files) });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      problems.push(...error.problems);
    }
  }
  if (problems.length > 0) throw new InputError(problems);
  return loaded;
}

/** The three files `--out` writes, in this order: JSON and Markdown carry the provenance, the CSV is pure data. */
const OUT_EXTENSIONS = ["json", "csv", "md"] as const;

/**
 * `--out <folder>` of compare, sensitivity and simulate, as `solve --out`: `check()` before the work (the folder
 * and the three names, so a blocked folder fails at once with nothing written), `write()` after it, all three
 * files or none, then one line on standard error naming them. Both do nothing when `out` is undefined. `emit()` is
 * what every command ends with: the chosen format on standard output, then `write()`.
 * @example const out = analysisOutputs(io, lang, values.out, "baseline-sensitivity"); await out.check(); … await out.emit(rendered, format);
 */
export function analysisOutputs(
  io: CliIo,
  lang: Lang,
  out: string | undefined,
  stem: string,
): {
  check: () => Promise<void>;
  write: (rendered: { json: () => string; csv: () => string; md: () => string }) => Promise<void>;
  emit: (rendered: RenderedAnalysis, format: keyof RenderedAnalysis) => Promise<void>;
} {
  const names = OUT_EXTENSIONS.map((ext) => `${stem}.${ext}`);
  const outputs = {
    check: async () => {
      if (out !== undefined) await checkOutputs(io, resolve(io.cwd, out), names);
    },
    write: async (rendered: { json: () => string; csv: () => string; md: () => string }) => {
      if (out === undefined) return;
      await writeOutputs(
        io,
        lang,
        resolve(io.cwd, out),
        OUT_EXTENSIONS.map((ext, i) => ({ name: names[i]!, content: rendered[ext]() })),
      );
      io.stderr(`${t(wroteFilesMessage(displayPath(join(out, stem), io.cwd), OUT_EXTENSIONS), lang)}\n`);
    },
  };
  return {
    ...outputs,
    emit: async (rendered, format) => {
      io.stdout(rendered[format]());
      await outputs.write(rendered);
    },
  };
}

/** An analysis rendered in the four formats of compare, sensitivity and simulate (each made when asked). */
export interface RenderedAnalysis {
  readonly table: () => string;
  readonly json: () => string;
  readonly csv: () => string;
  readonly md: () => string;
}

/** The stem of a scenario file's name: `scenarios/demo-county/baseline.yaml` → `baseline`. */
export function scenarioStem(path: string): string {
  return basename(path, extname(path));
}

/** One scenario file's provenance: its hash, and the county and data file it reads. */
export function provenanceFile(
  source: string,
  hash: string,
  dataSource: string,
): Provenance["files"][number] {
  return { source, hash, county: countyOf(dataSource), data: basename(dataSource) };
}

/** The provenance of outputs made from these scenarios (and a seed). */
export function provenanceOf(loaded: readonly LoadedScenario[], seed?: number): Provenance {
  return {
    version: TOOLKIT_VERSION,
    files: loaded.map((l) => provenanceFile(l.scenario.source, l.hash, l.scenario.dataSource)),
    ...(seed !== undefined ? { seed } : {}),
  };
}

/**
 * A progress bar on standard error, redrawn at each whole percent, only when standard error is a terminal
 * (`io.stderrIsTTY`) and the io can draw it (`io.progress`); otherwise nothing is written. Call `done()` at the end
 * to finish the line.
 */
export function progressBar(
  io: CliIo,
  lang: Lang,
): { update: (done: number, total: number) => void; done: () => void } {
  const draw = io.progress;
  if (io.stderrIsTTY !== true || draw === undefined) return { update: () => {}, done: () => {} };
  let shown = -1;
  let drawn = false;
  return {
    update: (done, total) => {
      const percent = total > 0 ? Math.floor((100 * done) / total) : 100;
      if (percent === shown) return;
      shown = percent;
      drawn = true;
      const width = 30;
      const filled = Math.round((width * percent) / 100);
      draw(
        `\r${t(PROGRESS_LABELS.runs, lang)} [${"#".repeat(filled)}${".".repeat(width - filled)}] ${percent}% ${done}/${total}`,
      );
    },
    done: () => {
      if (drawn) draw("\n");
    },
  };
}

/**
 * A counter of runs on standard error for work whose number of runs is not known ahead (the sensitivity's
 * breakpoint searches), redrawn every 10 runs, only when standard error is a terminal and `io.progress` is given.
 */
export function progressCounter(io: CliIo, lang: Lang): { update: (runs: number) => void; done: () => void } {
  const draw = io.progress;
  if (io.stderrIsTTY !== true || draw === undefined) return { update: () => {}, done: () => {} };
  let drawn = false;
  return {
    update: (runs) => {
      if (runs % 10 !== 0) return;
      drawn = true;
      draw(`\r${t(PROGRESS_LABELS.runs, lang)} ${runs}`);
    },
    done: () => {
      if (drawn) draw("\n");
    },
  };
}
