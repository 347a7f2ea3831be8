import { join } from "node:path";
import {
  provinceCounty,
  provinceToCsv,
  provinceToJson,
  provinceToMarkdown,
  provinceToText,
} from "../report/format-province.ts";
import type { IdentityFiles } from "../report/result-identity.ts";
import { oneOfCounties, resultIdentity } from "../report/result-identity.ts";
import { runProvince } from "../run/run-province.ts";
import type { WeightedScenario } from "../run/weigh-scenario.ts";
import type { Lang } from "../types.ts";
import { PROVINCE_CLI_LABELS, PROVINCE_LABELS, PROVINCE_PROBLEMS } from "../words/province-labels.ts";
import { t } from "../words/t.ts";
import { UsageError } from "./command.ts";
import { type CliIo, EXIT_INFEASIBLE, EXIT_NO_SOLUTION, EXIT_OK } from "./io.ts";
import { displayPath } from "./load-scenario.ts";
import { writeOutputs } from "./write-outputs.ts";

/** What `solve` passes on for a province scenario (a county column in its table). */
export interface ProvinceSolveRequest {
  readonly scenario: WeightedScenario;
  readonly files: IdentityFiles;
  readonly lang: Lang;
  readonly format: "table" | "json" | "csv" | "md";
  /** `--county`: print only that county (the files of `--out` hold the whole province). */
  readonly county?: string;
  /** `--out` as given, already checked, with the three names. */
  readonly out?: {
    readonly dir: string;
    readonly shown: string;
    readonly names: readonly [string, string, string];
  };
}

/**
 * `solve` on a province scenario: runs every county (`runProvince`), prints the county summary and the township table
 * (or one county with `--county`), writes JSON, CSV and Markdown of the whole province with `--out`.
 * Exit 1 when the split or any county is infeasible (the others are printed solved), 3 when a solver stopped.
 * @throws {UsageError} for a `--county` the province does not have (with the counties it has)
 */
export async function solveProvince(io: CliIo, request: ProvinceSolveRequest): Promise<number> {
  const { lang } = request;
  const result = await runProvince(request.scenario);
  const shown = request.county === undefined ? result : provinceCounty(result, request.county);
  if (shown === undefined)
    throw new UsageError(
      PROVINCE_PROBLEMS.unknownCountyOption(
        request.county ?? "",
        result.counties.map((c) => c.county).join(", "),
      ),
    );
  const whole = await resultIdentity(request.scenario, result, request.files);
  // one county shown: the identity names it, as one of the table's counties (the hash is still the files')
  const identity =
    shown.only === undefined
      ? whole
      : { ...whole, county: oneOfCounties(shown.only.county, shown.only.counties) };
  const render = {
    json: (r: typeof result) => provinceToJson(r),
    csv: (r: typeof result) => provinceToCsv(r, lang),
    md: (r: typeof result) => provinceToMarkdown(r, lang, r === result ? whole : identity),
    table: (r: typeof result) => provinceToText(r, lang),
  };
  io.stdout(render[request.format](shown));
  if (request.out !== undefined) {
    const [json, csv, md] = request.out.names;
    await writeOutputs(io, lang, request.out.dir, [
      { name: json, content: render.json(result) },
      { name: csv, content: render.csv(result) },
      { name: md, content: render.md(result) },
    ]);
    const stem = json.replace(/\.json$/, "");
    const path = displayPath(join(request.out.shown, stem), io.cwd);
    io.stderr(
      `${t(PROVINCE_CLI_LABELS.wrote, lang)} ${path}.{json,csv,md} (${t(PROVINCE_LABELS.summaryHeading, lang)}: ${result.counties.length})\n`,
    );
  }
  if (result.status === "infeasible") return EXIT_INFEASIBLE;
  if (result.status === "no-solution") return EXIT_NO_SOLUTION;
  return EXIT_OK;
}
