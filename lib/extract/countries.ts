import { COUNTRIES } from "@/lib/countries";
import { matchesIn, type Ranges } from "@/lib/extract/scan";
import type { CountryCode } from "@/lib/schema";

/** A country named in text: by name, adjective ("Belarusian") or capital/metonym ("Kremlin"). */
export type CountryMention = {
  start: number;
  end: number;
  code: CountryCode;
  form: "name" | "adjective" | "capital";
  /** Written as a possessive: "Georgia's", "Belarus’". */
  possessive: boolean;
};

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

// "the world" is not matched here: a country's total trade is recognised from its wording.
const ALIASES = COUNTRIES.filter((c) => c.code !== "WLD").flatMap((c) => [
  ...c.names.map((alias) => ({ alias: alias.replace(/^the\s+/i, ""), code: c.code, form: "name" as const })),
  ...c.adjectives.map((alias) => ({ alias, code: c.code, form: "adjective" as const })),
  ...c.capitals.map((alias) => ({ alias: alias.replace(/^the\s+/i, ""), code: c.code, form: "capital" as const })),
]);
const BY_ALIAS = new Map(ALIASES.map((a) => [a.alias.replace(/'/g, "’"), a]));

/** Letters as they occur next to country names in English news (Latin with accents, Cyrillic). */
const LETTER = String.raw`A-Za-z\u00C0-\u024F\u0400-\u04FF`;

// Longest aliases first so "Russian Federation" wins over "Russian"; case-sensitive, because
// "US" is a country and "us" is not. A digit right after a name is a footnote's mark; a
// currency's word after it makes it the currency's name ("million US dollars").
const PATTERN = new RegExp(
  String.raw`(?<![${LETTER}0-9])(${[...BY_ALIAS.keys()].sort((a, b) => b.length - a.length).map((a) => escape(a).replace(/’/g, "['’]")).join("|")})(?:(['’]s?)(?![${LETTER}]))?([1-9](?![${LETTER}0-9]))?(?![${LETTER}0-9$]|\.[${LETTER}]|\s+(?:[Dd]ollars?|DOLLARS?)\b)`,
  "g",
);

/** Finds every country named in `text` (or in the given ranges of it), in order, with offsets into it. */
export function findCountryMentions(text: string, ranges?: Ranges): CountryMention[] {
  const out: CountryMention[] = [];
  for (const m of matchesIn(text, PATTERN, ranges)) {
    const alias = BY_ALIAS.get(m[1]!.replace(/'/g, "’"));
    // A footnote's digit ("the Netherlands2 (41 bn)") follows a name, never a code ("G7", "EU27").
    if (!alias || (m[3] && alias.alias.length <= 3)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, code: alias.code, form: alias.form, possessive: Boolean(m[2]) });
  }
  return out;
}
