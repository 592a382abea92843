import { getCorpus } from "@/lib/corpus";
import { ofMetrics, csvResponse, errorResponse, parseMetrics, resolveBaseUrl } from "@/lib/api-params";
import { CORPUS_CSV_FILE_NAME, figuresToCsvChunks } from "@/lib/csv";

/** GET /api/figures.csv[?metrics=…]: every figure of the corpus as CSV (tradecite-all-figures.csv), streamed. */
export async function GET(request: Request) {
  const metrics = parseMetrics(new URL(request.url).searchParams);
  if (!metrics.ok) return errorResponse(metrics);
  const corpus = await getCorpus();
  const baseUrl = resolveBaseUrl(process.env.TRADECITE_PUBLIC_URL, request);
  return csvResponse(request, figuresToCsvChunks(ofMetrics(corpus.pairFigures, metrics.metrics), { ...corpus, baseUrl }), CORPUS_CSV_FILE_NAME);
}
