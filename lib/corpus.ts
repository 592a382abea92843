import "server-only";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ArticleFileError, parseArticleFile } from "@/lib/article-file";
import { decodeArticleBytes } from "@/lib/input";
import { processArticle } from "@/lib/pipeline";
import { slugSchema, type Article, type Figure } from "@/lib/schema";

export type Corpus = { articles: Article[]; figures: Figure[] };

let cached: { dir: string; corpus: Corpus } | undefined;

/** A corpus file that cannot be read; the message names the file and says why (it stops the build). */
export class CorpusError extends Error {}

/** Where the corpus lives: `$TRADECITE_DATA_DIR/articles/*.md`, by default `data/articles`. */
export function corpusDir(): string {
  return join(process.env.TRADECITE_DATA_DIR ?? join(process.cwd(), "data"), "articles");
}

/**
 * Reads every ingested article once per process, runs the pipeline over it and caches the
 * result. Articles are ordered by date (newest first), then id, so pages are deterministic.
 */
export function getCorpus(): Corpus {
  const dir = corpusDir();
  if (cached?.dir === dir) return cached.corpus;
  const files = readdirSync(dir).filter((f) => f.endsWith(".md")).sort();
  const processed = files.map((file) => {
    const id = file.slice(0, -3);
    if (!slugSchema.safeParse(id).success) throw new CorpusError(`${join(dir, file)}: the file name must be a lowercase slug (as ingest writes it)`);
    const read = decodeArticleBytes(readFileSync(join(dir, file)));
    if (!read.ok) throw new CorpusError(`${join(dir, file)}: ${read.reason}`);
    try {
      const { meta, body } = parseArticleFile(read.text);
      return processArticle({ id, ...meta, body });
    } catch (e) {
      if (e instanceof ArticleFileError) throw new CorpusError(`${join(dir, file)}: ${e.message}`);
      throw e;
    }
  });
  processed.sort((a, b) => (b.article.date ?? "").localeCompare(a.article.date ?? "") || a.article.id.localeCompare(b.article.id));
  const corpus = { articles: processed.map((p) => p.article), figures: processed.flatMap((p) => p.figures) };
  cached = { dir, corpus };
  return corpus;
}

export function getArticle(id: string): Article | undefined {
  return getCorpus().articles.find((a) => a.id === id);
}

export function getFigure(id: string): Figure | undefined {
  return getCorpus().figures.find((f) => f.id === id);
}
