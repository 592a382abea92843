import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { parseArgs } from "node:util";
import type { AmountExplanation } from "@/lib/extract";
import { processArticle } from "@/lib/pipeline";
import type { Figure } from "@/lib/schema";
import { scoreFigures, type GoldArticle } from "@/lib/score-figures";
import { loadArticles } from "./article-input";

const USAGE = `usage: npm run --silent score -- [--verbose] [--why] [SET_DIR...]
  Scores the extractor on annotated sets (a folder with gold.json and articles/ or the
  articles beside it). Without arguments: every set under tests/fixtures/real/.
  --verbose lists each missed and each extra figure; --why also counts, over the missed
  gold figures, why the extractor gave no figure for their amount (from extract --explain).`;

const root = join(import.meta.dirname, "..");

function articleDir(set: string): string {
  return existsSync(join(set, "articles")) ? join(set, "articles") : set;
}

function main(): number {
  let parsed;
  try {
    parsed = parseArgs({ options: { verbose: { type: "boolean", short: "v" }, why: { type: "boolean" }, help: { type: "boolean", short: "h" } }, allowPositionals: true });
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
  verboseWhy = Boolean(parsed.values.verbose && parsed.values.why);
  let tp = 0, fp = 0, fn = 0;
  const reasons = new Map<string, number>();
  for (const set of sets) {
    if (!existsSync(join(set, "gold.json"))) {
      process.stderr.write(`score: ${set}: no gold.json\n`);
      return 2;
    }
    const gold = JSON.parse(readFileSync(join(set, "gold.json"), "utf8")) as GoldArticle[];
    const notes = new Map<string, AmountExplanation[]>();
    const predicted = new Map(
      gold.map((g) => {
        const loaded = loadArticles(join(articleDir(set), g.file));
        const page = loaded.ok ? loaded.articles[0] : undefined;
        const explained: AmountExplanation[] = [];
        notes.set(g.file, explained);
        return [g.file, page ? processArticle({ id: page.id, ...page.meta, body: page.body }, explained).figures : []];
      }),
    );
    const s = scoreFigures(gold, predicted);
    if (parsed.values.why) for (const g of gold) for (const reason of whyMissed(g, predicted.get(g.file) ?? [], notes.get(g.file) ?? [])) reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
    tp += s.tp; fp += s.fp; fn += s.fn;
    if (parsed.values.verbose) process.stdout.write(s.misses.map((m) => `  ${m}\n`).join(""));
    process.stdout.write(`${basename(set)}: P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} (tp ${s.tp}, fp ${s.fp}, fn ${s.fn}, targets leaked ${s.targetLeaks})\n`);
  }
  if (parsed.values.why) for (const [reason, n] of [...reasons].sort((a, b) => b[1] - a[1])) process.stdout.write(`${String(n).padStart(5)}  ${reason}\n`);
  if (sets.length > 1) process.stdout.write(`all: P ${(tp / Math.max(tp + fp, 1)).toFixed(3)} R ${(tp / Math.max(tp + fn, 1)).toFixed(3)} (tp ${tp}, fp ${fp}, fn ${fn})\n`);
  return 0;
}

/** For each gold figure no prediction matches: what the extractor made of an amount of that value. */
let verboseWhy = false;

function whyMissed(g: GoldArticle, predicted: Figure[], notes: AmountExplanation[]): string[] {
  const scored = scoreFigures([g], new Map([[g.file, predicted]]));
  return scored.misses.filter((m) => m.startsWith("miss")).map((m) => {
    const value = Math.abs(Number(m.split(" ").pop()));
    const note = notes.find((n) => Math.abs(Number(n.money.split(" ")[0]) - value) <= 0.005 * value);
    if (!note) {
      const quote = g.figures.find((f) => Math.abs(Math.abs(f.value) - value) <= 0.005 * value)?.quote;
      if (verboseWhy) process.stdout.write(`  unrecognised ${g.file}: ${quote}\n`);
      return "no amount of that value was recognised";
    }
    if (note.rejected && verboseWhy) process.stdout.write(`  rejected ${g.file}: ${note.rejected.slice(0, 60)} | ${note.amount}\n`);
    if (note.rejected) return `rejected: ${note.rejected.replace(/"[^"]*"/g, "…").replace(/ of [A-Z]{2,3}–[A-Z]{2,3}/, "")}`;
    return "read, but with another metric, parties, period or currency";
  });
}

process.exitCode = main();
