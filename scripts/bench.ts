import { cleanRawArticle } from "@/lib/clean";
import { processArticle } from "@/lib/pipeline";
import { slugify } from "@/lib/slug";
import { benchArticles } from "./bench-corpus";

/**
 * Measures the whole pipeline (clean → sentences → figures) on a generated corpus of
 * trade-news-like text: throughput in MB/s on one core, and peak resident memory at each
 * quarter of the input, which stays flat when nothing accumulates per article.
 * usage: npm run bench [-- --mb 24]
 */
function main(argv: string[]): number {
  const i = argv.indexOf("--mb");
  const targetMb = i >= 0 ? Number(argv[i + 1]) : 24;
  if (!Number.isFinite(targetMb) || targetMb <= 0 || targetMb > 2048) {
    process.stderr.write("bench: --mb takes a size in MB between 1 and 2048\n");
    return 2;
  }
  const targetBytes = targetMb * 1024 * 1024;
  const encoder = new TextEncoder();
  let bytes = 0, articles = 0, figures = 0, busyNs = 0n, peakRss = 0;
  const checkpoints: string[] = [];
  let nextCheckpoint = targetBytes / 4;
  const started = process.hrtime.bigint();

  for (const raw of benchArticles()) {
    if (bytes >= targetBytes) break;
    const t0 = process.hrtime.bigint();
    for (const a of cleanRawArticle(raw)) figures += processArticle({ id: slugify(a.meta.title) || "article", ...a.meta, body: a.body }).figures.length;
    busyNs += process.hrtime.bigint() - t0;
    bytes += encoder.encode(raw).length;
    articles++;
    if (articles % 200 === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss);
    if (bytes >= nextCheckpoint) {
      checkpoints.push(`${(bytes / 1048576).toFixed(1)} MB: peak RSS ${(peakRss / 1048576).toFixed(0)} MB`);
      process.stderr.write(`bench: ${checkpoints[checkpoints.length - 1]}\n`);
      nextCheckpoint += targetBytes / 4;
    }
  }
  const seconds = Number(busyNs) / 1e9;
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  process.stdout.write(
    [
      `corpus      ${(bytes / 1048576).toFixed(1)} MB, ${articles} articles (deterministic, scripts/bench-corpus.ts)`,
      `figures     ${figures} (${Math.round(figures / (bytes / 1048576))} per MB: ${figures > 0 ? Math.round(bytes / figures) : "–"} bytes of text per figure)`,
      `pipeline    ${seconds.toFixed(2)} s → ${(bytes / 1048576 / seconds).toFixed(1)} MB/s on one core (clean → sentences → figures)`,
      `wall clock  ${wall.toFixed(2)} s including text generation`,
      `memory      ${checkpoints.join("; ")}`,
    ].join("\n") + "\n",
  );
  return 0;
}

process.exitCode = main(process.argv.slice(2));
