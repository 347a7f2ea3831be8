import { suggestCategories } from "../explain/suggest-category.ts";
import {
  categoriesToCsv,
  categoriesToJson,
  categoriesToMarkdown,
  categoriesToText,
} from "../report/format-categories.ts";
import { InputError } from "../types.ts";
import { computeIndex } from "../weighting/weighted-index.ts";
import { CATEGORIES_HELP } from "../words/office-cli-help.ts";
import { analysisOutputs, loadScenarios, provenanceOf, scenarioStem } from "./analysis-input.ts";
import { type Command, choice, onePositional, parseOptions, runCommand } from "./command.ts";
import { EXIT_OK } from "./io.ts";

const help = CATEGORIES_HELP;

/** `quota-planner categories <scenario.yaml>`: each township's suggested category beside the declared one (R1). */
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
      const loaded = await loadScenarios([path], io.cwd);
      // the composite is the weighted index: no allocation is needed for it
      const scenario = loaded[0]!.scenario;
      const index = computeIndex(scenario.model, scenario.data);
      if (index.status === "problems") throw new InputError(index.problems);
      const suggestions = suggestCategories(
        scenario.data.townships.map((t, j) => ({
          id: t.id,
          name: t.name,
          category: t.category,
          composite: index.result.townships[j]!.index,
        })),
      );
      const provenance = provenanceOf(loaded);
      const rendered = {
        table: () => categoriesToText(suggestions, provenance, lang),
        json: () => categoriesToJson(suggestions, provenance),
        csv: () => categoriesToCsv(suggestions, lang),
        md: () => categoriesToMarkdown(suggestions, provenance, lang),
      };
      await out.emit(rendered, format);
      return EXIT_OK;
    }),
};
