import { modelAhpHierarchy } from "../weighting/model-ahp-hierarchy.ts";
import type { RandomIndexTable } from "../weighting/random-index.ts";
import { apportionCommand } from "./apportion-command.ts";
import { type Command, usageReport } from "./command.ts";
import { type CliIo, EXIT_BAD_INPUT, EXIT_OK } from "./io.ts";
import { displayPath } from "./load-scenario.ts";
import { modelOf } from "./model-file.ts";
import { solveCommand } from "./solve-command.ts";
import { sweepCommand } from "./sweep-command.ts";
import { validateCommand } from "./validate-command.ts";
import { weightsCommand } from "./weights-command.ts";

const USAGE = `quota-planner — 乡镇编制配置规划器 / township staffing quota planner

Usage:
  quota-planner solve <scenario.yaml> [--out dir] [--lang zh|en] [--format table|json|csv|md] [--solver auto|exact|highs|jsLpSolver]
  quota-planner validate <file>          check a county table (.csv/.xlsx/.json), a model or a scenario (.yaml)
  quota-planner weights --method ahp|entropy|critic|combined [--format table|json] <file>
                                         weights, λmax, CI, CR and inconsistent pairs (matrix CSV, data CSV, county table or model YAML)
  quota-planner apportion <table.csv> --total N --method <name> [--min k] [--max k] [--weight-column col] [--format table|json]
                                         one classical method on a plain table of units and weights
  quota-planner sweep <scenario.yaml> --totals A..B [--format table|json] [--lang zh|en]
                                         each township's posts as the county total moves; flags the Alabama paradox
  quota-planner help <command>           every option of a command (also: quota-planner <command> --help)

Exit codes: 0 ok, 1 infeasible (with the diagnosis), 2 bad input or usage, 3 the solver stopped without an allocation.
`;

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
    io.stdout(USAGE);
    return EXIT_BAD_INPUT;
  }
  if (name === "--help" || name === "-h" || (name === "help" && rest.length === 0)) {
    io.stdout(USAGE);
    return EXIT_OK;
  }
  const wanted = name === "help" ? rest[0]! : name;
  const command = commands(io.cwd).find((c) => c.name === wanted);
  if (command === undefined) {
    io.stderr(
      usageReport(
        { zh: `未知命令 ${wanted}`, en: `unknown command ${wanted}` },
        { zh: USAGE, en: USAGE },
        "zh",
      ),
    );
    return EXIT_BAD_INPUT;
  }
  if (name === "help") return command.run(["--help", ...rest.slice(1)], io);
  return command.run(rest, io);
}
