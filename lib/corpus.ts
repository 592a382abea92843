import { createGzip } from "node:zlib";
// No `server-only` marker: the proxy, outside React's server graph, reads the corpus too.
import { openCorpusDatabase } from "@/lib/db/corpus-database";
import { DatabaseBusyError, type Database } from "@/lib/db/database";
import {
  corpusVersion,
  findPairOfFigure,
  findStoredArticle,
  loadActualTurnover,
  loadArticle,
  loadArticleList,
  loadPair,
  loadPairList,
  lookupIssuedId,
  type ArticleSummary,
  type Corpus,
  type PairListing,
  type IssuedId,
} from "@/lib/db/store";
import { countryBySlug } from "@/lib/countries";
import { loadAuditLog, loadFigureForReview, loadReviewQueue, sessionEditor, type AuditEntry, type QueuedFigure } from "@/lib/db/reviews";
import { figureIdSchema } from "@/lib/api/api-params";
import { slugSchema, type Article, type CountryCode, type Figure } from "@/lib/schema";
import { countryRefFor, pairViewFor, type CountryRef, type PairView } from "@/lib/series/pair-view";
import { pairFiguresFor, type PairFigure } from "@/lib/series/series";
import { compareViewOf, type CompareRequest, type CompareView } from "@/lib/series/compare-view";
import { countryPartnerRow, turnoverByYear, type CountryPartnerRow } from "@/lib/series/country-view";

export type { ArticleSummary, Corpus } from "@/lib/db/store";

/** One pair as pages and the API read it: its stated figures, their articles, and its pair figures (derived ones included) seen from its first code. */
export type PairScope = Corpus & { a: CountryCode; b: CountryCode; pairFigures: PairFigure[] };

type ServerState = {
  db?: Promise<Database & { token?: string }>;
  version?: string;
  /** The write counter as last read, and when: concurrent requests share one read. */
  versionRead?: { at: number; version: Promise<string> };
  memo: Map<string, unknown>;
  exports: Map<string, unknown>;
};

// One per server process, shared by the bundles Next builds for instrumentation, the proxy, pages and routes.
const state: ServerState = ((globalThis as { __tradeciteCorpus?: ServerState }).__tradeciteCorpus ??= { memo: new Map(), exports: new Map() });

