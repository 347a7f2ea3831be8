import { spawn } from "node:child_process";
import { mkdir, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EXIT_BAD_INPUT, EXIT_OK } from "../src/cli/io.ts";
import { main } from "../src/cli/main.ts";
import {
  KEPT_PREFIX,
  NODE_FS,
  OutputError,
  type OutputFs,
  STAGING_PREFIX,
  writeFilesAllOrNone,
} from "../src/cli/write-files.ts";
import { captureIo, runCli } from "./helpers/run-cli.ts";

/*
 * Every file-system failure of `--out` (issue 9): exit 2, the path and what was wrong in both languages, and the
 * target folder exactly as it was (old files byte for byte, no staging folder, no temporary file). Failures that
 * root would not meet (a read-only folder, a full disk, a refused rename) come from an injected file system.
 */
const BASELINE = "scenarios/demo-county/baseline.yaml";
const OLD = {
  "baseline.json": "old json\n",
  "baseline.csv": "old csv\r\n",
  "baseline.md": "# old\n",
} as const;

async function folderWithOldFiles(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "qp-out-fail-"));
  for (const [name, text] of Object.entries(OLD)) await writeFile(join(dir, name), text);
  return dir;
}

/** The folder's entries and their contents (folders as "<folder>"). */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) =>
    a.name.localeCompare(b.name),
  ))
    out[entry.name] = entry.isDirectory() ? "<folder>" : await readFile(join(dir, entry.name), "utf8");
  return out;
}

/** A file system that fails with `code` when `when(operation, path)` says so; the real one otherwise. */
function failingFs(when: (operation: keyof OutputFs, path: string) => boolean, code: string): OutputFs {
  const failure = () => Object.assign(new Error(`${code}: injected`), { code });
  const wrap =
    <A extends unknown[], R>(operation: keyof OutputFs, real: (path: string, ...rest: A) => Promise<R>) =>
    async (path: string, ...rest: A): Promise<R> => {
      if (when(operation, path)) throw failure();
      return real(path, ...rest);
    };
  return {
    stat: wrap("stat", NODE_FS.stat),
    mkdir: wrap("mkdir", NODE_FS.mkdir),
    mkdtemp: wrap("mkdtemp", NODE_FS.mkdtemp),
    readdir: wrap("readdir", NODE_FS.readdir),
    readFile: wrap("readFile", NODE_FS.readFile),
    writeFile: wrap("writeFile", NODE_FS.writeFile),
    rename: wrap("rename", NODE_FS.rename),
    rm: wrap("rm", NODE_FS.rm),
  };
}

async function solveInto(out: string, fs?: OutputFs, lang: "zh" | "en" = "zh") {
  const { out: text, io } = captureIo();
  const code = await main(
    ["solve", BASELINE, "--out", out, "--format", "json", "--lang", lang],
    fs === undefined ? io : { ...io, fs },
  );
  return { code, stdout: text.stdout, stderr: text.stderr };
}

function expectBilingual(stderr: string, zh: RegExp, en: RegExp, path: string): void {
  const lines = stderr.trimEnd().split("\n");
  const zhLine = lines.find((l) => l.startsWith("错误："));
  const enLine = lines.find((l) => l.startsWith("error: "));
  expect(zhLine, stderr).toMatch(zh);
  expect(enLine, stderr).toMatch(en);
  expect(zhLine).toContain(path);
  expect(enLine).toContain(path);
  expect(zhLine).toContain("未写入任何文件");
  expect(enLine).toContain("nothing was written");
  expect(stderr).not.toMatch(/\n\s+at /); // no stack trace
}

