import * as nodeFs from "node:fs/promises";
import { basename, join } from "node:path";
import type { Bilingual } from "../types.ts";
import { NOTHING_WRITTEN, OUTPUT_PROBLEMS, previousKeptMessage } from "../words/cli-messages.ts";

/**
 * The part of `node:fs/promises` that writing output files uses; tests pass one that fails on purpose (a full
 * disk, a rename refused), since a read-only folder does not stop root.
 */
export interface OutputFs {
  readonly stat: (path: string) => Promise<{ isDirectory(): boolean }>;
  /** Returns the first folder it made (recursive mkdir), undefined when the folder was there. */
  readonly mkdir: (path: string, options: { recursive: true }) => Promise<string | undefined>;
  readonly mkdtemp: (prefix: string) => Promise<string>;
  readonly readdir: (path: string) => Promise<string[]>;
  readonly readFile: (path: string) => Promise<string>;
  readonly writeFile: (path: string, data: string | Uint8Array) => Promise<void>;
  readonly rename: (from: string, to: string) => Promise<void>;
  readonly rm: (path: string, options: { recursive?: boolean; force?: boolean }) => Promise<void>;
}

/** The real file system. */
export const NODE_FS: OutputFs = {
  stat: (path) => nodeFs.stat(path),
  mkdir: (path, options) => nodeFs.mkdir(path, options),
  mkdtemp: (prefix) => nodeFs.mkdtemp(prefix),
  readdir: (path) => nodeFs.readdir(path),
  readFile: (path) => nodeFs.readFile(path, "utf8"),
  writeFile: (path, data) => nodeFs.writeFile(path, data),
  rename: (from, to) => nodeFs.rename(from, to),
  rm: (path, options) => nodeFs.rm(path, options),
};

/**
 * Staging folders are named `.quota-planner-staging-<pid>-<random>` inside the target folder, so a run killed
 * with `kill -9` leaves one whose process is gone: the next run into that folder removes it and says so.
 */
export const STAGING_PREFIX = ".quota-planner-staging-";

/**
 * Where a failed `--out` keeps the earlier versions it could not put back: `.quota-planner-kept-<pid>-<random>`,
 * never removed by a later run.
 */
export const KEPT_PREFIX = ".quota-planner-kept-";

/**
 * Written into the staging folder once every file is staged, before the first rename, and removed first once
 * all are in place: a staging folder of a killed run that holds it was killed while renaming, and the next run
 * undoes those renames (earlier versions put back, new files removed) before it removes the folder.
 */
const MANIFEST = "renaming.json";

/** A file-system problem of an output path (exit 2): what was wrong with which path, in both languages. */
export class OutputError extends Error {
  readonly bilingual: Bilingual;
  constructor(message: Bilingual) {
    super(message.en);
    this.name = "OutputError";
    this.bilingual = message;
  }
}

/** One file to write: its name inside the target folder and its content. */
export interface OutputFile {
  readonly name: string;
  readonly content: string | Uint8Array;
}

/** Options of `writeFilesAllOrNone`. */
export interface WriteFilesOptions {
  /** How a path is shown in messages (relative to the working folder). Default: as is. */
  readonly shown?: (path: string) => string;
  /** The file system. Default `NODE_FS`. */
  readonly fs?: OutputFs;
  /**
   * The folder is the one of an output file the user named (`report --out pack.pdf`), not an `--out` folder:
   * when it is a file, the message says a part of the path is a file. Default false.
   */
  readonly parentOfFile?: boolean;
  /** Whether the process that made a staging folder still runs. Default: `process.kill(pid, 0)` succeeds. */
  readonly isAlive?: (pid: number) => boolean;
}

/** What `writeFilesAllOrNone` did besides writing: staging folders of killed runs it removed. */
export interface StaleStaging {
  /** The folder as shown. */
  readonly path: string;
  /** Files whose interrupted replacement was undone (the run was killed while renaming), in file order. */
  readonly undone: readonly string[];
}

/**
 * Writes every file into `dir` or none: all are written into a staging folder inside `dir` (same file
 * system, so renames are atomic), then each is renamed into place, the file it replaces moved into the staging
 * folder first; when a rename fails, the files already replaced are put back and the new ones removed. The
 * staging folder is removed on success and on every failure it can catch. Staging folders left by killed
 * runs (`STAGING_PREFIX`, process gone) are removed first, after undoing the renames of a run killed while
 * renaming (`MANIFEST`); they are returned so the caller can say so.
 * @throws {OutputError} naming the path and what was wrong (not a folder, a folder in place of a file, no
 *   permission or a read-only file system, a full disk, …) and that nothing was written
 * @example await writeFilesAllOrNone("out", [{ name: "a.json", content: "{}\n" }, { name: "a.csv", content: "x\r\n" }])
 */
