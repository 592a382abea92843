// @ts-check
/**
 * The production server (`npm start`): Next's request handler behind a Node HTTP server that
 * answers TRACE, TRACK and CONNECT itself. Next builds a fetch Request for every request, and
 * the fetch standard forbids those methods, so under `next start` they end in a 500 and a stack
 * trace in the log before the proxy can refuse them. Plain JavaScript, so that it runs where
 * only the production dependencies are installed.
 *
 *   npm start [-- --port 3000] [--hostname 127.0.0.1]
 */
import { existsSync } from "node:fs";
import { createServer } from "node:http";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { SECURITY_HEADERS } from "../next.config.js";

/** Methods the fetch standard forbids: Next cannot take them, and nothing here would answer them. */
const FORBIDDEN_METHODS = new Set(["TRACE", "TRACK", "CONNECT"]);
const ALLOW = "GET, HEAD, OPTIONS";
/** Read by lib/edit/editor-session.ts. */
const REMOTE_ADDRESS_HEADER = "x-tradecite-remote-address";

const usage = "usage: npm start [-- --port N] [--hostname H]";
/** @type {{ port?: string; hostname?: string; help?: boolean }} */
let options;
try {
  ({ values: options } = parseArgs({
    options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" }, help: { type: "boolean", short: "h" } },
  }));
} catch (error) {
  console.error(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
  process.exit(2);
}
if (options.help) {
  console.log(usage);
  process.exit(0);
}
const port = Number(options.port ?? process.env.PORT ?? 3000);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`the port must be a whole number from 1 to 65535, not "${options.port ?? process.env.PORT}"\n${usage}`);
  process.exit(2);
}
const hostname = options.hostname;
const origin = `http://${hostname ?? "localhost"}:${port}`;
// Where the commands (`npm run ingest` …) reach this server: the database's lock file says it,
// and the server opens the database while it starts (instrumentation.ts). Set before Next is
// loaded, which keeps the environment as it found it then.
process.env.TRADECITE_SERVER_ORIGIN = origin;
// Without a production build Next throws from deep inside; say what to do instead.
const distDir = process.env.TRADECITE_DIST_DIR || ".next";
if (!existsSync(join(process.cwd(), distDir, "BUILD_ID"))) {
  console.error(`no production build in ${distDir}: run \`npm run build\` first, then \`npm start\``);
  process.exit(1);
}
const { default: next } = await import("next");

/**
 * The 405 for a method no route takes, with the headers every response carries: JSON on the
 * API, a short page elsewhere, as the proxy answers the other methods that would change something.
 * @param {string} method
 * @param {string} path
 * @returns {{ status: number; headers: Record<string, string>; body: string }}
 */
function refusal(method, path) {
  const error = `the method ${method} is not allowed here; this site only reads`;
  const api = path.startsWith("/api/");
  const body = api
    ? JSON.stringify({ error, parameter: "method" })
    : `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Not allowed – tradecite</title></head><body><main><h1>Not allowed</h1><p>This request cannot be answered: ${error}.</p><p><a href="/">Go to the overview</a></p></main></body></html>`;
  const headers = Object.fromEntries(SECURITY_HEADERS.map(({ key, value }) => [key, value]));
  return { status: 405, headers: { ...headers, allow: ALLOW, "content-type": api ? "application/json" : "text/html; charset=utf-8", "content-length": String(Buffer.byteLength(body)) }, body };
}

const app = next({ dev: false, dir: process.cwd(), hostname, port });
await app.prepare();
const handle = app.getRequestHandler();

const server = createServer((request, response) => {
  if (FORBIDDEN_METHODS.has(request.method ?? "")) {
    const { status, headers, body } = refusal(request.method ?? "", (request.url ?? "/").split("?")[0] ?? "/");
    response.writeHead(status, headers).end(body);
    return;
  }
  // The client's address for the app (sign-in throttling), from the socket: a client cannot set it.
  request.headers[REMOTE_ADDRESS_HEADER] = request.socket.remoteAddress ?? "unknown";
  handle(request, response).catch((error) => {
    console.error(error);
    if (!response.headersSent) response.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
    response.end("Internal Server Error");
  });
});
// Node hands CONNECT to its own event, not to the request handler.
server.on("connect", (request, socket) => {
  const { status, headers, body } = refusal("CONNECT", "/");
  const head = Object.entries(headers).map(([name, value]) => `${name}: ${value}`).join("\r\n");
  socket.end(`HTTP/1.1 ${status} Method Not Allowed\r\n${head}\r\nconnection: close\r\n\r\n${body}`);
});
server.on("error", (error) => {
  console.error(`the server cannot listen on ${hostname ?? "all interfaces"}, port ${port}: ${error.message}`);
  process.exit(1);
});
// Next runs instrumentation.ts (which opens the corpus, and seeds it on a first start) on the
// first request: one is made here, so no visitor waits for it.
server.listen(port, hostname, async () => {
  console.log(`tradecite is listening on ${origin}; opening the corpus (a first start seeds it from the bundled articles)…`);
  const started = Date.now();
  try {
    const answer = await fetch(`${origin}/api/pairs`);
    if (!answer.ok) throw new Error(`the corpus answered ${answer.status}`);
    console.log(`tradecite is ready on ${origin} (corpus opened in ${((Date.now() - started) / 1000).toFixed(1)} s)`);
  } catch (error) {
    console.error(`tradecite is listening on ${origin}, but opening the corpus failed: ${error instanceof Error ? error.message : String(error)}`);
  }
});

for (const signal of /** @type {const} */ (["SIGINT", "SIGTERM"])) {
  process.once(signal, () => {
    server.close();
    process.exit(0);
  });
}
