import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { startProductionServer } from "./production-server";

/**
 * Load on the production server (`npm start`, from `npm run build`): autocannon with 50
 * connections for a few seconds per route; reports requests per second, p50 and p99 latency,
 * and errors and non-2xx answers per route. The machine is shared and noisy: compare runs on
 * the same machine only.
 * usage: npm run bench:load [-- --seconds 10 --connections 50]
 */
const PORT = 3198;
const ROUTES = [
  "/",
  "/pairs/belarus/georgia",
  "/pairs/belarus/russia",
  "/compare?pair=belarus:russia&pair=belarus:china&pair=belarus:ukraine",
  "/articles/minsk-gains-political-weight-in-the-eyes-of-kremlin-as-mediator-of-russo-georgian-relations",
  "/figures/turnover-2014-e2405af5d8",
  "/api/pairs",
  "/api/pairs/belarus/georgia",
  "/api/figures",
  "/api/figures.csv",
  "/api/figures/turnover-2014-e2405af5d8",
];

function options(argv: string[]): { seconds: number; connections: number } | string {
  try {
    const { values } = parseArgs({ args: argv, options: { seconds: { type: "string", default: "10" }, connections: { type: "string", default: "50" } }, strict: true, allowPositionals: false });
    const [seconds, connections] = [Number(values.seconds), Number(values.connections)];
    if (!Number.isInteger(seconds) || seconds < 1 || seconds > 300) return "--seconds takes a whole number from 1 to 300";
    if (!Number.isInteger(connections) || connections < 1 || connections > 1000) return "--connections takes a whole number from 1 to 1000";
    return { seconds, connections };
  } catch (e) {
    return (e as Error).message;
  }
}

async function main(argv: string[]): Promise<number> {
  const opts = options(argv);
  if (typeof opts === "string") {
    process.stderr.write(`bench:load: ${opts}\nusage: npm run bench:load [-- --seconds 10 --connections 50]\n`);
    return 2;
  }
  const server = await startProductionServer(process.cwd(), PORT);
  let failed = false;
  try {
    process.stdout.write(`${opts.connections} connections, ${opts.seconds} s per route\n\n${"route".padEnd(92)} ${"req/s".padStart(7)} ${"p50 ms".padStart(7)} ${"p99 ms".padStart(7)} ${"errors".padStart(7)} ${"non-2xx".padStart(8)}\n`);
    for (const route of ROUTES) {
      const r = await autocannon({ url: `${server.base}${route}`, connections: opts.connections, duration: opts.seconds });
      failed ||= r.errors > 0 || r.timeouts > 0 || r.non2xx > 0;
      process.stdout.write(`${route.slice(0, 92).padEnd(92)} ${r.requests.average.toFixed(0).padStart(7)} ${String(r.latency.p50).padStart(7)} ${String(r.latency.p99).padStart(7)} ${String(r.errors + r.timeouts).padStart(7)} ${String(r.non2xx).padStart(8)}\n`);
    }
  } finally {
    server.stop();
  }
  return failed ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: Error) => {
    process.stderr.write(`bench:load: ${error.message}\n`);
    process.exitCode = 1;
  },
);
