import type { Article, Span } from "@/lib/schema";

/** The sentence that states a figure, inside its paragraph, cut around the number's span. */
export type SourceExcerpt = {
  articleId: string;
  title: string;
  date: string | null;
  author: string | null;
  publisher: string | null;
  url: string | null;
  sentenceIndex: number;
  /** Paragraph text before the sentence. */
  before: string;
  /** The sentence up to the number, the number itself (body.slice(span)), the rest of the sentence. */
  lead: string;
  number: string;
  tail: string;
  /** Paragraph text after the sentence. */
  after: string;
};

/** Start and end offsets of a paragraph: from its first sentence's start to its last one's end. */
function paragraphBounds(article: Article, paragraph: number): [number, number] {
  const sentences = article.sentences.filter((s) => s.paragraph === paragraph);
  return [Math.min(...sentences.map((s) => s.start)), Math.max(...sentences.map((s) => s.end))];
}

/**
 * Cuts the article around a figure: its sentence within the paragraph, the number at `span`
 * (offsets into the body, half-open) set apart. Returns undefined when the sentence is unknown or
 * the span lies outside it.
 */
export function excerptFor(article: Article, sentenceIndex: number, span: Span): SourceExcerpt | undefined {
  const sentence = article.sentences.find((s) => s.index === sentenceIndex);
  if (!sentence || span[0] < sentence.start || span[1] > sentence.end) return undefined;
  const [pStart, pEnd] = paragraphBounds(article, sentence.paragraph);
  const { body } = article;
  return {
    articleId: article.id,
    title: article.title,
    date: article.date ?? null,
    author: article.author ?? null,
    publisher: article.publisher ?? null,
    url: article.url ?? null,
    sentenceIndex,
    before: body.slice(pStart, sentence.start),
    lead: body.slice(sentence.start, span[0]),
    number: body.slice(span[0], span[1]),
    tail: body.slice(span[1], sentence.end),
    after: body.slice(sentence.end, pEnd),
  };
}

/** A run of text in the reader: plain, or a figure's number linking to `href`. */
export type ReaderPart = { text: string; figureId?: string; href?: string };
/** A sentence (`sentenceIndex` set) or the text between two sentences (null). */
export type ReaderPiece = { sentenceIndex: number | null; parts: ReaderPart[] };

/**
 * Splits the body into paragraphs of sentences for the reader, each sentence cut around the
 * figures' spans it holds so the numbers can become links. Text outside every sentence is kept
 * as a piece of its own, so joining every part gives the body back (minus paragraph breaks).
 * `links` must not overlap; one whose span crosses a sentence boundary is dropped.
 */
export function segmentArticle(article: Article, links: Array<{ figureId: string; span: Span; href: string }>): ReaderPiece[][] {
  const { body } = article;
  const paragraphs = new Map<number, ReaderPiece[]>();
  const sentences = [...article.sentences].sort((a, b) => a.start - b.start);
  const sorted = [...links].sort((a, b) => a.span[0] - b.span[0]);
  let cursor = 0;
  for (const [i, s] of sentences.entries()) {
    const pieces = paragraphs.get(s.paragraph) ?? [];
    paragraphs.set(s.paragraph, pieces);
    const gap = body.slice(cursor, s.start);
    const previous = sentences[i - 1];
    const gapHome = previous?.paragraph === s.paragraph ? pieces : previous && gap.trim() ? paragraphs.get(previous.paragraph) : undefined;
    if (gap) gapHome?.push({ sentenceIndex: null, parts: [{ text: gap }] });
    const parts: ReaderPart[] = [];
    let at = s.start;
    for (const link of sorted.filter((l) => l.span[0] >= s.start && l.span[1] <= s.end)) {
      if (link.span[0] < at) continue;
      if (link.span[0] > at) parts.push({ text: body.slice(at, link.span[0]) });
      parts.push({ text: body.slice(link.span[0], link.span[1]), figureId: link.figureId, href: link.href });
      at = link.span[1];
    }
    if (at < s.end) parts.push({ text: body.slice(at, s.end) });
    pieces.push({ sentenceIndex: s.index, parts });
    cursor = s.end;
  }
  return [...paragraphs.entries()].sort(([a], [b]) => a - b).map(([, pieces]) => pieces);
}
