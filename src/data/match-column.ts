import { type ColumnSpec, TOWNSHIP_COLUMNS } from "./columns.ts";

/**
 * Every header accepted for a known column: its canonical key, its Chinese and English labels and its
 * aliases, without repeats (two names that compare equal after normalisation count once).
 *
 * @param spec a column of `TOWNSHIP_COLUMNS`
 * @returns the accepted headers, canonical key first
 * @throws never
 * @example
 * acceptedHeaders(TOWNSHIP_COLUMNS[3]!) // ["population", "人口", "常住人口", "户籍人口", "人口数量", "人口（人）"]
 */
export function acceptedHeaders(spec: ColumnSpec): string[] {
  const seen = new Set<string>();
  const names: string[] = [];
  for (const name of [spec.key, spec.label.zh, spec.label.en, ...spec.aliases]) {
    const norm = keepBracketText(name);
    if (seen.has(norm)) continue;
    seen.add(norm);
    names.push(name);
  }
  return names;
}

/**
 * Finds the known column a header stands for. Headers are compared after Unicode NFKC folding
 * (full-width letters and brackets become ASCII), ignoring case, spaces, hyphens and underscores;
 * first with bracket characters removed ("乡镇（街道）" = "乡镇街道"), then with bracketed text
 * removed, so that units do not matter: "人口（人）", "幅员面积(km²)", "GDP [万元]".
 *
 * @param header the header as written in the file
 * @returns the column spec, or `undefined` for a header that names no known column
 * @throws never
 * @example
 * matchColumn("人口（人）")?.key      // "population"
 * matchColumn(" Admin Posts ")?.key  // "adminPosts"
 * matchColumn("备注")                 // undefined
 */
export function matchColumn(header: string): ColumnSpec | undefined {
  return BY_NAME.get(keepBracketText(header)) ?? BY_NAME_WITHOUT_UNITS.get(dropBracketText(header));
}

const OPEN = "([【{";
const CLOSE = ")]】}";

function fold(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s_\-\u3000]+/g, "");
}

/** Folded text with bracket characters removed, their content kept. */
function keepBracketText(text: string): string {
  return fold(text).replace(/[()[\]【】{}]/g, "");
}

/** Folded text with bracketed parts removed: "人口（人）" → "人口". */
function dropBracketText(text: string): string {
  let depth = 0;
  let out = "";
  for (const ch of fold(text)) {
    if (OPEN.includes(ch)) depth++;
    else if (CLOSE.includes(ch)) depth = Math.max(0, depth - 1);
    else if (depth === 0) out += ch;
  }
  return out;
}

function buildIndex(normalise: (name: string) => string): ReadonlyMap<string, ColumnSpec> {
  const index = new Map<string, ColumnSpec>();
  for (const spec of TOWNSHIP_COLUMNS) {
    for (const name of [spec.key, spec.label.zh, spec.label.en, ...spec.aliases]) {
      const norm = normalise(name);
      if (norm !== "" && !index.has(norm)) index.set(norm, spec);
    }
  }
  return index;
}

const BY_NAME = buildIndex(keepBracketText);
const BY_NAME_WITHOUT_UNITS = buildIndex(dropBracketText);
