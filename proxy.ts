import { NextResponse, type NextRequest } from "next/server";

/**
 * Answers API requests whose path cannot be percent-decoded (`/api/figures/%E0%A4%A`) with a
 * JSON 400 before routing: Next's router would throw decoding the dynamic segment and answer a
 * plain-text 500 (vercel/next.js#92527).
 */
export function proxy(request: NextRequest) {
  try {
    decodeURIComponent(request.nextUrl.pathname);
    return NextResponse.next();
  } catch {
    return NextResponse.json({ error: "the path is not valid percent-encoded UTF-8", parameter: "path" }, { status: 400 });
  }
}

export const config = { matcher: "/api/:path*" };
