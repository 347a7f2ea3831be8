/// <reference types="vitest/config" />
import { readdirSync } from "node:fs";
import { resolve } from "node:path";
import { defineConfig } from "vite";

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

export default defineConfig({
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
    testTimeout: 30_000,
  },
});
