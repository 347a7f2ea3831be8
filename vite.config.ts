/// <reference types="vitest/config" />
import { readdirSync, readFileSync } from "node:fs";
import { basename, resolve } from "node:path";
import { defineConfig, type Plugin } from "vite";

const notebooksDir = resolve(import.meta.dirname, "notebooks");
const pages = Object.fromEntries(
  (() => {
    try {
      return readdirSync(notebooksDir)
        .filter((file) => file.endsWith(".html"))
        .map((file) => [file.replace(/\.html$/, ""), resolve(notebooksDir, file)]);
    } catch {
      return [];
    }
  })(),
);

/**
 * Every page shares one header (brand, navigation, language switch) and one footer, kept in notebooks/partials/ and
 * put in place of `<!-- page-header … -->` / `<!-- page-footer … -->` at build and dev time; the link to the page
 * itself gets aria-current="page". A page without the placeholders is an error, so none silently loses its nav.
 */
function pageShell(): Plugin {
  const partial = (name: string) => readFileSync(resolve(notebooksDir, "partials", name), "utf8").trimEnd();
  const indent = (text: string) => text.replace(/^/gm, "    ").trimStart();
  return {
    name: "quota-planner-page-shell",
    transformIndexHtml(html, context) {
      const page = basename(context.filename);
      const header = /<!-- page-header[^>]*-->/;
      const footer = /<!-- page-footer[^>]*-->/;
      if (!header.test(html) || !footer.test(html)) {
        throw new Error(`${page}: expected <!-- page-header --> and <!-- page-footer --> placeholders`);
      }
      const nav = partial("header.html").replace(`href="./${page}"`, `href="./${page}" aria-current="page"`);
      return html.replace(header, indent(nav)).replace(footer, indent(partial("footer.html")));
    },
  };
}

export default defineConfig({
  plugins: [pageShell()],
  root: "notebooks",
  base: "./",
  publicDir: false,
  // ES-module workers keep the library's lazy chunks (exceljs) out of the worker bundle.
  worker: { format: "es" },
  build: {
    outDir: resolve(import.meta.dirname, "dist"),
    emptyOutDir: true,
    rollupOptions: { input: pages },
  },
  test: {
    root: import.meta.dirname,
    include: ["test/**/*.test.ts"],
    benchmark: { include: ["test/bench/**/*.bench.ts"] },
    // a limit for hung tests, not a timed assertion: 30 s was too short for browser tests on a loaded 2-core machine
    testTimeout: 90_000,
    // two test files at once on the 2-core CI machine (the default ran one): the suite 586 s → 447 s on a fresh
    // clone, all green, keeping CI inside its 15 minutes
    maxWorkers: 2,
  },
});
