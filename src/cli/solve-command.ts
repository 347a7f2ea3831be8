import { basename, extname, join, resolve } from "node:path";
import { formatNotices } from "../report/format-notices.ts";
import { resultToCsv, resultToJson, resultToMarkdown, resultToText } from "../report/format-result.ts";
import { resultIdentity } from "../report/result-identity.ts";
import { isProvinceScenario } from "../run/run-province.ts";
import { runScenario } from "../run/run-scenario.ts";
import type { SolverChoice } from "../types.ts";
import { solveHelp } from "../words/cli-help.ts";
import { wroteFilesMessage } from "../words/cli-messages.ts";
import { COUNTY_WITHOUT_COLUMN } from "../words/province-labels.ts";
import { t } from "../words/t.ts";
import { type Command, choice, onePositional, parseOptions, runCommand, UsageError } from "./command.ts";
import { EXIT_INFEASIBLE, EXIT_NO_SOLUTION, EXIT_OK } from "./io.ts";
import { displayPath, loadPlanWithFiles } from "./load-scenario.ts";
import { solveProvince } from "./province-solve.ts";
import { solvePlan } from "./solve-plan.ts";
import { checkOutputs, writeOutputs } from "./write-outputs.ts";

const SOLVERS = ["auto", "exact", "highs", "jsLpSolver"] as const satisfies readonly SolverChoice[];

const help = solveHelp(SOLVERS);

/** `quota-planner solve <scenario.yaml>`: the allocation of a scenario, printed and optionally written to files. */
export const solveCommand: Command = {
  name: "solve",
  help,
  run: (args, io) =>
    runCommand(help, args, io, async () => {
      const { values, positionals, lang } = parseOptions(args, ["out", "format", "solver", "county"]);
      const format = choice(values.format, ["table", "json", "csv", "md"] as const, "format", "table");
      const solver = choice(values.solver, SOLVERS, "solver");
      const path = onePositional(positionals, {
        zh: "solve 需要一个方案文件",
        en: "solve takes one scenario file",
      });
      const stem = basename(path, extname(path));
      const names = [`${stem}.json`, `${stem}.csv`, `${stem}.md`] as const;
      if (values.out !== undefined) await checkOutputs(io, resolve(io.cwd, values.out), names);
      const { plan, files, isPlan } = await loadPlanWithFiles(path, io.cwd);
      const scenario = plan.types[0]!.scenario;
      const notices = formatNotices(scenario.data.notices, lang);
      if (notices !== "") io.stderr(notices);
      let rendered: Record<"json" | "csv" | "md" | "table", () => string>;
      let statuses: readonly string[];
      const solving = solver === undefined ? scenario : { ...scenario, solver };
      if (!isPlan && isProvinceScenario(solving))
        return solveProvince(io, {
          scenario: solving,
          files,
          lang,
          format,
          ...(values.county !== undefined ? { county: values.county } : {}),
          ...(values.out !== undefined
            ? { out: { dir: resolve(io.cwd, values.out), shown: values.out, names } }
            : {}),
        });
      if (values.county !== undefined) throw new UsageError(COUNTY_WITHOUT_COLUMN);
      if (isPlan) ({ rendered, statuses } = await solvePlan(plan, files, lang, solver));
      else {
        // A single-type file: the single-type outputs, byte for byte as before plans existed.
        const result = await runScenario(solving);
        const identity = await resultIdentity(scenario, result, files);
        statuses = [result.solver.status];
        rendered = {
          json: () => resultToJson(result),
          csv: () => resultToCsv(result, lang),
          md: () => resultToMarkdown(result, lang, identity),
          table: () => resultToText(result, lang),
        };
      }
      io.stdout(rendered[format]());
      if (values.out !== undefined) {
        await writeOutputs(io, lang, resolve(io.cwd, values.out), [
          { name: names[0], content: rendered.json() },
          { name: names[1], content: rendered.csv() },
          { name: names[2], content: rendered.md() },
        ]);
        const shown = displayPath(join(values.out, stem), io.cwd);
        io.stderr(`${t(wroteFilesMessage(shown, ["json", "csv", "md"]), lang)}\n`);
      }
      if (statuses.includes("timedOut") || statuses.includes("error")) return EXIT_NO_SOLUTION;
      if (statuses.includes("infeasible")) return EXIT_INFEASIBLE;
      return EXIT_OK;
    }),
};
