import type { Article, Figure } from "@/lib/schema";

type FigureFields = Omit<Figure, "id" | "articleId" | "sentenceIndex" | "span">;

/**
 * An article whose body is `paragraphs` (each a list of sentences, joined by one space;
 * paragraphs by a blank line), with sentence offsets computed, plus a way to place figures on
 * the first occurrence of a number's text in a sentence.
 */
export function buildArticle(meta: Omit<Article, "body" | "sentences">, paragraphs: string[][]) {
  let body = "";
  const sentences: Article["sentences"] = [];
  paragraphs.forEach((paragraph, p) => {
    if (p > 0) body += "\n\n";
    paragraph.forEach((text, i) => {
      if (i > 0) body += " ";
      sentences.push({ index: sentences.length, start: body.length, end: body.length + text.length, paragraph: p });
      body += text;
    });
  });
  const article: Article = { ...meta, body, sentences };
  const figure = (id: string, sentenceIndex: number, statedAs: string, fields: FigureFields): Figure => {
    const sentence = sentences[sentenceIndex];
    if (!sentence) throw new Error(`no sentence ${sentenceIndex}`);
    const start = body.indexOf(statedAs, sentence.start);
    if (start < 0 || start + statedAs.length > sentence.end) throw new Error(`"${statedAs}" is not in sentence ${sentenceIndex}`);
    return { id, articleId: article.id, sentenceIndex, span: [start, start + statedAs.length], ...fields };
  };
  return { article, figure };
}

export const SENTENCE_2014 = "In 2014, it totalled USD 64.18 million or about 0.1% of the total foreign trade turnover with balance deficit for Belarus.";
export const SENTENCE_2011 =
  "When tension between Russia and Georgia rose after Mikhail Saakashvili came to power, trade between Belarus and Georgia had increased and peaked in 2011 reaching almost USD 300 million with a large balance deficit for Belarus (USD 237.1 million).";

/** The seed corpus's one article with figures and its four figures, as the data contract states them. */
export function buildSeedCorpus() {
  const { article, figure } = buildArticle(
    {
      id: "minsk-gains-political-weight-in-the-eyes-of-kremlin-as-mediator-of-russo-georgian-relations",
      title: "Minsk gains political weight in the eyes of Kremlin as mediator of Russo-Georgian relations",
      date: "2016-04-22",
      publisher: "Belarus Security Blog",
      url: "https://example.org/news/minsk-gains-political-weight",
    },
    [
      ["It should be noted that Belarus and Georgia have modest trade turnover.", SENTENCE_2014, "The two countries established diplomatic relations in January 1994."],
      ["Some experts believe that Belarus has probed her first re-export schemes.", SENTENCE_2011],
    ],
  );
  const base = { reporter: "BLR", partner: "GEO", kind: "actual", confidence: 0.95 } as const;
  const figures: Figure[] = [
    figure("f-2014-turnover", 1, "USD 64.18 million", { ...base, metric: "turnover", period: "2014", value: 64180000, currency: "USD", qualifier: "exact" }),
    figure("f-2014-share", 1, "0.1%", { ...base, metric: "share", period: "2014", value: 0.1, currency: null, qualifier: "approx" }),
    figure("f-2011-turnover", 4, "USD 300 million", { ...base, metric: "turnover", period: "2011", value: 300000000, currency: "USD", qualifier: "approx" }),
    figure("f-2011-balance", 4, "USD 237.1 million", { ...base, metric: "balance", period: "2011", value: -237100000, currency: "USD", qualifier: "exact" }),
  ];
  const { article: noFigures } = buildArticle(
    { id: "can-belarus-revive-its-multi-vector-foreign-policy", title: "Can Belarus Revive its ‘Multi-Vector’ Foreign Policy?", date: "2023-01-09", publisher: "Diplomatic Courier", author: "Nikola Mikovic" },
    [["Despite everything, Minsk and Moscow met eight times."]],
  );
  return { articles: [noFigures, article], figures };
}
