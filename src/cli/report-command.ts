import { basename, dirname, extname, resolve } from "node:path";
import { resultIdentity } from "../report/result-identity.ts";
import { resultToXlsx } from "../report/result-xlsx.ts";
import { runScenario } from "../run/run-scenario.ts";
import { REPORT_HELP } from "../words/cli-help.ts";
import { printedHashNote, wroteReportMessage } from "../words/cli-messages.ts";
import { t } from "../words/t.ts";
import { type Command, choice, onePositional, parseOptions, runCommand } from "./command.ts";
import { EXIT_BAD_INPUT, EXIT_OK } from "./io.ts";
import { displayPath, loadScenarioWithFiles } from "./load-scenario.ts";
import { PackError, printPack } from "./print-pack.ts";
import { checkOutputs, writeOutputs } from "./write-outputs.ts";

const help = REPORT_HELP;

/**
 * `quota-planner report <scenario.yaml> --format pdf|html|xlsx`: the printed pack (cover, overview, every township),
 * or the workbook to check by hand (`resultToXlsx` with the scenario: live formulas, no Chromium).
 */
export const reportCommand: Command = {
  name: "report",
  help,
  run: (args, io) =>
    runCommand(help, args, io, async () => {
      const { values, positionals, lang } = parseOptions(args, ["out", "format"]);
      const format = choice(values.format, ["pdf", "html", "xlsx"] as const, "format", "pdf");
      const path = onePositional(positionals, {
        zh: "report 需要一个方案文件",
        en: "report takes one scenario file",
      });
      const out = resolve(io.cwd, values.out ?? `${basename(path, extname(path))}.${format}`);
      await checkOutputs(io, dirname(out), [basename(out)], true);
      const { scenario, files } = await loadScenarioWithFiles(path, io.cwd);
      const result = await runScenario(scenario);
      const identity = await resultIdentity(scenario, result, files);
      const shown = displayPath(out, io.cwd);
      if (format === "xlsx") {
        const bytes = await resultToXlsx(result, lang, { identity, scenario });
        await writeOutputs(io, lang, dirname(out), [{ name: basename(out), content: bytes }], true);
        io.stderr(`${t(wroteReportMessage(shown, identity.hash), lang)}\n`);
        return EXIT_OK;
      }
      let pack: Awaited<ReturnType<typeof printPack>>;
      try {
        pack = await printPack({ scenario, files, format, lang });
      } catch (error) {
        if (!(error instanceof PackError)) throw error;
        io.stderr(`${error.bilingual.zh}\n\n${error.bilingual.en}\n`);
        return EXIT_BAD_INPUT;
      }
      await writeOutputs(io, lang, dirname(out), [{ name: basename(out), content: pack.bytes }], true);
      io.stderr(`${t(wroteReportMessage(shown, identity.hash), lang)}\n`);
      if (pack.hash !== identity.hash) {
        io.stderr(`${t(printedHashNote(pack.hash), lang)}\n`);
      }
      return EXIT_OK;
    }),
};
