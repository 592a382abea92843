"use client";

import { useEffect, useId, useRef, useState } from "react";
import { citationFormatLabels, citationFormats, formatCitations, type CitationFormat } from "@/lib/export/cite";
import type { CitationDraft } from "@/lib/export/citation-draft";

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
 * The modal dialog of one figure's citation in every format (plain text, BibTeX, CSL-JSON, RIS,
 * Wikipedia), each with a Copy button and a "Copied" confirmation announced in a status region.
 * Shown as it mounts; `onClose` when it closes. Loaded when a Cite button is first used, so the
 * formats stay out of the pages' first load.
 */
export function CiteDialog({ draft, onClose }: { draft: CitationDraft; onClose: () => void }) {
  const [status, setStatus] = useState("");
  const dialogRef = useRef<HTMLDialogElement>(null);
  const areas = useRef<Partial<Record<CitationFormat, HTMLTextAreaElement | null>>>({});
  const headingId = useId();
  const [citations] = useState(() => {
    const { permalinkPath, ...input } = draft;
    return formatCitations({ ...input, permalink: `${publicBaseUrl()}${permalinkPath}`, accessed: new Date().toISOString().slice(0, 10) });
  });

  useEffect(() => {
    dialogRef.current?.showModal();
  }, []);

  const copy = async (format: CitationFormat) => {
    const ok = await copyText(citations[format], areas.current[format] ?? null);
    setStatus(ok ? `Copied ${citationFormatLabels[format]}` : "Copy failed: select the text and copy it by hand");
  };

  return (
    <dialog
      ref={dialogRef}
      aria-labelledby={headingId}
      onClose={onClose}
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
  );
}
