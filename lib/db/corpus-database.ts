import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { ArticleFileError, parseArticleFile } from "@/lib/ingest/article-file";
import { EXTRACTOR_VERSION } from "@/lib/extract/version";
import { decodeArticleBytes } from "@/lib/ingest/input";
import { detectLanguage } from "@/lib/ingest/language";
import { processArticle } from "@/lib/extract/pipeline";
import { slugSchema } from "@/lib/schema";
import { dataDir, openDatabase, type Database, type OpenOptions } from "@/lib/db/database";
import { insertRows, loadCorpus, saveArticle } from "@/lib/db/store";
import { legacyFigureId } from "@/lib/extract/figure-id";
import type { ArticleMeta, Figure } from "@/lib/schema";
import { bundledReviewsSchema, type BundledReviews } from "@/lib/edit/bundled-reviews";
import { applyBundledReviews } from "@/lib/db/reviews";
import { listPairs, pairFiguresFor, type PairFigure } from "@/lib/series/series";

/** A bundled file that cannot be read; the message names the file and says why. */
export class CorpusError extends Error {}

const LEGACY_REASON = "issued by the release before the database, whose ids hashed where the number stands";

/** [the release before the database's id, today's id] of every figure, stated and derived, whose id differs. */
function legacyAliases(figures: Figure[]): Array<[string, string]> {
  const legacyOf = new Map(figures.map((f) => [f.id, legacyFigureId(f)]));
  const currentOf = new Map([...legacyOf].map(([current, legacy]) => [legacy, current]));
  const aliases: Array<[string, string]> = [...legacyOf].map(([current, legacy]) => [legacy, current]);
  const inputsKey = (f: PairFigure, ids: string[]) => [f.metric, f.period, f.currency ?? "", ...ids].join("|");
  for (const { a, b } of listPairs(figures)) {
    const today = new Map(pairFiguresFor(figures, a, b).filter((f) => f.derived).map((f) => [inputsKey(f, f.derivedFrom), f.id]));
    const before = pairFiguresFor(figures.map((f) => ({ ...f, id: legacyOf.get(f.id)! })), a, b).filter((f) => f.derived);
    for (const f of before) {
      const current = today.get(inputsKey(f, f.derivedFrom.map((id) => currentOf.get(id)!)));
      if (current) aliases.push([f.id, current]);
    }
  }
  return aliases.filter(([old, current]) => old !== current);
}

/** A bundled article file, read and parsed. */
type BundledArticle = { id: string; text: string; meta: ArticleMeta; body: string };

function readBundledArticles(dir: string): BundledArticle[] {
  const articlesDir = join(dir, "articles");
  const files = existsSync(articlesDir) ? readdirSync(articlesDir).filter((f) => f.endsWith(".md")).sort() : [];
  return files.map((file) => {
    const path = join(articlesDir, file);
    const id = file.slice(0, -3);
    if (!slugSchema.safeParse(id).success) throw new CorpusError(`${path}: the file name must be a lowercase slug (as ingest writes it)`);
    const read = decodeArticleBytes(readFileSync(path));
    if (!read.ok) throw new CorpusError(`${path}: ${read.reason}`);
    try {
      return { id, text: read.text, ...parseArticleFile(read.text) };
    } catch (e) {
      if (e instanceof ArticleFileError) throw new CorpusError(`${path}: ${e.message}`);
      throw e;
    }
  });
}

/** `<data dir>/reviews.json`, the editors' review of the bundled articles, when there is one. */
function readBundledReviews(dir: string): { text: string; reviews?: BundledReviews } {
  const path = join(dir, "reviews.json");
  if (!existsSync(path)) return { text: "" };
  const read = decodeArticleBytes(readFileSync(path));
  if (!read.ok) throw new CorpusError(`${path}: ${read.reason}`);
  let json: unknown;
  try {
    json = JSON.parse(read.text);
  } catch (e) {
    throw new CorpusError(`${path}: not valid JSON (${(e as Error).message})`);
  }
  const parsed = bundledReviewsSchema.safeParse(json);
  if (!parsed.success) throw new CorpusError(`${path}: ${parsed.error.issues[0]?.path.join(".") || "?"}: ${parsed.error.issues[0]?.message}`);
  return { text: read.text, reviews: parsed.data };
}

