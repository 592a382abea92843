import type { ArticleChangeCounts } from "@/lib/ingest/ingest-articles";

/** One article's change as the commands print it: "new, 4 figures", "unchanged", "updated, 4 figures: 1 gained, 1 withdrawn". */
export function describeChange(change: ArticleChangeCounts, figureCount: number): string {
  if (change.unchanged) return "unchanged";
  const counts = `${figureCount} ${figureCount === 1 ? "figure" : "figures"}`;
  if (change.created) return `new, ${counts}`;
  const parts = [
    change.gained && `${change.gained} gained`,
    change.changed && `${change.changed} read anew`,
    change.aliased && `${change.aliased} under a new id (the old one redirects)`,
    change.withdrawn && `${change.withdrawn} withdrawn`,
    change.derivedAliased + change.derivedWithdrawn > 0 && `derived figures: ${change.derivedAliased} under a new id, ${change.derivedWithdrawn} withdrawn`,
  ].filter(Boolean);
  return `updated, ${counts}${parts.length ? `: ${parts.join(", ")}` : ""}`;
}
