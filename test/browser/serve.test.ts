import { spawn } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { request } from "node:http";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, type Served, serve } from "./harness.ts";

/** A raw GET (or other method) that sends `path` exactly as written, e.g. with "..". */
function rawRequest(
  url: string,
  path: string,
  method = "GET",
): Promise<{ status: number; type: string | undefined; body: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk) => {
        body += chunk;
      });
      res.on("end", () => resolve({ status: res.statusCode ?? 0, type: res.headers["content-type"], body }));
    });
    req.on("error", reject);
    req.end();
  });
}

/** Runs serve.js to completion and returns its exit code and stderr (for the failure cases). */
function runToExit(
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, [join(ROOT, "scripts/serve.js"), ...args], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (chunk) => {
    stderr += String(chunk);
  });
  return new Promise((resolve) => child.once("exit", (code) => resolve({ code, stderr })));
}

describe("scripts/serve.js", () => {
  let dir: string;
  let outside: string;
  let served: Served;

  beforeAll(async () => {
    await mkdir(join(ROOT, "test/.tmp"), { recursive: true });
    outside = await mkdtemp(join(ROOT, "test/.tmp/serve-"));
    dir = join(outside, "site");
    await mkdir(join(dir, "assets"), { recursive: true });
    await mkdir(join(dir, "sub"));
    await writeFile(join(dir, "index.html"), "<!doctype html><title>首页</title>");
    await writeFile(join(dir, "sub/index.html"), "<!doctype html><title>sub</title>");
    await writeFile(join(dir, "assets/app.js"), "export {};");
    await writeFile(join(dir, "assets/solver.wasm"), new Uint8Array([0, 97, 115, 109]));
    await writeFile(join(dir, "assets/style.css"), "body{}");
    await writeFile(join(dir, "assets/data.unknownext"), "x");
    await writeFile(join(outside, "secret.txt"), "do not serve");
    served = await serve(dir);
  });

  afterAll(async () => {
    await served?.close();
    await rm(outside, { recursive: true, force: true });
  });

  it("prints its address on 127.0.0.1 and serves index.html for / and for folders", async () => {
    expect(served.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const root = await rawRequest(served.url, "/");
    expect(root).toMatchObject({ status: 200, type: "text/html; charset=utf-8" });
    expect(root.body).toContain("<title>首页</title>");
    expect((await rawRequest(served.url, "/sub/")).body).toContain("<title>sub</title>");
    expect((await rawRequest(served.url, "/index.html?lang=en")).status).toBe(200);
  });

  it("sends the content type of each file kind, application/wasm for .wasm", async () => {
    expect((await rawRequest(served.url, "/assets/solver.wasm")).type).toBe("application/wasm");
    expect((await rawRequest(served.url, "/assets/app.js")).type).toBe("text/javascript; charset=utf-8");
    expect((await rawRequest(served.url, "/assets/style.css")).type).toBe("text/css; charset=utf-8");
    expect((await rawRequest(served.url, "/assets/data.unknownext")).type).toBe("application/octet-stream");
  });

  it("answers 404 for missing files and for paths that climb out of the folder", async () => {
    expect((await rawRequest(served.url, "/missing.html")).status).toBe(404);
    expect((await rawRequest(served.url, "/../secret.txt")).status).toBe(404);
    expect((await rawRequest(served.url, "/%2e%2e/secret.txt")).status).toBe(404);
    expect((await rawRequest(served.url, "/assets/%2e%2e/%2e%2e/secret.txt")).status).toBe(404);
    // an encoded slash survives URL normalisation; only the folder check stops this one
    expect((await rawRequest(served.url, "/..%2fsecret.txt")).status).toBe(404);
    expect((await rawRequest(served.url, "/..%2f..%2fpackage.json")).status).toBe(404);
  });

  it("answers 405 to methods other than GET and HEAD, and HEAD without a body", async () => {
    expect((await rawRequest(served.url, "/", "POST")).status).toBe(405);
    const head = await rawRequest(served.url, "/", "HEAD");
    expect(head).toMatchObject({ status: 200, body: "" });
  });

  it("exits with 1 when an explicit PORT is taken, and with 2 when the folder has no index.html", async () => {
    const port = new URL(served.url).port;
    const busy = await runToExit([dir], { PORT: port });
    expect(busy.code).toBe(1);
    expect(busy.stderr).toContain(`Cannot listen on port ${port}`);
    const empty = await runToExit([join(dir, "assets")], { PORT: "0" });
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain("npm run build");
    const badPort = await runToExit([dir], { PORT: "http" });
    expect(badPort.code).toBe(2);
  });
});
