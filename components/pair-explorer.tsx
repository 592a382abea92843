"use client";

import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import { lazy, useCallback, useEffect, useId, useRef, useState } from "react";
import { CONFIRMED_CONFIDENCE, isUnconfirmed, UNCONFIRMED_LEGEND } from "@/lib/view/confidence-display";
import { formatMetric, formatPeriod, formatValue } from "@/lib/view/format";
import type { PairView } from "@/lib/series/pair-view";
import { CHART_METRICS, chartCurrencyOf, chartFiguresOf, chartGoalsOf, METRIC_ORDER, offChartCurrencies } from "@/lib/series/metrics";
import type { Metric } from "@/lib/schema";
import { FigureTable } from "@/components/figure-table";
import { SourcePanel } from "@/components/source-panel";
import { CiteMenu } from "@/components/cite-menu";
import { UnconfirmedSample } from "@/components/unconfirmed-mark";
import { InBrowser } from "@/components/in-browser";
import { LogScaleToggle } from "@/components/log-scale-toggle";
import { logScaleSuits } from "@/lib/view/axis";

/** A sentence per metric listing its chart points: the chart's text alternative. */
function describeChart(view: PairView, drawn: PairView["figures"]): string {
  if (drawn.length === 0) return `No reported values to chart for ${view.from.name} and ${view.to.name}.`;
  const metrics = [...new Set(drawn.map((f) => f.metric))];
  return metrics
    .map((m) => `${formatMetric(m)}: ${drawn.filter((f) => f.metric === m).map((f) => `${formatPeriod(f.period)} ${formatValue(f.value, f.currency, f.qualifier)}${f.derived ? " (derived)" : ""}${isUnconfirmed(f) ? " (unconfirmed)" : ""}`).join("; ")}.`)
    .join(" ");
}

function ignoreSelection() {}

/** The chart (Recharts) loads after the page: it is drawn in the browser only, so it is not in the first-load JS. */
const PairChart = lazy(() => import("@/components/pair-chart").then((m) => ({ default: m.PairChart })));
/** Its SVG and PNG downloads, likewise: they export what the chart has drawn. */
const ChartDownload = lazy(() => import("@/components/chart-download").then((m) => ({ default: m.ChartDownload })));
const CHART_PLACEHOLDER = <div style={{ height: 320 }} aria-hidden="true" />;

/**
 * The interactive part of the pair page: side toggle, chart, table and source panel, with the
 * selected figure kept in the URL as `?figure=<id>`. Unconfirmed figures are shown, marked, until
 * "Show unconfirmed figures" is unticked; then chart, table and chart downloads leave them out.
 * Props: `view` (lib/pair-view `pairViewFor`), `selectedId` (from the URL, null before it is read),
 * `onSelect(id)` (none in the prerendered fallback).
 */
