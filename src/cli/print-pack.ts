/**
 * The printed pack from the command line: the built pages (dist/, built with Vite when missing) served on
 * 127.0.0.1, opened in headless Chromium (playwright-core), given the planner's scenario the way the pages keep it
 * (the "custom" stored scenario, and their county table when it is not the demo county's), and printed once the
 * page marks itself ready: a cover with the county table, the overview, one A4 page per township.
 * Node only (fs, http, a browser): kept in src/cli, not in the library.
 */
import { constants } from "node:fs";
import { access, readFile } from "node:fs/promises";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Browser } from "playwright-core";
import { countyTableToCsv } from "../data/county-table-to-csv.ts";
import { htmlText } from "../report/plan-print-html.ts";
import type { IdentityFiles } from "../report/result-identity.ts";
import type { WeightedScenario } from "../run/weigh-scenario.ts";
import type { Bilingual, Lang } from "../types.ts";

/** Where the toolkit is installed: the folder holding package.json, dist/ and scripts/ (two up from src/cli or lib/cli). */
export const TOOLKIT_ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** The Chromium the pack is printed with, unless `CHROMIUM_PATH` says otherwise. */
export const DEFAULT_CHROMIUM = "/usr/bin/chromium";

/** Flags for a quiet, offline headless Chromium. */
export const CHROMIUM_ARGS: readonly string[] = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** The pages' storage keys (src/notebook/store.ts; the report test checks they agree). */
export const PAGE_STORAGE = {
  scenario: "quota-planner.scenario",
  own: "quota-planner.own",
  data: "quota-planner.data",
} as const;

/** A failure the user can act on (no Chromium, no built site): exit 2 with this message. */
export class PackError extends Error {
  readonly bilingual: Bilingual;
  constructor(message: Bilingual) {
    super(message.en);
    this.bilingual = message;
  }
}

/** What `printPack` is asked for. */
export interface PackRequest {
  readonly scenario: WeightedScenario;
  readonly files: IdentityFiles;
  readonly format: "pdf" | "html";
  readonly lang: Lang;
  /** The Chromium executable. Default `CHROMIUM_PATH` or /usr/bin/chromium. */
  readonly chromium?: string;
  /** The built site. Default `QUOTA_PLANNER_SITE` or dist/ of the toolkit (built when missing). */
  readonly site?: string;
}

/** The pack: its bytes and the content hash its printed pages carry. */
export interface Pack {
  readonly bytes: Uint8Array;
  readonly hash: string;
}

/**
 * The PDF or HTML pack of a scenario.
 * @throws {PackError} when Chromium is absent or the site cannot be built
 */
export async function printPack(request: PackRequest): Promise<Pack> {
  const chromium = request.chromium ?? process.env.CHROMIUM_PATH ?? DEFAULT_CHROMIUM;
  await requireChromium(chromium);
  const site = request.site ?? process.env.QUOTA_PLANNER_SITE ?? (await builtSite());
  const { createStaticServer } = (await import(
    pathToFileURL(resolve(TOOLKIT_ROOT, "scripts/serve.js")).href
  )) as {
    createStaticServer: (root: string) => Server;
  };
  const server = createStaticServer(site);
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  let browser: Browser | undefined;
  try {
    browser = await launchChromium(chromium);
    const context = await browser.newContext();
    // Nothing but the local server: no request leaves the machine.
    await context.route(
      (url) => !url.href.startsWith(origin) && !/^(data|blob):/.test(url.protocol),
      (route) => route.abort(),
    );
    await context.addInitScript(
      (entries: [string, string][]) => {
        for (const [key, value] of entries) localStorage.setItem(key, value);
      },
      await storageFor(request),
    );
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(`${origin}township.html?scenario=own&print=all&lang=${request.lang}`);
    try {
      await page.waitForSelector("body[data-ready=true]", { state: "attached", timeout: 60_000 });
    } catch {
      throw new Error(
        `the pack page did not render within 60 s${errors.length > 0 ? `: ${errors.join("; ")}` : ""}`,
      );
    }
    const problems = await page.evaluate(() =>
      document.querySelector(".pack-cover") === null
        ? (document.querySelector(".pack")?.textContent ?? "")
        : null,
    );
    if (problems !== null) {
      throw new PackError({
        zh: `页面未能给出分配，没有打印：\n${problems}`,
        en: `the pages gave no allocation, nothing printed:\n${problems}`,
      });
    }
    const hash = await page.evaluate(() => {
      const text = document.querySelector(".pack-cover .print-identity")?.textContent ?? "";
      return /[0-9a-f]{12}/.exec(text)?.[0] ?? "";
    });
    if (request.format === "pdf") {
      await page.emulateMedia({ media: "print" });
      const pdf = await page.pdf({ format: "A4", printBackground: true, preferCSSPageSize: true });
      return { bytes: new Uint8Array(pdf), hash };
    }
    const html = await page.evaluate(standaloneHtml);
    return { bytes: new TextEncoder().encode(html), hash };
  } finally {
    await browser?.close();
    await new Promise((done) => server.close(done));
  }
}

/**
 * A self-contained HTML document (the plan's pack, `planToPrintHtml`) printed to an A4 PDF by the same headless
 * Chromium as `printPack`, every request refused (the document needs none); `footer` is the running line printed at
 * the foot of every page with the page number (`pageWord`, "第 {page} / {pages} 页").
 * @throws {PackError} when Chromium is absent
 */
