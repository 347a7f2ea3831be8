import { basename, dirname, extname, resolve } from "node:path";
import { resultIdentity } from "../report/result-identity.ts";
import { runScenario } from "../run/run-scenario.ts";
import { REPORT_HELP } from "../words/cli-help.ts";
import { type Command, choice, onePositional, parseOptions, runCommand } from "./command.ts";
import { EXIT_BAD_INPUT, EXIT_OK } from "./io.ts";
import { displayPath, loadScenarioWithFiles } from "./load-scenario.ts";
import { PackError, printPack } from "./print-pack.ts";
import { checkOutputs, writeOutputs } from "./write-outputs.ts";

const help = REPORT_HELP;

/** `quota-planner report <scenario.yaml> --format pdf|html`: the printed pack (cover, overview, every township). */
export const reportCommand: Command = {
  name: "report",
  help,
  run: (args, io) =>
    runCommand(help, args, io, async () => {
      const { values, positionals, lang } = parseOptions(args, ["out", "format"]);
      const format = choice(values.format, ["pdf", "html"] as const, "format", "pdf");
      const path = onePositional(positionals, {
        zh: "report 需要一个方案文件",
        en: "report takes one scenario file",
      });
      const out = resolve(io.cwd, values.out ?? `${basename(path, extname(path))}.${format}`);
      await checkOutputs(io, dirname(out), [basename(out)], true);
      const { scenario, files } = await loadScenarioWithFiles(path, io.cwd);
      const identity = await resultIdentity(scenario, await runScenario(scenario), files);
      let pack: Awaited<ReturnType<typeof printPack>>;
      try {
        pack = await printPack({ scenario, files, format, lang });
      } catch (error) {
        if (!(error instanceof PackError)) throw error;
        io.stderr(`${error.bilingual.zh}\n\n${error.bilingual.en}\n`);
        return EXIT_BAD_INPUT;
      }
      await writeOutputs(io, lang, dirname(out), [{ name: basename(out), content: pack.bytes }], true);
      const shown = displayPath(out, io.cwd);
      io.stderr(
        lang === "zh"
          ? `已写入 ${shown}（内容校验码 ${identity.hash}）\n`
          : `wrote ${shown} (content hash ${identity.hash})\n`,
      );
      if (pack.hash !== identity.hash) {
        io.stderr(
          lang === "zh"
            ? `注意：页面按本县数据的规范 CSV 计算，打印页上的校验码为 ${pack.hash}\n`
            : `note: the pages hash the county table as canonical CSV; the printed pages carry ${pack.hash}\n`,
        );
      }
      return EXIT_OK;
    }),
};
