import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

export type Row = Record<string, unknown>;

/** What a query runs on: the database, or a transaction of it. Parameters are `$1`, `$2`, … in both drivers. */
export interface Queryable {
  query<T extends Row = Row>(sql: string, params?: unknown[]): Promise<T[]>;
}

/** The corpus database: PGlite in a directory (embedded), or a PostgreSQL server; the same SQL runs on both. */
export interface Database extends Queryable {
  readonly driver: "pglite" | "postgres";
  /** Runs `fn` in one transaction: everything it wrote is kept, or (if it throws) nothing. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Who holds an embedded database, as its lock file says. A server also says where it answers, and with which token. */
export type LockHolder = { pid: number; role: "server" | "cli"; origin?: string; token?: string };

/** The embedded database is open in another process (PGlite allows one). */
export class DatabaseBusyError extends Error {
  constructor(readonly holder: LockHolder) {
    super(holder.role === "server" ? `the dashboard server (pid ${holder.pid}) holds the database` : `another command (pid ${holder.pid}) is using the database`);
  }
}

/** `$TRADECITE_DATA_DIR`, by default `data/`: the bundled articles (articles/) and the embedded database (db/). */
export function dataDir(): string {
  return process.env.TRADECITE_DATA_DIR ?? join(process.cwd(), "data");
}

export function lockFileOf(dir: string): string {
  return `${dir}.lock`;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** The holder of an embedded database's lock, if a live process holds it. */
export function readLock(dir: string): LockHolder | undefined {
  try {
    const holder = JSON.parse(readFileSync(lockFileOf(dir), "utf8")) as LockHolder;
    return typeof holder.pid === "number" && isAlive(holder.pid) ? holder : undefined;
  } catch {
    return undefined;
  }
}

/**
 * mkdir -p, one level at a time: Node's own recursive mkdir never returns for a path under
 * /proc (TRADECITE_DATA_DIR=/proc/x), where creating the missing directory fails with ENOENT forever.
 */
function makeDirectory(dir: string): void {
  if (existsSync(dir)) {
    if (!statSync(dir).isDirectory()) throw new Error(`${dir} is not a directory`);
    return;
  }
  const parent = dirname(dir);
  if (parent !== dir) makeDirectory(parent);
  mkdirSync(dir);
}

/**
 * Takes the lock of an embedded database: a file beside it, created exclusively, naming this
 * process (readable by its owner only: a server's holds the token its ingest endpoint checks).
 * A lock left by a process that died is taken over. Released on close and when the process exits.
 */
function takeLock(dir: string, holder: Omit<LockHolder, "pid">): () => void {
  const file = lockFileOf(dir);
  makeDirectory(dirname(file));
  const mine: LockHolder = { pid: process.pid, ...holder };
  for (let attempt = 0; ; attempt++) {
    try {
      writeFileSync(file, JSON.stringify(mine), { flag: "wx", mode: 0o600 });
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST" || attempt > 0) throw e;
      const current = readLock(dir);
      if (current) throw new DatabaseBusyError(current);
      rmSync(file, { force: true });
    }
  }
  const release = () => {
    try {
      if ((JSON.parse(readFileSync(file, "utf8")) as LockHolder).pid === process.pid) rmSync(file, { force: true });
    } catch {
      // already gone
    }
  };
  process.once("exit", release);
  return release;
}

async function openPglite(dir: string, role: LockHolder["role"], origin?: string): Promise<Database & { token?: string }> {
  const token = role === "server" ? randomBytes(32).toString("hex") : undefined;
  const release = takeLock(dir, { role, origin, token });
  try {
    const { PGlite } = await import("@electric-sql/pglite");
    const pg = await PGlite.create(dir);
    const run = (q: Pick<typeof pg, "query">): Queryable => ({ query: async (sql, params) => (await q.query(sql, params)).rows as never });
    return {
      driver: "pglite",
      token,
      query: run(pg).query,
      transaction: (fn) => pg.transaction((tx) => fn(run(tx))),
      close: async () => {
        await pg.close();
        release();
      },
    };
  } catch (e) {
    release();
    throw e;
  }
}

async function openPostgres(url: string): Promise<Database> {
  const { default: pg } = await import("pg");
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const run = (q: { query: (sql: string, params?: unknown[]) => Promise<{ rows: unknown[] }> }): Queryable => ({ query: async (sql, params) => (await q.query(sql, params)).rows as never });
  return {
    driver: "postgres",
    query: run(pool).query,
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query("begin");
        const result = await fn(run(client));
        await client.query("commit");
        return result;
      } catch (e) {
        await client.query("rollback").catch(() => undefined);
        throw e;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

export type OpenOptions = {
  /** A PostgreSQL server's URL; without it, the embedded database in `dir`. */
  url?: string;
  /** The embedded database's directory (by default `<data dir>/db`). */
  dir?: string;
  role: LockHolder["role"];
  /** Where a server answers, written in the lock so a command can go through it. */
  origin?: string;
};

/** Opens the corpus database and brings its schema up to date. */
export async function openDatabase(options: OpenOptions): Promise<Database & { token?: string }> {
  const db = options.url ? await openPostgres(options.url) : await openPglite(options.dir ?? join(dataDir(), "db"), options.role, options.origin);
  try {
    await migrate(db);
    return db;
  } catch (e) {
    await db.close();
    throw e;
  }
}

const MIGRATIONS_DIR = join(process.cwd(), "lib", "db", "migrations");

/**
 * Applies the versioned migrations (lib/db/migrations/NNN_name.sql) not yet applied, each in its
 * own transaction, in order. An advisory lock keeps two processes starting on one server from
 * applying the same migration twice.
 */
export async function migrate(db: Database): Promise<void> {
  await db.query("create table if not exists schema_migrations (version integer primary key, name text not null, applied_at timestamptz not null default now())");
  const files = readdirSync(MIGRATIONS_DIR).filter((f) => /^\d{3}_[a-z0-9_]+\.sql$/.test(f)).sort();
  for (const file of files) {
    const version = Number(file.slice(0, 3));
    await db.transaction(async (tx) => {
      await tx.query("select pg_advisory_xact_lock(7415)");
      if ((await tx.query("select 1 from schema_migrations where version = $1", [version])).length > 0) return;
      for (const statement of splitStatements(readFileSync(join(MIGRATIONS_DIR, file), "utf8"))) await tx.query(statement);
      await tx.query("insert into schema_migrations (version, name) values ($1, $2)", [version, file]);
    });
  }
}

/** A migration's statements: split at semicolons that end a line (the files hold no procedural code). */
function splitStatements(sql: string): string[] {
  return sql
    .replace(/^\s*--.*$/gm, "")
    .split(/;\s*$/m)
    .map((s) => s.trim())
    .filter(Boolean);
}
