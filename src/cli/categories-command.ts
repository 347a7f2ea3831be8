import { suggestCategories } from "../explain/suggest-category.ts";
import {
  categoriesToCsv,
  categoriesToJson,
  categoriesToMarkdown,
  categoriesToText,
} from "../report/format-categories.ts";
import { runScenario } from "../run/run-scenario.ts";
import { CATEGORIES_HELP } from "../words/office-cli-help.ts";
import { analysisOutputs, loadScenarios, provenanceOf, scenarioStem } from "./analysis-input.ts";
import { type Command, choice, parseOptions, runCommand, UsageError } from "./command.ts";
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
      if (positionals.length !== 1) {
        throw new UsageError({
          zh: `categories 需要一个方案文件，实有 ${positionals.length} 个`,
          en: `categories takes one scenario file, found ${positionals.length}`,
        });
      }
      const out = analysisOutputs(io, lang, values.out, `${scenarioStem(positionals[0]!)}-categories`);
      await out.check();
      const loaded = await loadScenarios(positionals, io.cwd);
      const result = await runScenario(loaded[0]!.scenario);
      const suggestions = suggestCategories(
        result.townships.map((t) => ({ id: t.id, name: t.name, category: t.category, composite: t.index })),
      );
      const provenance = provenanceOf(loaded);
      const rendered = {
        table: () => categoriesToText(suggestions, provenance, lang),
        json: () => categoriesToJson(suggestions, provenance),
        csv: () => categoriesToCsv(suggestions, lang),
        md: () => categoriesToMarkdown(suggestions, provenance, lang),
      };
      io.stdout(rendered[format]());
      await out.write(rendered);
      return EXIT_OK;
    }),
};
