import { readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { describe, expect, it } from "vitest";
import { foldAccents } from "@/lib/extract/fold";
import { detectLanguage } from "@/lib/ingest/language";
import { glossText } from "@/lib/extract/gloss";
import { LEXICON_RU } from "@/lib/extract/lexicon-ru";
import { findMoneyMentions } from "@/lib/extract/money";
import { readTables } from "@/lib/extract/tables";
import { processArticle } from "@/lib/extract/pipeline";
import { scoreFigures, type GoldArticle } from "@/lib/quality/score-figures";
import { loadArticles, type LoadedArticle } from "../../scripts/article-input";
import { annotatedSets, articleDir, readGold, readSet, snapshotOf } from "../../scripts/annotated-sets";

/** A file's own figures, as `extract` reports them: its article's, not those of related articles in it. */
const readPage = ([page]: LoadedArticle[]) => (page ? processArticle({ id: page.id, ...page.meta, body: page.body }) : undefined);

/**
 * The floor each set must keep on actual money figures: real news (tests/fixtures/real, 898
 * articles from stored public pages, 238 of them in Russian) sits well below the 0.92 / 0.90 the engine aims at, and
 * these floors, a little under today's scores, stop it sliding back. The sets written for the
 * project in the style of news (tests/fixtures/news*, practice) test mechanisms and keep 0.85.
 */
type Floor = { precision: number; recall: number; leaks: number };
const FLOORS: Record<string, Floor> = {
  realnews: { precision: 0.91, recall: 0.88, leaks: 0 },
  "batch-1": { precision: 0.82, recall: 0.73, leaks: 1 },
  "batch-2": { precision: 0.78, recall: 0.71, leaks: 1 },
  "batch-3": { precision: 0.77, recall: 0.69, leaks: 0 },
  "batch-4": { precision: 0.83, recall: 0.71, leaks: 0 },
  "batch-5": { precision: 0.83, recall: 0.52, leaks: 0 },
  "batch-6": { precision: 0.88, recall: 0.86, leaks: 0 },
  "batch-7": { precision: 0.76, recall: 0.46, leaks: 0 },
  "batch-8": { precision: 0.79, recall: 0.79, leaks: 0 },
  "batch-9": { precision: 0.88, recall: 0.87, leaks: 0 },
  "batch-10": { precision: 0.87, recall: 0.64, leaks: 0 },
  "batch-11": { precision: 0.86, recall: 0.84, leaks: 0 },
  "batch-12": { precision: 0.55, recall: 0.54, leaks: 1 },
  "batch-13": { precision: 0.75, recall: 0.79, leaks: 0 },
  "batch-14": { precision: 0.57, recall: 0.56, leaks: 0 },
  "batch-15": { precision: 0.65, recall: 0.57, leaks: 0 },
  "batch-16": { precision: 0.75, recall: 0.71, leaks: 0 },
  "batch-17": { precision: 0.73, recall: 0.68, leaks: 1 },
  "batch-18": { precision: 0.52, recall: 0.50, leaks: 0 },
  "batch-19": { precision: 0.69, recall: 0.68, leaks: 0 },
  "batch-20": { precision: 0.66, recall: 0.58, leaks: 0 },
  "batch-21": { precision: 0.90, recall: 0.84, leaks: 1 },
  "batch-22": { precision: 0.58, recall: 0.51, leaks: 0 },
  "batch-23": { precision: 0.51, recall: 0.52, leaks: 0 },
  "ru-1": { precision: 0.72, recall: 0.60, leaks: 1 },
  "ru-2": { precision: 0.88, recall: 0.75, leaks: 0 },
  "ru-3": { precision: 0.60, recall: 0.54, leaks: 0 },
  "ru-4": { precision: 0.92, recall: 0.75, leaks: 0 },
  "ru-5": { precision: 0.89, recall: 0.88, leaks: 1 },
  "ru-6": { precision: 0.73, recall: 0.64, leaks: 1 },
  "ru-7": { precision: 0.78, recall: 0.67, leaks: 1 },
  "ru-8": { precision: 0.78, recall: 0.76, leaks: 1 },
  "ru-9": { precision: 0.83, recall: 0.79, leaks: 0 },
  "ru-10": { precision: 0.78, recall: 0.74, leaks: 1 },
  "ru-11": { precision: 0.58, recall: 0.53, leaks: 0 },
  "ru-12": { precision: 0.43, recall: 0.31, leaks: 1 },
};
const WRITTEN_FLOOR: Floor = { precision: 0.85, recall: 0.85, leaks: 0 };

describe.each(annotatedSets().map((set) => [basename(set), set] as const))("extraction on %s", (name, set) => {
  const gold: GoldArticle[] = readGold(set);
  const dir = articleDir(set);
  const read = readSet(set, gold);
  const unreadable = read.find((a) => a.error);
  if (unreadable) throw new Error(`${unreadable.gold.file}: ${unreadable.error}`);
  const pages = new Map(read.map((a) => [a.gold.file, a.read] as const));
  const predicted = new Map(read.map((a) => [a.gold.file, a.figures]));

  it("matches its committed snapshot of predicted figures (npm run snapshot refreshes it)", () => {
    expect(snapshotOf(read)).toBe(readFileSync(join(set, "predicted.json"), "utf8"));
  });

  it("gives each article the same figures whatever was extracted before it", () => {
    const reversed = [...gold].reverse().map((g) => {
      const loaded = loadArticles(join(dir, g.file));
      return [g.file, loaded.ok ? (readPage(loaded.articles)?.figures ?? []) : []] as const;
    });
    expect(new Map(reversed)).toEqual(predicted);
  });

  it("quotes every gold figure from its article", () => {
    const missing = gold.flatMap((g) => {
      const text = readFileSync(join(dir, g.file), "utf8");
      return g.figures.filter((f) => f.quote && !text.includes(f.quote)).map((f) => `${g.file}: ${f.quote}`);
    });
    expect(missing).toEqual([]);
  });

  it("spans every figure over the text of a money amount, with a confidence in [0, 1]", () => {
    const bad = [...pages].flatMap(([file, page]) => (page?.figures ?? []).flatMap((f) => {
      const text = page!.article.body.slice(f.span[0], f.span[1]);
      // A Russian article's amounts are read in its gloss, and placed back on the Russian words.
      const body = page!.article.body;
      const gloss = detectLanguage(body) === "ru" ? glossText(body, LEXICON_RU) : undefined;
      const amounts = findMoneyMentions(foldAccents(gloss?.text ?? body)).map((m) => (gloss ? [gloss.toSource(m.start, "start"), gloss.toSource(m.end, "end")] : [m.start, m.end]));
      // A table's cell is money too: its caption states the unit ("Million USD").
      const cells = readTables(foldAccents(body), f.reporter).map((c) => [c.start, c.end]);
      const money = [...amounts, ...cells].some(([start, end]) => start === f.span[0] && end === f.span[1]);
      // A money figure spans a money mention (digits, or words: "four billion euros") or a table's cell; a share its digits.
      return (f.metric === "share" ? /\d/.test(text) : money) && f.confidence >= 0 && f.confidence <= 1 ? [] : [`${file}: ${text}`];
    }));
    expect(bad).toEqual([]);
  });

  // Every real set has its floor; one without is a set nobody has scored yet.
  const floor = FLOORS[name] ?? (set.includes(join("fixtures", "real")) ? undefined : WRITTEN_FLOOR);
  it(`keeps its floor on actual money figures (${floor ? `P ≥ ${floor.precision}, R ≥ ${floor.recall}, at most ${floor.leaks} targets read as actual` : "none set"})`, () => {
    expect(floor, `no floor for ${name}: score it and add one to FLOORS`).toBeDefined();
    const score = scoreFigures(gold, predicted);
    expect(score.tp).toBeGreaterThan(0);
    expect({ precision: score.precision >= floor!.precision, recall: score.recall >= floor!.recall, leaks: score.targetLeaks <= floor!.leaks, score: `P ${score.precision.toFixed(3)} R ${score.recall.toFixed(3)} leaks ${score.targetLeaks}` }).toMatchObject({ precision: true, recall: true, leaks: true });
  });
});
