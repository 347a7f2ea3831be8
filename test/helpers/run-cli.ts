import type { CliIo } from "../../src/cli/io.ts";
import { main } from "../../src/cli/main.ts";

/** A CliIo that keeps what is written; `out` fills as the command runs. cwd is the repository root unless given. */
export function captureIo(cwd = process.cwd()): {
  readonly out: { stdout: string; stderr: string };
  readonly io: CliIo;
} {
  const out = { stdout: "", stderr: "" };
  const io: CliIo = {
    stdout: (text) => {
      out.stdout += text;
    },
    stderr: (text) => {
      out.stderr += text;
    },
    cwd,
  };
  return { out, io };
}

/** Runs the CLI in-process with captured output; cwd is the repository root unless given. */
export async function runCli(argv: readonly string[], cwd = process.cwd()) {
  const { out, io } = captureIo(cwd);
  const code = await main(argv, io);
  return { code, stdout: out.stdout, stderr: out.stderr };
}
