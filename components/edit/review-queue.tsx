"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useActionState, useEffect, useRef, type KeyboardEvent } from "react";
import { reviewFigureAction, type ActionState } from "@/app/edit/actions";

/** A figure in the queue as the page hands it over: its sentence cut around its number, and its reading. */
export type QueueItem = { id: string; articleId: string; articleTitle: string; sentenceNumber: number; before: string; number: string; after: string; reading: string; confidence: string };

/**
 * The queue: each figure with its sentence in view, and Confirm, Reject and Correct. From the
 * keyboard: j / k (or the arrow keys) move between figures, c confirms, r rejects and e corrects
 * the one in focus.
 */
export function ReviewQueue({ items }: { items: QueueItem[] }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(reviewFigureAction, {});
  const list = useRef<HTMLOListElement>(null);
  const router = useRouter();
  const entries = () => [...(list.current?.querySelectorAll<HTMLLIElement>("li[data-figure-id]") ?? [])];
  // The first figure has the focus, so the keys work at once (and again after each verdict).
  useEffect(() => {
    if (!list.current?.contains(document.activeElement)) entries()[0]?.focus();
  }, [items]);

  const onKeyDown = (event: KeyboardEvent<HTMLOListElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey || (event.target as HTMLElement).closest("input, textarea, select")) return;
    const all = entries();
    const current = (event.target as HTMLElement).closest<HTMLLIElement>("li[data-figure-id]");
    const index = current ? all.indexOf(current) : -1;
    const move = (to: number) => all[Math.max(0, Math.min(all.length - 1, to))]?.focus();
    const key = event.key.toLowerCase();
    if (key === "j" || event.key === "ArrowDown") move(index + 1);
    else if (key === "k" || event.key === "ArrowUp") move(index - 1);
    else if (current && (key === "c" || key === "r")) current.querySelector<HTMLButtonElement>(`button[value="${key === "c" ? "confirm" : "reject"}"]`)?.click();
    else if (current && key === "e") router.push(`/edit/figures/${current.dataset.figureId}`);
    else return;
    event.preventDefault();
  };

  return (
    <div className="space-y-3">
      <p className="text-sm text-muted" id="queue-keys">
        Keys: <kbd>j</kbd>/<kbd>k</kbd> next and previous, <kbd>c</kbd> confirm, <kbd>r</kbd> reject, <kbd>e</kbd> correct.
      </p>
      <p role="status" aria-live="polite" className="min-h-6 text-sm font-semibold">
        {pending ? "Saving…" : state.error ?? ""}
      </p>
      <ol ref={list} onKeyDown={onKeyDown} className="space-y-3" aria-describedby="queue-keys">
        {items.map((item) => (
          <li key={item.id} data-figure-id={item.id} tabIndex={0} aria-label={`${item.reading}, confidence ${item.confidence}`} className="space-y-2 rounded border border-line p-3 focus:outline focus:outline-2 focus:outline-accent">
            <p className="text-sm font-semibold">
              {item.reading} <span className="font-normal text-muted">(confidence {item.confidence})</span>
            </p>
            <blockquote className="font-serif">
              “{item.before}
              <mark className="bg-mark font-semibold">{item.number}</mark>
              {item.after}”
            </blockquote>
            <p className="text-xs text-muted">
              <Link href={`/articles/${item.articleId}#s-${item.sentenceNumber}`}>{item.articleTitle}</Link>, sentence {item.sentenceNumber}
            </p>
            <form action={action} className="flex flex-wrap gap-2">
              <input type="hidden" name="figureId" value={item.id} />
              <input type="hidden" name="then" value="/edit" />
              <button type="submit" name="verdict" value="confirm" disabled={pending} className="rounded border border-line px-2 py-0.5 text-sm">
                Confirm
              </button>
              <button type="submit" name="verdict" value="reject" disabled={pending} className="rounded border border-line px-2 py-0.5 text-sm">
                Reject
              </button>
              <Link href={`/edit/figures/${item.id}`} className="rounded border border-line px-2 py-0.5 text-sm no-underline">
                Correct…
              </Link>
            </form>
          </li>
        ))}
      </ol>
    </div>
  );
}
