import { z } from "zod";
import { normalizeText } from "@/lib/ingest/clean";
import { sameValue } from "@/lib/quality/score-figures";
import { figureReadingSchema, periodSchema, slugSchema, type Article, type Figure, type FigureReading } from "@/lib/schema";

/**
 * A figure as a reviewer read it in a bundled article: a passage of the article that states it
 * (spaces aside, as the body writes it), the number's text within that passage, and the reading.
 * A target whose year the article leaves open has no period.
 */
export const bundledFigureSchema = z.object({
  quote: z.string().min(1).max(2000),
  number: z.string().min(1).max(200),
  reading: figureReadingSchema.extend({ period: periodSchema.nullable() }),
});
export type BundledFigure = z.infer<typeof bundledFigureSchema>;

/**
 * The review of the bundled corpus, as `data/reviews.json` holds it: for each article, every
 * figure it states (what the reviewer read, complete: a figure the extractor finds that is not
 * here is not one), and where the reading came from.
 */
export const bundledReviewsSchema = z.object({
  editor: z.string().min(1).max(100),
  articles: z.record(slugSchema, z.object({ from: z.string().min(1).max(300), figures: z.array(bundledFigureSchema) })),
});
export type BundledReviews = z.infer<typeof bundledReviewsSchema>;

/** A stored figure of the article as the planner sees it: its reading now, and whether anyone has reviewed it. */
export type PlannedFigure = Figure & { reviewed: boolean; rejected: boolean };

/** Where a bundled figure is, and why it has no place, for a message. */
export const describeUnplaced = ({ figure, reason }: ReviewPlan["unplaced"][number]) => `“${figure.number}” in “${figure.quote}”: ${reason}`;

/** What reviewing an article takes: each verdict on a figure the extractor read, and each figure to add. */
export type ReviewPlan = {
  confirm: string[];
  correct: Array<{ figureId: string; correction: Partial<FigureReading> }>;
  reject: string[];
  add: Array<{ sentenceIndex: number; numberText: string; occurrence: number; reading: FigureReading }>;
  /** Bundled figures that cannot be placed in the article: their passage or number is not in it, or the number runs across sentences. */
  unplaced: Array<{ figure: BundledFigure; reason: string }>;
  /** Targets with no period that no figure was read from: nothing to add, since a figure has a period. */
  open: number;
};

/** Whitespace-insensitive search: where `needle` stands in `text` from `from` on, as offsets into `text`. */
export function findLoosely(text: string, needle: string, from = 0, to = text.length): [number, number] | undefined {
  const words = normalizeText(needle).trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return undefined;
  const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const pattern = new RegExp(escaped.join("\\s*"), "gu");
  pattern.lastIndex = from;
  const m = pattern.exec(text);
  return m && m.index + m[0].length <= to ? [m.index, m.index + m[0].length] : undefined;
}

/** A reading's claim with the flow written one way (exports A→B = imports B←A; a balance from the alphabetically first side). */
function claimOf(r: Pick<FigureReading, "metric" | "reporter" | "partner" | "value">): { key: string; value: number } {
  if (r.metric === "imports") return { key: `flow:${r.partner}>${r.reporter}`, value: r.value };
  if (r.metric === "exports") return { key: `flow:${r.reporter}>${r.partner}`, value: r.value };
  const [a, b] = [r.reporter, r.partner].sort();
  const value = r.metric === "balance" && r.reporter !== a ? -r.value : r.value;
  return { key: `${r.metric}:${a}:${b}`, value };
}

const isIntent = (kind: FigureReading["kind"]) => kind !== "actual";
/** The bundle writes an amount "about" or "nearly" alike; the extractor tells "almost" apart. */
const sameQualifier = (a: FigureReading["qualifier"], b: FigureReading["qualifier"]) => a === b || (a === "almost" && b === "approx") || (a === "approx" && b === "almost");

/** Whether a figure says what the reviewer read (a range or an intent left open by the reviewer aside). */
function agrees(f: FigureReading, r: BundledFigure["reading"]): boolean {
  const [x, y] = [claimOf(f), claimOf(r)];
  return (
    x.key === y.key &&
    sameValue(x.value, y.value) &&
    f.currency === r.currency &&
    (r.period === null || f.period === r.period) &&
    isIntent(f.kind) === isIntent(r.kind) &&
    sameQualifier(f.qualifier, r.qualifier)
  );
}

