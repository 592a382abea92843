import { createGzip } from "node:zlib";
// No `server-only` marker: the proxy, outside React's server graph, reads the corpus too.
import { openCorpusDatabase } from "@/lib/db/corpus-database";
import { DatabaseBusyError, type Database } from "@/lib/db/database";
import { corpusVersion, loadCorpus, lookupIssuedId, type Corpus, type IssuedId } from "@/lib/db/store";
import { allPairFigures } from "@/lib/api/api-params";
import { countryRefFor, pairViewFor, type CountryRef, type PairView } from "@/lib/series/pair-view";
import type { Article, CountryCode, Figure } from "@/lib/schema";
import { listPairs, type PairFigure } from "@/lib/series/series";

export type { Corpus } from "@/lib/db/store";

/** The corpus as pages and the API read it: the stored corpus, and every pair's figures (derived ones computed once). */
export type CorpusView = Corpus & { pairFigures: PairFigure[]; figureIds: Set<string>; memo: Map<string, unknown>; exports: Map<string, Promise<Uint8Array<ArrayBuffer>>> };

type ServerState = { db?: Promise<Database & { token?: string }>; cached?: { version: string; view: CorpusView } };

// One per server process, shared by the bundles Next builds for instrumentation, pages and routes.
const state: ServerState = ((globalThis as { __tradeciteCorpus?: ServerState }).__tradeciteCorpus ??= {});

/** Where this server answers, for the lock file, so that a command can send it an article. */
function serverOrigin(): string | undefined {
  return process.env.__NEXT_PRIVATE_ORIGIN || (process.env.PORT ? `http://localhost:${process.env.PORT}` : undefined);
}

/** How long the server waits for a command that holds the embedded database to finish. */
const BUSY_WAIT_MS = 60_000;

