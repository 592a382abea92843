import type { Period } from "@/lib/schema";

/**
 * Where a period lies on a time axis measured in years (2014.0 is the start of 2014): from the
 * start of its first month to the end of its last, and the point it is drawn at. A whole year
 * is drawn at its middle, across the year; part of a year at the end of its months (January–June
 * 2023 at mid-2023: the total so far), across those months.
 */
export function periodOnAxis(period: Period): { start: number; end: number; at: number } {
  const [from = period, to = from] = period.split("/");
  const [startYear, startMonth = "01"] = from.split("-");
  const [endYear, endMonth = "12"] = to.split("-");
  const start = Number(startYear) + (Number(startMonth) - 1) / 12;
  const end = Number(endYear) + Number(endMonth) / 12;
  return { start, end, at: period.includes("/") ? end : (start + end) / 2 };
}

/** Year ticks for the axis, at each year's middle (where its figure is drawn), every 1, 2, 5 or 10 years so that at most `most` fit. */
export function yearTicks(first: number, last: number, most = 12): number[] {
  const span = last - first + 1;
  const step = [1, 2, 5, 10, 20, 50].find((s) => span / s <= most) ?? 100;
  const ticks: number[] = [];
  for (let year = Math.ceil(first / step) * step; year <= last; year += step) ticks.push(year + 0.5);
  return ticks.length > 0 ? ticks : [first + 0.5];
}

/** The first and last calendar years the periods reach into; [0, 0] for none. */
export function yearSpan(periods: Period[]): [number, number] {
  const years = periods.flatMap((period) => {
    const { start, end } = periodOnAxis(period);
    return [Math.floor(start), Math.ceil(end) - 1];
  });
  return years.length ? [Math.min(...years), Math.max(...years)] : [0, 0];
}

/** A chart row: a year's middle, and each line's value there (null where the line breaks). */
export type YearRow = { x: number } & Record<string, number | null>;

/**
 * One row per calendar year from `first` to `last`, at the year's middle. A line runs through
 * the years holding exactly one whole-year value of it; a year with none (or with conflicting
 * ones) is null, so the line breaks there: a gap in the data is a gap. Parts of years have no
 * row: no line runs to them. `lines` are [key, values] pairs.
 */
export function yearRows(lines: Array<[string, Array<{ period: Period; value: number }>]>, first: number, last: number): YearRow[] {
  const rows: YearRow[] = [];
  for (let year = first; year <= last; year++) {
    const row: YearRow = { x: year + 0.5 };
    for (const [key, values] of lines) {
      const distinct = [...new Set(values.filter((f) => f.period === String(year)).map((f) => f.value))];
      row[key] = distinct.length === 1 ? distinct[0]! : null;
    }
    rows.push(row);
  }
  return rows;
}
