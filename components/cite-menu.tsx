"use client";

import { useEffect, useId, useRef, useState } from "react";
import type { SourceExcerpt } from "@/lib/view/article-view";
import { citationFormatLabels, citationFormats, draftCitation, formatCitations, type CitationFormat } from "@/lib/export/cite";
import { formatMetric, formatPeriod } from "@/lib/view/format";
import type { PairFigure } from "@/lib/series/series";

/** The app's public base URL: NEXT_PUBLIC_TRADECITE_PUBLIC_URL if set at build time, else this page's origin. */
function publicBaseUrl(): string {
  return (process.env.NEXT_PUBLIC_TRADECITE_PUBLIC_URL || window.location.origin).replace(/\/+$/, "");
}

/** Copies with the Clipboard API, falling back to selecting the text area and execCommand("copy"). */
async function copyText(text: string, fallback: HTMLTextAreaElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    if (!fallback) return false;
    fallback.focus();
    fallback.select();
    return document.execCommand("copy");
  }
}

/**
 * "Cite" for one figure: a button opening a modal dialog with the citation in every format
 * (plain text, BibTeX, CSL-JSON, RIS, Wikipedia), each with a Copy button and a "Copied"
 * confirmation announced in a status region. Props: `figure` and `excerpts` (by stated figure
 * id, as the pair and figure pages hold them); renders nothing when the figure's sentence is unknown.
 */
export function CiteMenu({ figure, excerpts, names, side }: { figure: PairFigure; excerpts: Record<string, SourceExcerpt>; names: Readonly<Record<string, string>>; side?: string }) {
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState("");
  const dialogRef = useRef<HTMLDialogElement>(null);
  const areas = useRef<Partial<Record<CitationFormat, HTMLTextAreaElement | null>>>({});
  const headingId = useId();
  const [citations, setCitations] = useState<Record<CitationFormat, string> | null>(null);

  useEffect(() => {
    if (open) dialogRef.current?.showModal();
  }, [open]);

  const draft = draftCitation(figure, excerpts, names, side);
  if (!draft) return null;

  const show = () => {
    const { permalinkPath, ...input } = draft;
    setCitations(formatCitations({ ...input, permalink: `${publicBaseUrl()}${permalinkPath}`, accessed: new Date().toISOString().slice(0, 10) }));
    setStatus("");
    setOpen(true);
  };

  const copy = async (format: CitationFormat) => {
    if (!citations) return;
    const ok = await copyText(citations[format], areas.current[format] ?? null);
    setStatus(ok ? `Copied ${citationFormatLabels[format]}` : "Copy failed: select the text and copy it by hand");
  };

  return (
    // Clicks inside (the dialog included) must not reach a selectable table row around the menu.
    <span className="inline-block" onClick={(e) => e.stopPropagation()}>
      <button type="button" onClick={show} aria-haspopup="dialog" aria-label={`Cite ${formatMetric(figure.metric).toLowerCase()} ${formatPeriod(figure.period)}`} className="rounded border border-line px-2 py-0.5 text-sm hover:bg-panel">
        Cite
      </button>
      {open && citations ? (
        <dialog
          ref={dialogRef}
          aria-labelledby={headingId}
          onClose={() => setOpen(false)}
          className="m-auto w-[min(40rem,calc(100vw-2rem))] rounded border border-line bg-page p-4 text-left text-ink backdrop:bg-black/40"
        >
          <div className="flex items-center justify-between gap-4">
            <h2 id={headingId} className="text-lg font-semibold">
              Cite this figure
            </h2>
            <button type="button" onClick={() => dialogRef.current?.close()} className="rounded border border-line px-2 py-0.5 text-sm">
              Close
            </button>
          </div>
          <p role="status" className="min-h-6 text-sm font-semibold">
            {status}
          </p>
          <div className="max-h-[70vh] space-y-4 overflow-y-auto">
            {citationFormats.map((format) => (
              <section key={format} className="space-y-1">
                <div className="flex items-center justify-between gap-2">
                  <h3 id={`${headingId}-${format}`} className="text-sm font-semibold">
                    {citationFormatLabels[format]}
                  </h3>
                  <button type="button" onClick={() => copy(format)} className="rounded border border-line px-2 py-0.5 text-sm hover:bg-panel">
                    Copy<span className="sr-only"> {citationFormatLabels[format]}</span>
                  </button>
                </div>
                <textarea
                  ref={(el) => {
                    areas.current[format] = el;
                  }}
                  readOnly
                  aria-labelledby={`${headingId}-${format}`}
                  value={citations[format]}
                  rows={Math.min(8, citations[format].split("\n").length + 1)}
                  className="w-full resize-y rounded border border-line bg-panel p-2 font-mono text-xs"
                />
              </section>
            ))}
          </div>
        </dialog>
      ) : null}
    </span>
  );
}
