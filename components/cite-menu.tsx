"use client";

import { lazy, Suspense, useState } from "react";
import type { SourceExcerpt } from "@/lib/view/article-view";
import { draftCitation } from "@/lib/export/citation-draft";
import { formatMetric, formatPeriod } from "@/lib/view/format";
import type { PairFigure } from "@/lib/series/series";

const loadCiteDialog = () => import("@/components/cite-dialog").then((m) => ({ default: m.CiteDialog }));
/** The formats load when a Cite button is first pointed at, focused or used. */
const CiteDialog = lazy(loadCiteDialog);

/**
 * "Cite" for one figure: a button opening the citation dialog (CiteDialog). Props: `figure` and
 * `excerpts` (by stated figure id, as the pair and figure pages hold them), `names` (code →
 * country name) and the `side` it is cited from; renders nothing when the figure's sentence is
 * unknown.
 */
export function CiteMenu({ figure, excerpts, names, side }: { figure: PairFigure; excerpts: Record<string, SourceExcerpt>; names: Readonly<Record<string, string>>; side?: string }) {
  const [open, setOpen] = useState(false);
  const draft = draftCitation(figure, excerpts, names, side);
  if (!draft) return null;

  return (
    // Clicks inside (the dialog included) must not reach a selectable table row around the menu.
    <span className="inline-block" onClick={(e) => e.stopPropagation()}>
      <button
        type="button"
        onClick={() => setOpen(true)}
        onPointerEnter={loadCiteDialog}
        onFocus={loadCiteDialog}
        aria-haspopup="dialog"
        aria-label={`Cite ${formatMetric(figure.metric).toLowerCase()} ${formatPeriod(figure.period)}`}
        className="rounded border border-line px-2 py-0.5 text-sm hover:bg-panel"
      >
        Cite
      </button>
      {open ? (
        <Suspense fallback={null}>
          <CiteDialog draft={draft} onClose={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </span>
  );
}