/**
 * Brings the database up to the bundled corpus of `<data dir>`: stores each article of
 * `articles/*.md` not stored yet, and carries out the review of `reviews.json` on each bundled
 * article still stored as bundled (an article whose text a user replaced keeps its own reviews).
 * The first time, the ids the release before the database issued for the figures, stated and
 * derived, become aliases of today's. Each article and each review is stored in its own
 * transaction and every step is idempotent, so a seed cut short is finished by the next start;
 * a bundle already carried out (its fingerprint stored) is not read again.
 */
export async function seedBundledCorpus(db: Database, dir = dataDir()): Promise<number> {
  const articles = readBundledArticles(dir);
  const { text: reviewsText, reviews } = readBundledReviews(dir);
  const fingerprint = createHash("sha256").update(JSON.stringify([articles.map((a) => [a.id, a.text]), reviewsText])).digest("hex");
  const [state] = await db.query<{ value: string }>("select value from corpus_state where key = 'bundle'");
  if (state?.value === fingerprint) return 0;
  const storedBodies = new Map((await db.query<{ id: string; body: string }>("select id, body from articles where id = any($1::text[])", [articles.map((a) => a.id)])).map((r) => [r.id, r.body]));
  let stored = 0;
  for (const { id, text, meta, body } of articles) {
    if (storedBodies.has(id)) continue;
    const { article, figures } = processArticle({ id, ...meta, body });
    await saveArticle(db, { article, figures, rawText: text, language: detectLanguage(body) }, EXTRACTOR_VERSION);
    storedBodies.set(id, article.body);
    stored++;
  }
  const [seeded] = await db.query("select 1 from corpus_state where key = 'seeded'");
  if (!seeded) {
    await db.transaction(async (tx) => {
      await insertRows(tx, "insert into figure_aliases (old_id, figure_id, reason)", legacyAliases((await loadCorpus(tx)).figures).map(([old, current]) => [old, current, LEGACY_REASON]), "on conflict (old_id) do nothing");
      await tx.query("insert into corpus_state (key, value) values ('seeded', now()::text) on conflict (key) do nothing");
    });
  }
  const bodies = new Map(articles.map((a) => [a.id, a.body]));
  for (const [id, { from, figures }] of Object.entries(reviews?.articles ?? {})) {
    if (!bodies.has(id)) throw new CorpusError(`${join(dir, "reviews.json")}: reviews an article that is not bundled (${id})`);
    if (storedBodies.get(id) !== bodies.get(id)) continue;
    const done = await applyBundledReviews(db, id, figures, reviews!.editor, `checked against the article's text (${from})`);
    if (done.unplaced.length > 0) throw new CorpusError(`${join(dir, "reviews.json")}: ${id}: ${done.unplaced[0]}`);
  }
  await db.query("insert into corpus_state (key, value) values ('bundle', $1) on conflict (key) do update set value = excluded.value", [fingerprint]);
  return stored;
}

/**
 * Opens the corpus database (the PostgreSQL server at DATABASE_URL, else the embedded one in
 * `<data dir>/db`) and seeds it from `<data dir>` on first use.
 */
export async function openCorpusDatabase(options: Pick<OpenOptions, "role" | "origin" | "url"> & { dataDir?: string }): Promise<Database & { token?: string }> {
  const dir = options.dataDir ?? dataDir();
  const db = await openDatabase({ ...options, url: options.url ?? (process.env.DATABASE_URL || undefined), dir: join(dir, "db") });
  try {
    await seedBundledCorpus(db, dir);
    return db;
  } catch (e) {
    await db.close();
    throw e;
  }
}
