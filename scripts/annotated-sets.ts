import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { AmountExplanation } from "@/lib/extract";
import { processArticle } from "@/lib/extract/pipeline";
import type { ExtractedArticle } from "@/lib/schema";
import type { GoldArticle } from "@/lib/quality/score-figures";
import { formatSnapshot, snapshotFigure, type SnapshotArticle } from "@/lib/quality/snapshot";
import { EXTRACTOR_VERSION } from "@/lib/extract/version";
import { loadArticles } from "./article-input";

const fixtures = join(import.meta.dirname, "..", "tests", "fixtures");

/** Every folder under tests/fixtures (one level, and the sets inside tests/fixtures/real) that holds a gold.json. */
export function annotatedSets(): string[] {
  const level = (dir: string) => readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => join(dir, d.name));
  return [...level(fixtures), ...level(join(fixtures, "real"))].filter((d) => existsSync(join(d, "gold.json"))).sort();
}

/**
 * One annotated article as the current extractor reads it: its gold, then its own figures (not
 * those of related articles in the same file), with how each amount was read when `explain` is
 * asked for. `error` says why the file could not be read; an unreadable or empty file has no figures.
 */
export type ReadArticle = { gold: GoldArticle; read?: ExtractedArticle; figures: ExtractedArticle["figures"]; notes: AmountExplanation[]; error?: string };

/** The folder of a set's articles: `articles/` beside gold.json, else the set itself. */
export function articleDir(set: string): string {
  return existsSync(join(set, "articles")) ? join(set, "articles") : set;
}

/** Reads a set's gold.json and runs the pipeline on each article it annotates, in gold order. */
export function readSet(set: string, gold: GoldArticle[] = readGold(set), explain = false): ReadArticle[] {
  return gold.map((g) => {
    const loaded = loadArticles(join(articleDir(set), g.file));
    const page = loaded.ok ? loaded.articles[0] : undefined;
    if (!page) return { gold: g, figures: [], notes: [], ...(loaded.ok ? {} : { error: loaded.reason }) };
    const notes: AmountExplanation[] = [];
    const read = processArticle({ id: page.id, ...page.meta, body: page.body }, explain ? notes : undefined);
    return { gold: g, read, figures: read.figures, notes };
  });
}

export function readGold(set: string): GoldArticle[] {
  return JSON.parse(readFileSync(join(set, "gold.json"), "utf8")) as GoldArticle[];
}

/** The snapshot of a set (its predicted.json), from its articles as read. */
export function snapshotOf(articles: ReadArticle[]): string {
  return formatSnapshot(articles.map(({ gold, read }) => ({ file: gold.file, figures: read ? read.figures.map((f) => snapshotFigure(f, read.article.body)) : [] })));
}

/** A set's first-blind record: what the extractor read before any rule was written from the set. */
export type FirstBlind = { extractor: string; articles: SnapshotArticle[] };

export const FIRST_BLIND = "first-blind.json";

/**
 * The first-blind record of a set, from its articles as read with `explain`: each figure with
 * the features of its reading, so the confidence model can be recalibrated on copy it had not seen.
 */
export function firstBlindOf(articles: ReadArticle[]): string {
  const blocks = articles.map(({ gold, read, notes }) => ({
    file: gold.file,
    figures: read ? read.figures.map((f) => ({ ...snapshotFigure(f, read.article.body), features: notes.find((n) => n.figureId === f.id)?.features ?? [] })) : [],
  }));
  return `{"extractor": ${JSON.stringify(EXTRACTOR_VERSION)}, "articles": ${formatSnapshot(blocks).trimEnd()}}\n`;
}

export function readFirstBlind(set: string): FirstBlind | undefined {
  const file = join(set, FIRST_BLIND);
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as FirstBlind) : undefined;
}
