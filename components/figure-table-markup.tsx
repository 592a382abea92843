"use client";

import type { ReactNode } from "react";
import type { SourceExcerpt } from "@/lib/view/article-view";
import { describeConfidence, formatConfidence, isUnconfirmed } from "@/lib/view/confidence-display";
import { formatMetric, formatPeriod, formatQualifier, formatValue, sentenceNumber } from "@/lib/view/format";
import { METRIC_ORDER } from "@/lib/series/metrics";
import type { PairFigure } from "@/lib/series/series";
import { CiteMenu } from "@/components/cite-menu";

/** A table row: the figure, with what its metric and source columns sort by. */
export type FigureRow = PairFigure & { metricOrder: number; sourceLabel: string };

export type FigureColumnId = "period" | "metric" | "value" | "qualifier" | "confidence" | "sourceLabel";
export type SortDirection = "asc" | "desc" | false;

/** The table's columns, in order: each one's header and cell. */
export const FIGURE_COLUMNS: ReadonlyArray<{ id: FigureColumnId; header: string; cell: (f: FigureRow) => ReactNode }> = [
  { id: "period", header: "Period", cell: (f) => formatPeriod(f.period) },
  { id: "metric", header: "Metric", cell: (f) => `${formatMetric(f.metric)}${f.kind === "actual" ? "" : ` (${f.kind})`}` },
  { id: "value", header: "Value", cell: (f) => formatValue(f.value, f.currency) },
  { id: "qualifier", header: "Qualifier", cell: (f) => [formatQualifier(f.qualifier), f.derived ? "derived" : "", f.conflict ? "conflict" : "", f.review ? f.review.state : ""].filter(Boolean).join(", ") },
  {
    id: "confidence",
    header: "Confidence",
    cell: (f) => (
      <span className="inline-flex items-center gap-1.5 whitespace-nowrap tabular-nums" title={describeConfidence(f)}>
        {formatConfidence(f.confidence)}{" "}
        {isUnconfirmed(f) ? <span className="rounded border border-dashed border-ink px-1 text-xs font-semibold">unconfirmed</span> : null}
      </span>
    ),
  },
  {
    id: "sourceLabel",
    header: "Source",
    cell: (f) => (
      <span className="block max-w-32 truncate" title={f.sourceLabel}>
        {f.sourceLabel}
      </span>
    ),
  },
];

function sourceLabelOf(figure: PairFigure, excerpts: Record<string, SourceExcerpt>): string {
  if (figure.derived) return `derived from ${figure.derivedFrom.length} figures`;
  const excerpt = excerpts[figure.id];
  return excerpt ? `${excerpt.publisher ?? excerpt.title}, sentence ${sentenceNumber(excerpt.sentenceIndex)}` : "";
}

/** The rows of `figures`, in their order. */
export function figureRowsOf(figures: PairFigure[], excerpts: Record<string, SourceExcerpt>): FigureRow[] {
  return figures.map((f) => ({ ...f, metricOrder: METRIC_ORDER.indexOf(f.metric), sourceLabel: sourceLabelOf(f, excerpts) }));
}

export type FigureTableProps = {
  figures: PairFigure[];
  excerpts: Record<string, SourceExcerpt>;
  /** Rows failing the consistency check. */
  flaggedIds: string[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  sideOf?: (id: string) => string | undefined;
  names: Readonly<Record<string, string>>;
};

/**
 * The table as drawn, `rows` in the order given; each column header is a sort button, which
 * `onSort` answers (until the sorting has loaded, none does). A figure below the confidence
 * threshold says "unconfirmed" in its row. A row is selected by clicking it or with its value
 * button (Enter/Space).
 */
export function FigureTableMarkup({ rows, sortOf, onSort, excerpts, flaggedIds, selectedId, onSelect, sideOf, names }: Omit<FigureTableProps, "figures"> & { rows: FigureRow[]; sortOf: (column: FigureColumnId) => SortDirection; onSort?: (column: FigureColumnId) => void }) {
  return (
    <div className="relative overflow-x-auto">
      <table className="w-full border-collapse text-sm" data-testid="figure-table">
        <caption className="sr-only">Figures of the pair; column headers sort, a row&apos;s value button shows its source</caption>
        <thead>
          <tr className="border-b border-line">
            {FIGURE_COLUMNS.map(({ id, header }) => {
              const sorted = sortOf(id);
              return (
                <th key={id} scope="col" aria-sort={sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : "none"} className={`px-2 py-1 text-left align-bottom ${id === "sourceLabel" ? "hidden sm:table-cell" : ""}`}>
                  <button type="button" onClick={() => onSort?.(id)} className="inline-flex items-center gap-1 font-semibold" data-column={id}>
                    {header}
                    <span aria-hidden="true">{sorted === "asc" ? "▲" : sorted === "desc" ? "▼" : "↕"}</span>
                  </button>
                </th>
              );
            })}
            <th scope="col" className="px-2 py-1 text-left align-bottom">
              <span className="sr-only">Cite</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((f) => {
            const selected = f.id === selectedId;
            return (
              <tr
                key={f.id}
                data-figure-id={f.id}
                data-selected={selected || undefined}
                data-unconfirmed={isUnconfirmed(f) || undefined}
                onClick={() => onSelect(f.id)}
                className={`cursor-pointer border-b border-line ${selected ? "bg-mark" : f.kind === "actual" ? "hover:bg-panel" : "bg-target"} ${flaggedIds.includes(f.id) ? "outline outline-2 -outline-offset-2 outline-red-600" : ""}`}
              >
                {FIGURE_COLUMNS.map(({ id, cell }) =>
                  id === "value" ? (
                    <td key={id} className="whitespace-nowrap px-2 py-1 text-right tabular-nums">
                      <button type="button" aria-pressed={selected} className="text-right underline decoration-dotted" onClick={(e) => (e.stopPropagation(), onSelect(f.id))}>
                        {cell(f)}
                      </button>
                    </td>
                  ) : (
                    <td key={id} className={`px-2 py-1 ${id === "sourceLabel" ? "hidden sm:table-cell" : ""}`}>
                      {cell(f)}
                    </td>
                  ),
                )}
                <td className="px-2 py-1">
                  <CiteMenu figure={f} excerpts={excerpts} names={names} side={sideOf?.(f.id)} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
