"use client";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="space-y-3">
      <h1 className="text-2xl font-bold">Something went wrong</h1>
      <p>This page could not be shown. Try again, or go back to the overview.</p>
      <button type="button" onClick={reset} className="rounded border border-line px-3 py-1">
        Try again
      </button>
    </div>
  );
}
