/**
 * Small pieces shared by the renderers of compare, sensitivity and simulate: the provenance block, CSV and
 * Markdown cells.
 */
import type { Lang } from "../types.ts";
import { PROVENANCE_LABELS } from "../words/analysis-labels.ts";
import { t } from "../words/t.ts";

/** Where an output comes from: the toolkit's version, each scenario's content hash (`filesHash`), the seed. */
export interface Provenance {
  readonly version: string;
  readonly files: readonly { readonly source: string; readonly hash: string }[];
  /** The Monte Carlo's seed; absent where nothing is random. */
  readonly seed?: number;
}

/**
 * The provenance as lines of text, one per scenario file, then the seed.
 * @example provenanceLines({ version: "0.1.0", files: [{ source: "a.yaml", hash: "0123456789ab" }] }, "en") // ["quota-planner 0.1.0; content hash 0123456789ab (a.yaml)"]
 */
export function provenanceLines(provenance: Provenance, lang: Lang): string[] {
  const lines = provenance.files.map((f) =>
    t(PROVENANCE_LABELS.line, lang, { version: provenance.version, hash: f.hash, file: f.source }),
  );
  if (provenance.seed !== undefined) lines.push(t(PROVENANCE_LABELS.seed, lang, { seed: provenance.seed }));
  return lines;
}

/**
 * A text cell of a CSV file: quoted when it holds a comma, quote or line break; a cell that a spreadsheet would
 * read as a formula (=, +, −, @, tab, CR first) is prefixed with an apostrophe. Numbers are written as they are.
 * @example csvText("=1+1") // "'=1+1"
 * @example csvText("a,b")  // "\"a,b\""
 */
export function csvText(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** Lines as a CSV file: UTF-8 with a byte-order mark (Excel reads the Chinese), CRLF line ends. */
export function csvFile(lines: readonly (readonly string[])[]): string {
  return `\uFEFF${lines.map((l) => l.join(",")).join("\r\n")}\r\n`;
}

/** A Markdown table cell: pipes escaped, line breaks as spaces. */
export function mdCell(text: string): string {
  return text.replaceAll("|", "\\|").replace(/\r?\n/g, " ");
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
