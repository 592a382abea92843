"use client";

import { useActionState } from "react";
import { articleAction, type ArticleState } from "@/app/edit/actions";
import type { ArticlePreview } from "@/lib/edit/article-preview";
import { ActionError, FIELD_CLASS } from "@/components/edit/reading-fields";
import { MarkedText } from "@/components/edit/marked-text";

/** The largest upload (lib/ingest/input.ts's MAX_INPUT_BYTES, which this browser code does not import). */
const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

/**
 * Adding an article: paste its text or upload a .txt or saved .html page, see it cleaned with
 * every figure marked (its reading and confidence), confirm or edit the metadata, and save.
 */
export function ArticleSubmit() {
  // One state for both steps, so what is shown is always the last step's answer.
  const [state, act, pending] = useActionState<ArticleState, FormData>(articleAction, {});
  return (
    <div className="space-y-6">
      <form action={act} className="space-y-3">
        <input type="hidden" name="intent" value="preview" />
        <label className="block">
          <span className="block text-sm font-semibold">Paste the article (headline, date and text)</span>
          <textarea name="text" rows={10} defaultValue={state.text} key={state.text ?? ""} className={`${FIELD_CLASS} font-mono text-sm`} />
        </label>
        <label className="block">
          <span className="block text-sm font-semibold">or upload a .txt file or a saved .html page (at most 5 MB)</span>
          <input
            type="file"
            name="file"
            accept=".txt,.text,.html,.htm,.xhtml,text/plain,text/html"
            // Said before the upload: a file over the limit is refused anyway, after a long wait.
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              e.currentTarget.setCustomValidity(file && file.size > MAX_UPLOAD_BYTES ? `${file.name} is over 5 MB, the limit for an article.` : "");
            }}
            className="text-sm"
          />
        </label>
        <button type="submit" disabled={pending} className="rounded border border-line px-3 py-1">
          {pending ? "Working…" : "Preview"}
        </button>
      </form>
      <ActionError error={state.error} />
      {state.preview ? <PreviewOf key={JSON.stringify([state.preview.rawText, state.preview.meta])} preview={state.preview} save={act} saving={pending} /> : null}
    </div>
  );
}

function PreviewOf({ preview, save, saving }: { preview: ArticlePreview; save: (form: FormData) => void; saving: boolean }) {
  const { meta } = preview;
  return (
    <section aria-labelledby="preview-heading" className="space-y-4" data-testid="article-preview">
      <h2 id="preview-heading" className="text-xl font-semibold">
        Preview: {preview.figures.length} {preview.figures.length === 1 ? "figure" : "figures"} found
      </h2>
      <form action={save} className="grid gap-3 sm:grid-cols-2">
        <input type="hidden" name="intent" value="save" />
        <input type="hidden" name="rawText" value={preview.rawText} />
        <label className="sm:col-span-2">
          <span className="block text-sm">Title</span>
          <input name="title" defaultValue={meta.title} required maxLength={300} className={FIELD_CLASS} />
        </label>
        <label>
          <span className="block text-sm">Date (YYYY-MM-DD)</span>
          <input name="date" defaultValue={meta.date ?? ""} pattern="\d{4}-\d{2}-\d{2}" className={FIELD_CLASS} />
        </label>
        <label>
          <span className="block text-sm">Publisher</span>
          <input name="publisher" defaultValue={meta.publisher ?? ""} maxLength={200} className={FIELD_CLASS} />
        </label>
        <label>
          <span className="block text-sm">Author</span>
          <input name="author" defaultValue={meta.author ?? ""} maxLength={200} className={FIELD_CLASS} />
        </label>
        <label>
          <span className="block text-sm">URL</span>
          <input name="url" type="url" defaultValue={meta.url ?? ""} maxLength={2000} className={FIELD_CLASS} />
        </label>
        <div className="sm:col-span-2">
          <button type="submit" disabled={saving} className="rounded border border-accent bg-accent px-3 py-1 text-page">
            {saving ? "Saving…" : "Save the article"}
          </button>
        </div>
      </form>
      <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div className="space-y-3 font-serif" data-testid="preview-text">
          <MarkedText paragraphs={preview.paragraphs} />
        </div>
        <ol className="space-y-2 text-sm" data-testid="preview-figures">
          {preview.figures.map((f) => (
            <li key={f.id} id={`figure-${f.id}`} className="rounded border border-line p-2">
              <span className="font-semibold">{f.number}</span>: {f.reading}. <span className={f.unconfirmed ? "font-semibold" : "text-muted"}>{f.confidenceText}</span>
            </li>
          ))}
        </ol>
      </div>
    </section>
  );
}
