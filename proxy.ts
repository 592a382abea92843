import { NextResponse, type NextRequest } from "next/server";

/**
 * Answers requests whose path cannot be percent-decoded (`/api/figures/%E0%A4%A`,
 * `/pairs/belarus/%E0%A4%A`) with a 400 before routing: Next's router would throw decoding
 * the dynamic segment and answer a plain-text 500 (vercel/next.js#92527). The API gets its
 * usual JSON error; pages get a short page saying what is wrong.
 */
export function proxy(request: NextRequest) {
  try {
    decodeURIComponent(request.nextUrl.pathname);
    return NextResponse.next();
  } catch {
    const error = "the path is not valid percent-encoded UTF-8";
    if (request.nextUrl.pathname.startsWith("/api/")) return NextResponse.json({ error, parameter: "path" }, { status: 400 });
    const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bad address – tradecite</title></head><body><main><h1>Bad address</h1><p>This address cannot be read: ${error}.</p><p><a href="/">Go to the overview</a></p></main></body></html>`;
    return new NextResponse(page, { status: 400, headers: { "content-type": "text/html; charset=utf-8" } });
  }
}

export const config = { matcher: "/((?!_next/|favicon|icon).*)" };
