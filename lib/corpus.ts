// No `server-only` marker: the proxy, outside React's server graph, reads the corpus too.
import { openCorpusDatabase } from "@/lib/db/corpus-database";
import type { Database } from "@/lib/db/database";
import { corpusVersion, loadCorpus, lookupIssuedId, type Corpus, type IssuedId } from "@/lib/db/store";
import { allPairFigures } from "@/lib/api-params";
import type { Article, Figure } from "@/lib/schema";
import type { PairFigure } from "@/lib/series";

export type { Corpus } from "@/lib/db/store";

/** The corpus as pages and the API read it: the stored corpus, and every pair's figures (derived ones computed once). */
export type CorpusView = Corpus & { pairFigures: PairFigure[]; figureIds: Set<string> };

type ServerState = { db?: Promise<Database & { token?: string }>; cached?: { version: string; view: CorpusView } };

// One per server process, shared by the bundles Next builds for instrumentation, pages and routes.
const state: ServerState = ((globalThis as { __tradeciteCorpus?: ServerState }).__tradeciteCorpus ??= {});

/** Where this server answers, for the lock file, so that a command can send it an article. */
function serverOrigin(): string | undefined {
  return process.env.__NEXT_PRIVATE_ORIGIN || (process.env.PORT ? `http://localhost:${process.env.PORT}` : undefined);
}

/** The server's database, opened (and seeded) on first use and held for the process's life. */
export function corpusDatabase(): Promise<Database & { token?: string }> {
  state.db ??= openCorpusDatabase({ role: "server", origin: serverOrigin() }).catch((e: unknown) => {
    state.db = undefined;
    throw e;
  });
  return state.db;
}

/**
 * The corpus, read from the database once per write: each call checks the write counter (one
 * small query) and reloads only when an ingest has changed it.
 */
export async function getCorpus(): Promise<CorpusView> {
  const db = await corpusDatabase();
  const version = await corpusVersion(db);
  if (state.cached?.version === version) return state.cached.view;
  const corpus = await loadCorpus(db);
  const pairFigures = allPairFigures(corpus.figures, null);
  const view = { ...corpus, pairFigures, figureIds: new Set([...corpus.figures, ...pairFigures].map((f) => f.id)) };
  state.cached = { version, view };
  return view;
}

/** Whether `id` is a current figure's (stated or derived). */
export async function isCurrentFigureId(id: string): Promise<boolean> {
  return (await getCorpus()).figureIds.has(id);
}

export async function getArticle(id: string): Promise<Article | undefined> {
  return (await getCorpus()).articles.find((a) => a.id === id);
}

export async function getFigure(id: string): Promise<Figure | undefined> {
  return (await getCorpus()).figures.find((f) => f.id === id);
}

/** Where an id that is no current figure's leads (an alias, a withdrawn figure, or nowhere). */
export async function findIssuedId(id: string): Promise<IssuedId> {
  return lookupIssuedId(await corpusDatabase(), id);
}