describe("solve --out: every file-system problem is exit 2 with the path, and the folder is left as it was", () => {
  it("a folder in place of baseline.md: baseline.json and .csv are not replaced, the folder stays", async () => {
    const withFolder = await mkdtemp(join(tmpdir(), "qp-out-md-dir-"));
    await writeFile(join(withFolder, "baseline.json"), OLD["baseline.json"]);
    await writeFile(join(withFolder, "baseline.csv"), OLD["baseline.csv"]);
    await mkdir(join(withFolder, "baseline.md"));
    const before = await snapshot(withFolder);
    const { code, stderr, stdout } = await solveInto(withFolder);
    expect(code).toBe(EXIT_BAD_INPUT);
    expect(stdout).toBe(""); // checked before solving: nothing printed, nothing written
    expectBilingual(stderr, /是一个文件夹/, /is a folder/, "baseline.md");
    expect(await snapshot(withFolder)).toEqual(before);
  });

  it("--out naming a file: exit 2, the file untouched", async () => {
    const dir = await folderWithOldFiles();
    const file = join(dir, "baseline.json");
    const { code, stderr } = await solveInto(file, undefined, "en");
    expect(code).toBe(EXIT_BAD_INPUT);
    expectBilingual(
      stderr,
      /--out 应为文件夹.*是一个文件/,
      /--out should name a folder, but .* is a file/,
      "baseline.json",
    );
    expect(stderr.indexOf("error: ")).toBe(0); // English first with --lang en
    expect(await snapshot(dir)).toEqual(OLD);
  });

  it("--out under a file (a part of the path is a file): exit 2, nothing created", async () => {
    const dir = await folderWithOldFiles();
    const { code, stderr } = await solveInto(join(dir, "baseline.csv", "out"));
    expect(code).toBe(EXIT_BAD_INPUT);
    expectBilingual(stderr, /路径中有一段是文件/, /a part of the path is a file/, "baseline.csv/out");
    expect(await snapshot(dir)).toEqual(OLD);
  });

  it("a read-only folder (EROFS when the staging folder is made): exit 2, nothing written", async () => {
    const dir = await folderWithOldFiles();
    const { code, stderr } = await solveInto(
      dir,
      failingFs((op) => op === "mkdtemp", "EROFS"),
    );
    expect(code).toBe(EXIT_BAD_INPUT);
    expectBilingual(
      stderr,
      /只读文件系统（EROFS）/,
      /read-only file system \(EROFS\)/,
      dir.split("/").pop()!,
    );
    expect(await snapshot(dir)).toEqual(OLD);
  });

  it("no permission to write a file (EACCES): exit 2, the staging folder removed", async () => {
    const dir = await folderWithOldFiles();
    const { code, stderr } = await solveInto(
      dir,
      failingFs((op, path) => op === "writeFile" && path.endsWith("baseline.json"), "EACCES"),
    );
    expect(code).toBe(EXIT_BAD_INPUT);
    expectBilingual(stderr, /没有写入权限/, /no permission to write/, "baseline.json");
    expect(await snapshot(dir)).toEqual(OLD);
  });

  it("a full disk (ENOSPC on the second file): exit 2, the first staged file removed with its folder", async () => {
    const dir = await folderWithOldFiles();
    const { code, stderr } = await solveInto(
      dir,
      failingFs((op, path) => op === "writeFile" && path.endsWith("baseline.csv"), "ENOSPC"),
    );
    expect(code).toBe(EXIT_BAD_INPUT);
    expectBilingual(
      stderr,
      /磁盘空间或配额已满（ENOSPC）/,
      /the disk or the quota is full \(ENOSPC\)/,
      "baseline.csv",
    );
    expect(await snapshot(dir)).toEqual(OLD);
  });

  it("a rename refused for the last file: the two already replaced are put back byte for byte", async () => {
    const dir = await folderWithOldFiles();
    const fs = failingFs(
      (op, path) => op === "rename" && path.includes(STAGING_PREFIX) && path.endsWith("baseline.md"),
      "EIO",
    );
    const { code, stderr } = await solveInto(dir, fs);
    expect(code).toBe(EXIT_BAD_INPUT);
    expectBilingual(
      stderr,
      /无法写入 .*baseline\.md（EIO）/,
      /cannot write .*baseline\.md \(EIO\)/,
      "baseline.md",
    );
    expect(await snapshot(dir)).toEqual(OLD);
  });

  it("a rename refused into a folder that did not exist: the files placed are removed, and the folder too", async () => {
    const parent = await mkdtemp(join(tmpdir(), "qp-out-new-"));
    const dir = join(parent, "a", "b");
    const fs = failingFs((op, path) => op === "rename" && path.endsWith("baseline.csv"), "EIO");
    const { code } = await solveInto(dir, fs);
    expect(code).toBe(EXIT_BAD_INPUT);
    expect(await readdir(parent)).toEqual([]);
  });

  it("when a replaced file cannot be put back, the message says where its earlier version is kept, and no later run removes it", async () => {
    const dir = await folderWithOldFiles();
    let renames = 0;
    // rename 1: old json → staging; 2: new json → place; 3: old csv → staging; 4: new csv fails; the restores
    // fail too; only the staging folder's own rename to the kept name goes through
    const fs = failingFs((op) => op === "rename" && ++renames >= 4, "EIO");
    const keptFs: OutputFs = {
      ...fs,
      rename: (from, to) => (to.includes(KEPT_PREFIX) ? NODE_FS.rename(from, to) : fs.rename(from, to)),
    };
    const { code, stderr } = await solveInto(dir, keptFs);
    expect(code).toBe(EXIT_BAD_INPUT);
    expect(stderr).toMatch(/其原有版本保存在 .*\.quota-planner-kept-/);
    expect(stderr).toMatch(/their earlier versions are kept in .*\.quota-planner-kept-/);
    const kept = (await readdir(dir)).find((name) => name.startsWith(KEPT_PREFIX))!;
    expect(await readFile(join(dir, kept, "baseline.json.previous"), "utf8")).toBe(OLD["baseline.json"]);
    expect(await readFile(join(dir, kept, "baseline.csv.previous"), "utf8")).toBe(OLD["baseline.csv"]);
    expect((await readdir(dir)).filter((name) => name.startsWith(STAGING_PREFIX))).toEqual([]);
    // a later run into the folder leaves the kept folder alone
    expect((await solveInto(dir)).code).toBe(EXIT_OK);
    expect(await readdir(dir)).toContain(kept);
  });
});

