import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { startProductionServer } from "./production-server";

/**
 * Measures the production build as a visitor meets it: the JavaScript each page loads first
 * (its <script src> chunks, gzipped, as a browser with ES modules loads them: the noModule
 * polyfill left out) and the pair page's Largest Contentful Paint in Chromium.
 * Starts the production server on a spare port; needs `npm run build` first.
 * usage: npm run bench:pages [-- --loads 6]
 */
const ROOT = process.cwd();
const PORT = 3197;
const BASE = `http://localhost:${PORT}`;
const ROUTES = ["/", "/pairs/belarus/georgia", "/articles/minsk-gains-political-weight-in-the-eyes-of-kremlin-as-mediator-of-russo-georgian-relations", "/compare?pair=belarus:russia&pair=belarus:china&pair=belarus:ukraine"];

async function firstLoadJs(path: string): Promise<{ gzip: number; raw: number }> {
  const html = await (await fetch(`${BASE}${path}`)).text();
  // A noModule script is the polyfill only browsers without ES modules load: not counted.
  const chunks = [...new Set([...html.matchAll(/<script([^>]*)>/g)].filter((m) => !/\bnoModule\b/i.test(m[1]!)).map((m) => /src="(\/_next\/static\/[^"]+\.js)"/.exec(m[1]!)?.[1]).filter((src) => src !== undefined))];
  let gzip = 0, raw = 0;
  for (const chunk of chunks) {
    const file = join(ROOT, ".next", chunk.replace(/^\/_next\//, ""));
    const bytes = existsSync(file) ? readFileSync(file) : Buffer.from(await (await fetch(`${BASE}${chunk}`)).arrayBuffer());
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { gzip, raw };
}

async function lcp(path: string, loads: number): Promise<number[]> {
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  const times: number[] = [];
  for (let i = 0; i < loads; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${BASE}${path}`, { waitUntil: "load" });
    times.push(
      await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            new PerformanceObserver((list) => {
              const entries = list.getEntries();
              resolve(entries[entries.length - 1]!.startTime);
            }).observe({ type: "largest-contentful-paint", buffered: true });
          }),
      ),
    );
    await context.close();
  }
  await browser.close();
  return times;
}

async function main(argv: string[]): Promise<number> {
  const i = argv.indexOf("--loads");
  const loads = i >= 0 ? Number(argv[i + 1]) : 6;
  if (!Number.isInteger(loads) || loads < 1 || loads > 50) {
    process.stderr.write("bench:pages: --loads takes a whole number from 1 to 50\n");
    return 2;
  }
  if (!existsSync("/usr/bin/chromium")) {
    process.stderr.write("bench:pages: needs Debian's Chromium at /usr/bin/chromium (apt-get install chromium)\n");
    return 1;
  }
  const server = await startProductionServer(ROOT, PORT);
  try {
    for (const route of ROUTES) {
      const { gzip, raw } = await firstLoadJs(route);
      process.stdout.write(`first-load JS  ${(gzip / 1024).toFixed(0).padStart(4)} kB gzipped (${(raw / 1024).toFixed(0)} kB raw)  ${route}\n`);
    }
    const times = (await lcp(ROUTES[1]!, loads)).map(Math.round);
    const sorted = [...times].sort((a, b) => a - b);
    process.stdout.write(`pair page LCP  median ${sorted[Math.floor(sorted.length / 2)]} ms over ${loads} loads (${times.join(", ")} ms; first load cold)\n`);
    return 0;
  } finally {
    server.stop();
  }
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: Error) => {
    process.stderr.write(`bench:pages: ${error.message}\n`);
    process.exitCode = 1;
  },
);