/** The fields of the reviewer's reading a figure must change to say it (an open period keeps the figure's). */
function correctionOf(f: FigureReading, r: BundledFigure["reading"]): Partial<FigureReading> {
  const wanted: Partial<FigureReading> = { ...r, period: r.period ?? f.period, kind: isIntent(f.kind) && isIntent(r.kind) ? f.kind : r.kind, qualifier: sameQualifier(f.qualifier, r.qualifier) ? f.qualifier : r.qualifier };
  return Object.fromEntries(Object.entries(wanted).filter(([k, v]) => f[k as keyof FigureReading] !== v));
}

const overlaps = (a: readonly [number, number], b: readonly [number, number]) => a[0] < b[1] && b[0] < a[1];

/**
 * Plans the review of one article from its bundled figures, as an editor would do it by hand:
 * a figure the extractor read as the reviewer did is confirmed; one read from a reviewed number
 * but otherwise wrong is corrected; one the review does not list is rejected; a listed figure no
 * figure was read from is added. Figures reviewed before count as done, so a plan made again
 * after it was carried out (in full or in part) holds only what is left.
 */
export function planBundledReviews(article: Pick<Article, "body" | "sentences">, figures: PlannedFigure[], bundled: BundledFigure[]): ReviewPlan {
  const plan: ReviewPlan = { confirm: [], correct: [], reject: [], add: [], unplaced: [], open: 0 };
  const placed: Array<{ entry: BundledFigure; span: [number, number] }> = [];
  for (const entry of bundled) {
    const passage = findLoosely(article.body, entry.quote);
    const span = passage && findLoosely(article.body, entry.number, passage[0], passage[1]);
    if (span) placed.push({ entry, span });
    else plan.unplaced.push({ figure: entry, reason: "not in the article" });
  }
  const open = new Set(placed.map((_, i) => i));
  const take = (f: PlannedFigure, accept: (entry: BundledFigure) => boolean) => {
    const i = [...open].find((j) => overlaps(f.span, placed[j]!.span) && accept(placed[j]!.entry));
    if (i !== undefined) open.delete(i);
    return i === undefined ? undefined : placed[i]!.entry;
  };
  for (const f of figures.filter((f) => f.reviewed && !f.rejected)) take(f, (e) => agrees(f, e.reading));
  const unreviewed = figures.filter((f) => !f.reviewed);
  const wrong: PlannedFigure[] = [];
  for (const f of unreviewed) {
    if (take(f, (e) => agrees(f, e.reading))) plan.confirm.push(f.id);
    else wrong.push(f);
  }
  for (const f of wrong) {
    const entry = take(f, () => true);
    if (entry) plan.correct.push({ figureId: f.id, correction: correctionOf(f, entry.reading) });
    else plan.reject.push(f.id);
  }
  const taken: Array<{ span: [number, number]; reading: BundledFigure["reading"] }> = [];
  for (const i of open) {
    const { entry, span } = placed[i]!;
    const sentence = article.sentences.find((s) => s.start <= span[0] && span[1] <= s.end);
    if (!sentence) {
      plan.unplaced.push({ figure: entry, reason: "the number runs across sentences" });
      continue;
    }
    if (entry.reading.period === null) {
      plan.open++;
      continue;
    }
    // A number states one figure of a metric for a pair (a figure's id says so): a second reading of it has no place.
    const samePair = (r: Pick<FigureReading, "metric" | "reporter" | "partner">) => r.metric === entry.reading.metric && [r.reporter, r.partner].sort().join() === [entry.reading.reporter, entry.reading.partner].sort().join();
    if (figures.some((f) => overlaps(f.span, span) && samePair(f)) || taken.some((t) => overlaps(t.span, span) && samePair(t.reading))) {
      plan.unplaced.push({ figure: entry, reason: "the number already states this metric for the pair" });
      continue;
    }
    taken.push({ span, reading: entry.reading });
    const numberText = article.body.slice(span[0], span[1]);
    const before = article.body.slice(sentence.start, span[0]);
    let occurrence = 0;
    for (let at = before.indexOf(numberText); at !== -1; at = before.indexOf(numberText, at + 1)) occurrence++;
    plan.add.push({ sentenceIndex: sentence.index, numberText, occurrence, reading: { ...entry.reading, period: entry.reading.period } });
  }
  return plan;
}
