import type { Article, Figure } from "@/lib/schema";

/**
 * Two 32-bit FNV-1a hashes of the UTF-16 code units (different offset bases), as 16 hex
 * digits: small, pure, the same in Node and the browser, and far cheaper than BigInt maths.
 */
function hash64(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193);
  }
  return (a >>> 0).toString(16).padStart(8, "0") + (b >>> 0).toString(16).padStart(8, "0");
}

/** The text a figure is read from: its sentence (spaces collapsed) and its number, as the article writes them. */
export function figureText(f: Pick<Figure, "sentenceIndex" | "span">, article: Pick<Article, "body" | "sentences">): { sentence: string; number: string; occurrence: number } {
  const sentence = article.sentences[f.sentenceIndex];
  const [start, end] = sentence ? [sentence.start, sentence.end] : f.span;
  const number = article.body.slice(f.span[0], f.span[1]);
  const before = article.body.slice(start, f.span[0]);
  let occurrence = 0;
  for (let at = before.indexOf(number); at !== -1; at = before.indexOf(number, at + 1)) occurrence++;
  return { sentence: article.body.slice(start, end).replace(/\s+/g, " ").trim(), number, occurrence };
}

/**
 * A figure's id: what it is, not where it stands. It hashes the article, the sentence's text,
 * the number's text (and which of its occurrences in the sentence), the metric and the two
 * countries, so re-cleaning another part of the article, or a fix that moves offsets, keeps
 * it; a changed sentence or reading gets a new id, and the database aliases the old one.
 */
export function figureId(f: Omit<Figure, "id" | "confidence">, article: Pick<Article, "body" | "sentences">): string {
  const text = figureText(f, article);
  const key = [f.articleId, text.sentence, text.number, text.occurrence, f.metric, [f.reporter, f.partner].sort().join("-")].join("|");
  return `${f.metric}-${f.period.slice(0, 4)}-${hash64(key).slice(0, 10)}`;
}

/**
 * The id the release before the database gave a figure: it hashed where the number stands and
 * the reading. Computed when the bundled articles are first loaded, so the permalinks that
 * release issued for them become aliases of today's ids.
 */
export function legacyFigureId(f: Omit<Figure, "id" | "confidence">): string {
  const key = [f.articleId, f.span[0], f.span[1], f.metric, f.reporter, f.partner, f.period, f.kind].join("|");
  return `${f.metric}-${f.period.slice(0, 4)}-${hash64(key).slice(0, 10)}`;
}
