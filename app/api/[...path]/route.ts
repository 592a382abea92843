import { errorResponse } from "@/lib/api/api-params";

/** Any other path under /api: a JSON 404 (not the HTML not-found page), naming the path. */
export async function GET(_request: Request, { params }: { params: Promise<{ path: string[] }> }) {
  const { path } = await params;
  return errorResponse({ status: 404, error: `no API route /api/${path.join("/")}; see /api/pairs and /api/figures`, parameter: "path" });
}
