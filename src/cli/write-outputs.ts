import type { Lang } from "../types.ts";
import { interruptedWriteUndone, staleStagingRemoved } from "../words/cli-messages.ts";
import { t } from "../words/t.ts";
import type { CliIo } from "./io.ts";
import { displayPath } from "./load-scenario.ts";
import { checkOutputTarget, type OutputFile, writeFilesAllOrNone } from "./write-files.ts";

/**
 * What every command that writes files calls: `writeFilesAllOrNone` through `io.fs`, paths shown relative to
 * the working folder (`parentOfFile`: `dir` is the folder of a file the user named), and a notice on standard error for each staging folder of a killed run it removed.
 * @throws {OutputError} (exit 2 through `runCommand`) with the path and what was wrong
 * @example await writeOutputs(io, "zh", resolve(io.cwd, "out"), [{ name: "baseline.json", content: json }])
 */
export async function writeOutputs(
  io: CliIo,
  lang: Lang,
  dir: string,
  files: readonly OutputFile[],
  parentOfFile = false,
): Promise<void> {
  const { removedStale } = await writeFilesAllOrNone(dir, files, {
    shown: (path) => displayPath(path, io.cwd),
    parentOfFile,
    ...(io.fs !== undefined ? { fs: io.fs } : {}),
  });
  for (const { path, undone } of removedStale) {
    if (undone.length > 0) io.stderr(`ℹ ${t(interruptedWriteUndone(undone), lang)}\n`);
    io.stderr(`ℹ ${t(staleStagingRemoved(path), lang)}\n`);
  }
}

/**
 * `checkOutputTarget` through `io.fs`: the output folder and names checked before a command does its work.
 * @throws {OutputError}
 */
export async function checkOutputs(
  io: CliIo,
  dir: string,
  names: readonly string[],
  parentOfFile = false,
): Promise<void> {
  await checkOutputTarget(dir, names, {
    shown: (path) => displayPath(path, io.cwd),
    parentOfFile,
    ...(io.fs !== undefined ? { fs: io.fs } : {}),
  });
}
