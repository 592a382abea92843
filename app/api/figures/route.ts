import { getCorpus } from "@/lib/corpus";
import { ofMetrics, errorResponse, parseMetrics, resolveBaseUrl } from "@/lib/api-params";
import { toFigureRecord } from "@/lib/figure-export";

/** GET /api/figures[?metrics=turnover,exports]: every figure of the corpus (stated and derived) with its sources. */
export async function GET(request: Request) {
  const url = new URL(request.url);
  const metrics = parseMetrics(url.searchParams);
  if (!metrics.ok) return errorResponse(metrics);
  const corpus = await getCorpus();
  const baseUrl = resolveBaseUrl(process.env.TRADECITE_PUBLIC_URL, request);
  const articles = corpus.articles.map(({ id, title, author, publisher, date, url: articleUrl }) => ({
    id, title, author: author ?? null, publisher: publisher ?? null, publishedOn: date ?? null, url: articleUrl ?? null,
  }));
  const figures = ofMetrics(corpus.pairFigures, metrics.metrics).map((f) => toFigureRecord(f, corpus, baseUrl));
  return Response.json({ articles, figures });
}
