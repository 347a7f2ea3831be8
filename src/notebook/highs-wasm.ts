/// <reference types="vite/client" />
/**
 * Where the HiGHS WebAssembly binary is, for pages and workers built by Vite: the `?url` import
 * makes Vite copy `highs.wasm` into `dist/assets/` and gives its relative URL, so it is always
 * served by the same static server as the page (never from a CDN).
 *
 * In a worker, load the solver once with these options before any solve, e.g.
 * `await highsLoader(highsInitOptions)` (or the library's loader, passing the same options).
 * Vite also rewrites the package's own `new URL("highs.wasm", import.meta.url)`, so a loader called
 * without options finds the same file; these options make the location explicit and also hold
 * in `vite dev`, where dependency pre-bundling breaks that pattern.
 */
import highsWasmUrl from "highs/runtime?url";

export { highsWasmUrl };

/**
 * Loader options for `highs` that fetch `highs.wasm` from this site.
 * @example const highs = await highsLoader(highsInitOptions);
 */
export const highsInitOptions: { readonly locateFile: (file: string) => string } = {
  locateFile: (file) => (file.endsWith(".wasm") ? highsWasmUrl : file),
};
