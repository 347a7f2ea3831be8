/**
 * What compare, sensitivity and simulate share on the command line: scenarios loaded with their files (every
 * problem of every file reported together), their provenance, and a progress bar on a terminal.
 */

import type { Provenance } from "../report/analysis-format.ts";
import { filesHash } from "../report/result-identity.ts";
import { TOOLKIT_VERSION } from "../report/toolkit-version.ts";
import type { WeightedScenario } from "../run/weigh-scenario.ts";
import { InputError, type InputProblem, type Lang } from "../types.ts";
import { PROGRESS_LABELS } from "../words/analysis-labels.ts";
import { t } from "../words/t.ts";
import type { CliIo } from "./io.ts";
import { loadScenarioWithFiles } from "./load-scenario.ts";

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

/** The provenance of outputs made from these scenarios (and a seed). */
export function provenanceOf(loaded: readonly LoadedScenario[], seed?: number): Provenance {
  return {
    version: TOOLKIT_VERSION,
    files: loaded.map((l) => ({ source: l.scenario.source, hash: l.hash })),
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
