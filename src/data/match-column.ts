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
  const whole = matchWhole(header);
  if (whole !== undefined) return whole;
  // A header of two rows joined with a space ("编制数 行政编制"): the lower part names the column.
  const parts = header.trim().split(/[\s\u3000]+/);
  return parts.length > 1 ? matchWhole(parts[parts.length - 1]!) : undefined;
}

function matchWhole(header: string): ColumnSpec | undefined {
  return BY_NAME.get(keepBracketText(header)) ?? BY_NAME_WITHOUT_UNITS.get(dropBracketText(header));
}

/**
 * The known column a header the reader could not match most likely means, for a "did you mean" hint. Rule: the header
 * and every accepted header of every column not in `exclude` are folded as `matchColumn` folds them, units in
 * brackets dropped; a pair is scored by the Dice overlap of their characters (2 × shared characters ÷ both lengths,
 * counting repeats) when either holds Chinese, else by 1 − edit distance ÷ the longer length. The best column wins
 * when its score is at least 0.5 and no other column scores as high; otherwise there is no suggestion.
 *
 * @param header the header as written
 * @param exclude canonical keys of columns the table already has (they are never suggested)
 * @returns the closest column, or `undefined` when none is close or two are equally close
 * @throws never
 * @example
 * suggestColumn("借调借出")?.key  // "staffLentOut"
 * suggestColumn("populaton")?.key // "population"
 * suggestColumn("备注")            // undefined
 */
export function suggestColumn(
  header: string,
  exclude: ReadonlySet<string> = new Set(),
): ColumnSpec | undefined {
  const folded = dropBracketText(header);
  if (folded === "") return undefined;
  let best: { spec: ColumnSpec; score: number } | undefined;
  let tied = false;
  for (const spec of TOWNSHIP_COLUMNS) {
    if (exclude.has(spec.key)) continue;
    let score = 0;
    for (const name of [spec.key, spec.label.zh, spec.label.en, ...spec.aliases]) {
      score = Math.max(score, headerSimilarity(folded, dropBracketText(name)));
    }
    if (best === undefined || score > best.score) {
      best = { spec, score };
      tied = false;
    } else if (score === best.score) tied = true;
  }
  return best !== undefined && best.score >= 0.5 && !tied ? best.spec : undefined;
}

/**
 * Similarity of two folded headers from 0 (nothing shared) to 1 (equal): the Dice overlap of their characters when
 * either holds a Chinese character, else 1 − Levenshtein distance ÷ the longer length.
 * @throws never
 * @example
 * headerSimilarity("借调借出", "借出人员") // 0.5 (借 and 出 shared: 2 × 2 ÷ 8)
 * headerSimilarity("populaton", "population") // 0.9
 */
export function headerSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a === "" || b === "") return 0;
  const chars = (text: string) => [...text];
  const left = chars(a);
  const right = chars(b);
  if (/[\u4e00-\u9fff]/.test(a + b)) {
    const counts = new Map<string, number>();
    for (const ch of left) counts.set(ch, (counts.get(ch) ?? 0) + 1);
    let shared = 0;
    for (const ch of right) {
      const n = counts.get(ch) ?? 0;
      if (n > 0) {
        shared++;
        counts.set(ch, n - 1);
      }
    }
    return (2 * shared) / (left.length + right.length);
  }
  let previous = Array.from({ length: right.length + 1 }, (_, j) => j);
  for (let i = 1; i <= left.length; i++) {
    const current = [i];
    for (let j = 1; j <= right.length; j++) {
      const substitution = previous[j - 1]! + (left[i - 1] === right[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution));
    }
    previous = current;
  }
  return 1 - previous[right.length]! / Math.max(left.length, right.length);
}

const OPEN = "([【{";
const CLOSE = ")]】}";

function fold(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s_\-\u3000]+/g, "");
}

/**
 * A header folded as `matchColumn` compares headers (NFKC, case, spaces, `_`/`-` and bracket characters ignored),
 * so that two spellings of one header compare equal.
 * @throws never
 * @example foldHeader(" 借调借出（人） ") === foldHeader("借调借出(人)") // true
 */
export function foldHeader(text: string): string {
  return keepBracketText(text);
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
