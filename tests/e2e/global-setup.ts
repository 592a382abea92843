import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { openCorpusDatabase } from "@/lib/db/corpus-database";
import { listArticleIds } from "@/lib/db/store";
import { hashPassword } from "@/lib/edit/passwords";

declare module "vitest" {
  export interface ProvidedContext {
    /** The temporary data directory the server reads (TRADECITE_DATA_DIR). */
    corpusDir: string;
    /** Article ids of the temporary corpus, sorted. */
    articleIds: string[];
    /** Id of the article whose text holds script tags, an onerror image and a javascript: link. */
    hostileArticleId: string;
    /** Id of the article written so that the extractor should doubt its figure (see DOUBTFUL_RAW). */
    doubtfulArticleId: string;
    /** The editor the server knows (TRADECITE_EDITORS), and the password that signs it in. */
    editor: { name: string; password: string };
  }
}

const ROOT = process.cwd();
const PORT = process.env.E2E_PORT ?? "3107";

/** A raw article as received, holding markup that must come out as plain text, and one trade figure. */
export const HOSTILE_RAW = `Hostile markup test: <script>alert(1)</script> in the trade pages

March 3, 2023

Traders wrote <script>alert(1)</script> into the report, with <img src=x onerror=alert(1)> and a [link](javascript:alert(1)) to javascript:alert(1) beside it. In 2022, trade turnover between Armenia and Georgia totalled USD 1.2 billion.
`;

/**
 * A second source for the same pair: it states the 2022 turnover differently (a conflict the
 * page must show as two claims), adds a part-year figure (never joined to the years) and a
 * 2025 target (drawn apart, joined to nothing).
 */
export const SECOND_SOURCE_RAW = `Armenia-Georgia trade: revised figures

June 1, 2023

Trade turnover between Armenia and Georgia reached USD 1.1 billion in 2022, according to the Statistical Committee of Armenia. In January-March 2023, it amounted to USD 310.5 million. Armenia and Georgia aim to raise their trade turnover to USD 2 billion by 2025.
`;

/**
 * A figure the extractor should be unsure of, for the confidence tests: a hedged amount in a
 * currency other than USD, in a sentence that compares it with other, unlabelled numbers. Its
 * confidence is whatever the extractor says; the tests read it from the API, never assume it.
 */
export const DOUBTFUL_RAW = `Kazakhstan and Kyrgyzstan: a hazy customs estimate

May 5, 2023

Officials in Astana, Bishkek and Tashkent traded estimates on Tuesday. Compared with 2021, trade between Kazakhstan and Kyrgyzstan came to some 412.7 billion tenge in 2022, against 388.2, 301.5 and 290 billion in earlier years.
`;

function run(command: string, args: string[], env: NodeJS.ProcessEnv): void {
  const result = spawnSync(command, args, { cwd: ROOT, env, stdio: ["ignore", "inherit", "inherit"] });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} exited with ${result.status}`);
}

function runForOutput(command: string, args: string[], env: NodeJS.ProcessEnv): string {
  const result = spawnSync(command, args, { cwd: ROOT, env, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} exited with ${result.status}`);
  return result.stdout;
}

async function waitForServer(url: string, server: ChildProcess): Promise<void> {
  for (let i = 0; i < 240; i++) {
    if (server.exitCode !== null) throw new Error(`the production server exited with ${server.exitCode}`);
    try {
      const res = await fetch(url);
      if (res.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} did not answer within 2 minutes`);
}

/** The build the browser tests run: its own directory, so `npm test` never touches the `.next` that `npm start` serves. */
export const E2E_DIST_DIR = ".next-e2e";

/**
 * Seeds a temporary data directory from the seed articles (tests/fixtures/seeds), adds the test articles through the
 * real ingest CLI, builds the app into its own directory and starts it on that data.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dir = mkdtempSync(join(tmpdir(), "tradecite-e2e-"));
  cpSync(process.env.E2E_ARTICLES_DIR ?? join(ROOT, "tests", "fixtures", "seeds", "articles"), join(dir, "articles"), { recursive: true });
  const env = { ...process.env, TRADECITE_DATA_DIR: dir, TRADECITE_DIST_DIR: E2E_DIST_DIR, NEXT_TELEMETRY_DISABLED: "1" };
  const ingest = (name: string, text: string): string => {
    const raw = join(dir, name);
    writeFileSync(raw, text);
    const ids = [...runForOutput("npx", ["tsx", "scripts/ingest.ts", raw], env).matchAll(/ → ([a-z0-9-]+) \(/g)].map((m) => m[1]!);
    if (ids.length !== 1) throw new Error(`ingest should add one article, added: ${ids.join(", ") || "none"}`);
    return ids[0]!;
  };
  const hostileArticleId = ingest("hostile-markup.txt", HOSTILE_RAW);
  ingest("second-source.txt", SECOND_SOURCE_RAW);
  const doubtfulArticleId = ingest("doubtful-estimate.txt", DOUBTFUL_RAW);
  const db = await openCorpusDatabase({ role: "cli", dataDir: dir });
  const articleIds = await listArticleIds(db);
  await db.close();

  if (process.env.E2E_SKIP_BUILD !== "1" || !existsSync(join(ROOT, E2E_DIST_DIR, "BUILD_ID"))) run("npx", ["next", "build"], env);
  const editor = { name: "e2e-editor", password: `e2e password ${Math.random().toString(36).slice(2)}` };
  const serverEnv = { ...env, TRADECITE_EDITORS: `${editor.name}:${await hashPassword(editor.password)}` };
  const server = spawn(process.execPath, ["scripts/serve.mjs", "--port", PORT], { cwd: ROOT, env: serverEnv, stdio: ["ignore", "ignore", "inherit"], detached: true });
  await waitForServer(`http://localhost:${PORT}/`, server);

  project.provide("corpusDir", dir);
  project.provide("articleIds", articleIds);
  project.provide("hostileArticleId", hostileArticleId);
  project.provide("doubtfulArticleId", doubtfulArticleId);
  project.provide("editor", editor);

  return async () => {
    if (server.pid !== undefined && server.exitCode === null) process.kill(-server.pid, "SIGTERM");
    await new Promise((r) => setTimeout(r, 1000));
    rmSync(dir, { recursive: true, force: true });
  };
}
