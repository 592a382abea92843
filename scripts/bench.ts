import { parseArgs } from "node:util";
import { cleanRawArticle } from "@/lib/ingest/clean";
import { MONEY } from "@/lib/extract/money";
import { processArticle } from "@/lib/extract/pipeline";
import { slugify } from "@/lib/ingest/slug";
import { benchArticles } from "./bench-corpus";

/**
 * Measures the whole pipeline (clean → sentences → figures) on a generated corpus of
 * trade-news-like text, by wall and by CPU time, against one money scan over the same text:
 * the ratio says how far the pipeline is from the cost of merely finding the amounts. RSS is
 * read at each quarter of the input and stays flat when nothing accumulates per article.
 * usage: npm run bench [-- --mb 24]
 */
const USAGE = "usage: npm run bench [-- --mb <size in MB, above 0 and at most 2048; default 24>]";
const MB = 1024 * 1024;
/** Text is generated in batches, so generation stays out of the timings and memory holds one batch. */
const BATCH_BYTES = MB / 4;

type Cost = { wallNs: bigint; cpuUs: number };

/** Runs `work`, adding its wall time and its CPU time (user + system, GC threads included) to `cost`. */
function timed<T>(cost: Cost, work: () => T): T {
  const cpu0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  const result = work();
  cost.wallNs += process.hrtime.bigint() - t0;
  const cpu = process.cpuUsage(cpu0);
  cost.cpuUs += cpu.user + cpu.system;
  return result;
}

/** The deterministic corpus, cut into batches of about BATCH_BYTES until `targetBytes` of UTF-8. */
function* corpusBatches(targetBytes: number): Generator<{ texts: string[]; bytes: number }> {
  const articles = benchArticles();
  for (let total = 0; total < targetBytes; ) {
    const texts: string[] = [];
    let bytes = 0;
    while (bytes < BATCH_BYTES && total + bytes < targetBytes) {
      const raw: string = articles.next().value;
      texts.push(raw);
      bytes += Buffer.byteLength(raw, "utf8");
    }
    total += bytes;
    yield { texts, bytes };
  }
}

function runPipeline(texts: string[]): number {
  let figures = 0;
  for (const raw of texts) {
    for (const a of cleanRawArticle(raw)) figures += processArticle({ id: slugify(a.meta.title) || "article", ...a.meta, body: a.body }).figures.length;
  }
  return figures;
}

/** One pass of the money recognizer's pattern over each text: the yardstick the pipeline is measured against. */
function scanMoney(texts: string[]): number {
  let mentions = 0;
  for (const raw of texts) {
    // exec leaves lastIndex at 0 when it runs out of matches, so the shared pattern is left as found.
    while (MONEY.exec(raw)) mentions++;
  }
  return mentions;
}

function parseMb(argv: string[]): number | string {
  try {
    const { values } = parseArgs({ args: argv, options: { mb: { type: "string", default: "24" } }, strict: true, allowPositionals: false });
    const mb = Number(values.mb);
    return Number.isFinite(mb) && mb > 0 && mb <= 2048 ? mb : `--mb takes a size in MB above 0 and at most 2048, not "${values.mb}"`;
  } catch (error) {
    return (error as Error).message;
  }
}

const mbOf = (bytes: number) => bytes / MB;
const rssMb = () => (process.memoryUsage.rss() / MB).toFixed(0);

function main(argv: string[]): number {
  const mb = parseMb(argv);
  if (typeof mb === "string") {
    process.stderr.write(`bench: ${mb}\n${USAGE}\n`);
    return 2;
  }
  const targetBytes = mb * MB;
  const started = process.hrtime.bigint();
  const pipeline: Cost = { wallNs: 0n, cpuUs: 0 };
  const scan: Cost = { wallNs: 0n, cpuUs: 0 };
  let bytes = 0, articles = 0, figures = 0, mentions = 0;
  const rss = [`start ${rssMb()}`];
  let nextCheckpoint = targetBytes / 4;

  for (const batch of corpusBatches(targetBytes)) {
    figures += timed(pipeline, () => runPipeline(batch.texts));
    mentions += timed(scan, () => scanMoney(batch.texts));
    bytes += batch.bytes;
    articles += batch.texts.length;
    if (bytes >= nextCheckpoint) {
      rss.push(`${mbOf(bytes).toFixed(1)} MB ${rssMb()}`);
      while (bytes >= nextCheckpoint) nextCheckpoint += targetBytes / 4;
    }
  }
  // maxRSS is the kernel's high-water mark in KiB: the true peak, not a sample.
  rss.push(`peak ${(process.resourceUsage().maxRSS / 1024).toFixed(0)}`);

  const row = (name: string, cost: Cost) => {
    const wall = Number(cost.wallNs) / 1e9, cpu = cost.cpuUs / 1e6;
    return `${name.padEnd(22)}${wall.toFixed(3).padStart(9)}${(mbOf(bytes) / wall).toFixed(1).padStart(11)}${cpu.toFixed(3).padStart(9)}${(mbOf(bytes) / cpu).toFixed(1).padStart(11)}`;
  };
  const ratio = scan.cpuUs / pipeline.cpuUs;
  const total = Number(process.hrtime.bigint() - started) / 1e9;
  process.stdout.write(
    [
      `corpus      ${mbOf(bytes).toFixed(1)} MB, ${articles} articles (deterministic, scripts/bench-corpus.ts), timed in batches of ${mbOf(BATCH_BYTES)} MB`,
      "",
      `${"".padEnd(22)}${"wall s".padStart(9)}${"MB/s wall".padStart(11)}${"CPU s".padStart(9)}${"MB/s CPU".padStart(11)}`,
      row("pipeline", pipeline),
      row("money scan *", scan),
      `${"pipeline ÷ scan".padEnd(22)}${ratio.toFixed(3)} (MB/s by CPU: the pipeline costs ${(1 / ratio).toFixed(0)} money scans)`,
      "* one matchAll of the money pattern (lib/extract/money.ts MONEY) over each article's raw text",
      "",
      `figures     ${figures} (${Math.round(figures / mbOf(bytes))} per MB; the scan found ${mentions} money mentions)`,
      `RSS (MB)    ${rss.join(" · ")}`,
      `total wall  ${total.toFixed(2)} s including text generation`,
    ].join("\n") + "\n",
  );
  return 0;
}

process.exitCode = main(process.argv.slice(2));
