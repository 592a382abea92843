"use client";

import { lazy } from "react";
import type { PairFigure } from "@/lib/series/series";
import { InBrowser } from "@/components/in-browser";

const PairChart = lazy(() => import("@/components/pair-chart").then((m) => ({ default: m.PairChart })));
const ignore = () => undefined;

/** The pair chart alone, for an iframe: its points cannot be selected (there is no panel to show). */
export function EmbedChart({ figures }: { figures: PairFigure[] }) {
  return (
    <InBrowser fallback={<div style={{ height: 320 }} aria-hidden="true" />}>
      <PairChart figures={figures} selectedId={null} onSelect={ignore} />
    </InBrowser>
  );
}
