import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { parseArgs } from "node:util";
import { processArticle } from "@/lib/pipeline";
import { scoreFigures, type GoldArticle } from "@/lib/score-figures";
import { loadArticles } from "./article-input";

const USAGE = `usage: npm run --silent score -- [--verbose] [SET_DIR...]
  Scores the extractor on annotated sets (a folder with gold.json and articles/ or the
  articles beside it). Without arguments: every set under tests/fixtures/real/.`;

const root = join(import.meta.dirname, "..");

function articleDir(set: string): string {
  return existsSync(join(set, "articles")) ? join(set, "articles") : set;
}

function main(): number {
  let parsed;
  try {
    parsed = parseArgs({ options: { verbose: { type: "boolean", short: "v" }, help: { type: "boolean", short: "h" } }, allowPositionals: true });
  } catch (e) {
    process.stderr.write(`score: ${(e as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (parsed.values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const realDir = join(root, "tests", "fixtures", "real");
  const sets = parsed.positionals.length ? parsed.positionals : readdirSync(realDir).map((d) => join(realDir, d)).filter((d) => existsSync(join(d, "gold.json")));
  let tp = 0, fp = 0, fn = 0;
  for (const set of sets) {
    if (!existsSync(join(set, "gold.json"))) {
      process.stderr.write(`score: ${set}: no gold.json\n`);
      return 2;
    }
    const gold = JSON.parse(readFileSync(join(set, "gold.json"), "utf8")) as GoldArticle[];
    const predicted = new Map(
      gold.map((g) => {
        const loaded = loadArticles(join(articleDir(set), g.file));
        const page = loaded.ok ? loaded.articles[0] : undefined;
        return [g.file, page ? processArticle({ id: page.id, ...page.meta, body: page.body }).figures : []];
      }),
    );
    const s = scoreFigures(gold, predicted);
    tp += s.tp; fp += s.fp; fn += s.fn;
    if (parsed.values.verbose) process.stdout.write(s.misses.map((m) => `  ${m}\n`).join(""));
    process.stdout.write(`${basename(set)}: P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} (tp ${s.tp}, fp ${s.fp}, fn ${s.fn}, targets leaked ${s.targetLeaks})\n`);
  }
  if (sets.length > 1) process.stdout.write(`all: P ${(tp / Math.max(tp + fp, 1)).toFixed(3)} R ${(tp / Math.max(tp + fn, 1)).toFixed(3)} (tp ${tp}, fp ${fp}, fn ${fn})\n`);
  return 0;
}

process.exitCode = main();