export async function writeFilesAllOrNone(
  dir: string,
  files: readonly OutputFile[],
  options: WriteFilesOptions = {},
): Promise<{ readonly removedStale: readonly StaleStaging[] }> {
  const fs = options.fs ?? NODE_FS;
  const shown = options.shown ?? ((path: string) => path);
  const isAlive = options.isAlive ?? processAlive;
  const fail = (problem: Bilingual, extra: Bilingual = NOTHING_WRITTEN): never => {
    throw new OutputError({ zh: `${problem.zh}；${extra.zh}`, en: `${problem.en}; ${extra.en}` });
  };

  // 1. the folder: made when missing, refused when a file
  const folder = await statOf(fs, dir);
  if (folder === "under-file") fail(OUTPUT_PROBLEMS.underAFile(shown(dir)));
  let created: string | undefined;
  if (folder === "missing") {
    try {
      created = await fs.mkdir(dir, { recursive: true });
    } catch (error) {
      const code = codeOf(error);
      fail(
        code === "ENOTDIR" || code === "EEXIST"
          ? OUTPUT_PROBLEMS.underAFile(shown(dir))
          : fsProblem(shown(dir), code),
      );
    }
  } else if (folder === "file") {
    fail(
      options.parentOfFile ? OUTPUT_PROBLEMS.underAFile(shown(dir)) : OUTPUT_PROBLEMS.notAFolder(shown(dir)),
    );
  }

  try {
    return await stageAndRename(fs, dir, files, shown, isAlive, fail);
  } catch (error) {
    // a folder this call made holds nothing but the staging folder: removed too
    if (created !== undefined) await fs.rm(created, { recursive: true, force: true }).catch(() => undefined);
    throw error;
  }
}

/** Steps 2 to 5 of `writeFilesAllOrNone`, in a folder that exists. */
async function stageAndRename(
  fs: OutputFs,
  dir: string,
  files: readonly OutputFile[],
  shown: (path: string) => string,
  isAlive: (pid: number) => boolean,
  fail: (problem: Bilingual, extra?: Bilingual) => never,
): Promise<{ readonly removedStale: readonly StaleStaging[] }> {
  // 2. staging folders of killed runs: an interrupted rename undone, then the folder removed
  const removedStale: StaleStaging[] = [];
  for (const entry of await fs.readdir(dir).catch(() => [] as string[])) {
    const pid = stagingPid(entry);
    if (pid === undefined || isAlive(pid)) continue;
    const path = join(dir, entry);
    try {
      const undone = await undoInterruptedRenames(fs, dir, path);
      await fs.rm(path, { recursive: true, force: true });
      removedStale.push({ path: shown(path), undone });
    } catch {
      // left as it is; its name marks it, and the next run tries again
    }
  }

  // 3. no target may be a folder: checked before anything is written
  for (const file of files) {
    const target = join(dir, file.name);
    if ((await statOf(fs, target)) === "folder") fail(OUTPUT_PROBLEMS.targetIsFolder(shown(target)));
  }

  // 4. every file written into the staging folder
  let staging: string;
  try {
    staging = await fs.mkdtemp(join(dir, `${STAGING_PREFIX}${process.pid}-`));
  } catch (error) {
    return fail(fsProblem(shown(dir), codeOf(error)));
  }
  const removeStaging = () => fs.rm(staging, { recursive: true, force: true }).catch(() => undefined);
  for (const file of files) {
    try {
      await fs.writeFile(join(staging, file.name), file.content);
    } catch (error) {
      await removeStaging();
      fail(fsProblem(shown(join(dir, file.name)), codeOf(error)));
    }
  }

  // 5. renamed into place, each replaced file kept in the staging folder until all are in place
  try {
    await fs.writeFile(join(staging, MANIFEST), `${JSON.stringify(files.map((file) => file.name))}\n`);
  } catch (error) {
    await removeStaging();
    fail(fsProblem(shown(dir), codeOf(error)));
  }
  const placed: { readonly target: string; readonly backup: string | undefined }[] = [];
  for (const file of files) {
    const target = join(dir, file.name);
    const backup = join(staging, `${file.name}.previous`);
    let moved = false;
    try {
      try {
        await fs.rename(target, backup);
        moved = true;
      } catch (error) {
        if (codeOf(error) !== "ENOENT") throw error;
      }
      await fs.rename(join(staging, file.name), target);
      placed.push({ target, backup: moved ? backup : undefined });
    } catch (error) {
      // put back what was replaced, last first: the earlier version over the new file, or the new file removed
      // (the manifest goes first: a later run must not undo this again)
      await attempt(() => fs.rm(join(staging, MANIFEST), { force: true }));
      let restored = moved ? await attempt(() => fs.rename(backup, target)) : true;
      for (const done of [...placed].reverse()) {
        const back = done.backup;
        const ok = await attempt(() =>
          back !== undefined ? fs.rename(back, done.target) : fs.rm(done.target, { force: true }),
        );
        restored &&= ok;
      }
      const problem = fsProblem(shown(target), codeOf(error));
      if (!restored) {
        // kept under a name no later run removes
        const kept = join(dir, `${KEPT_PREFIX}${basename(staging).slice(STAGING_PREFIX.length)}`);
        const where = (await attempt(() => fs.rename(staging, kept))) ? kept : staging;
        fail(problem, previousKeptMessage(shown(where)));
      }
      await removeStaging();
      fail(problem);
    }
  }
  // all in place: the manifest first, so a kill from here on leaves nothing to undo
  await attempt(() => fs.rm(join(staging, MANIFEST), { force: true }));
  await removeStaging();
  return { removedStale };
}

