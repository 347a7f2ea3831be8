import type { OutputFs } from "./write-files.ts";

/** What a CLI command may touch: output streams and the working directory. Tests pass their own. */
export interface CliIo {
  /** Writes to standard output (text as given, no newline added). */
  readonly stdout: (text: string) => void;
  /** Writes to standard error (text as given, no newline added). */
  readonly stderr: (text: string) => void;
  /** Directory that relative paths on the command line are resolved against. */
  readonly cwd: string;
  /** True when standard error is a terminal (a progress bar is drawn only then); absent counts as false. */
  readonly stderrIsTTY?: boolean;
  /**
   * Writes a progress line to standard error as given, carriage returns included (they redraw the line), past the
   * control-character filter of `stdout`/`stderr`: only the toolkit's own words and digits go through it (the
   * progress bars of `simulate` and `sensitivity`). Absent: no progress is drawn.
   */
  readonly progress?: (text: string) => void;
  /** The file system output files are written through (`--out`). Default the real one (`NODE_FS`). */
  readonly fs?: OutputFs;
}

/**
 * The exit codes of every command (documented in the README and in `quota-planner help`):
 * | code | meaning |
 * |---|---|
 * | 0 | done (an inconsistent AHP matrix is reported, not an error) |
 * | 1 | infeasible: the settings admit no allocation; the diagnosis is printed |
 * | 2 | bad input or usage: every problem with its file, row, column or key path, in both languages |
 * | 3 | no result, not the input's fault: the solver stopped without an allocation (time-out or failure), or an
 * |   | internal error (a bug; one line, the stack trace with `--debug`) |
 */
export const EXIT_OK = 0;
export const EXIT_INFEASIBLE = 1;
export const EXIT_BAD_INPUT = 2;
export const EXIT_NO_SOLUTION = 3;
/** An unexpected exception: the same code as "no allocation" (no result, not the input's fault; README). */
export const EXIT_INTERNAL = 3;
