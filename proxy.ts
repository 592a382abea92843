import { NextResponse, type NextRequest } from "next/server";
import { answersWithCsv, CSV_CONTENT_TYPE } from "@/lib/api/api-params";
import { editorOfSession, findIssuedId, getPairScopeOfSlugs, isCurrentFigureId, pageExists } from "@/lib/corpus";
import { API_CONTENT_SECURITY_POLICY, makeNonce, pageContentSecurityPolicy } from "@/lib/http/content-security-policy";
import { withdrawnFigurePage } from "@/lib/view/withdrawn-page";
import { isEditPath, SESSION_COOKIE, SIGN_IN_PATH } from "@/lib/edit/paths";

/** Every route here only reads, but the commands' endpoints: these are the methods they answer. */
const READ_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
const ALLOW = "GET, HEAD, OPTIONS";
const COMMAND_PATHS = new Set(["/api/ingest", "/api/reextract"]);

/**
 * Before routing: a method that would change something (POST, PUT, DELETE …) gets a 405 with
 * `Allow`, since nothing but the commands' endpoints (POST, with a token) accepts one (pages
 * would otherwise answer 200); TRACE never gets this far (scripts/serve.mjs answers it). A path that cannot be percent-decoded
 * (`/api/figures/%E0%A4%A`) gets a 400: Next's router would throw decoding the dynamic segment
 * and answer a plain-text 500 (vercel/next.js#92527). The API answers in JSON, pages with a short page saying what is
 * wrong. A figure's permalink whose id is no longer a figure's own answers here: 308 to the
 * figure that states its claim now, or 410 with what it said and why it is gone; a pair,
 * article or figure page for something the corpus does not hold gets the not-found page. Every
 * answer carries a Content-Security-Policy (a page's with a nonce of its own), and over HTTPS, HSTS.
 */
export async function proxy(request: NextRequest) {
  const api = request.nextUrl.pathname.startsWith("/api/");
  const policy = api ? API_CONTENT_SECURITY_POLICY : pageContentSecurityPolicy(makeNonce(), process.env.NODE_ENV === "development", isEmbedPath(request.nextUrl.pathname));
  const response = await answer(request, api, policy);
  response.headers.set("content-security-policy", policy);
  if (request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https") {
    response.headers.set("strict-transport-security", "max-age=63072000; includeSubDomains");
  }
  return response;
}

/** The proxy's answer, or the route's with the page's policy on the request, where Next reads its nonce from. */
async function answer(request: NextRequest, api: boolean, policy: string): Promise<NextResponse> {
  if (COMMAND_PATHS.has(request.nextUrl.pathname)) {
    return request.method === "POST" ? NextResponse.next() : refuse(true, 405, "this endpoint takes POST", "method", { allow: "POST" });
  }
  if (isEditPath(request.nextUrl.pathname)) return await answerEditRequest(request, policy);
  if (!READ_METHODS.has(request.method)) {
    return refuse(api, 405, `the method ${request.method.slice(0, 20)} is not allowed here; this site only reads`, "method", { allow: ALLOW });
  }
  try {
    decodeURIComponent(request.nextUrl.pathname);
  } catch {
    return refuse(api, 400, "the path is not valid percent-encoded UTF-8", "path");
  }
  const forward = { request: { headers: forwardedHeaders(request, policy) } };
  const issued = await answerIssuedId(request, api, forward);
  if (issued) return issued;
  if (!api && !(await pageExists(request.nextUrl.pathname))) return NextResponse.rewrite(new URL(MISSING_PAGE, request.url), forward);
  const response = NextResponse.next(forward);
  // Next's server compresses a route handler's answer only when the content type is on the
  // response before the handler runs (vercel/next.js#98007): it is said here, CSV for a CSV
  // route whose parameters are good, JSON for every other answer of the API.
  if (api) {
    const csv = await answersWithCsv(request.nextUrl.pathname, request.nextUrl.searchParams, async (from, to) => (await getPairScopeOfSlugs(from, to)).figures);
    response.headers.set("content-type", csv ? CSV_CONTENT_TYPE : "application/json");
  }
  return response;
}

/**
 * The editors' pages and their Server Actions (POSTs to those pages). A POST must come from this
 * site's own pages (its Origin is this site's; browsers always send one): that, and the session
 * cookie being SameSite=Strict, is what keeps another site from making a change. Without a
 * session that lasts, a page leads to the sign-in page and a POST is refused (403), before any
 * of it runs; the page or action checks the session again itself.
 */
