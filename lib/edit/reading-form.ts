import { countryByCode } from "@/lib/countries";
import { figureReadingSchema, type FigureReading } from "@/lib/schema";

const SCALES: Record<string, number> = { thousand: 1e3, k: 1e3, million: 1e6, mln: 1e6, m: 1e6, billion: 1e9, bln: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12 };

/**
 * An amount as an editor types it: "64180000", "64,180,000", "64.18 million", "1.2bn",
 * "−237.1 million" (a minus sign of either kind). Undefined when it is no amount.
 */
export function parseEditorAmount(text: string): number | undefined {
  const m = /^\s*([-−–]?)\s*(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?\s*([a-z]*)\s*$/i.exec(text.replace(/\u00a0/g, " "));
  if (!m) return undefined;
  const scale = m[4] ? SCALES[m[4].toLowerCase()] : 1;
  if (scale === undefined) return undefined;
  const value = Number(`${m[2]!.replace(/,/g, "")}${m[3] ? `.${m[3]}` : ""}`) * scale * (m[1] ? -1 : 1);
  // Rounded to what the typed digits say, so 64.18 million is 64180000, not 64179999.99999999.
  const rounded = Number(value.toPrecision(15));
  return Number.isFinite(rounded) ? rounded : undefined;
}

/** The reading an editor's form gives (fields metric, reporter, partner, period, value, currency, qualifier, kind), or what is wrong with it. */
export function readingFromForm(field: (name: string) => string): { ok: true; reading: FigureReading } | { ok: false; error: string } {
  const value = parseEditorAmount(field("value"));
  if (value === undefined) return { ok: false, error: `"${field("value").slice(0, 40)}" is not an amount: write it as 64180000, 64,180,000 or 64.18 million` };
  const [reporter, partner] = [field("reporter"), field("partner")];
  for (const code of [reporter, partner]) if (!countryByCode(code)) return { ok: false, error: `"${code.slice(0, 10)}" is not a country code this site knows` };
  if (reporter === partner) return { ok: false, error: "the reporter and the partner are the same country" };
  const currency = field("currency").trim().toUpperCase();
  const parsed = figureReadingSchema.safeParse({
    metric: field("metric"),
    reporter,
    partner,
    period: field("period").trim(),
    value,
    currency: currency === "" ? null : currency,
    qualifier: field("qualifier"),
    kind: field("kind"),
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, error: `${issue?.path.join(".") || "the reading"}: ${issue?.message ?? "invalid"}` };
  }
  if ((parsed.data.metric === "share") !== (parsed.data.currency === null)) return { ok: false, error: "a share has no currency, and every other figure has one" };
  return { ok: true, reading: parsed.data };
}
