import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { describe, expect, it } from "vitest";

// The layer ranks of docs/architecture.md: a file may import (values and types) from its own folder or a lower rank.
const RANKS: Readonly<Record<string, number>> = {
  "types.ts": 0,
  "policy.ts": 0,
  words: 1,
  data: 2,
  scenario: 3,
  weighting: 4,
  allocation: 5,
  explain: 6,
  run: 7,
  simulate: 8,
  edit: 8,
  report: 9,
  "index.ts": 10,
  cli: 11,
  notebook: 11,
};

const root = resolve(import.meta.dirname, "..");
const srcDir = join(root, "src");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts") ? [path] : [];
  });
}

/** Relative module specifiers of every static import/export-from and dynamic import() in a source text. */
function importsOf(text: string): string[] {
  const specifiers: string[] = [];
  for (const match of text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^;'"]*?\bfrom\s*["']([^"']+)["']/g))
    specifiers.push(match[1]!);
  for (const match of text.matchAll(/(?:^|\n)\s*import\s*["']([^"']+)["']/g)) specifiers.push(match[1]!);
  for (const match of text.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g)) specifiers.push(match[1]!);
  return specifiers.filter((s) => s.startsWith("."));
}

/** The layer of a file under src/: its top folder, or the root file's name. */
function layerOf(file: string): string {
  return relative(srcDir, file).split(sep)[0]!;
}

const files = sourceFiles(srcDir);
const graph = new Map(
  files.map((file) => [
    file,
    importsOf(readFileSync(file, "utf8"))
      .map((specifier) => resolve(dirname(file), specifier))
      .filter((target) => target.startsWith(srcDir + sep)),
  ]),
);

/** Every import of src/ that points to a folder of higher rank, as "from -> to". */
function upstreamImports(): string[] {
  const found: string[] = [];
  for (const [file, targets] of graph) {
    const from = RANKS[layerOf(file)];
    for (const target of targets) {
      const to = RANKS[layerOf(target)];
      if (from === undefined || to === undefined || (to > from && layerOf(target) !== layerOf(file)))
        found.push(`${relative(root, file)} -> ${relative(root, target)}`);
    }
  }
  return found.sort();
}

/** The first import cycle between files found by depth-first search, as a list of files, or undefined. */
function findCycle(): string[] | undefined {
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const visit = (file: string): string[] | undefined => {
    state.set(file, "open");
    stack.push(file);
    for (const target of graph.get(file) ?? []) {
      if (state.get(target) === "open") return [...stack.slice(stack.indexOf(target)), target];
      if (state.get(target) === undefined && graph.has(target)) {
        const cycle = visit(target);
        if (cycle) return cycle;
      }
    }
    stack.pop();
    state.set(file, "done");
    return undefined;
  };
  for (const file of [...graph.keys()].sort()) {
    if (state.get(file) === undefined) {
      const cycle = visit(file);
      if (cycle) return cycle.map((f) => relative(root, f));
    }
  }
  return undefined;
}

describe("the import graph of src/ (docs/architecture.md)", () => {
  it("every folder and root file of src/ has a rank", () => {
    const unranked = [...new Set(files.map(layerOf))].filter((layer) => RANKS[layer] === undefined);
    expect(unranked).toEqual([]);
  });

  it("no file imports from a folder downstream of its own", () => {
    expect(upstreamImports()).toEqual([]);
  });

  it("no import cycle between files, type imports included", () => {
    expect(findCycle()).toBeUndefined();
  });

  it("types.ts and policy.ts import nothing", () => {
    expect(graph.get(join(srcDir, "types.ts"))).toEqual([]);
    expect(graph.get(join(srcDir, "policy.ts"))).toEqual([]);
  });

  it("importsOf(text) finds type imports, re-exports and dynamic imports (the checks above could fail)", () => {
    const text = [
      'import type { A } from "../weighting/a.ts";',
      'export { b } from "./b.ts";',
      "import {\n  c,\n  d,\n} from '../allocation/c.ts';",
      'const e = await import("../report/e.ts");',
      'import "./side-effect.ts";',
      'import { parse } from "yaml";',
    ].join("\n");
    expect(importsOf(text).sort()).toEqual(
      ["../allocation/c.ts", "../report/e.ts", "../weighting/a.ts", "./b.ts", "./side-effect.ts"].sort(),
    );
  });
});
