import type { z } from "zod";
import type { figureRecordSchema, figureSourceSchema } from "@/lib/api/api-schema";
import { slugOfCode } from "@/lib/countries";
import { isUnconfirmed } from "@/lib/view/confidence-display";
import { isPartialYear, sentenceNumber } from "@/lib/view/format";
import type { Article, Figure, Period } from "@/lib/schema";
import { seenFromPartner, type PairFigure } from "@/lib/series/series";
import { buildTextFragmentUrl } from "@/lib/export/text-fragment";

/** What exports read figures from: the corpus's articles and stated figures. */
export type ExportCorpus = { articles: Article[]; figures: Figure[] };

export type FigureSource = z.infer<typeof figureSourceSchema>;
export type FigureRecord = z.infer<typeof figureRecordSchema>;

/**
 * The calendar dates a period covers, as ISO dates: "2014" → 2014-01-01…2014-12-31 (type
 * `year`); "2023-01/2023-05" → 2023-01-01…2023-05-31 (type `part-year`).
 */
export function periodBounds(period: Period): { start: string; end: string; type: "year" | "part-year" } {
  const [from = period, to = from] = period.split("/");
  const [startYear = "", startMonth = "01"] = from.split("-");
  const [endYear = "", endMonth = "12"] = to.split("-");
  const lastDay = new Date(Date.UTC(Number(endYear), Number(endMonth), 0)).getUTCDate();
  return {
    start: `${startYear}-${startMonth}-01`,
    end: `${endYear}-${endMonth}-${String(lastDay).padStart(2, "0")}`,
    type: isPartialYear(period) ? "part-year" : "year",
  };
}

/**
 * A figure's permalink on `baseUrl` (no trailing slash): `<base>/figures/<id>`, with
 * `?side=<slug>` when it is seen from `side` (a row of the pair seen from that country), so the
 * page shows what the row said.
 */
export function figureUrl(baseUrl: string, id: string, side?: string): string {
  return `${baseUrl}/figures/${encodeURIComponent(id)}${side ? `?side=${encodeURIComponent(side)}` : ""}`;
}

const byIdOf = new WeakMap<ReadonlyArray<{ id: string }>, Map<string, unknown>>();

/** A list's items by id, made once per list (a corpus's lists live as long as it). */
function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  let index = byIdOf.get(items) as Map<string, T> | undefined;
  if (!index) {
    index = new Map(items.map((item) => [item.id, item]));
    byIdOf.set(items, index);
  }
  return index;
}

/** The corpus's articles and figures by id: exports look up every figure's sources. */
function indexOf(corpus: ExportCorpus) {
  return { articleById: byId(corpus.articles), figureById: byId(corpus.figures) };
}

/**
 * The sentences a pair figure rests on: its own source when stated; for a derived figure, the
 * sources of the stated figures it was computed from, each sentence once, in derivedFrom order.
 */
export function resolveSources(figure: PairFigure, corpus: ExportCorpus): FigureSource[] {
  const { articleById, figureById } = indexOf(corpus);
  const locations = figure.source
    ? [figure.source]
    : figure.derivedFrom.flatMap((id) => {
        const stated = figureById.get(id);
        return stated ? [{ articleId: stated.articleId, sentenceIndex: stated.sentenceIndex, span: stated.span }] : [];
      });
  const seen = new Set<string>();
  return locations.flatMap(({ articleId, sentenceIndex, span }) => {
    const key = `${articleId}#${sentenceIndex}`;
    const article = articleById.get(articleId);
    const sentence = article?.sentences[sentenceIndex]?.index === sentenceIndex ? article.sentences[sentenceIndex] : article?.sentences.find((s) => s.index === sentenceIndex);
    if (!article || !sentence || seen.has(key)) return [];
    seen.add(key);
    const text = article.body.slice(sentence.start, sentence.end);
    return [
      {
        articleId,
        articleTitle: article.title,
        author: article.author ?? null,
        publisher: article.publisher ?? null,
        publishedOn: article.date ?? null,
        articleUrl: article.url ?? null,
        sentenceNumber: sentenceNumber(sentenceIndex),
        sentence: text,
        statedAs: article.body.slice(span[0], span[1]),
        span,
        sentenceUrl: article.url ? buildTextFragmentUrl(article.url, text) : null,
      },
    ];
  });
}

/** The JSON form of a pair figure: whether it is confirmed, period bounds, absolute permalink on `baseUrl`, resolved sources. */
export function toFigureRecord(figure: PairFigure, corpus: ExportCorpus, baseUrl: string): FigureRecord {
  const { start, end, type } = periodBounds(figure.period);
  const { source, ...stated } = figure;
  return { ...stated, confirmed: !isUnconfirmed(figure), periodStart: start, periodEnd: end, periodType: type, url: figureUrl(baseUrl, figure.id, seenFromPartner(figure, corpus.figures) ? slugOfCode(figure.reporter) : undefined), sources: resolveSources(figure, corpus) };
}
