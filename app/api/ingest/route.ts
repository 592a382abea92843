import { corpusChanged, corpusDatabase } from "@/lib/corpus";
import { commandRefusal } from "@/lib/ingest/command-token";
import { ingestArticles, ingestRequestSchema } from "@/lib/ingest/ingest-articles";
import { MAX_INPUT_BYTES } from "@/lib/ingest/input";

/** A run's articles, each up to MAX_INPUT_BYTES twice over (its raw text and its cleaned body). */
const MAX_REQUEST_BYTES = 8 * 2 * MAX_INPUT_BYTES;

const refuse = (status: number, error: string) => Response.json({ error }, { status });

/**
 * POST /api/ingest: how `npm run ingest` stores articles while this server holds the embedded
 * database. Only a process that can read the database's lock file (its owner's) has the token;
 * anything else gets 401. The server cleans nothing and trusts no figure it is sent: it runs
 * the pipeline itself.
 */
export async function POST(request: Request) {
  const db = await corpusDatabase();
  const refused = commandRefusal(request, db.token);
  if (refused) return refused;
  if (Number(request.headers.get("content-length") ?? 0) > MAX_REQUEST_BYTES) return refuse(413, "the request is too large");
  const text = await request.text();
  if (text.length > MAX_REQUEST_BYTES) return refuse(413, "the request is too large");
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return refuse(400, "the request is not JSON");
  }
  const parsed = ingestRequestSchema.safeParse(body);
  if (!parsed.success) return refuse(400, `the request is not a list of articles: ${parsed.error.issues[0]?.message ?? "invalid"}`);
  const result = await ingestArticles(db, parsed.data);
  corpusChanged();
  return Response.json(result, { status: result.ok ? 200 : 409 });
}
