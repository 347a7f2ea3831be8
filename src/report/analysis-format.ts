/**
 * Small pieces shared by the renderers of compare, sensitivity and simulate: the provenance block, the CSV file and
 * Markdown tables (cells through the hardened `csvText` and `markdownText`).
 */
import type { Bilingual, Lang } from "../types.ts";
import { PROVENANCE_LABELS } from "../words/analysis-labels.ts";
import { t } from "../words/t.ts";
import { markdownText } from "./markdown-text.ts";

/** Where an output comes from: the toolkit's version, each scenario's content hash (`filesHash`), the seed. */
export interface Provenance {
  readonly version: string;
  /**
   * Each scenario file, its content hash and — where the loader knows them — the county its data stands for and the
   * data file's name (printed on a line of their own, so every export says which county and data it shows).
   */
  readonly files: readonly {
    readonly source: string;
    readonly hash: string;
    readonly county?: Bilingual;
    readonly data?: string;
  }[];
  /** The Monte Carlo's seed; absent where nothing is random. */
  readonly seed?: number;
}

/**
 * The provenance as lines of text, one per scenario file, then the seed.
 * @example provenanceLines({ version: "0.1.0", files: [{ source: "a.yaml", hash: "0123456789ab" }] }, "en") // ["quota-planner 0.1.0; content hash 0123456789ab (a.yaml)"]
 */
export function provenanceLines(provenance: Provenance, lang: Lang): string[] {
  const lines = provenance.files.flatMap((f) => [
    t(PROVENANCE_LABELS.line, lang, { version: provenance.version, hash: f.hash, file: f.source }),
    ...(f.county !== undefined && f.data !== undefined
      ? [t(PROVENANCE_LABELS.data, lang, { county: t(f.county, lang), data: f.data })]
      : []),
  ]);
  if (provenance.seed !== undefined) lines.push(t(PROVENANCE_LABELS.seed, lang, { seed: provenance.seed }));
  return lines;
}

/** Lines as a CSV file: UTF-8 with a byte-order mark (Excel reads the Chinese), CRLF line ends. */
export function csvFile(lines: readonly (readonly string[])[]): string {
  return `\uFEFF${lines.map((l) => l.join(",")).join("\r\n")}\r\n`;
}

/** A Markdown table cell: plain text (`markdownText`: syntax escaped, no HTML, no autolink), line breaks as `<br>`. */
export function mdCell(text: string): string {
  return markdownText(text, { breaks: "br" });
}

/** A line of Markdown prose (a heading's text, a list item) from text that may hold the planner's names. */
export function mdLine(text: string): string {
  return markdownText(text);
}

/** A Markdown table: header, alignment row, rows. */
export function mdTable(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  align: readonly ("left" | "right")[],
): string[] {
  return [
    `| ${headers.map(mdCell).join(" | ")} |`,
    `|${align.map((a) => (a === "right" ? " ---: " : " --- ")).join("|")}|`,
    ...rows.map((row) => `| ${row.map(mdCell).join(" | ")} |`),
  ];
}
