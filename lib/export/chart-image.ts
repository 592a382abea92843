import { formatDate } from "@/lib/view/format";

/** An article a chart draws on, as its source line names it. */
export type ChartSource = { title: string; publisher: string | null; date: string | null };

/** What a downloaded chart image holds besides the chart. */
export type ChartImageParts = {
  /** The chart's own `<svg>…</svg>` markup, styles already inlined (no classes or CSS variables needed). */
  chartMarkup: string;
  width: number;
  height: number;
  title: string;
  /** The colour key of the series drawn, in order. */
  legend: Array<{ label: string; color: string }>;
  /** How to read the marks (derived, ranges), drawn above the source line. */
  note: string;
  sourceLine: string;
  colors: { background: string; ink: string; muted: string };
  fontFamily: string;
};

const PADDING = 16;
const TITLE_SIZE = 16;
const SOURCE_SIZE = 12;
const LINE_HEIGHT = 16;
/** Average advance of a 12 px sans-serif character, for wrapping the source line. */
const SOURCE_CHAR_WIDTH = 6.6;

/**
 * "Sources: “Title”, Publisher, 22 April 2016; “Other title”, …" — each article once, in the
 * order given; publisher and date only where known.
 */
export function chartSourceLine(sources: ChartSource[]): string {
  const seen = new Set<string>();
  const parts = sources.flatMap((s) => {
    const text = [`“${s.title}”`, s.publisher, s.date && formatDate(s.date)].filter(Boolean).join(", ");
    if (seen.has(text)) return [];
    seen.add(text);
    return [text];
  });
  return `${parts.length > 1 ? "Sources" : "Source"}: ${parts.join("; ")}`;
}

/** Greedy word wrap to lines of at most `maxChars` characters (a longer word gets a line of its own). */
export function wrapText(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > maxChars) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Escapes text for XML character data and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Legend items laid out left to right, wrapping to a new row when the next one would cross the right margin. */
function layoutLegend(legend: ChartImageParts["legend"], width: number, top: number): { markup: string; bottom: number } {
  let x = PADDING;
  let y = top;
  const items = legend.map(({ label, color }) => {
    const itemWidth = 22 + label.length * SOURCE_CHAR_WIDTH;
    if (x > PADDING && x + itemWidth > width - PADDING) {
      x = PADDING;
      y += LINE_HEIGHT + 4;
    }
    const item = `<rect x="${x}" y="${y + 2}" width="16" height="10" rx="2" fill="${escapeXml(color)}"/><text x="${x + 22}" y="${y + SOURCE_SIZE}" font-size="${SOURCE_SIZE}">${escapeXml(label)}</text>`;
    x += itemWidth + 16;
    return item;
  });
  return { markup: items.join(""), bottom: legend.length > 0 ? y + LINE_HEIGHT : top };
}

function textBlock(id: string, lines: string[], top: number, fill: string): string {
  const tspans = lines.map((line, i) => `<tspan x="${PADDING}" dy="${i === 0 ? 0 : LINE_HEIGHT}">${escapeXml(line)}</tspan>`).join("");
  return `<text id="${id}" x="${PADDING}" y="${top + SOURCE_SIZE}" font-size="${SOURCE_SIZE}" fill="${escapeXml(fill)}">${tspans}</text>`;
}

/**
 * A standalone SVG document of the chart: a background, the title and the colour legend above,
 * the chart, then the note and the source line (each wrapped to the width) below, the source
 * line in `<text id="chart-source">` with one `<tspan>` per line. Everything is inline, so it
 * renders the same as a file and when rasterised.
 */
export function composeChartSvg(parts: ChartImageParts): { svg: string; width: number; height: number } {
  const { width, colors, fontFamily } = parts;
  const maxChars = Math.max(20, Math.floor((width - 2 * PADDING) / SOURCE_CHAR_WIDTH));
  const legend = layoutLegend(parts.legend, width, PADDING + TITLE_SIZE + 10);
  const chartTop = legend.bottom + 8;
  const noteLines = wrapText(parts.note, maxChars);
  const sourceLines = wrapText(parts.sourceLine, maxChars);
  const noteTop = chartTop + parts.height + PADDING;
  const sourceTop = noteTop + noteLines.length * LINE_HEIGHT + (noteLines.length > 0 ? 6 : 0);
  const height = Math.ceil(sourceTop + sourceLines.length * LINE_HEIGHT + PADDING);
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(fontFamily)}">`,
    `<rect width="100%" height="100%" fill="${escapeXml(colors.background)}"/>`,
    `<text id="chart-title" x="${PADDING}" y="${PADDING + TITLE_SIZE}" font-size="${TITLE_SIZE}" font-weight="600" fill="${escapeXml(colors.ink)}">${escapeXml(parts.title)}</text>`,
    `<g id="chart-legend" fill="${escapeXml(colors.ink)}">${legend.markup}</g>`,
    `<g transform="translate(0 ${chartTop})">${parts.chartMarkup}</g>`,
    textBlock("chart-note", noteLines, noteTop, colors.muted),
    textBlock("chart-source", sourceLines, sourceTop, colors.muted),
    `</svg>`,
  ].join("");
  return { svg, width, height };
}

/** File name of a pair's chart image: "belarus-georgia-trade-chart.svg" / ".png". */
export function chartFileName(fromSlug: string, toSlug: string, extension: "svg" | "png"): string {
  return `${fromSlug}-${toSlug}-trade-chart.${extension}`;
}
