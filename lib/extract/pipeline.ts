import { extractFigures, type AmountExplanation } from "@/lib/extract";
import { figureId } from "@/lib/extract/figure-id";
import { foldLookalikes } from "@/lib/extract/fold";
import { glossText } from "@/lib/extract/gloss";
import { LEXICON_RU } from "@/lib/extract/lexicon-ru";
import { detectLanguage } from "@/lib/ingest/language";
import { splitSentences } from "@/lib/ingest/sentences";
import { z } from "zod";
import { articleSchema, figureSchema, type Article, type ArticleMeta, type ExtractedArticle, type Figure } from "@/lib/schema";

/**
 * A Russian article's figures: its sentences (split on the Russian text) are read through the
 * Russian lexicon by the one grammar, and each figure is placed back on the Russian words it
 * was read from, with the id those words give it.
 */
function extractRussianFigures(article: Article, explain?: AmountExplanation[]): Figure[] {
  const body = glossText(foldLookalikes(article.body), LEXICON_RU);
  const glossed: Article = {
    ...article,
    title: glossText(article.title, LEXICON_RU).text,
    body: body.text,
    sentences: article.sentences.map((s) => ({ ...s, start: body.fromSource(s.start), end: body.fromSource(s.end) })),
  };
  const firstNote = explain?.length ?? 0;
  const toSource = ([start, end]: [number, number]): [number, number] => [body.toSource(start, "start"), body.toSource(end, "end")];
  const ids = new Map<string, string>();
  const figures = extractFigures(glossed, explain).map((f) => {
    const placed = { ...f, span: toSource(f.span) };
    const id = figureId(placed, article);
    ids.set(f.id, id);
    return { ...placed, id };
  });
  // The explanation quotes the Russian words too, and names the figures by their placed ids.
  for (const note of explain?.slice(firstNote) ?? []) {
    note.span = toSource(note.span);
    note.amount = article.body.slice(note.span[0], note.span[1]);
    if (note.figureId) note.figureId = ids.get(note.figureId) ?? note.figureId;
  }
  return figures;
}

const figuresSchema = z.array(figureSchema);

/**
 * The pipeline from a cleaned article to its figures: sentences with offsets, then figures (a
 * Russian article read through its lexicon). Input and output are validated against the
 * schemas, so a bad article fails here, loudly, and nothing downstream sees a malformed
 * figure. `explain`, when given, receives how each amount was read (`extract --explain`).
 */
export function processArticle(input: ArticleMeta & { id: string; body: string }, explain?: AmountExplanation[]): ExtractedArticle {
  const article = articleSchema.parse({ ...input, sentences: splitSentences(input.body) });
  const read = detectLanguage(article.body) === "ru" ? extractRussianFigures(article, explain) : extractFigures(article, explain);
  const figures = figuresSchema.parse(read);
  return { article, figures };
}