export async function printHtmlToPdf(
  html: string,
  footer: { readonly line: string; readonly pageWord: string },
  chromium: string = process.env.CHROMIUM_PATH ?? DEFAULT_CHROMIUM,
): Promise<Uint8Array> {
  await requireChromium(chromium);
  let browser: Browser | undefined;
  try {
    browser = await launchChromium(chromium);
    const context = await browser.newContext();
    await context.route(
      () => true,
      (route) => route.abort(),
    );
    const page = await context.newPage();
    await page.setContent(html, { waitUntil: "load" });
    await page.emulateMedia({ media: "print" });
    const number = htmlText(footer.pageWord)
      .replace("{page}", '<span class="pageNumber"></span>')
      .replace("{pages}", '<span class="totalPages"></span>');
    const pdf = await page.pdf({
      format: "A4",
      printBackground: true,
      preferCSSPageSize: true,
      displayHeaderFooter: true,
      headerTemplate: "<span></span>",
      footerTemplate: `<div style="width:100%;font-size:6.5pt;color:#52606d;padding:0 10mm;display:flex;justify-content:space-between;font-family:'Noto Sans CJK SC',sans-serif"><span style="flex:1">${htmlText(footer.line)}</span><span style="white-space:nowrap;padding-left:4mm">${number}</span></div>`,
    });
    return new Uint8Array(pdf);
  } finally {
    await browser?.close();
  }
}

/** Debian's Chromium headless through playwright-core (loaded on first use), or a PackError saying it is missing. */
async function launchChromium(chromium: string): Promise<Browser> {
  const { chromium: launcher } = await import("playwright-core");
  try {
    return await launcher.launch({ executablePath: chromium, args: [...CHROMIUM_ARGS] });
  } catch (error) {
    throw new PackError(chromiumMissing(chromium, (error as Error).message.split("\n")[0] ?? ""));
  }
}

/** The page as one self-contained HTML file: its style rules inlined, its scripts and links to them removed. */
function standaloneHtml(): string {
  const css = [...document.styleSheets]
    .flatMap((sheet) => {
      try {
        return [...sheet.cssRules].map((rule) => rule.cssText);
      } catch {
        return [];
      }
    })
    .join("\n");
  const copy = document.documentElement.cloneNode(true) as HTMLElement;
  for (const element of copy.querySelectorAll('script, link[rel="stylesheet"], link[rel="modulepreload"]'))
    element.remove();
  const style = document.createElement("style");
  style.textContent = css;
  copy.querySelector("head")?.append(style);
  return `<!doctype html>\n${copy.outerHTML}\n`;
}

/**
 * localStorage of the pack page: the scenario as the "custom" one (the pages resolve its `data` and `model` from
 * scenarios/demo-county/, so a model that is one of the toolkit's own, byte for byte, is named by its path there),
 * and the county table when it is not the demo's.
 */
async function storageFor(request: PackRequest): Promise<[string, string][]> {
  // the planner's own scenario (`?scenario=own`): its file name and its model as given, so the printed identity names
  // the files the CLI hashed (not an edited copy's name)
  const base = (path: string) => path.slice(path.replace(/\\/g, "/").lastIndexOf("/") + 1);
  const own = {
    fileName: base(request.scenario.source),
    yaml: request.files.scenario.text,
    model: { name: base(request.scenario.modelSource), text: request.files.model.text },
  };
  const entries: [string, string][] = [
    [PAGE_STORAGE.scenario, "own"],
    [PAGE_STORAGE.own, JSON.stringify(own)],
  ];
  if (!isDemoTable(request.files.data.name)) {
    const data = request.scenario.data;
    entries.push([
      PAGE_STORAGE.data,
      JSON.stringify({
        name: request.files.data.name.slice(request.files.data.name.lastIndexOf("/") + 1),
        csv: countyTableToCsv(data),
        townships: data.townships.length,
      }),
    ]);
  }
  return entries;
}

/** The demo county's own table, which the pages carry: it resolves from the bundled scenarios' folder. */
function isDemoTable(name: string): boolean {
  return name.replace(/\\/g, "/").endsWith("scenarios/demo-county/townships.csv");
}

async function requireChromium(path: string): Promise<void> {
  try {
    await access(path, constants.X_OK);
  } catch {
    throw new PackError(chromiumMissing(path, ""));
  }
}

function chromiumMissing(path: string, detail: string): Bilingual {
  const extra = detail === "" ? "" : `\n  (${detail})`;
  return {
    zh: `!!! 找不到可用的 Chromium：${path}\n打印报告需要无界面 Chromium 和中文字体。Debian/Ubuntu：sudo apt-get install chromium fonts-noto-cjk\n或用环境变量 CHROMIUM_PATH 指向已安装的 Chromium。${extra}`,
    en: `!!! No usable Chromium at ${path}\nPrinting the pack needs headless Chromium and CJK fonts. Debian/Ubuntu: sudo apt-get install chromium fonts-noto-cjk\nor point CHROMIUM_PATH at an installed Chromium.${extra}`,
  };
}

/** dist/ of the toolkit, built with Vite first when it has no index.html. */
async function builtSite(): Promise<string> {
  const dist = resolve(TOOLKIT_ROOT, "dist");
  try {
    await readFile(resolve(dist, "township.html"));
    return dist;
  } catch {
    // not built yet
  }
  let vite: { build: (config: object) => Promise<unknown> };
  try {
    vite = (await import("vite")) as typeof vite;
  } catch {
    throw new PackError({
      zh: `页面尚未构建（${dist} 不存在），且未安装 Vite：请在工具目录运行 npm run build`,
      en: `the pages are not built (${dist} is missing) and Vite is not installed: run npm run build in the toolkit's folder`,
    });
  }
  await vite.build({ configFile: resolve(TOOLKIT_ROOT, "vite.config.ts"), logLevel: "warn" });
  return dist;
}
