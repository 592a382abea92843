import { corpusChanged, corpusDatabase } from "@/lib/corpus";
import { commandRefusal } from "@/lib/ingest/command-token";
import { reextractArticles } from "@/lib/ingest/reextract";

/** POST /api/reextract: how `npm run reextract` runs while this server holds the embedded database (same token as ingest). */
export async function POST(request: Request) {
  const db = await corpusDatabase();
  const refused = commandRefusal(request, db.token);
  if (refused) return refused;
  const articles = await reextractArticles(db);
  corpusChanged();
  return Response.json({ articles });
}
