import { extractFigures } from "@/lib/extract";
import { splitSentences } from "@/lib/sentences";
import { articleSchema, figureSchema, type ArticleMeta, type ExtractedArticle } from "@/lib/schema";

/**
 * The pipeline from a cleaned article to its figures: sentences with offsets, then figures.
 * Input and output are validated against the schemas, so a bad article fails here, loudly,
 * and nothing downstream sees a malformed figure.
 */
export function processArticle(input: ArticleMeta & { id: string; body: string }): ExtractedArticle {
  const article = articleSchema.parse({ ...input, sentences: splitSentences(input.body) });
  const figures = extractFigures(article).map((f) => figureSchema.parse(f));
  return { article, figures };
}
