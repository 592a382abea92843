"use client";

import { useActionState, useState } from "react";
import { addFigureAction, type ActionState } from "@/app/edit/actions";
import type { FigureReading } from "@/lib/schema";
import type { ReaderPiece } from "@/lib/view/article-view";
import { ActionError, FIELD_CLASS, NoteField, ReadingFields } from "@/components/edit/reading-fields";
import { MarkedText } from "@/components/edit/marked-text";

/** The amount in a selected number, for the value field: "USD 64.18 million" → "64.18 million", "$1.2bn" → "1.2bn". */
function amountOf(number: string): string | undefined {
  const amount = number.replace(/^[^\d−-]+/, "").replace(/\s*(?:US\s*)?(?:dollars?|euros?|usd|eur|rubles?|roubles?)\b.*$/i, "").trim();
  return amount || undefined;
}

/**
 * An article's text to add a figure the extractor missed: select the number in a sentence (or
 * type the sentence's number and the number as written), give its reading, and add it. Numbers
 * that are figures already are marked.
 */
export function AddFigure({ articleId, paragraphs, reading, countries }: { articleId: string; paragraphs: ReaderPiece[][]; reading: FigureReading; countries: Array<{ code: string; name: string }> }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(addFigureAction, {});
  const [picked, setPicked] = useState({ sentence: "", number: "", occurrence: "1" });

  // The selection, read as the sentence it lies in, its text, and which occurrence of that text it is.
  const pick = () => {
    const selection = window.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) return;
    const range = selection.getRangeAt(0);
    const sentence = (range.startContainer.parentElement ?? null)?.closest<HTMLElement>("[data-sentence]");
    if (!sentence || !sentence.contains(range.endContainer)) return;
    const number = range.toString().trim();
    if (!/\d/.test(number)) return;
    const before = document.createRange();
    before.setStart(sentence, 0);
    before.setEnd(range.startContainer, range.startOffset);
    const prefix = before.toString();
    let occurrence = 1;
    for (let at = prefix.indexOf(number); at !== -1; at = prefix.indexOf(number, at + 1)) occurrence++;
    setPicked({ sentence: sentence.dataset.sentence!, number, occurrence: String(occurrence) });
  };

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
      <div className="space-y-3 font-serif text-lg" onMouseUp={pick} onKeyUp={pick} data-testid="article-text">
        <MarkedText paragraphs={paragraphs} markTitle="already a figure" />
      </div>
      <form action={action} className="space-y-3" aria-labelledby="add-figure-heading">
        <h2 id="add-figure-heading" className="text-lg font-semibold">
          Add a figure
        </h2>
        <input type="hidden" name="articleId" value={articleId} />
        <div className="grid grid-cols-3 gap-2">
          <label>
            <span className="block text-sm">Sentence</span>
            <input name="sentence" inputMode="numeric" required value={picked.sentence} onChange={(e) => setPicked({ ...picked, sentence: e.target.value })} className={FIELD_CLASS} />
          </label>
          <label className="col-span-2">
            <span className="block text-sm">Number as written</span>
            <input name="number" required value={picked.number} onChange={(e) => setPicked({ ...picked, number: e.target.value })} className={FIELD_CLASS} />
          </label>
        </div>
        <input type="hidden" name="occurrence" value={picked.occurrence} />
        <ReadingFields key={picked.number} reading={reading} valueText={amountOf(picked.number)} values={state.values} countries={countries} legend="Its reading" />
        <NoteField hint="where the figure comes from" value={state.values?.note} />
        <ActionError error={state.error} />
        <button type="submit" disabled={pending} className="rounded border border-accent bg-accent px-3 py-1 text-page">
          Add the figure
        </button>
      </form>
    </div>
  );
}
