import type { Database } from "@/lib/db/database";
import { findStoredArticle, listArticleIds, saveArticle } from "@/lib/db/store";
import { EXTRACTOR_VERSION } from "@/lib/extract/version";
import { countsOf, type ArticleChangeCounts } from "@/lib/ingest/ingest-articles";
import { processArticle } from "@/lib/extract/pipeline";

export type ReextractedArticle = { id: string; figureCount: number; change: ArticleChangeCounts };

/**
 * Runs the current extractor over every stored article and stores what it reads, each article
 * in its own transaction: figures that state the same claim keep their ids (or get an alias),
 * the rest are gained or withdrawn. `onArticle` hears of each article as it is done.
 */
export async function reextractArticles(db: Database, onArticle: (done: ReextractedArticle, index: number, total: number) => void = () => undefined): Promise<ReextractedArticle[]> {
  const ids = await listArticleIds(db);
  const results: ReextractedArticle[] = [];
  for (const [index, id] of ids.entries()) {
    const stored = await findStoredArticle(db, id);
    if (!stored) continue;
    const extracted = processArticle(stored.article);
    const change = await saveArticle(db, { ...extracted, rawText: stored.rawText, language: stored.language }, EXTRACTOR_VERSION);
    const done = { id, figureCount: extracted.figures.length, change: countsOf(change) };
    results.push(done);
    onArticle(done, index, ids.length);
  }
  return results;
}
