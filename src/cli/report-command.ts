import { basename, dirname, extname, resolve } from "node:path";
import { complianceTable } from "../explain/compliance.ts";
import { planIdentity } from "../report/plan-identity.ts";
import { planToPrintHtml, printIdentityLine } from "../report/plan-print-html.ts";
import { planOfficesView, planSections } from "../report/plan-sections.ts";
import { planWorkbook } from "../report/plan-xlsx.ts";
import type { IdentityFiles } from "../report/result-identity.ts";
import { resultIdentity } from "../report/result-identity.ts";
import { resultToXlsx } from "../report/result-xlsx.ts";
import type { WeightedPlan } from "../run/load-plan.ts";
import { runPlan } from "../run/run-plan.ts";
import { runScenario } from "../run/run-scenario.ts";
import type { Lang } from "../types.ts";
import { REPORT_HELP } from "../words/cli-help.ts";
import { printedHashNote, wroteReportMessage } from "../words/cli-messages.ts";
import { PLAN_PRINT_LABELS } from "../words/plan-print-labels.ts";
import { t } from "../words/t.ts";
import { type Command, choice, onePositional, parseOptions, runCommand } from "./command.ts";
import { EXIT_BAD_INPUT, EXIT_OK } from "./io.ts";
import { displayPath, loadPlanWithFiles } from "./load-scenario.ts";
import { PackError, printHtmlToPdf, printPack } from "./print-pack.ts";
import { checkOutputs, writeOutputs } from "./write-outputs.ts";

const help = REPORT_HELP;

/**
 * `quota-planner report <scenario.yaml> --format pdf|html|xlsx`: the printed pack (cover, overview, every township),
 * or the workbook to check by hand (`resultToXlsx` with the scenario: live formulas, no Chromium). A plan (a file
 * with `postTypes`) gets its own pack, written in Node (`planToPrintHtml`, printed by the same Chromium for pdf), and
 * its own workbook (`planToXlsx`).
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
      const { plan, files, isPlan } = await loadPlanWithFiles(path, io.cwd);
      const shown = displayPath(out, io.cwd);
      if (isPlan) {
        let rendered: { readonly bytes: Uint8Array; readonly hash: string };
        try {
          rendered = await planReport(plan, files, format, lang);
        } catch (error) {
          if (!(error instanceof PackError)) throw error;
          io.stderr(`${error.bilingual.zh}\n\n${error.bilingual.en}\n`);
          return EXIT_BAD_INPUT;
        }
        await writeOutputs(io, lang, dirname(out), [{ name: basename(out), content: rendered.bytes }], true);
        io.stderr(`${t(wroteReportMessage(shown, rendered.hash), lang)}\n`);
        return EXIT_OK;
      }
      const scenario = plan.types[0]!.scenario;
      const result = await runScenario(scenario);
      const identity = await resultIdentity(scenario, result, files);
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

/**
 * A plan's report: run, the compliance table, the identity and the sections, then the workbook, the print HTML or
 * that HTML printed to PDF.
 * @throws {PackError} for a PDF when Chromium is absent
 */
async function planReport(
  plan: WeightedPlan,
  files: IdentityFiles,
  format: "pdf" | "html" | "xlsx",
  lang: Lang,
): Promise<{ readonly bytes: Uint8Array; readonly hash: string }> {
  const result = await runPlan(plan);
  const compliance = complianceTable(result);
  const identity = await planIdentity(plan, result, files);
  if (format === "xlsx")
    return { bytes: await planWorkbook(plan, result, identity, lang), hash: identity.hash };
  const sections = planSections(result, planOfficesView(plan.source, plan.types[0]!.scenario), lang);
  const html = planToPrintHtml({ plan: result, compliance, identity, sections, lang });
  if (format === "html") return { bytes: new TextEncoder().encode(html), hash: identity.hash };
  const pdf = await printHtmlToPdf(html, {
    line: printIdentityLine(identity, lang),
    pageWord: t(PLAN_PRINT_LABELS.page, lang),
  });
  return { bytes: pdf, hash: identity.hash };
}
