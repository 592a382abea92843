import { cachedExport, eachPairScope } from "@/lib/corpus";
import { csvHeaders, csvResponse, errorResponse, gzippedResponse, ofMetrics, parseMetrics, resolveBaseUrl } from "@/lib/api/api-params";
import { CORPUS_CSV_FILE_NAME, figuresToCsvChunks } from "@/lib/export/csv";
import type { Metric } from "@/lib/schema";

/** The corpus's CSV, pair by pair (one header): memory holds one pair at a time. */
async function* corpusCsv(metrics: Metric[] | null, baseUrl: string): AsyncGenerator<string> {
  let header = true;
  for await (const scope of eachPairScope()) {
    const rows = ofMetrics(scope.pairFigures, metrics);
    if (rows.length === 0) continue;
    yield* figuresToCsvChunks(rows, { ...scope, baseUrl }, { header });
    header = false;
  }
  if (header) yield* figuresToCsvChunks([], { articles: [], figures: [], baseUrl });
}

/**
 * GET /api/figures.csv[?metrics=…]: every figure of the corpus as CSV (tradecite-all-figures.csv).
 * The whole corpus is made once per corpus version and kept gzipped; a choice of metrics streams.
 */
export async function GET(request: Request) {
  const metrics = parseMetrics(new URL(request.url).searchParams);
  if (!metrics.ok) return errorResponse(metrics);
  const baseUrl = resolveBaseUrl(process.env.TRADECITE_PUBLIC_URL, request);
  if (metrics.metrics === null) return gzippedResponse(await cachedExport(`csv ${baseUrl}`, () => corpusCsv(null, baseUrl)), csvHeaders(CORPUS_CSV_FILE_NAME));
  return csvResponse(corpusCsv(metrics.metrics, baseUrl), CORPUS_CSV_FILE_NAME);
}
