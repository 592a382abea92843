import { cachedExport, getCorpus } from "@/lib/corpus";
import { apiResponse, errorResponse, gzippedResponse, ofMetrics, parseMetrics, resolveBaseUrl } from "@/lib/api/api-params";
import { toFigureRecord, type ExportCorpus } from "@/lib/export/figure-export";
import type { PairFigure } from "@/lib/series/series";

/** Records per chunk of the streamed answer. */
const CHUNK = 500;

/** `{"articles":[…],"figures":[…]}`, a chunk at a time. */
function* corpusJson(corpus: ExportCorpus, figures: PairFigure[], baseUrl: string): Generator<string> {
  const articles = corpus.articles.map(({ id, title, author, publisher, date, url }) => ({ id, title, author: author ?? null, publisher: publisher ?? null, publishedOn: date ?? null, url: url ?? null }));
  yield '{"articles":[';
  for (let i = 0; i < articles.length; i += CHUNK) yield (i ? "," : "") + articles.slice(i, i + CHUNK).map((a) => JSON.stringify(a)).join(",");
  yield '],"figures":[';
  for (let i = 0; i < figures.length; i += CHUNK) yield (i ? "," : "") + figures.slice(i, i + CHUNK).map((f) => JSON.stringify(toFigureRecord(f, corpus, baseUrl))).join(",");
  yield "]}";
}

/**
 * GET /api/figures[?metrics=turnover,exports]: every figure of the corpus (stated and derived)
 * with its sources. The whole corpus is made once per corpus version and kept gzipped; a choice
 * of metrics streams.
 */
export async function GET(request: Request) {
  const metrics = parseMetrics(new URL(request.url).searchParams);
  if (!metrics.ok) return errorResponse(metrics);
  const baseUrl = resolveBaseUrl(process.env.TRADECITE_PUBLIC_URL, request);
  const headers = { "Content-Type": "application/json" };
  if (metrics.metrics === null) return gzippedResponse(request, await cachedExport(`json ${baseUrl}`, (corpus) => corpusJson(corpus, corpus.pairFigures, baseUrl)), headers);
  const corpus = await getCorpus();
  return apiResponse(request, corpusJson(corpus, ofMetrics(corpus.pairFigures, metrics.metrics), baseUrl), headers);
}