export function PairExplorer({ view, selectedId, onSelect = ignoreSelection }: { view: PairView; selectedId: string | null; onSelect?: (id: string) => void }) {
  const [showUnconfirmed, setShowUnconfirmed] = useState(true);
  const [hiddenMetrics, setHiddenMetrics] = useState<ReadonlySet<Metric>>(new Set());
  const [log, setLog] = useState(false);
  const panelRef = useRef<HTMLDivElement>(null);
  // Where the selection was made from ("chart" or "table"), so focus can go back there when the
  // selected point or row is drawn anew.
  const selectedFrom = useRef<"chart" | "table" | null>(null);
  const select = (id: string) => {
    const active = document.activeElement;
    selectedFrom.current = active?.closest('[data-testid="pair-chart"]') ? "chart" : active?.closest('[data-testid="figure-table"]') ? "table" : null;
    onSelect(id);
  };
  useEffect(() => {
    if (!selectedId || !selectedFrom.current) return;
    const selector = selectedFrom.current === "chart" ? `[data-testid="pair-chart"] [data-figure-id="${CSS.escape(selectedId)}"]` : `[data-testid="figure-table"] tr[data-figure-id="${CSS.escape(selectedId)}"] button`;
    // The chart draws its points anew a frame or two after the selection: wait for the new one.
    let frames = 0;
    let request = 0;
    const restore = () => {
      const target = document.querySelector<HTMLElement>(selector);
      const active = document.activeElement;
      if (target && target !== active && (!active || active === document.body || !active.isConnected)) target.focus({ preventScroll: true });
      if (document.activeElement !== target && ++frames < 30) request = requestAnimationFrame(restore);
    };
    request = requestAnimationFrame(restore);
    // Stacked on a narrow screen, the panel is below the table: bring it into view.
    const panel = panelRef.current?.getBoundingClientRect();
    if (panel && window.matchMedia("(max-width: 1023px)").matches && (panel.top > window.innerHeight || panel.bottom < 0)) panelRef.current?.scrollIntoView({ block: "start" });
    return () => cancelAnimationFrame(request);
  }, [selectedId]);
  const toggleId = useId();
  const unconfirmedCount = view.figures.filter(isUnconfirmed).length;
  const metricsPresent = METRIC_ORDER.filter((m) => view.figures.some((f) => f.metric === m));
  const shown = { ...view, figures: view.figures.filter((f) => (showUnconfirmed || !isUnconfirmed(f)) && !hiddenMetrics.has(f.metric)) };
  // The CSV holds what is shown: every metric, or those still ticked (one at least stays ticked).
  const ticked = metricsPresent.filter((m) => !hiddenMetrics.has(m));
  const csvQuery = hiddenMetrics.size > 0 ? `?metrics=${ticked.join(",")}` : "";
  const toggleMetric = (metric: Metric, on: boolean) => {
    const next = new Set(hiddenMetrics);
    if (on) next.delete(metric);
    else next.add(metric);
    setHiddenMetrics(next);
  };
  // A figure cited from the side it is seen from here: only where that is its partner's.
  const sideOf = (id: string) => (view.flippedIds.includes(id) ? view.from.slug : undefined);
  const names = { [view.from.code]: view.from.name, [view.to.code]: view.to.name };
  const drawn = chartFiguresOf(shown.figures);
  const drawnUnconfirmed = drawn.some(isUnconfirmed);
  const goalsDrawn = chartGoalsOf(shown.figures).length > 0;
  const axisCurrency = chartCurrencyOf(shown.figures);
  const otherCurrencies = offChartCurrencies(shown.figures);
  const logSuits = logScaleSuits(drawn.flatMap((f) => [f.low, f.high]));
  const selected = view.figures.find((f) => f.id === selectedId) ?? null;
  const query = selected ? `?figure=${encodeURIComponent(selected.id)}` : "";
  const sides = [
    { country: view.from, href: `/pairs/${view.from.slug}/${view.to.slug}${query}`, current: true },
    { country: view.to, href: `/pairs/${view.to.slug}/${view.from.slug}${query}`, current: false },
  ];
  return (
    <div className="space-y-6">
      <nav aria-label="Side the figures are seen from" className="flex flex-wrap items-center gap-2 text-sm">
        <span id="side-label">Seen from:</span>
        {sides.map(({ country, href, current }) => (
          <Link key={country.code} href={href} aria-current={current ? "page" : undefined} replace scroll={false} className={`rounded border px-3 py-1 no-underline ${current ? "border-accent bg-accent text-page" : "border-line text-ink hover:bg-panel"}`} data-testid={`side-${country.slug}`}>
            {country.name}
          </Link>
        ))}
        <span className="ml-auto flex flex-wrap items-center gap-2" data-slot="pair-downloads">
          <a href={`/api/pairs/${view.from.slug}/${view.to.slug}/figures.csv${csvQuery}`} download className="rounded border border-line px-3 py-1 no-underline hover:bg-panel">
            Download CSV
          </a>
          <InBrowser>
            <ChartDownload chartId="pair-chart" view={shown} />
          </InBrowser>
        </span>
      </nav>
      {metricsPresent.length > 1 ? (
        <fieldset className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm" data-testid="metric-toggles">
          <legend className="sr-only">Metrics shown in the chart, the table, the CSV and the images</legend>
          <span aria-hidden="true">Show:</span>
          {metricsPresent.map((m) => (
            <label key={m} className="inline-flex items-center gap-1.5">
              <input type="checkbox" name="metric" value={m} checked={!hiddenMetrics.has(m)} disabled={ticked.length === 1 && ticked[0] === m} onChange={(e) => toggleMetric(m, e.target.checked)} className="h-4 w-4 accent-[var(--color-accent)]" />
              {formatMetric(m)}
            </label>
          ))}
          {logSuits ? <LogScaleToggle checked={log} onChange={setLog} className="sm:ml-auto" /> : null}
        </fieldset>
      ) : null}
      {unconfirmedCount > 0 ? (
        <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm" data-testid="unconfirmed-filter">
          <span className="inline-flex items-center gap-2">
            <input id={toggleId} type="checkbox" checked={showUnconfirmed} onChange={(e) => setShowUnconfirmed(e.target.checked)} className="h-4 w-4 accent-[var(--color-accent)]" />
            <label htmlFor={toggleId}>Show unconfirmed figures</label>
          </span>
          <span className="text-muted" aria-live="polite">
            {unconfirmedCount} of the {view.figures.length} {view.figures.length === 1 ? "figure listed is" : "figures listed are"} unconfirmed (extractor confidence below {CONFIRMED_CONFIDENCE}){showUnconfirmed ? "" : "; hidden"}.
          </span>
        </p>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div className="min-w-0 space-y-6">
          <figure id="pair-chart" aria-labelledby="chart-caption" className="space-y-2" data-testid="pair-chart">
            <InBrowser fallback={CHART_PLACEHOLDER}>
              <PairChart figures={shown.figures} selectedId={selectedId} onSelect={select} log={log} />
            </InBrowser>
            <figcaption id="chart-caption" className="space-y-1 text-sm text-muted">
              <span className="flex flex-wrap gap-x-4 gap-y-1" data-testid="chart-legend">
                {CHART_METRICS.filter((m) => drawn.some((f) => f.metric === m)).map((m) => (
                  <span key={m} className="inline-flex items-center gap-1.5 text-ink">
                    <span aria-hidden="true" className="inline-block h-2.5 w-4 rounded-sm" style={{ background: `var(--color-${m})` }} />
                    {formatMetric(m)}
                  </span>
                ))}
                {goalsDrawn ? (
                  <span className="inline-flex items-center gap-1.5 text-ink" data-testid="legend-goals">
                    <svg aria-hidden="true" width="14" height="12" viewBox="0 0 14 12"><path d="M 7 1 L 13 11 L 1 11 Z" fill="none" stroke="currentColor" strokeWidth="1.5" /></svg>
                    target or forecast
                  </span>
                ) : null}
                {drawnUnconfirmed ? (
                  <span className="inline-flex items-center gap-1.5 text-ink" data-testid="legend-unconfirmed">
                    <UnconfirmedSample />
                    {UNCONFIRMED_LEGEND}
                  </span>
                ) : null}
              </span>
              <span className="block">
                {view.from.name}&apos;s trade with {view.to.name}{axisCurrency ? `, in ${axisCurrency}` : ""} (a deficit is below zero). Filled points are stated by an article, hollow dashed ones derived; bars show the range of an approximate value; diamonds are part of a year and are not joined to years.
                {drawnUnconfirmed ? " Pale points in a dotted ring are unconfirmed: the extractor is not confident it read them right." : ""}
                {goalsDrawn ? " Hollow triangles are targets (dashed: forecasts), never joined to what was traded." : ""}
              </span>
              {otherCurrencies.length > 0 ? (
                <span className="block font-semibold text-ink" data-testid="chart-currency-note">
                  Figures in {otherCurrencies.join(", ")} are in the table, not on this chart: its axis is in {axisCurrency}.
                </span>
              ) : null}
              <span className="block" data-testid="chart-summary">{describeChart(shown, drawn)}</span>
            </figcaption>
          </figure>
          <FigureTable sideOf={sideOf} names={names} figures={shown.figures} excerpts={view.excerpts} flaggedIds={view.flaggedIds} selectedId={selectedId} onSelect={select} />
        </div>
        {/* A polite live region: the sentence of a newly selected figure is read out. */}
        <div className="min-w-0 scroll-mt-4" ref={panelRef} aria-live="polite">
          {selected ? (
            <SourcePanel figure={selected} excerpts={view.excerpts} flagged={view.flaggedIds.includes(selected.id)} figures={view.figures} side={sideOf(selected.id)} names={names} actions={<CiteMenu figure={selected} excerpts={view.excerpts} names={names} side={sideOf(selected.id)} />} />
          ) : (
            <p className="rounded border border-dashed border-line p-4 text-sm text-muted">Select a point in the chart or a row in the table to see the sentence that states it.</p>
          )}
        </div>
      </div>
    </div>
  );
}

/** PairExplorer reading and writing the selected figure in the URL (render inside Suspense). */
export function PairExplorerFromUrl({ view }: { view: PairView }) {
  const params = useSearchParams();
  const pathname = usePathname();
  // The browser's own history, which Next's router follows: a selection asks nothing of the server.
  const onSelect = useCallback((id: string) => window.history.replaceState(null, "", `${pathname}?figure=${encodeURIComponent(id)}`), [pathname]);
  return <PairExplorer view={view} selectedId={params.get("figure")} onSelect={onSelect} />;
}
