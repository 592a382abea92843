import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { benchArticles } from "./bench-corpus";
import { startProductionServer } from "./production-server";
import { cleanRawArticle } from "@/lib/ingest/clean";
import { openCorpusDatabase } from "@/lib/db/corpus-database";
import { ingestArticles, type ArticleToIngest } from "@/lib/ingest/ingest-articles";
import { slugify } from "@/lib/ingest/slug";

/**
 * The corpus at scale: ingests generated articles (bench-corpus, in the style of agency trade
 * news) beside the bundled ones into a fresh embedded database, then reports the ingest rate
 * (wall and CPU), the database's size, a `next build` with that data in place (it reads none
 * of it), and, on the production server, the first answer, p50/p99 under load of the overview,
 * a pair page and the whole corpus's CSV, and the server's memory before and after. CPU time
 * stands beside wall time because the machine is shared.
 * usage: npm run bench:scale [-- --articles 10000 --seconds 10 --connections 20]
 */
const ROOT = process.cwd();
const PORT = 3197;
const DIST_DIR = ".next-bench";
const BATCH = 200;
const ROUTES = ["/", "/pairs/belarus/russia", "/articles/minsk-gains-political-weight-in-the-eyes-of-kremlin-as-mediator-of-russo-georgian-relations", "/api/pairs/belarus/russia", "/api/figures.csv"];

function options(argv: string[]): { articles: number; seconds: number; connections: number } | string {
  try {
    const { values } = parseArgs({ args: argv, options: { articles: { type: "string", default: "10000" }, seconds: { type: "string", default: "10" }, connections: { type: "string", default: "20" } }, strict: true });
    const [articles, seconds, connections] = [Number(values.articles), Number(values.seconds), Number(values.connections)];
    if (!Number.isInteger(articles) || articles < 1 || articles > 200_000) return "--articles takes a whole number from 1 to 200000";
    if (!Number.isInteger(seconds) || seconds < 1 || seconds > 300) return "--seconds takes a whole number from 1 to 300";
    if (!Number.isInteger(connections) || connections < 1 || connections > 1000) return "--connections takes a whole number from 1 to 1000";
    return { articles, seconds, connections };
  } catch (e) {
    return (e as Error).message;
  }
}

function directorySize(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((sum, entry) => {
    const path = join(dir, entry.name);
    return sum + (entry.isDirectory() ? directorySize(path) : entry.isFile() ? statSync(path).size : 0);
  }, 0);
}

/** Resident memory of a process and its descendants, in MB (from /proc). */
function treeRssMb(pid: number): number {
  const children = new Map<number, number[]>();
  for (const name of readdirSync("/proc").filter((n) => /^\d+$/.test(n))) {
    try {
      const ppid = Number(readFileSync(`/proc/${name}/stat`, "utf8").replace(/^.*\) /, "").split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // gone meanwhile
    }
  }
  let kb = 0;
  for (const queue = [pid]; queue.length > 0; ) {
    const p = queue.pop()!;
    try {
      kb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, "utf8"))?.[1] ?? 0);
    } catch {
      // gone meanwhile
    }
    queue.push(...(children.get(p) ?? []));
  }
  return kb / 1024;
}

const seconds = (ms: number) => (ms / 1000).toFixed(1);

