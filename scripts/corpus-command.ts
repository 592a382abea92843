import { join } from "node:path";
import { openCorpusDatabase } from "@/lib/db/corpus-database";
import { dataDir, DatabaseBusyError, readLock, type Database } from "@/lib/db/database";

/** A command that could not run; the message says why, for one line on stderr. */
export class CommandError extends Error {}

/**
 * Runs a command on the corpus database. While the dashboard server holds the embedded database
 * (its lock file says so, with its address and token), the command is sent to the server's
 * endpoint `path` with `body`, and the server runs it on the database it holds; otherwise the
 * command opens the database itself (PostgreSQL at DATABASE_URL, or the embedded one) and runs
 * `direct`.
 */
export async function runCorpusCommand<T>(path: string, body: unknown, direct: (db: Database) => Promise<T>): Promise<T> {
  const holder = process.env.DATABASE_URL ? undefined : readLock(join(dataDir(), "db"));
  if (holder?.role === "server" && holder.origin && holder.token) {
    let response: Response;
    try {
      response = await fetch(`${holder.origin}${path}`, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${holder.token}` }, body: JSON.stringify(body) });
    } catch {
      throw new CommandError(`the dashboard server (pid ${holder.pid}) holds the database but does not answer at ${holder.origin}`);
    }
    const answer = (await response.json().catch(() => undefined)) as (T & { error?: string }) | undefined;
    if (answer === undefined || (!response.ok && response.status !== 409)) throw new CommandError(`the server at ${holder.origin} answered ${response.status}${answer?.error ? `: ${answer.error}` : ""}`);
    return answer;
  }
  let db: Database;
  try {
    db = await openCorpusDatabase({ role: "cli" });
  } catch (e) {
    if (e instanceof DatabaseBusyError) throw new CommandError(`${e.message}; try again when it has finished`);
    throw e;
  }
  try {
    return await direct(db);
  } finally {
    await db.close();
  }
}

/** Runs a CLI's main, setting the exit code; an error becomes one line on stderr, never a stack trace. */
export function runMain(name: string, main: () => Promise<number>): void {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`${name}: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
