import { extname, join } from "node:path";
import { loadArticles } from "./article-input";
import { openCorpusDatabase } from "@/lib/db/corpus-database";
import { dataDir, DatabaseBusyError, readLock, type LockHolder } from "@/lib/db/database";
import { ingestArticles, type ArticleToIngest, type IngestRequest, type IngestResult } from "@/lib/ingest/ingest-articles";

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

/** Sends the run to the dashboard server that holds the embedded database. */
async function ingestThroughServer(holder: LockHolder, request: IngestRequest): Promise<IngestResult> {
  const response = await fetch(`${holder.origin}/api/ingest`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${holder.token}` },
    body: JSON.stringify(request),
  });
  const body = (await response.json().catch(() => undefined)) as IngestResult | { error?: string } | undefined;
  if (body && "ok" in body) return body;
  return { ok: false, errors: [`the server at ${holder.origin} answered ${response.status}${body && "error" in body && body.error ? `: ${body.error}` : ""}`] };
}

/** Stores the run: through the server holding the embedded database, or in the database itself. */
async function store(request: IngestRequest): Promise<IngestResult> {
  const holder = process.env.DATABASE_URL ? undefined : readLock(join(dataDir(), "db"));
  if (holder?.role === "server" && holder.origin && holder.token) return ingestThroughServer(holder, request);
  const db = await openCorpusDatabase({ role: "cli" });
  try {
    return await ingestArticles(db, request);
  } finally {
    await db.close();
  }
}

function describe({ change, figureCount }: Extract<IngestResult, { ok: true }>["articles"][number]): string {
  if (change.unchanged) return "unchanged";
  const counts = `${figureCount} ${figureCount === 1 ? "figure" : "figures"}`;
  if (change.created) return `new, ${counts}`;
  const parts = [
    change.gained && `${change.gained} gained`,
    change.changed && `${change.changed} read anew`,
    change.aliased && `${change.aliased} under a new id (the old one redirects)`,
    change.withdrawn && `${change.withdrawn} withdrawn`,
  ].filter(Boolean);
  return `updated, ${counts}${parts.length ? `: ${parts.join(", ")}` : ""}`;
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
  const result: IngestResult = errors.length > 0 ? { ok: false, errors } : await store({ articles, force: args.force });
  if (!result.ok) {
    for (const e of result.errors) process.stderr.write(`ingest: ${e}\n`);
    process.stderr.write(`ingest: nothing stored (${result.errors.length} problem${result.errors.length === 1 ? "" : "s"})\n`);
    return 1;
  }
  for (const a of result.articles) process.stdout.write(`${a.file} → ${a.id} (“${a.title}”): ${describe(a)}\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    const message = e instanceof DatabaseBusyError ? `${e.message}; try again when it has finished` : e instanceof Error ? e.message : String(e);
    process.stderr.write(`ingest: ${message}\n`);
    process.exitCode = 1;
  },
);
