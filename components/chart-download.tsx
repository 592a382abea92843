"use client";

import { useState } from "react";
import { chartFileName, chartSourceLine, composeChartSvg, type ChartSource } from "@/lib/export/chart-image";
import type { PairView } from "@/lib/series/pair-view";
import { isUnconfirmed, UNCONFIRMED_LEGEND } from "@/lib/view/confidence-display";
import { formatMetric } from "@/lib/view/format";
import { CHART_METRICS, chartFiguresOf, chartGoalsOf } from "@/lib/series/metrics";

/** Presentation properties resolved from the page's CSS into attributes, so the image needs no stylesheet. */
const INLINED = ["fill", "fill-opacity", "stroke", "stroke-width", "stroke-dasharray", "stroke-opacity", "opacity", "font-family", "font-size", "font-weight", "text-anchor", "dominant-baseline", "visibility"];

/** A copy of the chart's <svg> with every computed presentation property written inline and classes dropped. */
function inlineStyles(svg: SVGSVGElement, width: number, height: number): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll("*")];
  const copies = [clone, ...clone.querySelectorAll("*")];
  originals.forEach((original, i) => {
    const copy = copies[i];
    if (!copy) return;
    const computed = getComputedStyle(original);
    for (const property of INLINED) {
      const value = computed.getPropertyValue(property);
      if (value) copy.setAttribute(property, value);
    }
    if (computed.display === "none") copy.setAttribute("display", "none");
    copy.removeAttribute("class");
    copy.removeAttribute("style");
    copy.removeAttribute("tabindex");
  });
  clone.setAttribute("xmlns", "http://www.w3.org/2000/svg");
  clone.setAttribute("width", String(width));
  clone.setAttribute("height", String(height));
  return new XMLSerializer().serializeToString(clone);
}

function cssColor(variable: string, fallback: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(variable).trim() || fallback;
}

function saveBlob(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Draws an SVG document on a canvas at twice its size and returns the PNG. */
async function rasterise(svg: string, width: number, height: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = width * 2;
    canvas.height = height * 2;
    const context = canvas.getContext("2d");
    if (!context) throw new Error("no 2D canvas");
    context.scale(2, 2);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("PNG encoding failed"))), "image/png"));
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** The articles behind the figures the chart draws (a derived figure's inputs included), each once. */
function chartSourcesOf(view: PairView) {
  const ids = chartFiguresOf(view.figures).flatMap((f) => (f.derived ? f.derivedFrom : [f.id]));
  return ids.flatMap((id) => {
    const excerpt = view.excerpts[id];
    return excerpt ? [{ title: excerpt.title, publisher: excerpt.publisher, date: excerpt.date }] : [];
  });
}

/** What a chart image says around the chart: its title, legend (a label and the CSS colour variable of each), note, sources and file name. */
export type ChartImageSpec = { title: string; legend: Array<{ label: string; colorVariable: string }>; note: string; sources: ChartSource[]; fileName: (format: "svg" | "png") => string };

/**
 * "SVG" and "PNG" downloads of the pair chart drawn inside the element `chartId`, with the pair
 * as a title above and the source line (the articles it draws on) below. Props: `chartId`,
 * `view` (the pair page's PairView, filtered to the figures in view).
 */
export function ChartDownload({ chartId, view }: { chartId: string; view: PairView }) {
  const drawn = chartFiguresOf(view.figures);
  const spec: ChartImageSpec = {
    title: `${view.from.name} – ${view.to.name} trade, seen from ${view.from.name}`,
    legend: CHART_METRICS.filter((m) => drawn.some((f) => f.metric === m)).map((m) => ({ label: formatMetric(m), colorVariable: `--color-${m}` })),
    note: `Filled points are stated by an article, hollow dashed ones derived; bars show the range of an approximate value; diamonds are part of a year.${chartGoalsOf(view.figures).length ? " Hollow triangles are targets (dashed: forecasts)." : ""}${drawn.some(isUnconfirmed) ? ` Pale points in a dotted ring are ${UNCONFIRMED_LEGEND}.` : ""}`,
    sources: chartSourcesOf(view),
    fileName: (format) => chartFileName(view.from.slug, view.to.slug, format),
  };
  return <ChartImageDownload chartId={chartId} spec={spec} />;
}

/**
 * "SVG" and "PNG" downloads of the chart drawn inside the element `chartId`: its <svg> with
 * styles inlined, framed by what `spec` says (title, legend, note, source line), all inside
 * the image.
 */
export function ChartImageDownload({ chartId, spec }: { chartId: string; spec: ChartImageSpec }) {
  const [error, setError] = useState("");

  const compose = () => {
    const svg = document.getElementById(chartId)?.querySelector<SVGSVGElement>("svg.recharts-surface") ?? document.getElementById(chartId)?.querySelector("svg");
    if (!svg) throw new Error("the chart is not drawn yet");
    const { width, height } = svg.getBoundingClientRect();
    const body = getComputedStyle(document.body);
    return composeChartSvg({
      chartMarkup: inlineStyles(svg, Math.round(width), Math.round(height)),
      width: Math.round(width),
      height: Math.round(height),
      title: spec.title,
      legend: spec.legend.map(({ label, colorVariable }) => ({ label, color: cssColor(colorVariable, body.color) })),
      note: spec.note,
      sourceLine: chartSourceLine(spec.sources),
      colors: { background: body.backgroundColor, ink: body.color, muted: cssColor("--color-muted", body.color) },
      fontFamily: body.fontFamily,
    });
  };

  const download = async (format: "svg" | "png") => {
    try {
      setError("");
      const { svg, width, height } = compose();
      const blob = format === "svg" ? new Blob([svg], { type: "image/svg+xml" }) : await rasterise(svg, width, height);
      saveBlob(blob, spec.fileName(format));
    } catch (e) {
      setError(`Could not make the image: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  return (
    <span className="inline-flex flex-wrap items-center gap-2" role="group" aria-label="Download the chart">
      <button type="button" onClick={() => download("svg")} className="rounded border border-line px-3 py-1 text-sm hover:bg-panel">
        Chart as SVG
      </button>
      <button type="button" onClick={() => download("png")} className="rounded border border-line px-3 py-1 text-sm hover:bg-panel">
        Chart as PNG
      </button>
      {error ? (
        <span role="alert" className="text-sm">
          {error}
        </span>
      ) : null}
    </span>
  );
}
