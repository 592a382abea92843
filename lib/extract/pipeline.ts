import { extractFigures, type AmountExplanation } from "@/lib/extract";
import { splitSentences } from "@/lib/ingest/sentences";
import { z } from "zod";
import { articleSchema, figureSchema, type ArticleMeta, type ExtractedArticle } from "@/lib/schema";

/**
 * The pipeline from a cleaned article to its figures: sentences with offsets, then figures.
 * Input and output are validated against the schemas, so a bad article fails here, loudly,
 * and nothing downstream sees a malformed figure. `explain`, when given, receives how each
 * amount was read (`extract --explain`).
 */
export function processArticle(input: ArticleMeta & { id: string; body: string }, explain?: AmountExplanation[]): ExtractedArticle {
  const article = articleSchema.parse({ ...input, sentences: splitSentences(input.body) });
  const figures = z.array(figureSchema).parse(extractFigures(article, explain));
  return { article, figures };
}
