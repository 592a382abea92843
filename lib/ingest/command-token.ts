import { timingSafeEqual } from "node:crypto";

/**
 * Whether a request to a command endpoint (ingest, reextract) carries the running server's
 * token, which only a reader of the database's lock file (its owner) has. Compared in constant
 * time. A server on PostgreSQL has no token: commands write to the database directly.
 */
export function commandRefusal(request: Request, token: string | undefined): Response | undefined {
  if (!token) return Response.json({ error: "this server's database is a PostgreSQL server: run the command against it directly" }, { status: 404 });
  const given = Buffer.from(request.headers.get("authorization")?.replace(/^Bearer /, "") ?? "");
  const expected = Buffer.from(token);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return Response.json({ error: "a valid command token is required" }, { status: 401 });
  return undefined;
}
