// A small static server for the end-to-end tests: the built widget (dist/) under /reframe/ and
// the host pages under /hosts/, so the widget is included from another folder, as on a real
// site. Each host page may add response headers (such as a Content-Security-Policy).
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".wasm": "application/wasm",
  ".png": "image/png",
  ".svg": "image/svg+xml",
};

/**
 * Starts the server on a free loopback port.
 * `mounts` maps URL prefixes to folders; `headers(pathname)` returns extra response headers;
 * `missing(pathname)` makes a path answer 404 (to simulate a broken deployment);
 * `page(pathname)` may return the HTML of a generated page for that path;
 * `tamper(pathname)` makes a wasm file answer with a section appended (see `tampered`), as a
 * compromised CDN would;
 * `routes` maps paths to handlers `(request, response)` that answer in their own way (an
 * error status, a slow or oversized body).
 * Resolves to `{ origin, close() }`.
 */
export async function startServer({
  mounts,
  headers = () => ({}),
  missing = () => false,
  page = () => undefined,
  tamper = () => false,
  routes = {},
}) {
  const roots = Object.entries(mounts)
    .map(([prefix, dir]) => [prefix, resolve(dir)])
    .sort((a, b) => b[0].length - a[0].length);
  const server = createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url, "http://x").pathname);
    if (Object.hasOwn(routes, pathname)) {
      routes[pathname](request, response);
      return;
    }
    const generated = page(pathname);
    if (generated !== undefined) {
      response.writeHead(200, { "content-type": TYPES[".html"], "cache-control": "no-store", ...headers(pathname) });
      response.end(generated);
      return;
    }
    const mount = roots.find(([prefix]) => pathname.startsWith(prefix));
    const file = mount && normalize(join(mount[1], pathname.slice(mount[0].length)));
    if (!file || !file.startsWith(mount[1]) || missing(pathname)) {
      response.writeHead(404).end("not found");
      return;
    }
    try {
      const body = tamper(pathname) ? tampered(await readFile(file)) : await readFile(file);
      response.writeHead(200, {
        "content-type": TYPES[extname(file)] ?? "application/octet-stream",
        "cache-control": "no-store",
        ...headers(pathname),
      });
      response.end(body);
    } catch {
      response.writeHead(404).end("not found");
    }
  });
  await new Promise((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((done) => (server.closeAllConnections(), server.close(done))),
  };
}

/**
 * The wasm module with a custom section appended: it still compiles and runs, so only an
 * integrity check can refuse it.
 */
function tampered(body) {
  const name = Buffer.from("tampered");
  return Buffer.concat([body, Buffer.from([0, name.length + 1, name.length]), name]);
}
