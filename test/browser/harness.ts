/**
 * Browser test harness: builds the pages with Vite, serves dist with scripts/serve.js, and opens
 * pages in Debian's Chromium through playwright-core with two guards on every page:
 * - any request to a non-local address is recorded and aborted (the page must not use the network);
 * - every console error, page error and worker console error is recorded.
 * Tests end with `expectClean(guarded)`, which fails on either list being non-empty.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { join, resolve } from "node:path";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { build } from "vite";
import { describe, expect, it } from "vitest";

/** Repository root. */
export const ROOT = resolve(import.meta.dirname, "../..");

/** Debian's Chromium (apt-get install chromium); CHROMIUM_PATH overrides it to check the skip logic. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

/** Flags for a headless run in a container, with Chromium's own background traffic off. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Size of the screenshots and of every test page, px. */
export const VIEWPORT = { width: 1366, height: 768 } as const;

/** Folder of the screenshots (git-ignored). */
export const SCREENSHOT_DIR = join(ROOT, "test/screenshots");

const hasChromium = existsSync(CHROMIUM_PATH);

/**
 * `describe` for tests that need Chromium. Without it: skipped with a loud banner, or, when
 * CI=true, a failing test.
 */
export function describeBrowser(name: string, body: () => void): void {
  if (!hasChromium && process.env.CI === "true") {
    describe(name, () => {
      it(`needs Chromium at ${CHROMIUM_PATH} (CI=true: a missing browser is a failure)`, () => {
        expect.fail(`Chromium not found at ${CHROMIUM_PATH}; install it with apt-get install chromium`);
      });
    });
    return;
  }
  if (!hasChromium) {
    const line = "=".repeat(72);
    console.warn(
      `\n${line}\nBROWSER TESTS SKIPPED: Chromium not found at ${CHROMIUM_PATH}\n` +
        `(${name}; install it with apt-get install chromium)\n${line}\n`,
    );
  }
  describe.skipIf(!hasChromium)(name, body);
}

/** Builds the pages into a fresh folder under test/.tmp and returns its path. */
export async function buildSite(): Promise<string> {
  await mkdir(join(ROOT, "test/.tmp"), { recursive: true });
  const outDir = await mkdtemp(join(ROOT, "test/.tmp/site-"));
  await build({
    configFile: join(ROOT, "vite.config.ts"),
    logLevel: "error",
    build: { outDir, emptyOutDir: true },
  });
  return outDir;
}

/** Removes a folder made by `buildSite`. */
export async function removeSite(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}

/** A running scripts/serve.js. */
export interface Served {
  /** "http://127.0.0.1:<port>/" as the server printed it. */
  readonly url: string;
  readonly process: ChildProcess;
  close(): Promise<void>;
}

/**
 * Starts `node scripts/serve.js <dir>` (PORT as given, default 0 = any free port) and resolves
 * once it prints its address.
 */
export function serve(dir: string, port = "0"): Promise<Served> {
  const child = spawn(process.execPath, [join(ROOT, "scripts/serve.js"), dir], {
    env: { ...process.env, PORT: port },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const exited = new Promise<void>((done) => child.once("exit", () => done()));
  return new Promise((resolveServed, reject) => {
    let stdout = "";
    let stderr = "";
    child.stderr!.on("data", (chunk) => {
      stderr += String(chunk);
    });
    child.stdout!.on("data", (chunk) => {
      stdout += String(chunk);
      const match = /^Local: (http:\/\/127\.0\.0\.1:\d+\/)$/m.exec(stdout);
      if (match !== null) {
        resolveServed({
          url: match[1]!,
          process: child,
          close: async () => {
            if (child.exitCode === null) child.kill("SIGTERM");
            await exited;
          },
        });
      }
    });
    child.once("exit", (code) => reject(new Error(`serve.js exited with ${code}: ${stderr}`)));
  });
}

/** Launches Chromium headless. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/** A page with its guards. */
export interface GuardedPage {
  readonly page: Page;
  readonly context: BrowserContext;
  /** Requests to non-local addresses (aborted). */
  readonly external: string[];
  /** Console errors (page and workers) and uncaught page errors. */
  readonly errors: string[];
  close(): Promise<void>;
}

function isLocal(url: string): boolean {
  if (url.startsWith("data:") || url.startsWith("blob:")) return true;
  try {
    const { protocol, hostname } = new URL(url);
    return (
      (protocol === "http:" || protocol === "https:" || protocol === "ws:") &&
      (hostname === "127.0.0.1" || hostname === "localhost" || hostname === "[::1]")
    );
  } catch {
    return false;
  }
}

/** Opens a new context (empty storage) at 1366×768 with the guards, and a page in it (not navigated). */
export async function openGuardedPage(browser: Browser): Promise<GuardedPage> {
  const context = await browser.newContext({ viewport: VIEWPORT, acceptDownloads: true, locale: "zh-CN" });
  const external: string[] = [];
  const errors: string[] = [];
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    if (isLocal(url)) {
      await route.continue();
    } else {
      external.push(url);
      await route.abort("blockedbyclient");
    }
  });
  const page = await context.newPage();
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => errors.push(`pageerror: ${error.message}`));
  page.on("worker", (worker) =>
    worker.on("console", (message) => {
      if (message.type() === "error") errors.push(`worker console: ${message.text()}`);
    }),
  );
  page.on("crash", () => errors.push("page crashed"));
  return { page, context, external, errors, close: () => context.close() };
}

/** Fails when the page made a non-local request or logged an error. */
export function expectClean(guarded: GuardedPage): void {
  expect(guarded.external, "requests to non-local addresses").toEqual([]);
  expect(guarded.errors, "console or page errors").toEqual([]);
}

/** Waits until the element matching `selector` shows exactly `text`. */
export async function waitForText(
  page: Page,
  selector: string,
  text: string,
  timeout = 10_000,
): Promise<void> {
  await page.waitForFunction(
    ([sel, expected]) => document.querySelector(sel!)?.textContent === expected,
    [selector, text] as const,
    { timeout },
  );
}

/** Saves a screenshot of the viewport and of the full page to test/screenshots/<name>.png / <name>-full.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}-full.png`), fullPage: true });
}
