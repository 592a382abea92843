import { getPairScopeOfSlugs } from "@/lib/corpus";
import { errorResponse, jsonResponse, resolveBaseUrl, resolvePairRequest } from "@/lib/api/api-params";
import { toFigureRecord } from "@/lib/export/figure-export";

/** GET /api/pairs/<from>/<to>[?metrics=…][&side=<slug>]: the pair's figures (stated and derived) seen from one side. */
export async function GET(request: Request, { params }: { params: Promise<{ from: string; to: string }> }) {
  const path = await params;
  const corpus = await getPairScopeOfSlugs(path.from, path.to);
  const resolved = resolvePairRequest(path, new URL(request.url).searchParams, corpus.figures);
  if (!resolved.ok) return errorResponse(resolved);
  const baseUrl = resolveBaseUrl(process.env.TRADECITE_PUBLIC_URL, request);
  return jsonResponse({
    from: { code: resolved.from.code, name: resolved.from.name, slug: resolved.from.slug },
    to: { code: resolved.to.code, name: resolved.to.name, slug: resolved.to.slug },
    metrics: resolved.metrics,
    figures: resolved.figures.map((f) => toFigureRecord(f, corpus, baseUrl)),
  });
}
