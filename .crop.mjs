import { chromium } from "playwright-core";
import { writeFileSync } from "node:fs";
const [,, src, ...regions] = process.argv;
writeFileSync("/tmp/crop.html", `<html><body style="margin:0"><img src="file://${src}"></body></html>`);
const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const p = await b.newPage({ viewport: { width: 1366, height: 800 } });
await p.goto("file:///tmp/crop.html"); await p.waitForTimeout(300);
let i = 0;
for (const r of regions) { const [y, h] = r.split(":").map(Number); await p.screenshot({ fullPage: true, path: `/tmp/crop${i++}.png`, clip: { x: 0, y, width: 1366, height: h } }); }
await b.close();
