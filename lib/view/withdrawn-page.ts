import type { IssuedId } from "@/lib/db/store";
import { countryRefFor } from "@/lib/series/pair-view";
import { formatMetric, formatPeriod, formatValue } from "@/lib/view/format";

type Withdrawn = Extract<IssuedId, { status: "withdrawn" }>;

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The page a withdrawn figure's permalink answers with (410): what the figure said, the
 * sentence it was read from with its number marked, and why it is gone. Every piece of
 * article text is escaped: it is shown, never interpreted.
 */
export function withdrawnFigurePage({ figure, reason }: Withdrawn): string {
  const reading = [
    formatMetric(figure.metric),
    `${countryRefFor(figure.reporter).name} – ${countryRefFor(figure.partner).name}`,
    formatPeriod(figure.period),
    ...(figure.value === null ? [] : [formatValue(figure.value, figure.currency, figure.qualifier ?? "exact")]),
  ].join(", ");
  const at = figure.numberText ? figure.sentenceText.indexOf(figure.numberText) : -1;
  const sentence =
    at === -1
      ? escapeHtml(figure.sentenceText)
      : `${escapeHtml(figure.sentenceText.slice(0, at))}<mark>${escapeHtml(figure.numberText)}</mark>${escapeHtml(figure.sentenceText.slice(at + figure.numberText.length))}`;
  const source = figure.articleId
    ? `<p>From <a href="/articles/${encodeURIComponent(figure.articleId)}">${escapeHtml(figure.articleTitle ?? figure.articleId)}</a>.</p>`
    : "";
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Figure withdrawn – tradecite</title>
<style>body{font-family:system-ui,sans-serif;max-width:42rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1a1a1a}blockquote{font-family:Georgia,serif;font-size:1.1rem;border-left:4px solid #999;margin:1rem 0;padding-left:1rem}mark{background:#fde68a}</style></head>
<body><main><h1>This figure was withdrawn</h1><p>It read: <strong>${escapeHtml(reading)}</strong>.</p>${sentence ? `<blockquote>${sentence}</blockquote>` : ""}
<p>Why: ${escapeHtml(reason)}.</p>${source}<p><a href="/">Go to the overview</a></p></main></body></html>`;
}
