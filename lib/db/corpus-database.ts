import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { ArticleFileError, parseArticleFile } from "@/lib/ingest/article-file";
import { EXTRACTOR_VERSION } from "@/lib/extract/version";
import { decodeArticleBytes } from "@/lib/ingest/input";
import { processArticle } from "@/lib/extract/pipeline";
import { slugSchema } from "@/lib/schema";
import { dataDir, openDatabase, type Database, type OpenOptions } from "@/lib/db/database";
import { insertRows, loadCorpus, saveArticle } from "@/lib/db/store";
import { legacyFigureId } from "@/lib/extract/figure-id";
import type { Figure } from "@/lib/schema";
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

/**
 * Loads the articles of `<data dir>/articles/*.md` (the bundled corpus, and any a user of the
 * release before the database added there) into a database that has never been seeded, and
 * makes the ids that release issued for their figures, stated and derived, aliases of today's.
 * Each article is stored in its own transaction and storing is idempotent, so a seed cut short
 * is finished by the next start.
 */
export async function seedBundledCorpus(db: Database, dir = dataDir()): Promise<number> {
  const [seeded] = await db.query("select 1 from corpus_state where key = 'seeded'");
  if (seeded) return 0;
  const articlesDir = join(dir, "articles");
  const files = existsSync(articlesDir) ? readdirSync(articlesDir).filter((f) => f.endsWith(".md")).sort() : [];
  for (const file of files) {
    const path = join(articlesDir, file);
    const id = file.slice(0, -3);
    if (!slugSchema.safeParse(id).success) throw new CorpusError(`${path}: the file name must be a lowercase slug (as ingest writes it)`);
    const read = decodeArticleBytes(readFileSync(path));
    if (!read.ok) throw new CorpusError(`${path}: ${read.reason}`);
    let parsed;
    try {
      parsed = parseArticleFile(read.text);
    } catch (e) {
      if (e instanceof ArticleFileError) throw new CorpusError(`${path}: ${e.message}`);
      throw e;
    }
    const { article, figures } = processArticle({ id, ...parsed.meta, body: parsed.body });
    await saveArticle(db, { article, figures, rawText: read.text, language: "en" }, EXTRACTOR_VERSION);
  }
  await db.transaction(async (tx) => {
    await insertRows(tx, "insert into figure_aliases (old_id, figure_id, reason)", legacyAliases((await loadCorpus(tx)).figures).map(([old, current]) => [old, current, LEGACY_REASON]), "on conflict (old_id) do nothing");
    await tx.query("insert into corpus_state (key, value) values ('seeded', now()::text) on conflict (key) do nothing");
  });
  return files.length;
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