/** Opens the database, waiting while a command (an ingest, a reextract) holds it. */
async function openWhenFree(): Promise<Database & { token?: string }> {
  for (const started = Date.now(); ; ) {
    try {
      return await openCorpusDatabase({ role: "server", origin: serverOrigin() });
    } catch (e) {
      if (!(e instanceof DatabaseBusyError) || Date.now() - started > BUSY_WAIT_MS) throw e;
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}

/** The server's database, opened (and seeded) on first use and held for the process's life. */
export function corpusDatabase(): Promise<Database & { token?: string }> {
  state.db ??= openWhenFree().catch((e: unknown) => {
    state.db = undefined;
    throw e;
  });
  return state.db;
}

/**
 * The corpus, read from the database once per write: each call checks the write counter (one
 * small query) and reloads only when an ingest has changed it.
 */
export async function getCorpus(): Promise<CorpusView> {
  const db = await corpusDatabase();
  const version = await corpusVersion(db);
  if (state.cached?.version === version) return state.cached.view;
  const corpus = await loadCorpus(db);
  const pairFigures = allPairFigures(corpus.figures, null);
  const view = { ...corpus, pairFigures, figureIds: new Set([...corpus.figures, ...pairFigures].map((f) => f.id)), memo: new Map(), exports: new Map() };
  state.cached = { version, view };
  return view;
}

/** Whether `id` is a current figure's (stated or derived). */
export async function isCurrentFigureId(id: string): Promise<boolean> {
  return (await getCorpus()).figureIds.has(id);
}

export async function getArticle(id: string): Promise<Article | undefined> {
  return (await getCorpus()).articles.find((a) => a.id === id);
}

export async function getFigure(id: string): Promise<Figure | undefined> {
  return (await getCorpus()).figures.find((f) => f.id === id);
}

/** Where an id that is no current figure's leads (an alias, a withdrawn figure, or nowhere). */
export async function findIssuedId(id: string): Promise<IssuedId> {
  return lookupIssuedId(await corpusDatabase(), id);
}

/** What is computed from a corpus is computed once per version of it: the first request after an ingest pays, the rest read. */
function memoized<T>(view: CorpusView, key: string, compute: () => T): T {
  if (!view.memo.has(key)) view.memo.set(key, compute());
  return view.memo.get(key) as T;
}

/** The most years a sparkline draws: the overview stays small however many articles a pair has. */
const SPARKLINE_YEARS = 15;

/**
 * A pair's turnover for its sparkline: one point per calendar year (the most confident claim
 * of the year, the first of equals), the latest SPARKLINE_YEARS years, oldest first.
 */
function sparklineSeries(turnover: PairFigure[]): PairFigure[] {
  const byYear = new Map<string, PairFigure>();
  for (const f of turnover) {
    if (f.period.length !== 4) continue;
    const held = byYear.get(f.period);
    if (!held || f.confidence > held.confidence) byYear.set(f.period, f);
  }
  return [...byYear.values()].sort((a, b) => a.period.localeCompare(b.period)).slice(-SPARKLINE_YEARS);
}

/** A pair as the overview lists it: its two countries, counts, its latest turnover and a yearly series for the sparkline. */
export type PairSummary = { a: CountryCode; b: CountryCode; from: CountryRef; to: CountryRef; figureCount: number; articleCount: number; sparkline: PairFigure[]; latest: PairFigure | undefined };

/** Every pair with figures, most figures first, each seen from its alphabetically first country. */
export async function listPairSummaries(): Promise<PairSummary[]> {
  const view = await getCorpus();
  return memoized(view, "pairs", () => {
    const turnoverOf = new Map<string, PairFigure[]>();
    for (const f of view.pairFigures) {
      if (f.metric !== "turnover" || f.kind !== "actual") continue;
      const key = `${f.reporter}|${f.partner}`;
      turnoverOf.set(key, [...(turnoverOf.get(key) ?? []), f]);
    }
    return listPairs(view.figures).map(({ a, b, figureCount, articleIds }) => {
      const turnover = turnoverOf.get(`${a}|${b}`) ?? [];
      return { a, b, from: countryRefFor(a), to: countryRefFor(b), figureCount, articleCount: articleIds.length, sparkline: sparklineSeries(turnover), latest: turnover.at(-1) };
    });
  });
}

/** An article as lists show it. */
export type ArticleSummary = Pick<Article, "id" | "title" | "publisher" | "date"> & { figureCount: number };

/** A page of the articles, newest first, and how many there are in all. */
export async function listArticles(offset: number, limit: number): Promise<{ total: number; articles: ArticleSummary[] }> {
  const view = await getCorpus();
  const counts = memoized(view, "figure-counts", () => {
    const byArticle = new Map<string, number>();
    for (const f of view.figures) byArticle.set(f.articleId, (byArticle.get(f.articleId) ?? 0) + 1);
    return byArticle;
  });
  const articles = view.articles.slice(offset, offset + limit).map(({ id, title, publisher, date }) => ({ id, title, publisher, date, figureCount: counts.get(id) ?? 0 }));
  return { total: view.articles.length, articles };
}

/** What the pair page shows for `from`–`to` (seen from `from`). */
export async function getPairView(from: CountryRef, to: CountryRef): Promise<PairView> {
  const view = await getCorpus();
  return memoized(view, `pair:${from.code}|${to.code}`, () => pairViewFor(view, from, to));
}

/**
 * A whole-corpus export (CSV or JSON), made once per corpus version and kept gzipped: every
 * request after the first is a copy of bytes, and concurrent first requests share one build.
 * The build yields to other requests between chunks.
 */
export async function cachedExport(key: string, chunks: (view: CorpusView) => Iterable<string>): Promise<Uint8Array<ArrayBuffer>> {
  const view = await getCorpus();
  let built = view.exports.get(key);
  if (!built) {
    built = gzipChunks(chunks(view));
    view.exports.set(key, built);
    // The key holds the base URL of the request's host: a few hosts are kept, never one per forged Host header.
    for (const oldest of view.exports.keys()) if (view.exports.size > EXPORTS_KEPT) view.exports.delete(oldest);
  }
  return built;
}

/** Whole-corpus exports kept per corpus version (by kind and base URL). */
const EXPORTS_KEPT = 4;

async function gzipChunks(chunks: Iterable<string>): Promise<Uint8Array<ArrayBuffer>> {
  const gzip = createGzip();
  const parts: Buffer[] = [];
  gzip.on("data", (part: Buffer) => parts.push(part));
  const finished = new Promise((resolve, reject) => gzip.on("end", resolve).on("error", reject));
  for (const chunk of chunks) {
    gzip.write(chunk);
    await new Promise((r) => setImmediate(r));
  }
  gzip.end();
  await finished;
  const all = Buffer.concat(parts);
  return new Uint8Array(all.buffer.slice(all.byteOffset, all.byteOffset + all.byteLength) as ArrayBuffer);
}
