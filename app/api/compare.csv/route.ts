import { getComparison } from "@/lib/corpus";
import { csvResponse, errorResponse, resolveBaseUrl } from "@/lib/api/api-params";
import { figuresToCsv } from "@/lib/export/csv";
import { parseCompareRequest } from "@/lib/series/compare-view";

/** GET /api/compare.csv?pair=<from>:<to>&pair=…&metric=…: the figures a comparison draws, as CSV. */
export async function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  const parsed = parseCompareRequest(params.getAll("pair"), params.get("metric"));
  if (!parsed.ok) return errorResponse({ status: 400, error: parsed.error, parameter: parsed.error.startsWith("unknown metric") ? "metric" : "pair" });
  const { view, corpus } = await getComparison(parsed.request);
  const rows = view.series.flatMap((s) => s.figures);
  return csvResponse(figuresToCsv(rows, { ...corpus, baseUrl: resolveBaseUrl(process.env.TRADECITE_PUBLIC_URL, request) }), `tradecite-compare-${parsed.request.metric}.csv`);
}
