#!/usr/bin/env node
// Serves a built static site (default: dist/) on 127.0.0.1 and prints its local address.
//
//   node scripts/serve.js [directory]       PORT=8080 node scripts/serve.js
//
// Port: $PORT if set (0 = any free port; a busy $PORT is an error), otherwise 5173 or the next free
// port above it. Only GET and HEAD; no directory listings; nothing outside the directory is served.
// The first line on stdout is always "Local: http://127.0.0.1:<port>/" so scripts can read it.
// Node built-ins only, so `npm start` needs no extra dependency.

import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer } from "node:http";
import { extname, join, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";

/** Content types by file extension; anything else is served as application/octet-stream. */
export const MIME_TYPES = Object.freeze({
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".ico": "image/x-icon",
  ".webp": "image/webp",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".ttf": "font/ttf",
  ".otf": "font/otf",
  ".txt": "text/plain; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".yaml": "application/yaml; charset=utf-8",
  ".yml": "application/yaml; charset=utf-8",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
});

/**
 * Creates (but does not start) an HTTP server for the files under `root`.
 * "/" and directory paths serve their index.html; paths escaping `root` or missing files give 404.
 * @param {string} root directory to serve
 * @returns {import("node:http").Server}
 * @example
 * createStaticServer("dist").listen(0, "127.0.0.1");
 */
export function createStaticServer(root) {
  const base = resolve(root);
  return createServer(async (request, response) => {
    const send = (status, text) => {
      response.writeHead(status, { "content-type": "text/plain; charset=utf-8" });
      response.end(request.method === "HEAD" ? undefined : text);
    };
    if (request.method !== "GET" && request.method !== "HEAD") {
      response.setHeader("allow", "GET, HEAD");
      return send(405, "Method Not Allowed\n");
    }
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(request.url ?? "/", "http://127.0.0.1").pathname);
    } catch {
      return send(400, "Bad Request\n");
    }
    if (pathname.includes("\0")) return send(400, "Bad Request\n");
    let file = join(base, pathname);
    if (file !== base && !file.startsWith(base + sep)) return send(404, "Not Found\n");
    try {
      let info = await stat(file);
      if (info.isDirectory()) {
        file = join(file, "index.html");
        info = await stat(file);
      }
      if (!info.isFile()) return send(404, "Not Found\n");
      response.writeHead(200, {
        "content-type": MIME_TYPES[extname(file).toLowerCase()] ?? "application/octet-stream",
        "content-length": info.size,
        "cache-control": "no-cache",
        "x-content-type-options": "nosniff",
      });
      if (request.method === "HEAD") return response.end();
      createReadStream(file)
        .on("error", () => response.destroy())
        .pipe(response);
    } catch {
      send(404, "Not Found\n");
    }
  });
}

/**
 * Starts `server` on 127.0.0.1. With `strict`, only `port` is tried; otherwise the next ports up to
 * `port + 20` are tried when one is in use.
 * @param {import("node:http").Server} server
 * @param {number} port
 * @param {boolean} strict
 * @returns {Promise<number>} the port listened on
 * @throws {Error} when no port could be bound
 */
export function listen(server, port, strict) {
  return new Promise((resolvePort, reject) => {
    let candidate = port;
    const attempt = () => {
      server.once("error", (error) => {
        if (error.code === "EADDRINUSE" && !strict && candidate < port + 20) {
          candidate += 1;
          attempt();
        } else {
          reject(error);
        }
      });
      server.listen(candidate, "127.0.0.1", () => {
        server.removeAllListeners("error");
        const address = server.address();
        resolvePort(typeof address === "object" && address !== null ? address.port : candidate);
      });
    };
    attempt();
  });
}

async function main() {
  const root = resolve(process.argv[2] ?? "dist");
  try {
    const info = await stat(join(root, "index.html"));
    if (!info.isFile()) throw new Error("not a file");
  } catch {
    process.stderr.write(
      `找不到 ${join(root, "index.html")}，请先运行 npm run build。\n` +
        `No ${join(root, "index.html")}; run \`npm run build\` first.\n`,
    );
    process.exit(2);
  }
  const requested = process.env.PORT;
  const strict = requested !== undefined && requested !== "";
  const port = strict ? Number(requested) : 5173;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(
      `PORT 必须是 0–65535 的整数 / PORT must be an integer 0–65535, got "${requested}"\n`,
    );
    process.exit(2);
  }
  const server = createStaticServer(root);
  try {
    const actual = await listen(server, port, strict);
    process.stdout.write(`Local: http://127.0.0.1:${actual}/\n`);
    process.stdout.write(`正在提供 ${root}（按 Ctrl+C 停止）/ Serving ${root} (Ctrl+C to stop)\n`);
  } catch (error) {
    process.stderr.write(`无法监听端口 / Cannot listen on port ${port}: ${error.message}\n`);
    process.exit(1);
  }
  const stop = () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  await main();
}
