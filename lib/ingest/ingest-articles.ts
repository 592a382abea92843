import { z } from "zod";
import type { Database } from "@/lib/db/database";
import { findStoredArticle, saveArticle, type StoredArticleChange } from "@/lib/db/store";
import { EXTRACTOR_VERSION } from "@/lib/extract/version";
import { processArticle } from "@/lib/extract/pipeline";
import { detectLanguage } from "@/lib/ingest/language";
import { articleMetaSchema, slugSchema, type ArticleMeta } from "@/lib/schema";

/** An article to ingest: cleaned, with the raw text it was cleaned from and the file that held it. */
export const articleToIngestSchema = z.object({
  file: z.string().min(1).max(4096),
  id: slugSchema,
  meta: articleMetaSchema,
  body: z.string(),
  rawText: z.string(),
});
export type ArticleToIngest = z.infer<typeof articleToIngestSchema>;

export const ingestRequestSchema = z.object({ articles: z.array(articleToIngestSchema).min(1).max(1000), force: z.boolean() });
export type IngestRequest = z.infer<typeof ingestRequestSchema>;

/** The metadata fields an article states (undefined ones left out, so they replace nothing). */
function metaOf(article: ArticleMeta): ArticleMeta {
  const { title, date, author, publisher, url, source } = article;
  return Object.fromEntries(Object.entries({ title, date, author, publisher, url, source }).filter(([, v]) => v !== undefined)) as ArticleMeta;
}

/** What storing an article changed, counted. */
export type ArticleChangeCounts = Pick<StoredArticleChange, "created" | "unchanged" | "derivedAliased" | "derivedWithdrawn"> & { gained: number; changed: number; aliased: number; withdrawn: number };

export function countsOf(change: StoredArticleChange): ArticleChangeCounts {
  const f = change.figures;
  return { created: change.created, unchanged: change.unchanged, derivedAliased: change.derivedAliased, derivedWithdrawn: change.derivedWithdrawn, gained: f.gained.length, changed: f.changed.length, aliased: f.aliased.length, withdrawn: f.withdrawn.length };
}

/** One article's outcome, as the CLI prints it. */
export type IngestedArticle = { file: string; id: string; title: string; figureCount: number; change: ArticleChangeCounts };
export type IngestResult = { ok: true; articles: IngestedArticle[] } | { ok: false; errors: string[] };

/**
 * Ingests articles into the database. Everything is checked first: if one article is refused
 * (another in the run has its id; a stored article of that id has a different text and `force`
 * is not given), nothing is written. With `force`, a stored article is cleaned again but
 * keeps its stored metadata (title, date, author, publisher, URL), which may have been corrected.
 * Each article is stored in one transaction, and ingesting the same text again changes nothing.
 */
export async function ingestArticles(db: Database, { articles, force }: IngestRequest): Promise<IngestResult> {
  const errors: string[] = [];
  const planned = [];
  const seen = new Map<string, string>();
  for (const input of articles) {
    const clash = seen.get(input.id);
    if (clash) {
      errors.push(`${input.file}: article "${input.meta.title}" has the same id (${input.id}) as one from ${clash}`);
      continue;
    }
    seen.set(input.id, input.file);
    const stored = await findStoredArticle(db, input.id);
    if (stored && stored.article.body !== input.body && !force) {
      errors.push(`${input.file}: an article with the id ${input.id} and a different text is stored; use --force to replace its text`);
      continue;
    }
    const meta = stored ? { ...input.meta, ...metaOf(stored.article) } : input.meta;
    planned.push({ input, extracted: processArticle({ id: input.id, ...meta, body: input.body }) });
  }
  if (errors.length > 0) return { ok: false, errors };
  const results: IngestedArticle[] = [];
  for (const { input, extracted } of planned) {
    const change = await saveArticle(db, { ...extracted, rawText: input.rawText, language: detectLanguage(input.body) }, EXTRACTOR_VERSION);
    results.push({ file: input.file, id: input.id, title: extracted.article.title, figureCount: extracted.figures.length, change: countsOf(change) });
  }
  return { ok: true, articles: results };
}
