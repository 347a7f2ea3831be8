import {
  categoriesToCsv,
  categoriesToJson,
  categoriesToMarkdown,
  categoriesToText,
} from "../report/format-categories.ts";
import { planCategorySuggestions } from "../run/plan-category-suggestions.ts";
import { CATEGORIES_HELP } from "../words/office-cli-help.ts";
import { analysisOutputs, scenarioStem } from "./analysis-input.ts";
import { type Command, choice, onePositional, parseOptions, runCommand } from "./command.ts";
import { EXIT_OK } from "./io.ts";
import { loadPlanInput } from "./load-plan-input.ts";

const help = CATEGORIES_HELP;

/**
 * `quota-planner categories <scenario.yaml>`: each township's suggested category beside the declared one (R1), of a
 * single-type scenario or of a plan (`postTypes`, on the admin type's index, which the output names).
 */
export const categoriesCommand: Command = {
  name: "categories",
  help,
  run: (args, io) =>
    runCommand(help, args, io, async () => {
      const { values, positionals, lang } = parseOptions(args, ["format", "out"]);
      const format = choice(values.format, ["table", "json", "csv", "md"] as const, "format", "table");
      const path = onePositional(positionals, {
        zh: "categories 需要一个方案文件",
        en: "categories takes one scenario file",
      });
      const out = analysisOutputs(io, lang, values.out, `${scenarioStem(path)}-categories`);
      await out.check();
      const { plan, isPlan, provenance } = await loadPlanInput(path, io.cwd);
      // the composite is the weighted index: no allocation is needed for it
      const { postType, suggestions } = planCategorySuggestions(plan);
      // a single-type file's outputs stay as they were; a plan's name the type whose index is used
      const options = isPlan ? { postType } : {};
      const rendered = {
        table: () => categoriesToText(suggestions, provenance, lang, options),
        json: () => categoriesToJson(suggestions, provenance, options),
        csv: () => categoriesToCsv(suggestions, lang),
        md: () => categoriesToMarkdown(suggestions, provenance, lang, options),
      };
      await out.emit(rendered, format);
      return EXIT_OK;
    }),
};