async function main(argv: string[]): Promise<number> {
  const opts = options(argv);
  if (typeof opts === "string") {
    process.stderr.write(`bench:scale: ${opts}\nusage: npm run bench:scale [-- --articles 10000 --seconds 10 --connections 20]\n`);
    return 2;
  }
  const dir = mkdtempSync(join(tmpdir(), "tradecite-scale-"));
  cpSync(join(ROOT, "data", "articles"), join(dir, "articles"), { recursive: true });
  try {
    // Ingest, a batch at a time, as `npm run ingest` stores articles.
    const db = await openCorpusDatabase({ role: "cli", dataDir: dir });
    const [wall0, cpu0] = [performance.now(), process.cpuUsage()];
    let figures = 0;
    const generated = benchArticles();
    for (let done = 0; done < opts.articles; ) {
      const batch: ArticleToIngest[] = [];
      while (batch.length < Math.min(BATCH, opts.articles - done)) {
        const raw = generated.next().value!;
        const [article] = cleanRawArticle(raw);
        if (article) batch.push({ file: `generated-${done + batch.length}.txt`, id: slugify(article.meta.title), meta: article.meta, body: article.body, rawText: raw });
      }
      const result = await ingestArticles(db, { articles: batch, force: false });
      if (!result.ok) throw new Error(result.errors.join("; "));
      figures += result.articles.reduce((n, a) => n + a.figureCount, 0);
      done += batch.length;
      process.stderr.write(`\ringested ${done} of ${opts.articles}`);
    }
    const [wall, cpu] = [performance.now() - wall0, process.cpuUsage(cpu0)];
    await db.close();
    const dbMb = directorySize(join(dir, "db")) / 1e6;
    process.stdout.write(`\ningest: ${opts.articles} articles, ${figures} figures in ${seconds(wall)} s wall, ${seconds((cpu.user + cpu.system) / 1000)} s CPU: ${(opts.articles / (wall / 1000)).toFixed(0)} articles/s\n`);
    process.stdout.write(`database: ${dbMb.toFixed(0)} MB on disk\n`);

    // The build, with the big corpus in place: pages read the database on request, so it reads none of it.
    const build = spawnSync("bash", ["-c", `TIMEFORMAT="%R %U %S"; time npx next build >/dev/null`], { cwd: ROOT, encoding: "utf8", env: { ...process.env, TRADECITE_DATA_DIR: dir, TRADECITE_DIST_DIR: DIST_DIR, NEXT_TELEMETRY_DISABLED: "1" } });
    if (build.status !== 0) throw new Error(`next build failed:\n${build.stderr}`);
    const [buildWall, buildUser, buildSys] = build.stderr.trim().split("\n").at(-1)!.split(" ").map(Number);
    process.stdout.write(`next build: ${buildWall!.toFixed(1)} s wall, ${(buildUser! + buildSys!).toFixed(1)} s CPU; ${(directorySize(join(ROOT, DIST_DIR)) / 1e6).toFixed(0)} MB of ${DIST_DIR}\n`);

    const server = await startProductionServer(ROOT, PORT, { env: { TRADECITE_DATA_DIR: dir }, distDir: DIST_DIR });
    try {
      const rssStart = treeRssMb(server.pid);
      process.stdout.write(`server memory after start (the overview's data read): ${rssStart.toFixed(0)} MB\n\n`);
      process.stdout.write(`${opts.connections} connections, ${opts.seconds} s per route\n${"route".padEnd(32)} ${"first ms".padStart(9)} ${"req/s".padStart(7)} ${"p50 ms".padStart(7)} ${"p99 ms".padStart(7)} ${"errors".padStart(7)} ${"non-2xx".padStart(8)}\n`);
      let failed = false;
      for (const route of ROUTES) {
        const t0 = performance.now();
        const first = await fetch(`${server.base}${route}`);
        await first.arrayBuffer();
        const firstMs = performance.now() - t0;
        const r = await autocannon({ url: `${server.base}${route}`, connections: opts.connections, duration: opts.seconds, headers: { "accept-encoding": "gzip" } });
        failed ||= r.errors > 0 || r.timeouts > 0 || r.non2xx > 0 || !first.ok;
        process.stdout.write(`${route.slice(0, 32).padEnd(32)} ${firstMs.toFixed(0).padStart(9)} ${r.requests.average.toFixed(0).padStart(7)} ${String(r.latency.p50).padStart(7)} ${String(r.latency.p99).padStart(7)} ${String(r.errors + r.timeouts).padStart(7)} ${String(r.non2xx).padStart(8)}\n`);
      }
      process.stdout.write(`\nserver memory after the load: ${treeRssMb(server.pid).toFixed(0)} MB\n`);
      return failed ? 1 : 0;
    } finally {
      server.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(join(ROOT, DIST_DIR), { recursive: true, force: true });
  }
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: Error) => {
    process.stderr.write(`bench:scale: ${error.message}\n`);
    process.exitCode = 1;
  },
);
