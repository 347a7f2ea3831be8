import type { Lang } from "../types.ts";
import { staleStagingRemoved } from "../words/cli-messages.ts";
import { t } from "../words/t.ts";
import type { CliIo } from "./io.ts";
import { displayPath } from "./load-scenario.ts";
import { type OutputFile, writeFilesAllOrNone } from "./write-files.ts";

/**
 * What every command that writes files calls: `writeFilesAllOrNone` through `io.fs`, paths shown relative to
 * the working folder, and a notice on standard error for each staging folder of a killed run it removed.
 * @throws {OutputError} (exit 2 through `runCommand`) with the path and what was wrong
 * @example await writeOutputs(io, "zh", resolve(io.cwd, "out"), [{ name: "baseline.json", content: json }])
 */
export async function writeOutputs(
  io: CliIo,
  lang: Lang,
  dir: string,
  files: readonly OutputFile[],
): Promise<void> {
  const { removedStale } = await writeFilesAllOrNone(dir, files, {
    shown: (path) => displayPath(path, io.cwd),
    ...(io.fs !== undefined ? { fs: io.fs } : {}),
  });
  for (const path of removedStale) io.stderr(`ℹ ${t(staleStagingRemoved(path), lang)}\n`);
}
