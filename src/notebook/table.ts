/**
 * A sortable HTML table. Click a header to sort by it (numbers largest first, text in pinyin order);
 * click again to reverse. Numbers sort
 * numerically, text by Chinese collation (pinyin order, `Intl.Collator("zh")`); empty values go
 * last either way; ties keep the input order.
 */
import {
  type Bilingual,
  type Lang,
  pageOf,
  type SortColumn,
  type SortDirection,
  sortRows,
  TABLE_PAGER_LABELS,
  t,
} from "../index.ts";

/** One column of `sortableTable`. */
export interface Column<Row> extends SortColumn<Row> {
  /** Identifier, unique among the columns, e.g. "population". */
  readonly key: string;
  readonly label: Bilingual;
  // type: how the column sorts and aligns ("number" right-aligned, "text" left-aligned);
  // value: the value to sort on (and to show when there is no `format`), `undefined` = empty
  /** What the cell shows; default: numbers grouped for `lang`, text as is, "–" for empty. */
  readonly format?: (row: Row, lang: Lang) => string | Node;
}

/** Sort order of a table. */
export interface SortState {
  readonly key: string;
  readonly direction: SortDirection;
}

function isEmpty(value: number | string | undefined): boolean {
  return value === undefined || value === "" || (typeof value === "number" && Number.isNaN(value));
}

/** A table that keeps its sort order while its rows and language are replaced. */
export interface SortableTable<Row> {
  /** The table element (the same one on every call). */
  readonly element: HTMLTableElement;
  /** The pager under the table (hidden while every row fits on one page); place it after `element`. */
  readonly pager: HTMLElement;
  /** The current sort order, or null for input order. */
  readonly sort: SortState | null;
  /** Shows `rows` in `lang` under the current sort order; returns `element`. */
  update(rows: readonly Row[], lang: Lang): HTMLTableElement;
}

/**
 * Creates a sortable table. Create it once and call `update` from a cell, so the user's sort order
 * survives recomputation: `nb.cell("table", [rows, lang], (r, l) => table.update(r, l))`.
 * @throws {Error} when two columns share a key or `sort.key` is not a column
 * @example const table = sortableTable({ columns, sort: { key: "change", direction: "descending" } });
 */
export function sortableTable<Row>(options: {
  readonly columns: readonly Column<Row>[];
  readonly sort?: SortState;
  /** Accessible caption, also shown above the table. */
  readonly caption?: Bilingual;
  /**
   * Rows per page: more rows than this are sorted as a whole and shown a page at a time, with a pager under the
   * table (a province's 3,100 townships). Default: every row.
   */
  readonly pageSize?: number;
}): SortableTable<Row> {
  const { columns, caption } = options;
  const keys = new Set(columns.map((c) => c.key));
  if (keys.size !== columns.length) throw new Error("sortableTable(): column keys must be unique");
  if (options.sort !== undefined && !keys.has(options.sort.key)) {
    throw new Error(`sortableTable(): no column "${options.sort.key}" to sort by`);
  }
  let sort: SortState | null = options.sort ?? null;
  let rows: readonly Row[] = [];
  let lang: Lang = "zh";
  let page = 1;
  const table = document.createElement("table");
  table.className = "qp-table";
  const pager = document.createElement("div");
  pager.className = "table-pager";
  pager.dataset.testid = "table-pager";

  const render = (): void => {
    const numberFormat = new Intl.NumberFormat(lang === "zh" ? "zh-CN" : "en-US", {
      maximumFractionDigits: 2,
    });
    const head = document.createElement("thead");
    const headRow = head.insertRow();
    for (const column of columns) {
      const th = document.createElement("th");
      th.scope = "col";
      th.className = column.type === "number" ? "num" : "text";
      th.setAttribute("aria-sort", sort?.key === column.key ? sort.direction : "none");
      const button = document.createElement("button");
      button.type = "button";
      button.dataset.key = column.key;
      button.textContent = column.label[lang];
      const arrow = document.createElement("span");
      arrow.setAttribute("aria-hidden", "true");
      arrow.className = "sort-arrow";
      arrow.textContent = sort?.key === column.key ? (sort.direction === "ascending" ? "▲" : "▼") : "";
      button.append(arrow);
      th.append(button);
      headRow.append(th);
    }
    const body = document.createElement("tbody");
    const column = sort === null ? undefined : columns.find((c) => c.key === sort!.key);
    const sorted = column === undefined || sort === null ? rows : sortRows(rows, column, sort.direction);
    const shown = pageOf(sorted, page, options.pageSize ?? Math.max(1, sorted.length));
    page = shown.page;
    renderPager(shown);
    for (const row of shown.rows) {
      const tr = body.insertRow();
      for (const col of columns) {
        const td = tr.insertCell();
        td.className = col.type === "number" ? "num" : "text";
        if (col.format !== undefined) {
          td.append(col.format(row, lang));
        } else {
          const value = col.value(row);
          td.textContent = isEmpty(value)
            ? "–"
            : typeof value === "number"
              ? numberFormat.format(value)
              : value!;
        }
      }
    }
    const parts: HTMLElement[] = [];
    if (caption !== undefined) {
      const element = document.createElement("caption");
      element.textContent = caption[lang];
      parts.push(element);
    }
    table.replaceChildren(...parts, head, body);
  };

  const renderPager = (shown: { page: number; pages: number; first: number; last: number }): void => {
    if (shown.pages <= 1) {
      pager.replaceChildren();
      pager.hidden = true;
      return;
    }
    pager.hidden = false;
    const step = (label: Bilingual, to: number, disabled: boolean, testid: string) => {
      const b = document.createElement("button");
      b.type = "button";
      b.textContent = t(label, lang);
      b.disabled = disabled;
      b.dataset.testid = testid;
      b.addEventListener("click", () => {
        page = to;
        render();
      });
      return b;
    };
    const where = document.createElement("span");
    where.dataset.testid = "table-page";
    where.textContent = t(TABLE_PAGER_LABELS.page, lang, {
      page: shown.page,
      pages: shown.pages,
      first: shown.first,
      last: shown.last,
      rows: rows.length,
    });
    pager.replaceChildren(
      step(TABLE_PAGER_LABELS.previous, shown.page - 1, shown.page <= 1, "page-previous"),
      where,
      step(TABLE_PAGER_LABELS.next, shown.page + 1, shown.page >= shown.pages, "page-next"),
    );
  };

  table.addEventListener("click", (event) => {
    const button = (event.target as Element).closest("th button") as HTMLButtonElement | null;
    const key = button?.dataset.key;
    if (key === undefined) return;
    sort =
      sort?.key === key
        ? { key, direction: sort.direction === "ascending" ? "descending" : "ascending" }
        : {
            key,
            direction: columns.find((c) => c.key === key)?.type === "number" ? "descending" : "ascending",
          };
    render();
  });

  return {
    element: table,
    pager,
    get sort() {
      return sort;
    },
    update(nextRows, nextLang) {
      // other rows (a new filter, a new result) start on the first page
      if (nextRows !== rows) page = 1;
      rows = nextRows;
      lang = nextLang;
      render();
      return table;
    },
  };
}
