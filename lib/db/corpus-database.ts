import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { ArticleFileError, parseArticleFile } from "@/lib/ingest/article-file";
import { EXTRACTOR_VERSION } from "@/lib/extract/version";
import { decodeArticleBytes } from "@/lib/ingest/input";
import { processArticle } from "@/lib/extract/pipeline";
import { slugSchema } from "@/lib/schema";
import { dataDir, openDatabase, type Database, type OpenOptions } from "@/lib/db/database";
import { addAlias, saveArticle } from "@/lib/db/store";

/** A bundled file that cannot be read; the message names the file and says why. */
export class CorpusError extends Error {}

/** The ids an earlier release issued for the bundled corpus, each with the id of the same claim today. */
const issuedIdsSchema = z.object({ aliases: z.array(z.object({ old: z.string().regex(/^[a-z0-9-]+$/), current: z.string().regex(/^[a-z0-9-]+$/), reason: z.string().min(1) })) });

/**
 * Loads the bundled corpus (`<data dir>/articles/*.md`, and the ids earlier releases issued
 * for it, `<data dir>/issued-ids.json`) into a database that has never been seeded. Each
 * article is stored in its own transaction and storing is idempotent, so a seed cut short is
 * finished by the next start.
 */
export async function seedBundledCorpus(db: Database, dir = dataDir()): Promise<number> {
  const [seeded] = await db.query("select 1 from corpus_state where key = 'seeded'");
  if (seeded) return 0;
  const articlesDir = join(dir, "articles");
  const files = existsSync(articlesDir) ? readdirSync(articlesDir).filter((f) => f.endsWith(".md")).sort() : [];
  for (const file of files) {
    const path = join(articlesDir, file);
    const id = file.slice(0, -3);
    if (!slugSchema.safeParse(id).success) throw new CorpusError(`${path}: the file name must be a lowercase slug (as ingest writes it)`);
    const read = decodeArticleBytes(readFileSync(path));
    if (!read.ok) throw new CorpusError(`${path}: ${read.reason}`);
    let parsed;
    try {
      parsed = parseArticleFile(read.text);
    } catch (e) {
      if (e instanceof ArticleFileError) throw new CorpusError(`${path}: ${e.message}`);
      throw e;
    }
    const { article, figures } = processArticle({ id, ...parsed.meta, body: parsed.body });
    await saveArticle(db, { article, figures, rawText: read.text, language: "en" }, EXTRACTOR_VERSION);
  }
  const issuedFile = join(dir, "issued-ids.json");
  const issued = existsSync(issuedFile) ? issuedIdsSchema.safeParse(JSON.parse(readFileSync(issuedFile, "utf8"))) : { success: true as const, data: { aliases: [] } };
  if (!issued.success) throw new CorpusError(`${issuedFile}: ${issued.error.issues[0]?.message ?? "not a list of aliases"}`);
  await db.transaction(async (tx) => {
    for (const a of issued.data.aliases) await addAlias(tx, a.old, a.current, a.reason);
    await tx.query("insert into corpus_state (key, value) values ('seeded', now()::text) on conflict (key) do nothing");
  });
  return files.length;
}

/**
 * Opens the corpus database (the PostgreSQL server at DATABASE_URL, else the embedded one in
 * `<data dir>/db`) and seeds it from `<data dir>` on first use.
 */
export async function openCorpusDatabase(options: Pick<OpenOptions, "role" | "origin" | "url"> & { dataDir?: string }): Promise<Database & { token?: string }> {
  const dir = options.dataDir ?? dataDir();
  const db = await openDatabase({ ...options, url: options.url ?? (process.env.DATABASE_URL || undefined), dir: join(dir, "db") });
  try {
    await seedBundledCorpus(db, dir);
    return db;
  } catch (e) {
    await db.close();
    throw e;
  }
}
