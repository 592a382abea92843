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
