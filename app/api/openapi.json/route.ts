import { jsonResponse, resolveBaseUrl } from "@/lib/api/api-params";
import { openApiDocument } from "@/lib/api/api-schema";

/** GET /api/openapi.json: the read API's OpenAPI document, generated from its zod schemas. */
export async function GET(request: Request) {
  return jsonResponse(openApiDocument(resolveBaseUrl(process.env.TRADECITE_PUBLIC_URL, request)));
}
