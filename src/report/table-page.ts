/** A township row as the overview's table filters it. */
export interface FilterableRow {
  readonly id: string;
  readonly name: string;
}

/** What the overview's table is narrowed to: a county (province tables) and a text in the name or id. */
export interface RowFilter {
  /** Only the townships of this county; undefined or "" for all. */
  readonly county?: string;
  /** Only names or ids containing this text (case-insensitive, trimmed); undefined or "" for all. */
  readonly search?: string;
}

/**
 * The rows a filter keeps, in their order: of the county (`countyOf` gives a row's county) and containing the search
 * text in the name or id.
 * @example filterRows([{ id: "T1", name: "城厢镇" }, { id: "T2", name: "东乡" }], () => undefined, { search: "城" }) // [{ id: "T1", name: "城厢镇" }]
 */
export function filterRows<Row extends FilterableRow>(
  rows: readonly Row[],
  countyOf: (row: Row) => string | undefined,
  filter: RowFilter,
): Row[] {
  const county = filter.county ?? "";
  const search = (filter.search ?? "").trim().toLowerCase();
  return rows.filter(
    (row) =>
      (county === "" || countyOf(row) === county) &&
      (search === "" || row.name.toLowerCase().includes(search) || row.id.toLowerCase().includes(search)),
  );
}

/**
 * One page of rows: page numbers from 1, clamped to the pages there are (at least one, even for no rows).
 * @throws {RangeError} when `size` is not a whole number ≥ 1 (a caller's mistake)
 * @example pageOf(["a", "b", "c"], 2, 2) // { rows: ["c"], page: 2, pages: 2, first: 3, last: 3 }
 */
export function pageOf<Row>(
  rows: readonly Row[],
  page: number,
  size: number,
): { rows: Row[]; page: number; pages: number; first: number; last: number } {
  if (!Number.isInteger(size) || size < 1)
    throw new RangeError(`pageOf(): size ${size} is not a whole number ≥ 1`);
  const pages = Math.max(1, Math.ceil(rows.length / size));
  const at = Math.min(Math.max(1, Math.floor(page)), pages);
  const start = (at - 1) * size;
  const shown = rows.slice(start, start + size);
  return {
    rows: shown,
    page: at,
    pages,
    first: shown.length > 0 ? start + 1 : 0,
    last: start + shown.length,
  };
}

/**
 * The n rows that change most (largest |change| first, ties in row order): what a chart of a province shows.
 * @example largestChanges([{ change: 1 }, { change: -3 }, { change: 2 }], 2) // [{ change: -3 }, { change: 2 }]
 */
export function largestChanges<Row extends { readonly change: number }>(
  rows: readonly Row[],
  n: number,
): Row[] {
  return rows
    .map((row, k) => ({ row, k }))
    .sort((a, b) => Math.abs(b.row.change) - Math.abs(a.row.change) || a.k - b.k)
    .slice(0, n)
    .map((e) => e.row);
}
