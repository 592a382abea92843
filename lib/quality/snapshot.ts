import type { Figure } from "@/lib/schema";

/** One predicted figure as the snapshot records it: what it says and the text it was read from. */
export type SnapshotFigure = Pick<Figure, "metric" | "reporter" | "partner" | "period" | "value" | "currency" | "qualifier" | "kind" | "confidence"> & {
  text: string;
  /** The reading's features (first-blind records keep them, to recalibrate confidence on). */
  features?: string[];
};
export type SnapshotArticle = { file: string; figures: SnapshotFigure[] };

/** A figure as the snapshot records it, its span's text beside its reading. */
export function snapshotFigure(f: Figure, body: string): SnapshotFigure {
  return { metric: f.metric, reporter: f.reporter, partner: f.partner, period: f.period, value: f.value, currency: f.currency, qualifier: f.qualifier, kind: f.kind, confidence: f.confidence, text: body.slice(f.span[0], f.span[1]) };
}

/**
 * The snapshot file's text: one article per block and one figure per line, so a change to the
 * extractor reads as a diff of figures gained and lost. Deterministic for the same input.
 */
export function formatSnapshot(articles: SnapshotArticle[]): string {
  const blocks = articles.map(({ file, figures }) => {
    const lines = figures.map((f) => `    ${JSON.stringify(f)}`);
    return `  {"file": ${JSON.stringify(file)}, "figures": [${lines.length ? `\n${lines.join(",\n")}\n  ` : ""}]}`;
  });
  return `[\n${blocks.join(",\n")}\n]\n`;
}
