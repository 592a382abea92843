import { extname } from "node:path";
import { loadArticles } from "./article-input";
import { runCorpusCommand, runMain } from "./corpus-command";
import { describeChange } from "./describe-change";
import { ingestArticles, type ArticleToIngest, type IngestResult } from "@/lib/ingest/ingest-articles";

const USAGE = `usage: npm run ingest -- [--force] FILE...
  Cleans raw article files (.txt, as scraped), reads their figures and stores each article with
  its figures in the corpus database, in one transaction per article: the embedded database in
  $TRADECITE_DATA_DIR/db (default data/db), or the PostgreSQL server at $DATABASE_URL. While the
  dashboard server holds the embedded database, the articles are sent to it and show at once.
  Ingesting the same file again changes nothing. A stored article from a different text is kept
  unless --force is given, and even then its metadata (title, date, author, publisher, URL),
  which may have been corrected, is kept; only the body is cleaned again. If any file fails,
  nothing is stored.`;

function parseArgs(argv: string[]): { force: boolean; files: string[] } | string {
  let force = false;
  const files: string[] = [];
  for (const arg of argv) {
    if (arg === "--force") force = true;
    else if (arg.startsWith("--")) return `unknown option ${arg}`;
    else files.push(arg);
  }
  return files.length ? { force, files } : "no files given";
}

async function main(argv: string[]): Promise<number> {
  if (argv.includes("--help") || argv.includes("-h")) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const args = parseArgs(argv);
  if (typeof args === "string") {
    process.stderr.write(`ingest: ${args}\n${USAGE}\n`);
    return 2;
  }
  const errors: string[] = [];
  const articles: ArticleToIngest[] = [];
  for (const file of args.files) {
    if (extname(file).toLowerCase() === ".md") {
      errors.push(`${file}: already an ingested article (.md); ingest reads raw .txt files`);
      continue;
    }
    const loaded = loadArticles(file);
    if (!loaded.ok) {
      errors.push(`${file}: ${loaded.reason}`);
      continue;
    }
    for (const a of loaded.articles) articles.push({ file, id: a.id, meta: a.meta, body: a.body, rawText: loaded.text });
  }
  const request = { articles, force: args.force };
  const result: IngestResult = errors.length > 0 ? { ok: false, errors } : await runCorpusCommand("/api/ingest", request, (db) => ingestArticles(db, request));
  if (!result.ok) {
    for (const e of result.errors) process.stderr.write(`ingest: ${e}\n`);
    process.stderr.write(`ingest: nothing stored (${result.errors.length} problem${result.errors.length === 1 ? "" : "s"})\n`);
    return 1;
  }
  for (const a of result.articles) process.stdout.write(`${a.file} → ${a.id} (“${a.title}”): ${describeChange(a.change, a.figureCount)}\n`);
  return 0;
}

runMain("ingest", () => main(process.argv.slice(2)));
