import { cachedExport, eachPairScope, listArticles } from "@/lib/corpus";
import { apiResponse, errorResponse, gzippedResponse, ofMetrics, parseMetrics, resolveBaseUrl } from "@/lib/api/api-params";
import { toFigureRecord } from "@/lib/export/figure-export";
import type { Metric } from "@/lib/schema";

/** Records per chunk of the answer. */
const CHUNK = 500;

/** `{"articles":[…],"figures":[…]}`, a chunk at a time: memory holds a page of articles or one pair at a time. */
async function* corpusJson(metrics: Metric[] | null, baseUrl: string): AsyncGenerator<string> {
  yield '{"articles":[';
  for (let offset = 0, total = 1; offset < total; offset += CHUNK) {
    const page = await listArticles(offset, CHUNK);
    total = page.total;
    const records = page.articles.map(({ id, title, author, publisher, date, url }) => JSON.stringify({ id, title, author: author ?? null, publisher: publisher ?? null, publishedOn: date ?? null, url: url ?? null }));
    if (records.length > 0) yield (offset ? "," : "") + records.join(",");
  }
  yield '],"figures":[';
  let first = true;
  for await (const scope of eachPairScope()) {
    const figures = ofMetrics(scope.pairFigures, metrics);
    for (let i = 0; i < figures.length; i += CHUNK) {
      yield (first ? "" : ",") + figures.slice(i, i + CHUNK).map((f) => JSON.stringify(toFigureRecord(f, scope, baseUrl))).join(",");
      first = false;
    }
  }
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
  if (metrics.metrics === null) return gzippedResponse(await cachedExport(`json ${baseUrl}`, () => corpusJson(null, baseUrl)), headers);
  return apiResponse(corpusJson(metrics.metrics, baseUrl), headers);
}
