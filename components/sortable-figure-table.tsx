"use client";

import { createColumnHelper, createSortedRowModel, rowSortingFeature, sortFn_basic, sortFn_text, tableFeatures, useTable } from "@tanstack/react-table";
import { FigureTableMarkup, type FigureColumnId, type FigureRow, type FigureTableProps } from "@/components/figure-table-markup";

const features = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { basic: sortFn_basic, text: sortFn_text },
});
const helper = createColumnHelper<typeof features, FigureRow>();
/** What each column sorts by: numbers (metric order, value, confidence) as numbers. */
const columns = helper.columns([
  helper.accessor("period", { sortFn: "text" }),
  helper.accessor("metricOrder", { id: "metric", sortFn: "basic" }),
  helper.accessor("value", { sortFn: "basic" }),
  helper.accessor("qualifier", { sortFn: "text" }),
  helper.accessor("confidence", { sortFn: "basic" }),
  helper.accessor("sourceLabel", { sortFn: "text" }),
]);

/** The figure table sorted by TanStack Table: each header toggles ascending, descending, unsorted. */
export function SortableFigureTable({ rows, ...props }: Omit<FigureTableProps, "figures"> & { rows: FigureRow[] }) {
  const table = useTable({ features, columns, data: rows, getRowId: (row) => row.id, sortDescFirst: false });
  const column = (id: FigureColumnId) => table.getColumn(id);
  return (
    <FigureTableMarkup
      {...props}
      rows={table.getRowModel().rows.map((row) => row.original)}
      sortOf={(id) => column(id)?.getIsSorted() ?? false}
      onSort={(id) => column(id)?.toggleSorting()}
    />
  );
}