async function answerEditRequest(request: NextRequest, policy: string): Promise<NextResponse> {
  const { pathname, search } = request.nextUrl;
  if (request.method !== "GET" && request.method !== "HEAD" && request.method !== "POST") return refuse(false, 405, `the method ${request.method.slice(0, 20)} is not allowed here`, "method", { allow: "GET, HEAD, POST" });
  const post = request.method === "POST";
  if (post && !fromThisSite(request)) return refuse(false, 403, "a change must be made from this site's own pages", "origin");
  if (pathname !== SIGN_IN_PATH) {
    const token = request.cookies.get(SESSION_COOKIE)?.value;
    if (!token || !(await editorOfSession(token))) {
      if (post) return refuse(false, 403, "sign in to make changes", "session");
      const target = new URL(SIGN_IN_PATH, request.url);
      target.searchParams.set("next", `${pathname}${search}`);
      return NextResponse.redirect(target, 303);
    }
  }
  const response = NextResponse.next({ request: { headers: forwardedHeaders(request, policy) } });
  // Editors' pages show what only editors may see: never kept by a shared cache.
  response.headers.set("cache-control", "private, no-store");
  return response;
}

/** Whether the request's Origin is the host that received it (or the one a proxy in front says it received). */
function fromThisSite(request: NextRequest): boolean {
  const origin = request.headers.get("origin");
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (!origin || !host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/** Set by the proxy on requests for embeddable pages (read by app/layout.tsx). */
const EMBED_HEADER = "x-tradecite-embed";

const isEmbedPath = (pathname: string) => pathname.startsWith("/embed/");

/**
 * The request's headers as the route gets them: the page's policy, where Next reads its nonce
 * from, and the embed mark on embeddable pages only (the root layout then leaves out the site's
 * chrome; a client cannot ask for that).
 */
function forwardedHeaders(request: NextRequest, policy: string): Headers {
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", policy);
  if (isEmbedPath(request.nextUrl.pathname)) headers.set(EMBED_HEADER, "1");
  else headers.delete(EMBED_HEADER);
  return headers;
}

const FIGURE_PATH = /^\/(api\/)?figures\/([^/]+)$/;

/** A path no route answers: rewritten to it, a request for a pair, article or figure the corpus does not hold gets the not-found page, never a page made and cached for it. */
const MISSING_PAGE = "/_missing";

/**
 * A figure path's answer when its id is not a current figure's: 308 for an alias, 410 for a
 * withdrawn figure, the not-found page for a page of an id never issued (the API's route
 * answers that itself, in JSON). Undefined when the route should answer.
 */
async function answerIssuedId(request: NextRequest, api: boolean, forward: { request: { headers: Headers } }): Promise<NextResponse | undefined> {
  const match = FIGURE_PATH.exec(request.nextUrl.pathname);
  const id = match && decodeURIComponent(match[2]!);
  if (!id || (await isCurrentFigureId(id))) return undefined;
  const issued = await findIssuedId(id);
  if (issued.status === "alias") {
    const target = request.nextUrl.clone();
    target.pathname = `/${match[1] ?? ""}figures/${issued.figureId}`;
    return NextResponse.redirect(target, 308);
  }
  if (issued.status !== "withdrawn") return api ? undefined : NextResponse.rewrite(new URL(MISSING_PAGE, request.url), forward);
  if (api) return NextResponse.json({ error: `this figure was withdrawn: ${issued.reason}`, parameter: "id", withdrawn: issued.figure }, { status: 410 });
  return new NextResponse(withdrawnFigurePage(issued), { status: 410, headers: { "content-type": "text/html; charset=utf-8" } });
}

function refuse(api: boolean, status: number, error: string, parameter: string, headers: Record<string, string> = {}): NextResponse {
  if (api) return NextResponse.json({ error, parameter }, { status, headers });
  const title = status === 405 || status === 403 ? "Not allowed" : "Bad address";
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title} – tradecite</title></head><body><main><h1>${title}</h1><p>${status === 405 ? "This request cannot be answered" : "This address cannot be read"}: ${error.replace(/[<>&"]/g, "")}.</p><p><a href="/">Go to the overview</a></p></main></body></html>`;
  return new NextResponse(page, { status, headers: { ...headers, "content-type": "text/html; charset=utf-8" } });
}

export const config = { matcher: "/((?!_next/|favicon|icon).*)" };
