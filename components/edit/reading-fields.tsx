"use client";

import type { FigureReading } from "@/lib/schema";

const METRICS = ["turnover", "exports", "imports", "balance", "share"] as const;
const QUALIFIERS = [
  ["exact", "exact"],
  ["approx", "about"],
  ["almost", "almost"],
  ["more_than", "more than"],
  ["less_than", "less than"],
] as const;
const KINDS = ["actual", "target", "forecast"] as const;

export const FIELD_CLASS = "w-full rounded border border-line bg-page px-2 py-1";

/** The fields of a figure's reading, prefilled with `reading` (the value as `valueText` when given): what a correction or an added figure states. */
export function ReadingFields({ reading, valueText, values, countries, legend }: { reading: FigureReading; valueText?: string; values?: Record<string, string>; countries: Array<{ code: string; name: string }>; legend: string }) {
  // What a refused submission held comes back in place of the prefilled reading.
  const initial = (name: keyof FigureReading, prefilled: string) => values?.[name] ?? prefilled;
  const countryOptions = countries.map((c) => (
    <option key={c.code} value={c.code}>
      {c.name} ({c.code})
    </option>
  ));
  return (
    <fieldset className="grid gap-3 sm:grid-cols-2">
      <legend className="mb-2 font-semibold">{legend}</legend>
      <label>
        <span className="block text-sm">Metric</span>
        <select name="metric" defaultValue={initial("metric", reading.metric)} className={FIELD_CLASS}>
          {METRICS.map((m) => (
            <option key={m}>{m}</option>
          ))}
        </select>
      </label>
      <label>
        <span className="block text-sm">Kind</span>
        <select name="kind" defaultValue={initial("kind", reading.kind)} className={FIELD_CLASS}>
          {KINDS.map((k) => (
            <option key={k}>{k}</option>
          ))}
        </select>
      </label>
      <label>
        <span className="block text-sm">Reporter (whose exports, imports or balance)</span>
        <select name="reporter" defaultValue={initial("reporter", reading.reporter)} className={FIELD_CLASS}>
          {countryOptions}
        </select>
      </label>
      <label>
        <span className="block text-sm">Partner</span>
        <select name="partner" defaultValue={initial("partner", reading.partner)} className={FIELD_CLASS}>
          {countryOptions}
        </select>
      </label>
      <label>
        <span className="block text-sm">Period (2014, or 2023-01/2023-05)</span>
        <input name="period" defaultValue={initial("period", reading.period)} required className={FIELD_CLASS} />
      </label>
      <label>
        <span className="block text-sm">Value (64180000 or 64.18 million; a deficit below zero)</span>
        <input name="value" defaultValue={initial("value", valueText ?? String(reading.value))} required className={FIELD_CLASS} />
      </label>
      <label>
        <span className="block text-sm">Currency (USD, EUR …; empty for a share)</span>
        <input name="currency" defaultValue={initial("currency", reading.currency ?? "")} maxLength={3} className={FIELD_CLASS} />
      </label>
      <label>
        <span className="block text-sm">Qualifier</span>
        <select name="qualifier" defaultValue={initial("qualifier", reading.qualifier)} className={FIELD_CLASS}>
          {QUALIFIERS.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
    </fieldset>
  );
}

/** The optional note that goes with a verdict or an added figure. */
export function NoteField({ hint, value }: { hint: string; value?: string }) {
  return (
    <label className="block">
      <span className="block text-sm">Note (optional: {hint})</span>
      <textarea name="note" maxLength={2000} rows={2} defaultValue={value} className={FIELD_CLASS} />
    </label>
  );
}

/** What a Server Action refused, said where the form is. */
export function ActionError({ error }: { error?: string }) {
  return error ? (
    <p role="alert" className="font-semibold">
      {error}
    </p>
  ) : null;
}
