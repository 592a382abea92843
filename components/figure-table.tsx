"use client";

import { lazy, useMemo } from "react";
import { FigureTableMarkup, figureRowsOf, type FigureTableProps } from "@/components/figure-table-markup";
import { InBrowser } from "@/components/in-browser";

/** The sorting (TanStack Table) loads after the page, so it is not in its first load. */
const SortableFigureTable = lazy(() => import("@/components/sortable-figure-table").then((m) => ({ default: m.SortableFigureTable })));

/**
 * The pair's figures as a table sortable by every column (numbers, confidence included, sort as
 * numbers). The page and its first paint have the rows in the pair's order; once the sorting has
 * loaded, the same table sorts.
 */
export function FigureTable({ figures, ...props }: FigureTableProps) {
  const rows = useMemo(() => figureRowsOf(figures, props.excerpts), [figures, props.excerpts]);
  const unsorted = <FigureTableMarkup {...props} rows={rows} sortOf={() => false} />;
  return (
    <InBrowser fallback={unsorted}>
      <SortableFigureTable {...props} rows={rows} />
    </InBrowser>
  );
}
