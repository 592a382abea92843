import "./quiet-pipe";
import { existsSync, renameSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { parseArgs } from "node:util";
import type { AmountExplanation } from "@/lib/extract";
import type { Figure } from "@/lib/schema";
import { calibrationOf, formatCalibration, type Scored } from "@/lib/quality/calibration";
import { judgedFigures, scoreFigures, type GoldArticle } from "@/lib/quality/score-figures";
import { annotatedSets, FIRST_BLIND, firstBlindOf, readGold, readSet } from "./annotated-sets";

const USAGE = `usage: npm run --silent score -- [--verbose] [--why] [--calibration] [--record-blind] [SET_DIR...]
  Scores the extractor on annotated sets (a folder with gold.json and articles/ or the
  articles beside it). Without arguments: every set under tests/fixtures/real/.
  --verbose lists each missed and each extra figure; --why also counts, over the missed
  gold figures, why the extractor gave no figure for their amount (from extract --explain).
  --calibration says how well each set's confidences predict which figures are right.
  --record-blind writes the set's first-blind record (${FIRST_BLIND}: the figures read before
  any rule was written from the set, with their reading's features); never over an old one.`;


function main(): number {
  let parsed;
  try {
    parsed = parseArgs({ options: { verbose: { type: "boolean", short: "v" }, why: { type: "boolean" }, calibration: { type: "boolean" }, "record-blind": { type: "boolean" }, help: { type: "boolean", short: "h" } }, allowPositionals: true });
  } catch (e) {
    process.stderr.write(`score: ${(e as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (parsed.values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const sets = parsed.positionals.length ? parsed.positionals : annotatedSets().filter((d) => d.includes(join("fixtures", "real")));
  const verboseWhy = Boolean(parsed.values.verbose && parsed.values.why);
  let tp = 0, fp = 0, fn = 0;
  const reasons = new Map<string, number>();
  const pooled: Scored[] = [];
  const recordBlind = Boolean(parsed.values["record-blind"]);
  for (const set of sets) {
    if (!existsSync(join(set, "gold.json"))) {
      process.stderr.write(`score: ${set}: no gold.json\n`);
      return 2;
    }
    // A first-blind record is what the set said before anyone read its errors: it is never redone.
    if (recordBlind && existsSync(join(set, FIRST_BLIND))) {
      process.stderr.write(`score: ${join(set, FIRST_BLIND)} exists: a first-blind record is never rewritten\n`);
      return 2;
    }
    const gold = readGold(set);
    const read = readSet(set, gold, Boolean(parsed.values.why) || recordBlind);
    if (recordBlind) {
      const target = join(set, FIRST_BLIND);
      writeFileSync(`${target}.tmp`, firstBlindOf(read));
      renameSync(`${target}.tmp`, target);
      process.stdout.write(`wrote ${target}\n`);
    }
    if (parsed.values.calibration) {
      const scored = read.flatMap((a) => judgedFigures(a.gold, a.figures).map(({ figure, right }) => ({ p: figure.confidence, right })));
      pooled.push(...scored);
      process.stdout.write(`${formatCalibration(basename(set), calibrationOf(scored))}\n`);
    }
    const s = scoreFigures(gold, new Map(read.map((a) => [a.gold.file, a.figures])));
    if (parsed.values.why) for (const a of read) for (const reason of whyMissed(a.gold, a.figures, a.notes, verboseWhy)) reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
    tp += s.tp; fp += s.fp; fn += s.fn;
    if (parsed.values.verbose) process.stdout.write(s.misses.map((m) => `  ${m}\n`).join(""));
    process.stdout.write(`${basename(set)}: P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} (tp ${s.tp}, fp ${s.fp}, fn ${s.fn}, targets leaked ${s.targetLeaks})\n`);
  }
  if (parsed.values.why) for (const [reason, n] of [...reasons].sort((a, b) => b[1] - a[1])) process.stdout.write(`${String(n).padStart(5)}  ${reason}\n`);
  if (parsed.values.calibration && sets.length > 1) process.stdout.write(`${formatCalibration("all", calibrationOf(pooled))}\n`);
  if (sets.length > 1) process.stdout.write(`all: P ${(tp / Math.max(tp + fp, 1)).toFixed(3)} R ${(tp / Math.max(tp + fn, 1)).toFixed(3)} (tp ${tp}, fp ${fp}, fn ${fn})\n`);
  return 0;
}

/** For each gold figure no prediction matches: what the extractor made of an amount of that value. */
function whyMissed(g: GoldArticle, predicted: Figure[], notes: AmountExplanation[], verboseWhy: boolean): string[] {
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
