import { listPairs } from "@/lib/corpus";
import { jsonResponse, resolveBaseUrl } from "@/lib/api/api-params";
import { slugOfCode } from "@/lib/countries";

/** GET /api/pairs: every country pair with figures, with links to its JSON and CSV. */
export async function GET(request: Request) {
  const baseUrl = resolveBaseUrl(process.env.TRADECITE_PUBLIC_URL, request);
  const pairs = (await listPairs()).map(({ a, b, figureCount, articleIds }) => {
    const path = `${slugOfCode(a)}/${slugOfCode(b)}`;
    return { a, b, figureCount, articleIds, json: `${baseUrl}/api/pairs/${path}`, csv: `${baseUrl}/api/pairs/${path}/figures.csv`, page: `${baseUrl}/pairs/${path}` };
  });
  return jsonResponse({ pairs });
}