/**
 * Undoes the renames of a run killed while renaming (its staging folder holds the manifest): each file's
 * earlier version put back, or the new file removed where there was none. Returns the names undone.
 */
async function undoInterruptedRenames(fs: OutputFs, dir: string, staging: string): Promise<string[]> {
  let names: unknown;
  try {
    names = JSON.parse(await fs.readFile(join(staging, MANIFEST)));
  } catch {
    return []; // killed while staging (or no manifest): nothing was renamed
  }
  if (!Array.isArray(names)) return [];
  const inside = new Set(await fs.readdir(staging));
  const undone: string[] = [];
  for (const name of names) {
    // a plain file name only: the manifest is ours, but a folder is not to be trusted blindly
    if (typeof name !== "string" || name !== basename(name) || name === "." || name === "..") continue;
    const target = join(dir, name);
    if (inside.has(`${name}.previous`)) {
      await fs.rename(join(staging, `${name}.previous`), target);
      undone.push(name);
    } else if (!inside.has(name)) {
      await fs.rm(target, { force: true });
      undone.push(name);
    }
  }
  return undone;
}

/** Runs a step of putting things back; false when it failed. */
async function attempt(step: () => Promise<unknown>): Promise<boolean> {
  try {
    await step();
    return true;
  } catch {
    return false;
  }
}

function fsProblem(path: string, code: string): Bilingual {
  if (code === "EACCES" || code === "EPERM" || code === "EROFS") return OUTPUT_PROBLEMS.readOnly(path, code);
  if (code === "ENOSPC" || code === "EDQUOT") return OUTPUT_PROBLEMS.diskFull(path, code);
  if (code === "EISDIR") return OUTPUT_PROBLEMS.targetIsFolder(path);
  if (code === "ENOTDIR") return OUTPUT_PROBLEMS.underAFile(path);
  return OUTPUT_PROBLEMS.other(path, code);
}

async function statOf(fs: OutputFs, path: string): Promise<"missing" | "under-file" | "file" | "folder"> {
  try {
    return (await fs.stat(path)).isDirectory() ? "folder" : "file";
  } catch (error) {
    // ENOTDIR: a part of the path is a file; anything else (ENOENT …) is for mkdir to find out
    return codeOf(error) === "ENOTDIR" ? "under-file" : "missing";
  }
}

/**
 * The checks `writeFilesAllOrNone` makes before it writes anything, for a command to make before its work
 * (a pack takes seconds to print): `dir` is a folder or can be made (no part of it a file), and no target is
 * a folder. Nothing is created.
 * @throws {OutputError} as `writeFilesAllOrNone` does
 */
export async function checkOutputTarget(
  dir: string,
  names: readonly string[],
  options: Pick<WriteFilesOptions, "fs" | "shown" | "parentOfFile"> = {},
): Promise<void> {
  const fs = options.fs ?? NODE_FS;
  const shown = options.shown ?? ((path: string) => path);
  const problem = (message: Bilingual): OutputError =>
    new OutputError({
      zh: `${message.zh}；${NOTHING_WRITTEN.zh}`,
      en: `${message.en}; ${NOTHING_WRITTEN.en}`,
    });
  const folder = await statOf(fs, dir);
  if (folder === "under-file") throw problem(OUTPUT_PROBLEMS.underAFile(shown(dir)));
  if (folder === "file")
    throw problem(
      options.parentOfFile ? OUTPUT_PROBLEMS.underAFile(shown(dir)) : OUTPUT_PROBLEMS.notAFolder(shown(dir)),
    );
  if (folder === "missing") return;
  for (const name of names) {
    const target = join(dir, name);
    if ((await statOf(fs, target)) === "folder") throw problem(OUTPUT_PROBLEMS.targetIsFolder(shown(target)));
  }
}

function codeOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === "string" ? code : "?";
}

/** The process id in a staging folder's name, or undefined for any other name. */
function stagingPid(name: string): number | undefined {
  if (!name.startsWith(STAGING_PREFIX)) return undefined;
  const match = /^(\d+)-/.exec(name.slice(STAGING_PREFIX.length));
  return match === null ? undefined : Number(match[1]);
}

function processAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return codeOf(error) === "EPERM";
  }
}
