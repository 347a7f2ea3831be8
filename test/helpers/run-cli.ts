import { main } from "../../src/cli/main.ts";

/** Runs the CLI in-process with captured output; cwd is the repository root unless given. */
export async function runCli(argv: readonly string[], cwd = process.cwd()) {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    cwd,
  });
  return { code, stdout, stderr };
}
