/**
 * The order of a sortable table's rows: numbers numerically, text by Chinese collation (pinyin order,
 * `Intl.Collator("zh")`), empty values last either way, ties in input order.
 */

/** What `sortRows` needs of a column. */
export interface SortColumn<Row> {
  /** How the column sorts: "number" numerically, "text" in pinyin order. */
  readonly type: "number" | "text";
  /** The value to sort on; `undefined`, "" and NaN are empty. */
  readonly value: (row: Row) => number | string | undefined;
}

/** Which way a column sorts. */
export type SortDirection = "ascending" | "descending";

const collator = new Intl.Collator("zh");

function isEmpty(value: number | string | undefined): boolean {
  return value === undefined || value === "" || (typeof value === "number" && Number.isNaN(value));
}

/**
 * `rows` sorted by `column` (a new array; the input is not changed). Empty values (undefined, "",
 * NaN) come last in both directions; equal values keep their input order.
 * @example sortRows([{ n: 2 }, { n: 10 }], { type: "number", value: (r) => r.n }, "descending") // [{ n: 10 }, { n: 2 }]
 */
export function sortRows<Row>(
  rows: readonly Row[],
  column: SortColumn<Row>,
  direction: SortDirection,
): Row[] {
  const sign = direction === "ascending" ? 1 : -1;
  const keyed = rows.map((row, index) => ({ row, index, value: column.value(row) }));
  keyed.sort((a, b) => {
    const emptyA = isEmpty(a.value);
    const emptyB = isEmpty(b.value);
    if (emptyA || emptyB) return emptyA === emptyB ? a.index - b.index : emptyA ? 1 : -1;
    const order =
      column.type === "number"
        ? Number(a.value) - Number(b.value)
        : collator.compare(String(a.value), String(b.value));
    return order !== 0 ? sign * order : a.index - b.index;
  });
  return keyed.map((entry) => entry.row);
}
