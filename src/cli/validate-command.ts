import { extname } from "node:path";
import { type Command, onePositional, parseOptions, runCommand } from "./command.ts";
import { EXIT_OK } from "./io.ts";
import { displayPath, loadCountyData, loadModel, loadScenario } from "./load-scenario.ts";
import { looksLikeModel, readText } from "./model-file.ts";

const help = {
  zh: `用法：quota-planner validate <文件> [选项]
检查一个数据文件（.csv/.xlsx/.json 乡镇表）、标准文件或方案文件（.yaml），列出全部问题及其位置。
  --sheet 名称    XLSX 工作表（默认第一个）
  --lang zh|en    语言（默认 zh）
退出码：0 文件无误，2 输入或参数有误。
`,
  en: `Usage: quota-planner validate <file> [options]
Checks a county table (.csv/.xlsx/.json), a model or a scenario file (.yaml) and lists every problem with where it is.
  --sheet name    XLSX worksheet (default the first)
  --lang zh|en    language (default zh)
Exit codes: 0 the file is fine, 2 bad input or usage.
`,
};

/** `quota-planner validate <file>`: checks a county table, a model or a scenario and says what it holds. */
export const validateCommand: Command = {
  name: "validate",
  help,
  run: (args, io) =>
    runCommand(help, args, io, async () => {
      const { values, positionals, lang } = parseOptions(args, ["sheet"]);
      const path = onePositional(positionals, { zh: "validate 需要一个文件", en: "validate takes one file" });
      const shown = displayPath(path, io.cwd);
      const zh = lang === "zh";
      const extension = extname(path).toLowerCase();
      if (extension === ".yaml" || extension === ".yml") {
        if (looksLikeModel(await readText(path, io.cwd))) {
          const model = await loadModel(path, io.cwd);
          const indicators = model.factors.reduce((s, f) => s + f.indicators.length, 0);
          io.stdout(
            zh
              ? `✓ 标准文件 ${shown}：${model.factors.length} 个因素，${indicators} 个指标\n`
              : `✓ model ${shown}: ${model.factors.length} factors, ${indicators} indicators\n`,
          );
          return EXIT_OK;
        }
        const scenario = await loadScenario(path, io.cwd);
        io.stdout(
          zh
            ? `✓ 方案文件 ${shown}：数据 ${scenario.dataSource}（${scenario.data.townships.length} 个乡镇），标准 ${scenario.modelSource}\n`
            : `✓ scenario ${shown}: data ${scenario.dataSource} (${scenario.data.townships.length} townships), model ${scenario.modelSource}\n`,
        );
        return EXIT_OK;
      }
      const data = await loadCountyData(path, io.cwd, values.sheet);
      const categories = new Set(data.townships.map((t) => t.category)).size;
      io.stdout(
        zh
          ? `✓ 数据文件 ${shown}：${data.townships.length} 个乡镇，${categories} 个类别，数值列 ${data.columns.join("、")}\n`
          : `✓ county table ${shown}: ${data.townships.length} townships, ${categories} categories, numeric columns ${data.columns.join(", ")}\n`,
      );
      return EXIT_OK;
    }),
};