describe("solve --out: success and the leftovers of a killed run", () => {
  it("replaces the three files and leaves nothing else, into a folder made on the way", async () => {
    const parent = await mkdtemp(join(tmpdir(), "qp-out-ok-"));
    const dir = join(parent, "new", "folder");
    const { code, stdout } = await solveInto(dir);
    expect(code).toBe(EXIT_OK);
    expect((await readdir(dir)).sort()).toEqual(["baseline.csv", "baseline.json", "baseline.md"]);
    expect(await readFile(join(dir, "baseline.json"), "utf8")).toBe(stdout);
  });

  it("removes a staging folder whose process is gone and says so; keeps one of a running process", async () => {
    const dir = await folderWithOldFiles();
    // pid 2^22 + 1 is above Linux's pid_max limit (2^22), so no process has it
    const stale = `${STAGING_PREFIX}4194305-x1Yz`;
    const live = `${STAGING_PREFIX}${process.pid}-a2Bc`;
    for (const name of [stale, live]) {
      await mkdir(join(dir, name));
      await writeFile(join(dir, name, "baseline.json"), "half written");
    }
    const { code, stderr } = await solveInto(dir);
    expect(code).toBe(EXIT_OK);
    expect(stderr).toContain(`已删除上次中断的运行留下的临时文件夹 `);
    expect(stderr).toContain(stale);
    expect(stderr).not.toContain(live);
    expect((await readdir(dir)).sort()).toEqual(
      ["baseline.csv", "baseline.json", "baseline.md", live].sort(),
    );
  });

  it("a run killed with SIGKILL while it writes leaves only its staging folder, which the next run removes", async () => {
    const dir = await folderWithOldFiles();
    // a child writes through the built library (lib/) and hangs after its first staged file until it is killed
    const script = `
      import { NODE_FS, writeFilesAllOrNone } from "./lib/cli/write-files.js";
      const fs = { ...NODE_FS, writeFile: async (path, data) => {
        await NODE_FS.writeFile(path, data);
        process.stdout.write("staged\\n");
        await new Promise(() => setInterval(() => {}, 1000));
      } };
      await writeFilesAllOrNone(${JSON.stringify(dir)}, [{ name: "baseline.json", content: "new" }], { fs });
    `;
    const child = spawn("node", ["--input-type=module", "-e", script], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    await new Promise<void>((done) => child.stdout.once("data", () => done()));
    child.kill("SIGKILL");
    await new Promise((done) => child.once("exit", done));
    const left = (await readdir(dir)).filter((name) => name.startsWith(STAGING_PREFIX));
    expect(left).toEqual([expect.stringMatching(new RegExp(`^\\${STAGING_PREFIX}${child.pid}-`))]);
    expect(await readFile(join(dir, "baseline.json"), "utf8")).toBe(OLD["baseline.json"]); // not replaced

    const { code, stderr } = await solveInto(dir);
    expect(code).toBe(EXIT_OK);
    expect(stderr).toContain(`已删除上次中断的运行留下的临时文件夹 `);
    expect(stderr).toContain(left[0]);
    expect((await readdir(dir)).sort()).toEqual(["baseline.csv", "baseline.json", "baseline.md"]);
  });

  it("a run killed while renaming is undone by the next run: the earlier versions back, then the folder removed", async () => {
    const dir = await folderWithOldFiles();
    // the child hangs at its 4th rename: baseline.json replaced, the old baseline.csv moved aside, the new not yet in
    const script = `
      import { NODE_FS, writeFilesAllOrNone } from "./lib/cli/write-files.js";
      let renames = 0;
      const fs = { ...NODE_FS, rename: async (from, to) => {
        if (++renames === 4) {
          process.stdout.write("renaming\\n");
          await new Promise(() => setInterval(() => {}, 1000));
        }
        return NODE_FS.rename(from, to);
      } };
      const names = ["baseline.json", "baseline.csv", "baseline.md"];
      await writeFilesAllOrNone(${JSON.stringify(dir)}, names.map((name) => ({ name, content: "new" })), { fs });
    `;
    const child = spawn("node", ["--input-type=module", "-e", script], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    await new Promise<void>((done) => child.stdout.once("data", () => done()));
    child.kill("SIGKILL");
    await new Promise((done) => child.once("exit", done));
    // the mixed state a kill leaves: the new baseline.json, no baseline.csv
    expect(await readFile(join(dir, "baseline.json"), "utf8")).toBe("new");
    expect((await readdir(dir)).includes("baseline.csv")).toBe(false);

    const { removedStale } = await writeFilesAllOrNone(dir, [{ name: "other.txt", content: "x" }]);
    expect(removedStale).toHaveLength(1);
    expect(removedStale[0]!.undone).toEqual(["baseline.json", "baseline.csv"]);
    expect(await snapshot(dir)).toEqual({ ...OLD, "other.txt": "x" });
  });

  it("the CLI says which files of an interrupted run it put back", async () => {
    const dir = await folderWithOldFiles();
    const staging = join(dir, `${STAGING_PREFIX}4194305-q`);
    await mkdir(staging);
    // as a run killed after replacing baseline.md leaves it
    await writeFile(join(staging, "renaming.json"), JSON.stringify(["x.md"]));
    await writeFile(join(staging, "x.md.previous"), "# earlier x\n");
    await writeFile(join(dir, "x.md"), "# new x\n");
    const { code, stderr } = await solveInto(dir, undefined, "en");
    expect(code).toBe(EXIT_OK);
    expect(stderr).toContain(
      "an earlier run was interrupted while replacing files; its replacement was undone (x.md as they were before)",
    );
    expect(await readFile(join(dir, "x.md"), "utf8")).toBe("# earlier x\n");
  });

  it("writeFilesAllOrNone says which stale folders it removed (the isAlive test is injectable)", async () => {
    const dir = await mkdtemp(join(tmpdir(), "qp-out-stale-"));
    await mkdir(join(dir, `${STAGING_PREFIX}12345-abc`));
    await mkdir(join(dir, `${STAGING_PREFIX}not-a-pid`));
    const { removedStale } = await writeFilesAllOrNone(dir, [{ name: "a.txt", content: "a" }], {
      isAlive: () => false,
    });
    expect(removedStale).toEqual([{ path: join(dir, `${STAGING_PREFIX}12345-abc`), undone: [] }]);
    expect((await readdir(dir)).sort()).toEqual([`${STAGING_PREFIX}not-a-pid`, "a.txt"]);
  });
});

describe("writeFilesAllOrNone(dir, files) on its own (a folder may appear after a command's early check)", () => {
  it("refuses a folder in place of any target before it writes anything: OutputError, folder unchanged", async () => {
    const dir = await folderWithOldFiles();
    await mkdir(join(dir, "late.md"));
    const before = await snapshot(dir);
    const error = await writeFilesAllOrNone(dir, [
      { name: "baseline.json", content: "new" },
      { name: "late.md", content: "new" },
    ]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OutputError);
    expect((error as OutputError).bilingual.en).toMatch(/late\.md is a folder/);
    expect(await snapshot(dir)).toEqual(before);
  });

  it("a rename into a folder that appeared after the checks (EISDIR) is undone like any failed rename", async () => {
    const dir = await folderWithOldFiles();
    const fs: OutputFs = {
      ...NODE_FS,
      rename: async (from, to) => {
        // the new baseline.csv renamed into place (not its earlier version put back)
        if (to.endsWith("baseline.csv") && from.includes(STAGING_PREFIX) && from.endsWith("baseline.csv")) {
          throw Object.assign(new Error("EISDIR"), { code: "EISDIR" });
        }
        return NODE_FS.rename(from, to);
      },
    };
    const error = await writeFilesAllOrNone(
      dir,
      Object.keys(OLD).map((name) => ({ name, content: "new" })),
      { fs },
    ).catch((e: unknown) => e);
    expect((error as OutputError).bilingual.zh).toMatch(/baseline\.csv 是一个文件夹/);
    expect(await snapshot(dir)).toEqual(OLD);
  });
});

describe("report --out: the same checks, before the pack is printed", () => {
  it("a folder in place of the PDF: exit 2 with the path, before Chromium is started", async () => {
    const dir = await mkdtemp(join(tmpdir(), "qp-report-out-"));
    await mkdir(join(dir, "pack.pdf"));
    const { code, stderr } = await runCli(["report", BASELINE, "--out", join(dir, "pack.pdf")]);
    expect(code).toBe(EXIT_BAD_INPUT);
    expectBilingual(stderr, /pack\.pdf 是一个文件夹/, /pack\.pdf is a folder/, "pack.pdf");
    expect(await snapshot(dir)).toEqual({ "pack.pdf": "<folder>" });
  });

  it("--out under a file: exit 2 with the path", async () => {
    const dir = await folderWithOldFiles();
    const { code, stderr } = await runCli([
      "report",
      BASELINE,
      "--out",
      join(dir, "baseline.md", "pack.pdf"),
    ]);
    expect(code).toBe(EXIT_BAD_INPUT);
    expectBilingual(stderr, /路径中有一段是文件/, /a part of the path is a file/, "baseline.md");
    expect(await snapshot(dir)).toEqual(OLD);
  });
});