/** Where this server answers, for the lock file, so that a command can send it an article. */
function serverOrigin(): string | undefined {
  return process.env.TRADECITE_SERVER_ORIGIN || process.env.__NEXT_PRIVATE_ORIGIN || (process.env.PORT ? `http://localhost:${process.env.PORT}` : undefined);
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

/** The editor a session token belongs to, while the session lasts (never cached: sessions end). */
export async function editorOfSession(token: string): Promise<string | undefined> {
  return sessionEditor(await corpusDatabase(), token);
}

/** Says that this server has just written to the corpus: the next read checks the write counter. */
export function corpusChanged(): void {
  state.versionRead = undefined;
}

/** The most results kept per corpus version: pair views and pairs' figures, articles, exports. */
const MEMO_SIZE = 256;

/**
 * How long a reading of the write counter stands. A write through this server is seen at once
 * (corpusChanged); one straight to a PostgreSQL server within this time.
 */
const VERSION_READ_MS = 100;

/**
 * The database and what has been read from it since the last write: the write counter is read
 * (one small query) at most every VERSION_READ_MS, and every result is forgotten when a write
 * has changed the corpus.
 */
async function current(): Promise<{ db: Database; memo: Map<string, unknown>; exports: Map<string, unknown> }> {
  const db = await corpusDatabase();
  const now = Date.now();
  if (!state.versionRead || now - state.versionRead.at > VERSION_READ_MS) {
    const version = corpusVersion(db);
    state.versionRead = { at: now, version };
    version.catch(() => (state.versionRead = undefined));
  }
  const version = await state.versionRead.version;
  if (state.version !== version) [state.version, state.memo, state.exports] = [version, new Map(), new Map()];
  return { db, memo: state.memo, exports: state.exports };
}

/** A query's result, read once per corpus version (the oldest forgotten past `size`); concurrent first readers share one read. */
async function memoized<T>(key: string, read: (db: Database) => Promise<T>, which: "memo" | "exports" = "memo", size = MEMO_SIZE): Promise<T> {
  const now = await current();
  const memo = now[which];
  if (!memo.has(key)) {
    const pending = read(now.db).catch((e: unknown) => {
      memo.delete(key);
      throw e;
    });
    memo.set(key, pending);
    for (const oldest of memo.keys()) if (memo.size > size) memo.delete(oldest);
  }
  return memo.get(key) as Promise<T>;
}

/**
 * A pair's figures and articles, with its pair figures (derived ones computed once per corpus
 * version). Only pairs with figures are kept: asking for any other costs one look at the list.
 */
export async function getPairScope(a: CountryCode, b: CountryCode): Promise<PairScope> {
  const [first, second] = [a, b].sort() as [CountryCode, CountryCode];
  if (!(await listPairs()).some((p) => p.a === first && p.b === second)) return scopeOf({ articles: [], figures: [] }, first, second);
  return memoized(`pair:${first}|${second}`, async (db) => scopeOf(await loadPair(db, first, second), first, second));
}

function scopeOf(corpus: Corpus, a: CountryCode, b: CountryCode): PairScope {
  return { ...corpus, a, b, pairFigures: pairFiguresFor(corpus.figures, a, b) };
}

/** The scope of the pair two slugs name, or an empty one when they name no two countries (the request is then refused by its parameters). */
export async function getPairScopeOfSlugs(from: unknown, to: unknown): Promise<Corpus> {
  const [a, b] = [typeof from === "string" ? countryBySlug(from) : undefined, typeof to === "string" ? countryBySlug(to) : undefined];
  return a && b && a.code !== b.code ? getPairScope(a.code, b.code) : { articles: [], figures: [] };
}

/** What the pair page shows for `from`–`to` (seen from `from`); kept per corpus version for pairs with figures. */
export async function getPairView(from: CountryRef, to: CountryRef): Promise<PairView> {
  const scope = await getPairScope(from.code, to.code);
  if (scope.figures.length === 0) return pairViewFor(scope, from, to);
  return memoized(`view:${from.code}|${to.code}`, async () => pairViewFor(scope, from, to));
}

/** What a comparison draws (compareViewOf over each pair's view), the views themselves, and the articles and figures behind them. */
export async function getComparison(request: CompareRequest): Promise<{ view: CompareView; views: PairView[]; corpus: Corpus }> {
  const views = await Promise.all(request.pairs.map((p) => getPairView(p.from, p.to)));
  const scopes = await Promise.all(request.pairs.map((p) => getPairScope(p.from.code, p.to.code)));
  const articles = new Map(scopes.flatMap((s) => s.articles).map((a) => [a.id, a]));
  const figures = new Map(scopes.flatMap((s) => s.figures).map((f) => [f.id, f]));
  return { view: compareViewOf(views, request.metric), views, corpus: { articles: [...articles.values()], figures: [...figures.values()] } };
}

/** The scope of the pair a figure id belongs to (stated or derived), if it is a current figure's. */
export async function getFigureScope(id: string): Promise<PairScope | undefined> {
  if (!figureIdSchema.safeParse(id).success) return undefined;
  const pair = await memoized(`pair-of:${id}`, (db) => findPairOfFigure(db, id));
  return pair && getPairScope(pair[0], pair[1]);
}

/** Whether `id` is a current figure's (stated or derived). */
export async function isCurrentFigureId(id: string): Promise<boolean> {
  return (await getFigureScope(id)) !== undefined;
}

/**
 * Whether a pair or article page path names something the corpus holds: a pair with figures,
 * a stored article (figure ids the proxy checks as it resolves them). Any other address gets
 * the not-found page before a page is rendered for it.
 */
export async function pageExists(pathname: string): Promise<boolean> {
  // An embeddable chart exists where its pair's page does.
  const [, kind, ...rest] = pathname.replace(/^\/embed(?=\/pairs\/)/, "").split("/");
  const segments = rest.map((s) => decodeURIComponent(s));
  if (kind === "pairs" && segments.length === 2) {
    const [a, b] = segments.map((s) => countryBySlug(s!));
    return Boolean(a && b && a.code !== b.code && (await getPairScope(a.code, b.code)).figures.length > 0);
  }
  if (kind === "countries" && segments.length === 1) {
    const country = countryBySlug(segments[0]!);
    return Boolean(country && (await listPairs()).some((p) => p.a === country.code || p.b === country.code));
  }
  if (kind === "articles" && segments.length === 1) return slugSchema.safeParse(segments[0]).success && (await getArticle(segments[0]!)) !== undefined;
  return true;
}

/** One article and its figures. */
export async function getArticle(id: string): Promise<{ article: Article; figures: Figure[] } | undefined> {
  if (!slugSchema.safeParse(id).success) return undefined;
  return memoized(`article:${id}`, (db) => loadArticle(db, id));
}

/** Whether an article of this id is stored (read afresh: it decides whether a write may go ahead). */
export async function articleExists(id: string): Promise<boolean> {
  return (await findStoredArticle(await corpusDatabase(), id)) !== undefined;
}

/** The figures waiting for an editor's review, least certain first (read afresh: reviews change it). */
export async function getReviewQueue(limit: number): Promise<{ total: number; figures: QueuedFigure[] }> {
  return loadReviewQueue(await corpusDatabase(), limit);
}

/** A current figure as an editor reviews it: its sentence, article and reviews (read afresh). */
export async function getFigureForReview(id: string): Promise<Awaited<ReturnType<typeof loadFigureForReview>>> {
  return figureIdSchema.safeParse(id).success ? loadFigureForReview(await corpusDatabase(), id) : undefined;
}

/** The newest entries of the editors' audit log (read afresh). */
export async function getAuditLog(limit: number): Promise<AuditEntry[]> {
  return loadAuditLog(await corpusDatabase(), limit);
}

/** Every pair with figures, most figures first (alphabetically first code first). */
export function listPairs(): Promise<PairListing[]> {
  return memoized("pairs", loadPairList);
}

/** The most years a sparkline draws: the overview stays small however many articles a pair has. */
const SPARKLINE_YEARS = 15;

/** A pair as the overview lists it: its two countries, counts, its latest turnover and a yearly series for the sparkline. */
export type PairSummary = { a: CountryCode; b: CountryCode; from: CountryRef; to: CountryRef; figureCount: number; articleCount: number; metrics: string[]; firstYear: number; lastYear: number; sparkline: PairFigure[]; latest: PairFigure | undefined };

/** Every pair with figures, most figures first, each seen from its alphabetically first country. */
export function listPairSummaries(): Promise<PairSummary[]> {
  return memoized("pair-summaries", async (db) => {
    const [pairs, turnover] = [await listPairs(), await loadActualTurnover(db)];
    const turnoverOf = new Map<string, Figure[]>();
    for (const f of turnover) {
      const key = [f.reporter, f.partner].sort().join("|");
      turnoverOf.set(key, [...(turnoverOf.get(key) ?? []), f]);
    }
    return pairs.map(({ a, b, figureCount, articleIds, metrics, firstYear, lastYear }) => {
      const series = pairFiguresFor(turnoverOf.get(`${a}|${b}`) ?? [], a, b);
      return { a, b, from: countryRefFor(a), to: countryRefFor(b), figureCount, articleCount: articleIds.length, metrics, firstYear, lastYear, sparkline: turnoverByYear(series).slice(-SPARKLINE_YEARS), latest: series.at(-1) };
    });
  });
}

/** A country's partners as its page shows them (any order): undefined when the country trades with nobody in the corpus. */
export async function getCountryPartners(code: CountryCode): Promise<CountryPartnerRow[] | undefined> {
  const pairs = (await listPairs()).filter((p) => p.a === code || p.b === code);
  if (pairs.length === 0) return undefined;
  const country = countryRefFor(code);
  return Promise.all(
    pairs.map(async (p) => {
      const partner = countryRefFor(p.a === code ? p.b : p.a);
      return countryPartnerRow(partner, (await getPairView(country, partner)).figures, p.articleIds.length);
    }),
  );
}

/** Every country with a partner in the corpus, by name. */
export async function listTradingCountries(): Promise<CountryRef[]> {
  const codes = new Set((await listPairs()).flatMap((p) => [p.a, p.b]));
  return [...codes].map(countryRefFor).sort((a, b) => a.name.localeCompare(b.name));
}

/** A page of the articles, newest first, and how many there are in all. */
export function listArticles(offset: number, limit: number): Promise<{ total: number; articles: ArticleSummary[] }> {
  return memoized(`articles:${offset}:${limit}`, (db) => loadArticleList(db, offset, limit));
}

/** Where an id that is no current figure's leads (an alias, a withdrawn figure, or nowhere). */
export async function findIssuedId(id: string): Promise<IssuedId> {
  if (!figureIdSchema.safeParse(id).success) return { status: "unknown" };
  return lookupIssuedId(await corpusDatabase(), id);
}

/** Every pair's scope in turn, read for the export and not kept: memory holds one pair at a time. */
export async function* eachPairScope(): AsyncGenerator<PairScope> {
  const { db } = await current();
  for (const { a, b } of await listPairs()) yield scopeOf(await loadPair(db, a, b), a, b);
}

/**
 * A whole-corpus export (CSV or JSON), made once per corpus version and kept gzipped: every
 * request after the first is a copy of bytes, and concurrent first requests share one build.
 * `key` holds the base URL of the request's host: EXPORTS_KEPT are kept, so forged Host headers
 * cannot fill memory (each new one costs what an export without the cache would).
 */
export function cachedExport(key: string, chunks: () => AsyncIterable<string>): Promise<Uint8Array<ArrayBuffer>> {
  return memoized(key, () => gzipChunks(chunks()), "exports", EXPORTS_KEPT);
}

/** Whole-corpus exports kept per corpus version (by kind and base URL). */
const EXPORTS_KEPT = 4;

async function gzipChunks(chunks: AsyncIterable<string>): Promise<Uint8Array<ArrayBuffer>> {
  const gzip = createGzip();
  const parts: Buffer[] = [];
  gzip.on("data", (part: Buffer) => parts.push(part));
  const finished = new Promise((resolve, reject) => gzip.on("end", resolve).on("error", reject));
  for await (const chunk of chunks) {
    gzip.write(chunk);
    // Other requests are answered between chunks.
    await new Promise((r) => setImmediate(r));
  }
  gzip.end();
  await finished;
  const all = Buffer.concat(parts);
  return new Uint8Array(all.buffer.slice(all.byteOffset, all.byteOffset + all.byteLength) as ArrayBuffer);
}
