import { getPairScopeOfSlugs } from "@/lib/corpus";
import { csvResponse, errorResponse, resolveBaseUrl, resolvePairRequest } from "@/lib/api/api-params";
import { figuresToCsv, pairCsvFileName } from "@/lib/export/csv";

/** GET /api/pairs/<from>/<to>/figures.csv[?metrics=…][&side=<slug>]: the pair's figures in view as CSV. */
export async function GET(request: Request, { params }: { params: Promise<{ from: string; to: string }> }) {
  const path = await params;
  const corpus = await getPairScopeOfSlugs(path.from, path.to);
  const resolved = resolvePairRequest(path, new URL(request.url).searchParams, corpus.figures);
  if (!resolved.ok) return errorResponse(resolved);
  const csv = figuresToCsv(resolved.figures, { ...corpus, baseUrl: resolveBaseUrl(process.env.TRADECITE_PUBLIC_URL, request) });
  return csvResponse(csv, pairCsvFileName(resolved.from.slug, resolved.to.slug));
}
