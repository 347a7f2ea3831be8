/** What a CLI command may touch: output streams and the working directory. Tests pass their own. */
export interface CliIo {
  /** Writes to standard output (text as given, no newline added). */
  readonly stdout: (text: string) => void;
  /** Writes to standard error (text as given, no newline added). */
  readonly stderr: (text: string) => void;
  /** Directory that relative paths on the command line are resolved against. */
  readonly cwd: string;
}

/** Exit codes of every command: 0 ok, 1 infeasible (with a diagnosis), 2 bad input or usage. */
export const EXIT_OK = 0;
export const EXIT_INFEASIBLE = 1;
export const EXIT_BAD_INPUT = 2;
