#!/usr/bin/env node
// Entry point of the `quota-planner` command: runs the compiled CLI (lib/, built by `npm run build:lib`).
import { main } from "../lib/cli/main.js";

process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  stderrIsTTY: process.stderr.isTTY === true,
});
