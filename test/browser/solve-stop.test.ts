// A solve that takes long (issue 9: a huge total used to run for days) never freezes the pages: while the worker
// solves, a status line says so with a stop button; stopping terminates the worker, the page says the solve was
// stopped and stays usable (another scenario solves in a fresh worker); and a solve past the scenario's
// timeLimitSeconds (+ TIME_LIMIT_GRACE_SECONDS) is stopped by the page and said so. The slow solve is made in the
// test: the first copy of the solver worker's script served to the page is prefixed with a 120 s busy loop (the
// worker cannot answer until it ends), later copies are served as built.
import { readFile } from "node:fs/promises";
import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { describeBrowser, expectClean, screenshot } from "./harness.ts";
import { useSite } from "./site.ts";

/** Serves the next copy of the solver worker with a busy loop of `ms` in front; later copies as they are. */
async function slowNextWorker(page: Page, ms: number): Promise<void> {
  let served = false;
  await page.route("**/solver.worker*.js", async (route) => {
    if (served) return route.continue();
    served = true;
    const response = await route.fetch();
    const body = `{ const until = Date.now() + ${ms}; while (Date.now() < until) {} }\n${await response.text()}`;
    await route.fulfill({ response, body, headers: { ...response.headers(), "cache-control": "no-store" } });
  });
}

describeBrowser("a long solve: a stop button, the time limit, a page that stays usable", () => {
  const site = useSite();

  it("the overview says it is solving, stops on the button, says so, and solves the next scenario", async () => {
    const guarded = await site.open("about:blank");
    const { page } = guarded;
    await slowNextWorker(page, 120_000);
    await page.goto(new URL("index.html", site.url()).href, { waitUntil: "commit" });
    await page.waitForSelector("[data-testid=solving]:not([hidden])");
    expect(await page.textContent("[data-testid=solving]")).toContain("正在求解");
    await screenshot(page, "solve-stop-solving-zh");
    await page.click("[data-testid=solving] button.stop-solve");
    await page.waitForSelector("[data-slot=totals] [data-testid=problems]");
    expect(await page.textContent("[data-slot=totals]")).toContain("求解已按要求停止");
    expect(await page.isHidden("[data-testid=solving]")).toBe(true);
    await screenshot(page, "solve-stop-stopped-zh");
    await page.click("button[data-lang=en]");
    await expect
      .poll(() => page.textContent("[data-slot=totals]"))
      .toContain("The solve was stopped as asked");
    await screenshot(page, "solve-stop-stopped-en");
    // still usable: another scenario solves (a fresh worker, served as built)
    await page.selectOption(".scenario-picker select", "population-first");
    await page.waitForSelector("[data-slot=allocation] [data-testid=sums]");
    expectClean(guarded);
  }, 90_000);

  it("a solve past the scenario's time limit (1 s) is stopped by the page and said so", async () => {
    const guarded = await site.open("index.html");
    const { page } = guarded;
    await page.waitForSelector("[data-slot=allocation] [data-testid=sums]");
    const yaml = (await readFile("scenarios/demo-county/baseline.yaml", "utf8")).replace(
      /\nname:.*\n/,
      "\nname: 限时试算\ntimeLimitSeconds: 1\n",
    );
    expect(yaml).toContain("timeLimitSeconds: 1");
    await slowNextWorker(page, 120_000);
    await Promise.all([
      page.waitForURL(/scenario=own/, { waitUntil: "commit" }),
      page.setInputFiles(".open-scenario input[type=file]", {
        name: "limited.yaml",
        mimeType: "application/yaml",
        buffer: Buffer.from(yaml),
      }),
    ]);
    // 1 s + TIME_LIMIT_GRACE_SECONDS (5 s)
    await page.waitForSelector("[data-slot=totals] [data-testid=problems]", { timeout: 20_000 });
    expect(await page.textContent("[data-slot=totals]")).toContain("求解超过方案的时间限制 1 秒");
    expect(await page.isHidden("[data-testid=solving]")).toBe(true);
    expectClean(guarded);
  }, 90_000);
});
