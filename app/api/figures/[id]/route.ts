import { getFigureScope } from "@/lib/corpus";
import { errorResponse, jsonResponse, resolveBaseUrl, resolveFigureRequest } from "@/lib/api/api-params";
import { toFigureRecord } from "@/lib/export/figure-export";

/** GET /api/figures/<id>[?side=<slug>]: one figure (stated or derived) with its sources, seen from `side` if given. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const corpus = (await getFigureScope(id)) ?? { articles: [], figures: [], pairFigures: [] };
  const resolved = resolveFigureRequest({ id, side: new URL(request.url).searchParams.get("side") }, corpus.figures, corpus.pairFigures);
  if (!resolved.ok) return errorResponse(resolved);
  return jsonResponse(toFigureRecord(resolved.figure, corpus, resolveBaseUrl(process.env.TRADECITE_PUBLIC_URL, request)));
}
