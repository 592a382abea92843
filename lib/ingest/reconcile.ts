import type { Figure } from "@/lib/schema";

/** A figure with the text it was read from, as the database keeps it. */
export type TextedFigure = Figure & { sentenceText: string; numberText: string };

/** What a figure claims: two figures that agree on all of it state the same thing. */
function claimKey(f: Figure): string {
  return [f.metric, f.reporter, f.partner, f.period, f.value, f.currency ?? "", f.kind].join("|");
}

/** Where a figure is read from: the same number, in the same sentence, measuring the same thing. */
function textKey(f: TextedFigure): string {
  return [f.sentenceText, f.numberText, f.metric, [f.reporter, f.partner].sort().join("-")].join("|");
}

/** The readings of a figure that may change while its id stays. */
function readingOf(f: Figure): string {
  return [claimKey(f), f.qualifier].join("|");
}

export type Reconciliation = {
  /** Figures new to the article: no earlier id is theirs or points to them. */
  gained: TextedFigure[];
  /** Earlier ids that are still figures, with a changed reading. */
  changed: Array<{ before: TextedFigure; after: TextedFigure }>;
  /** Earlier ids that now name another figure of the same claim, or of the same number read anew. */
  aliased: Array<{ oldId: string; newId: string; reason: string }>;
  /** Earlier figures whose claim the article no longer states. */
  withdrawn: Array<{ figure: TextedFigure; reason: string }>;
};

/**
 * Matches an article's earlier figures to the figures it gives now, so every id once issued
 * still leads somewhere. An id the article gives again is kept (its reading may change). An
 * earlier figure whose id is gone is aliased to a figure stating the same claim (the sentence
 * was edited: "(Reuters)" added), else to the figure read from the same number of the same
 * sentence (the reading was fixed); what is left is withdrawn.
 */
export function reconcileFigures(before: readonly TextedFigure[], after: readonly TextedFigure[]): Reconciliation {
  const afterById = new Map(after.map((f) => [f.id, f]));
  const byClaim = new Map<string, TextedFigure>();
  const byText = new Map<string, TextedFigure>();
  for (const f of after) {
    if (!byClaim.has(claimKey(f))) byClaim.set(claimKey(f), f);
    if (!byText.has(textKey(f))) byText.set(textKey(f), f);
  }
  const result: Reconciliation = { gained: [], changed: [], aliased: [], withdrawn: [] };
  const reached = new Set<string>();
  for (const old of before) {
    const same = afterById.get(old.id);
    if (same) {
      reached.add(same.id);
      if (readingOf(same) !== readingOf(old)) result.changed.push({ before: old, after: same });
      continue;
    }
    const sameClaim = byClaim.get(claimKey(old));
    const sameNumber = sameClaim ? undefined : byText.get(textKey(old));
    const target = sameClaim ?? sameNumber;
    if (target) {
      reached.add(target.id);
      result.aliased.push({ oldId: old.id, newId: target.id, reason: sameClaim ? "the same claim, its sentence since edited" : "the same number, read anew" });
    } else {
      result.withdrawn.push({ figure: old, reason: "the article as ingested now no longer states this figure" });
    }
  }
  const knownBefore = new Set(before.map((f) => f.id));
  result.gained = after.filter((f) => !knownBefore.has(f.id) && !reached.has(f.id));
  return result;
}
