import { resolveBaseUrl } from "@/lib/api-params";
import { openApiDocument } from "@/lib/api-schema";

/** GET /api/openapi.json: the read API's OpenAPI document, generated from its zod schemas. */
export async function GET(request: Request) {
  return Response.json(openApiDocument(resolveBaseUrl(process.env.TRADECITE_PUBLIC_URL, request)));
}
