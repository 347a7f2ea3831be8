import { terminalCell, terminalText } from "../report/strip-controls.ts";
import type { Lang } from "../types.ts";
import { modelAhpHierarchy } from "../weighting/model-ahp-hierarchy.ts";
import type { RandomIndexTable } from "../weighting/random-index.ts";
import { CLI_USAGE } from "../words/cli-help.ts";
import { internalErrorMessage } from "../words/cli-messages.ts";
import { apportionCommand } from "./apportion-command.ts";
import { categoriesCommand } from "./categories-command.ts";
import { checkCommand } from "./check-command.ts";
import { type Command, langOf, usageReport } from "./command.ts";
import { compareCommand } from "./compare-command.ts";
import { hiringCommand } from "./hiring-command.ts";
import { type CliIo, EXIT_BAD_INPUT, EXIT_INTERNAL, EXIT_OK } from "./io.ts";
import { displayPath } from "./load-scenario.ts";
import { modelOf } from "./model-file.ts";
import { officesCommand } from "./offices-command.ts";
import { reportCommand } from "./report-command.ts";
import { sensitivityCommand } from "./sensitivity-command.ts";
import { simulateCommand } from "./simulate-command.ts";
import { solveCommand } from "./solve-command.ts";
import { sweepCommand } from "./sweep-command.ts";
import { transitionCommand } from "./transition-command.ts";
import { validateCommand } from "./validate-command.ts";
import { weightsCommand } from "./weights-command.ts";

/** Every command; `weights` reads model files relative to `cwd`. */
function commands(cwd: string): readonly Command[] {
  const loadModelWeights = async (
    file: string,
    { randomIndex }: { randomIndex?: RandomIndexTable | undefined },
  ) => modelAhpHierarchy(await modelOf(file, cwd), { randomIndex, file: displayPath(file, cwd) });
  return [
    solveCommand,
    validateCommand,
    weightsCommand({ loadModelWeights }),
    apportionCommand,
    sweepCommand,
    reportCommand,
    checkCommand,
    compareCommand,
    sensitivityCommand,
    simulateCommand,
    officesCommand,
    categoriesCommand,
    hiringCommand,
    transitionCommand,
  ];
}

/**
 * Runs the command line. Returns the exit code (0 ok, 1 infeasible, 2 bad input or usage, 3 no allocation or an
 * internal error); all output goes through `io`, with escape sequences and control characters removed
 * (`terminalText`), so no user text can act on the terminal. This is the one error boundary: any unexpected
 * exception is exit 3 with a one-line message in both languages, the stack trace only with `--debug`, which
 * every command accepts (anywhere before a `--`).
 * @example await main(["solve", "scenarios/demo-county/baseline.yaml", "--format", "json"], io)
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const end = argv.includes("--") ? argv.indexOf("--") : argv.length;
  const debug = argv.slice(0, end).includes("--debug");
  const args = argv.filter((arg, i) => i >= end || arg !== "--debug");
  const safe: CliIo = {
    ...io,
    stdout: (text) => io.stdout(terminalText(text)),
    stderr: (text) => io.stderr(terminalText(text)),
  };
  try {
    return await dispatch(args, safe);
  } catch (error) {
    safe.stderr(internalErrorReport(error, { debug, lang: langOf(args) }));
    return EXIT_INTERNAL;
  }
}

/**
 * The message of an unexpected exception: one line per language (the chosen one first), then, with `debug`,
 * the stack trace. Also used by `bin/quota-planner.js` for what escapes `main` (an uncaught exception).
 * @example internalErrorReport(new TypeError("x is undefined"), { debug: false, lang: "en" })
 * // "error: internal error (a bug, not a problem of the input): TypeError: x is undefined. Add --debug …", then "错误：内部错误…"
 */
export function internalErrorReport(error: unknown, options: { debug: boolean; lang: Lang }): string {
  const detail = terminalCell(
    error instanceof Error ? `${error.name}: ${error.message}` : `${String(error)}`,
  ).slice(0, 300);
  const message = internalErrorMessage(detail);
  const zh = `错误：${message.zh}`;
  const en = `error: ${message.en}`;
  const lines = options.lang === "zh" ? `${zh}\n${en}\n` : `${en}\n${zh}\n`;
  const stack = error instanceof Error && error.stack !== undefined ? error.stack : String(error);
  return options.debug ? `${lines}\n${terminalText(stack)}\n` : lines;
}

async function dispatch(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    io.stdout(CLI_USAGE);
    return EXIT_BAD_INPUT;
  }
  if (name === "--help" || name === "-h" || (name === "help" && (rest.length === 0 || rest[0] === "help"))) {
    io.stdout(CLI_USAGE);
    return EXIT_OK;
  }
  const wanted = name === "help" ? rest[0]! : name;
  const command = commands(io.cwd).find((c) => c.name === wanted);
  if (command === undefined) {
    io.stderr(
      usageReport(
        { zh: `未知命令 ${wanted}`, en: `unknown command ${wanted}` },
        { zh: CLI_USAGE, en: CLI_USAGE },
        "zh",
      ),
    );
    return EXIT_BAD_INPUT;
  }
  if (name === "help") return command.run(["--help", ...rest.slice(1)], io);
  return command.run(rest, io);
}
