/**
 * The Data page's reader: a Web Worker that reads and validates the county table picked from disk
 * (`readCountyFile`), so that a large table (200,000 rows) never freezes the page; the page shows a working message
 * meanwhile. The file's bytes are copied here and never leave the browser.
 */
import { readCountyFile } from "../src/notebook/county-file.ts";
import type { LoadedFile } from "../src/notebook/inputs.ts";
import { exposeWorkerApi } from "../src/notebook/worker.ts";

const api = {
  /** Reads and validates a county table with a column mapping (header as written → canonical key or "ignore"). */
  read(file: LoadedFile, columns: Readonly<Record<string, string>>) {
    return readCountyFile(file, columns);
  },
};

export type ReaderApi = typeof api;

// The page imports only the type of this module (`import type`), so none of it is bundled into the page.
exposeWorkerApi(api);
