import { cachedExport, getCorpus } from "@/lib/corpus";
import { csvHeaders, csvResponse, errorResponse, gzippedResponse, ofMetrics, parseMetrics, resolveBaseUrl } from "@/lib/api/api-params";
import { CORPUS_CSV_FILE_NAME, figuresToCsvChunks } from "@/lib/export/csv";

/**
 * GET /api/figures.csv[?metrics=…]: every figure of the corpus as CSV (tradecite-all-figures.csv).
 * The whole corpus is made once per corpus version and kept gzipped; a choice of metrics streams.
 */
export async function GET(request: Request) {
  const metrics = parseMetrics(new URL(request.url).searchParams);
  if (!metrics.ok) return errorResponse(metrics);
  const baseUrl = resolveBaseUrl(process.env.TRADECITE_PUBLIC_URL, request);
  if (metrics.metrics === null) {
    const csv = await cachedExport(`csv ${baseUrl}`, (corpus) => figuresToCsvChunks(corpus.pairFigures, { ...corpus, baseUrl }));
    return gzippedResponse(request, csv, csvHeaders(CORPUS_CSV_FILE_NAME));
  }
  const corpus = await getCorpus();
  return csvResponse(request, figuresToCsvChunks(ofMetrics(corpus.pairFigures, metrics.metrics), { ...corpus, baseUrl }), CORPUS_CSV_FILE_NAME);
}
