"use client";

import { useActionState } from "react";
import { reviewFigureAction, type ActionState } from "@/app/edit/actions";
import type { FigureReading } from "@/lib/schema";
import { ActionError, NoteField, ReadingFields } from "@/components/edit/reading-fields";

/** Confirm, correct (every field of the reading, prefilled with what readers see now) or reject one figure, with a note. */
export function ReviewForm({ figureId, reading, countries }: { figureId: string; reading: FigureReading; countries: Array<{ code: string; name: string }> }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(reviewFigureAction, {});
  return (
    <form action={action} className="space-y-4">
      <input type="hidden" name="figureId" value={figureId} />
      <input type="hidden" name="then" value="/edit" />
      <ReadingFields reading={reading} values={state.values} countries={countries} legend="The reading (for a correction)" />
      <NoteField hint="what you checked, or why" value={state.values?.note} />
      <ActionError error={state.error} />
      <div className="flex flex-wrap gap-2">
        <button type="submit" name="verdict" value="confirm" disabled={pending} className="rounded border border-line px-3 py-1">
          Confirm as read
        </button>
        <button type="submit" name="verdict" value="correct" disabled={pending} className="rounded border border-accent bg-accent px-3 py-1 text-page">
          Save the correction
        </button>
        <button type="submit" name="verdict" value="reject" disabled={pending} className="rounded border border-line px-3 py-1">
          Reject
        </button>
      </div>
    </form>
  );
}
