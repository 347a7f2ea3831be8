#!/usr/bin/env node
// Entry point of the `quota-planner` command: runs the compiled CLI (lib/, built by `npm run build:lib`).
// `main` is the error boundary (exit 3, one line, the stack with --debug); what escapes it — an exception thrown
// outside its promise chain — gets the same one-line message here. A closed pipe (`| head`) ends quietly.
const argv = process.argv.slice(2);
const debug = argv.slice(0, argv.includes("--") ? argv.indexOf("--") : argv.length).includes("--debug");
const lang = argv.includes("--lang=en") || argv[argv.indexOf("--lang") + 1] === "en" ? "en" : "zh";

let cli;
try {
  cli = await import("../lib/cli/main.js");
} catch (error) {
  // the one sentence that cannot come from src/words: the compiled library itself is missing or broken
  process.stderr.write(
    "错误：找不到或无法载入编译后的程序 lib/，请先运行 npm run build:lib\n" +
      "error: the compiled program lib/ is missing or broken: run npm run build:lib first\n" +
      (debug ? `\n${error?.stack ?? error}\n` : ""),
  );
  process.exit(3);
}

const fatal = (error) => {
  process.stderr.write(cli.internalErrorReport(error, { debug, lang }));
  process.exit(3);
};
process.on("uncaughtException", fatal);
process.on("unhandledRejection", fatal);
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    fatal(error);
  });
}

process.exitCode = await cli.main(argv, {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  stderrIsTTY: process.stderr.isTTY === true,
  progress: (text) => process.stderr.write(text),
});
