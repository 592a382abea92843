"use client";

import { useMemo } from "react";
import { createColumnHelper, createSortedRowModel, rowSortingFeature, sortFn_basic, sortFn_text, tableFeatures, useTable } from "@tanstack/react-table";
import type { SourceExcerpt } from "@/lib/view/article-view";
import { describeConfidence, formatConfidence, isUnconfirmed } from "@/lib/view/confidence-display";
import { formatMetric, formatPeriod, formatQualifier, formatValue, sentenceNumber } from "@/lib/view/format";
import { METRIC_ORDER } from "@/lib/series/metrics";
import type { PairFigure } from "@/lib/series/series";
import { CiteMenu } from "@/components/cite-menu";

type FigureRow = PairFigure & { metricOrder: number; sourceLabel: string };

const features = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { basic: sortFn_basic, text: sortFn_text },
});
const helper = createColumnHelper<typeof features, FigureRow>();
const columns = helper.columns([
  helper.accessor("period", { header: "Period", sortFn: "text", cell: (c) => formatPeriod(c.getValue()) }),
  helper.accessor("metricOrder", {
    id: "metric",
    header: "Metric",
    sortFn: "basic",
    cell: (c) => {
      const f = c.row.original;
      return `${formatMetric(f.metric)}${f.kind === "actual" ? "" : ` (${f.kind})`}`;
    },
  }),
  helper.accessor("value", { header: "Value", sortFn: "basic", cell: (c) => formatValue(c.getValue(), c.row.original.currency) }),
  helper.accessor("qualifier", {
    header: "Qualifier",
    sortFn: "text",
    cell: (c) => {
      const f = c.row.original;
      return [formatQualifier(f.qualifier), f.derived ? "derived" : "", f.conflict ? "conflict" : ""].filter(Boolean).join(", ");
    },
  }),
  helper.accessor("confidence", {
    header: "Confidence",
    sortFn: "basic",
    cell: (c) => {
      const f = c.row.original;
      return (
        <span className="inline-flex items-center gap-1.5 whitespace-nowrap tabular-nums" title={describeConfidence(f)}>
          {formatConfidence(f.confidence)}{" "}
          {isUnconfirmed(f) ? <span className="rounded border border-dashed border-ink px-1 text-xs font-semibold">unconfirmed</span> : null}
        </span>
      );
    },
  }),
  helper.accessor("sourceLabel", {
    header: "Source",
    sortFn: "text",
    cell: (c) => (
      <span className="block max-w-32 truncate" title={c.getValue()}>
        {c.getValue()}
      </span>
    ),
  }),
]);

function sourceLabelOf(figure: PairFigure, excerpts: Record<string, SourceExcerpt>): string {
  if (figure.derived) return `derived from ${figure.derivedFrom.length} figures`;
  const excerpt = excerpts[figure.id];
  return excerpt ? `${excerpt.publisher ?? excerpt.title}, sentence ${sentenceNumber(excerpt.sentenceIndex)}` : "";
}

/**
 * The pair's figures as a table sortable by every column (numbers, confidence included, sort as
 * numbers); a figure below the confidence threshold says "unconfirmed" in its row. A row is
 * selected by clicking it or with its value button (Enter/Space).
 * Props: `figures`, `excerpts` (by stated figure id, for the source column), `flaggedIds`
 * (rows failing the consistency check), `selectedId`, `onSelect(id)`.
 */
export function FigureTable({ figures, excerpts, flaggedIds, selectedId, onSelect, sideOf, names }: { figures: PairFigure[]; excerpts: Record<string, SourceExcerpt>; flaggedIds: string[]; selectedId: string | null; onSelect: (id: string) => void; sideOf?: (id: string) => string | undefined; names: Readonly<Record<string, string>> }) {
  const data = useMemo(() => figures.map((f): FigureRow => ({ ...f, metricOrder: METRIC_ORDER.indexOf(f.metric), sourceLabel: sourceLabelOf(f, excerpts) })), [figures, excerpts]);
  const table = useTable({ features, columns, data, getRowId: (row) => row.id, sortDescFirst: false });
  return (
    <div className="relative overflow-x-auto">
      <table className="w-full border-collapse text-sm" data-testid="figure-table">
        <caption className="sr-only">Figures of the pair; column headers sort, a row&apos;s value button shows its source</caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} className="border-b border-line">
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                return (
                  <th key={header.id} scope="col" aria-sort={sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : "none"} className={`px-2 py-1 text-left align-bottom ${header.column.id === "sourceLabel" ? "hidden sm:table-cell" : ""}`}>
                    <button type="button" onClick={header.column.getToggleSortingHandler()} className="inline-flex items-center gap-1 font-semibold" data-column={header.column.id}>
                      <table.FlexRender header={header} />
                      <span aria-hidden="true">{sorted === "asc" ? "▲" : sorted === "desc" ? "▼" : "↕"}</span>
                    </button>
                  </th>
                );
              })}
              <th scope="col" className="px-2 py-1 text-left align-bottom">
                <span className="sr-only">Cite</span>
              </th>
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row) => {
            const f = row.original;
            const selected = f.id === selectedId;
            return (
              <tr
                key={row.id}
                data-figure-id={f.id}
                data-selected={selected || undefined}
                data-unconfirmed={isUnconfirmed(f) || undefined}
                onClick={() => onSelect(f.id)}
                className={`cursor-pointer border-b border-line ${selected ? "bg-mark" : f.kind === "actual" ? "hover:bg-panel" : "bg-target"} ${flaggedIds.includes(f.id) ? "outline outline-2 -outline-offset-2 outline-red-600" : ""}`}
              >
                {row.getAllCells().map((cell) =>
                  cell.column.id === "value" ? (
                    <td key={cell.id} className="whitespace-nowrap px-2 py-1 text-right tabular-nums">
                      <button type="button" aria-pressed={selected} className="text-right underline decoration-dotted" onClick={(e) => (e.stopPropagation(), onSelect(f.id))}>
                        <table.FlexRender cell={cell} />
                      </button>
                    </td>
                  ) : (
                    <td key={cell.id} className={`px-2 py-1 ${cell.column.id === "sourceLabel" ? "hidden sm:table-cell" : ""}`}>
                      <table.FlexRender cell={cell} />
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
