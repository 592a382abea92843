"use client";

import { lazy, useState } from "react";
import type { ChartSource } from "@/lib/export/chart-image";
import type { CompareView } from "@/lib/series/compare-view";
import { logScaleSuits } from "@/lib/view/axis";
import { formatMetric } from "@/lib/view/format";
import { InBrowser } from "@/components/in-browser";
import { LogScaleToggle } from "@/components/log-scale-toggle";

/** The chart and its downloads load after the page (Recharts is drawn in the browser only). */
const CompareChart = lazy(() => import("@/components/compare-chart").then((m) => ({ default: m.CompareChart })));
const ChartImageDownload = lazy(() => import("@/components/chart-download").then((m) => ({ default: m.ChartImageDownload })));
const CHART_PLACEHOLDER = <div style={{ height: 360 }} aria-hidden="true" />;

/**
 * The compare chart with its legend, a linear/log switch (where the values span enough for a
 * log scale to help) and its SVG/PNG downloads, which carry the pairs and the source line.
 * Props: `view` (compareViewOf), `sources` (the articles behind the drawn figures), `description`
 * (the chart's text alternative), `fileStem` (for the image files).
 */
export function CompareExplorer({ view, sources, description, fileStem }: { view: CompareView; sources: ChartSource[]; description: string; fileStem: string }) {
  const [log, setLog] = useState(false);
  const logSuits = logScaleSuits(view.series.flatMap((s) => s.figures.flatMap((f) => [f.low, f.high])));
  const title = `${formatMetric(view.metric)}: ${view.series.map((s) => `${s.from.name} – ${s.to.name}`).join(", ")}`;
  return (
    <div className="space-y-3">
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-label="Pairs on the chart" data-testid="compare-legend">
        {view.series.map((s, i) => (
          <li key={s.key} className="inline-flex items-center gap-2" data-pair={s.key}>
            <svg width="20" height="10" aria-hidden="true">
              <line x1="0" x2="20" y1="5" y2="5" stroke={`var(--color-series-${i + 1})`} strokeWidth="3" />
            </svg>
            {s.from.name} – {s.to.name} <span className="text-muted">({s.figures.length} {s.figures.length === 1 ? "figure" : "figures"})</span>
          </li>
        ))}
      </ul>
      {logSuits ? <LogScaleToggle checked={log} onChange={setLog} className="text-sm" /> : null}
      <figure id="compare-chart" className="rounded border border-line p-2" data-scale={log && logSuits ? "log" : "linear"}>
        <InBrowser fallback={CHART_PLACEHOLDER}>
          <CompareChart view={view} log={log} />
        </InBrowser>
        <figcaption className="sr-only">{description}</figcaption>
      </figure>
      <InBrowser fallback={null}>
        <ChartImageDownload
          chartId="compare-chart"
          spec={{
            title,
            legend: view.series.map((s, i) => ({ label: `${s.from.name} – ${s.to.name}`, colorVariable: `--color-series-${i + 1}` })),
            note: `${formatMetric(view.metric)} in ${view.currency ?? "USD"}, each pair seen from its first country. Filled points are stated by an article, hollow ones derived; diamonds are part of a year.`,
            sources,
            fileName: (format) => `${fileStem}.${format}`,
          }}
        />
      </InBrowser>
    </div>
  );
}
