import { extname } from "node:path";
import { columnLabel } from "../data/column-label.ts";
import { formatNotices } from "../report/format-notices.ts";
import { planPostTypesText } from "../report/format-plan.ts";
import { VALIDATE_HELP } from "../words/cli-help.ts";
import { type Command, onePositional, parseOptions, runCommand } from "./command.ts";
import { EXIT_OK } from "./io.ts";
import { displayPath, loadCountyData, loadModel, loadPlanWithFiles } from "./load-scenario.ts";
import { looksLikeModel, readText } from "./model-file.ts";

const help = VALIDATE_HELP;

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
        // a file with several post types (postTypes) is checked type by type, every problem at once
        const { plan, isPlan } = await loadPlanWithFiles(path, io.cwd);
        const scenario = plan.types[0]!.scenario;
        const types = isPlan
          ? planPostTypesText(
              plan.types.map((type) => type.postType),
              lang,
            )
          : "";
        io.stdout(
          zh
            ? `✓ 方案文件 ${shown}：数据 ${scenario.dataSource}（${scenario.data.townships.length} 个乡镇），标准 ${scenario.modelSource}${isPlan ? `，编制类型 ${types}` : ""}\n`
            : `✓ scenario ${shown}: data ${scenario.dataSource} (${scenario.data.townships.length} townships), model ${scenario.modelSource}${isPlan ? `, post types ${types}` : ""}\n`,
        );
        io.stdout(formatNotices(scenario.data.notices, lang));
        return EXIT_OK;
      }
      const data = await loadCountyData(path, io.cwd, values.sheet);
      const categories = new Set(data.townships.map((t) => t.category)).size;
      io.stdout(
        zh
          ? `✓ 数据文件 ${shown}：${data.townships.length} 个乡镇，${categories} 个类别，数值列 ${data.columns.map((c) => columnLabel(c).zh).join("、")}\n`
          : `✓ county table ${shown}: ${data.townships.length} townships, ${categories} categories, numeric columns ${data.columns.join(", ")}\n`,
      );
      io.stdout(formatNotices(data.notices, lang));
      return EXIT_OK;
    }),
};
