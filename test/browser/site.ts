/**
 * One built and served copy of the pages per test file, with Chromium, opened through the harness's
 * guarded pages; plus the demo county's expected numbers the page tests share.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import {
  buildSite,
  type GuardedPage,
  launchBrowser,
  openGuardedPage,
  removeSite,
  type Served,
  serve,
  waitForText,
} from "./harness.ts";

/** A served site and a way to open its pages. */
export interface Site {
  /** "http://127.0.0.1:<port>/" */
  readonly url: () => string;
  /** The folder the site was built into. */
  readonly dir: () => string;
  /**
   * Opens `path` in a fresh browser context with the guards; `storage` entries are put into
   * localStorage before the first page script runs (once per context, not on later navigations).
   */
  open(
    path?: string,
    options?: { readonly storage?: Readonly<Record<string, string>> },
  ): Promise<GuardedPage>;
}

/**
 * Builds the pages once for the calling test file (beforeAll), serves them, launches Chromium, and
 * cleans up after the file's tests (afterAll). Call inside `describeBrowser`.
 */
export function useSite(): Site {
  let dir: string | undefined;
  let served: Served | undefined;
  let browser: Browser | undefined;
  const opened: GuardedPage[] = [];
  beforeAll(async () => {
    dir = await buildSite();
    served = await serve(dir);
    browser = await launchBrowser();
  }, 120_000);
  afterAll(async () => {
    await Promise.all(opened.map((g) => g.close()));
    await browser?.close();
    await served?.close();
    if (dir !== undefined) await removeSite(dir);
  });
  return {
    url: () => served!.url,
    dir: () => dir!,
    async open(path = "", options = {}) {
      const guarded = await openGuardedPage(browser!);
      opened.push(guarded);
      if (options.storage !== undefined) {
        await guarded.context.addInitScript((entries: Record<string, string>) => {
          if (sessionStorage.getItem("test-seeded") !== null) return;
          for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
          sessionStorage.setItem("test-seeded", "1");
        }, options.storage);
      }
      await guarded.page.goto(new URL(path, served!.url).href);
      return guarded;
    },
  };
}

/**
 * The demo county's baseline, as `quota-planner solve scenarios/demo-county/baseline.yaml` prints it
 * (and scenarios/demo-county/golden/baseline.json holds it): 511 posts today + 10 transferred down =
 * 521; reserve floor(2% × 521 = 10.42) = 10; 511 to allocate.
 */
export const BASELINE = { current: 511, total: 521, reserve: 10, toAllocate: 511 } as const;

/** Waits until the overview shows the totals of a solved scenario ("511 名" / "511"). */
export async function waitForOverview(page: GuardedPage["page"], toAllocate: number = BASELINE.toAllocate) {
  const lang = await page.getAttribute("html", "lang");
  await waitForText(
    page,
    "[data-testid=total-to-allocate]",
    lang === "en" ? `${toAllocate}` : `${toAllocate} 名`,
  );
}

/** The numbers of a table column by test id prefix (e.g. "allocated-"), keyed by township id. */
export async function columnValues(
  page: GuardedPage["page"],
  prefix: string,
): Promise<Record<string, number>> {
  return page.evaluate((p) => {
    const out: Record<string, number> = {};
    for (const cell of document.querySelectorAll<HTMLElement>(`[data-testid^="${p}"]`)) {
      const id = cell.dataset.testid!.slice(p.length);
      out[id] = Number(cell.textContent!.replace("−", "-").replace("+", "").replace(/,/g, ""));
    }
    return out;
  }, prefix);
}
