import "./quiet-pipe";
import { parseArgs } from "node:util";
import { runCorpusCommand, runMain } from "./corpus-command";
import { describeChange } from "./describe-change";
import { reextractArticles, type ReextractedArticle } from "@/lib/ingest/reextract";
import { EXTRACTOR_VERSION } from "@/lib/extract/version";

const USAGE = `usage: npm run reextract
  Runs the current extractor (${EXTRACTOR_VERSION}) over every stored article and stores what it
  reads, one transaction per article. Figures that state the same claim keep their ids, or get a
  new one that the old redirects to; figures no longer read are withdrawn (their permalinks answer
  410 with their sentence). Prints, per article, the figures gained, read anew and withdrawn.
  Runs through the dashboard server when it holds the embedded database.`;

async function main(argv: string[]): Promise<number> {
  let help: boolean | undefined;
  try {
    ({ values: { help } } = parseArgs({ args: argv, options: { help: { type: "boolean", short: "h" } }, strict: true }));
  } catch (e) {
    process.stderr.write(`reextract: ${(e as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const print = (a: ReextractedArticle) => process.stdout.write(`${a.id}: ${a.change.unchanged ? "no change" : describeChange(a.change, a.figureCount)}\n`);
  let printed = false;
  const { articles } = await runCorpusCommand("/api/reextract", {}, async (db) => {
    printed = true;
    return { articles: await reextractArticles(db, (a, i, total) => {
      print(a);
      if (total > 20 && (i + 1) % 100 === 0) process.stderr.write(`reextract: ${i + 1} of ${total} articles\n`);
    }) };
  });
  if (!printed) articles.forEach(print);
  const sum = (key: "gained" | "changed" | "aliased" | "withdrawn") => articles.reduce((n, a) => n + a.change[key], 0);
  const changed = articles.filter((a) => !a.change.unchanged).length;
  process.stdout.write(`${articles.length} articles, ${changed} changed: ${sum("gained")} figures gained, ${sum("changed")} read anew, ${sum("aliased")} under a new id, ${sum("withdrawn")} withdrawn\n`);
  return 0;
}

runMain("reextract", () => main(process.argv.slice(2)));
