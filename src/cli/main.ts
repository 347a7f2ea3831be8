import { modelAhpHierarchy } from "../weighting/model-ahp-hierarchy.ts";
import type { RandomIndexTable } from "../weighting/random-index.ts";
import { CLI_USAGE } from "../words/cli-help.ts";
import { apportionCommand } from "./apportion-command.ts";
import { type Command, usageReport } from "./command.ts";
import { compareCommand } from "./compare-command.ts";
import { type CliIo, EXIT_BAD_INPUT, EXIT_OK } from "./io.ts";
import { displayPath } from "./load-scenario.ts";
import { modelOf } from "./model-file.ts";
import { reportCommand } from "./report-command.ts";
import { sensitivityCommand } from "./sensitivity-command.ts";
import { simulateCommand } from "./simulate-command.ts";
import { solveCommand } from "./solve-command.ts";
import { sweepCommand } from "./sweep-command.ts";
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
    compareCommand,
    sensitivityCommand,
    simulateCommand,
  ];
}

/**
 * Runs the command line. Returns the exit code (0 ok, 1 infeasible, 2 bad input or usage, 3 no allocation);
 * all output goes through `io`.
 * @example await main(["solve", "scenarios/demo-county/baseline.yaml", "--format", "json"], io)
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
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
