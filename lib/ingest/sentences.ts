import { isTableRow } from "@/lib/extract/tables";
import type { Sentence } from "@/lib/schema";

/** Abbreviations after which a full stop does not end a sentence (lower-cased, without the dot). */
const ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "gen", "col", "lt", "capt", "sgt", "maj", "adm", "sen", "rep", "gov", "pres", "rev", "hon",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  "no", "nos", "p", "pp", "vol", "fig", "art", "para", "ch", "sec", "vs", "v", "cf", "approx", "est", "ca", "incl", "excl", "dept", "govt",
  "inc", "ltd", "co", "corp", "bros", "plc", "llc", "jsc", "ojsc", "cjsc", "e.g", "i.e", "u.s", "u.k", "u.n", "e.u", "a.m", "p.m",
  // Russian: "в г. Минске", "т.е.", "им. Ленина", "долл. США". ("64,18 млн. долларов" needs none:
  // a small letter follows; "составил $1 млрд. Экспорт …" ends a sentence.)
  "г", "гг", "долл", "т.е", "т.к", "т.д", "т.п", "т.н", "им", "ул", "обл", "см", "др", "пр", "напр", "англ", "рус", "стр",
]);

/** "г."/"гг." after a year is the year's ("в 2014 г. Товарооборот …" ends there); before a name, the town's ("в г. Минске"). */
const YEAR_ABBREVIATION = /\d\s*(?:г|гг)$/u;

/**
 * Where a sentence may end: terminal punctuation, any closing quotes or brackets, then white
 * space, then something that can start a sentence (a capital, digit, quote or bracket). Copy
 * pasted from web pages loses the space at times ("$190.271 billion.Meanwhile, trade …"): a
 * full stop between a word and a capitalised word ("the month.In May", "2005 года.В апреле") ends a sentence too. A run of marks is
 * tried from its first mark only, so a long run ("……") costs one attempt, not one per mark.
 */
const BOUNDARY = /(?<![.!?…])([.!?…]+)(["'”’»)\]]*)(\s+|(?<=(?:^|\s)[^\s.]*\p{Ll}{3}\.)(?=\p{Lu}\p{Ll}*[\s,]))(?=["'“‘«(\[]?[\p{Lu}\p{N}])/gu;

function endsWithAbbreviation(text: string, dotIndex: number): boolean {
  const before = text.slice(Math.max(0, dotIndex - 12), dotIndex);
  const word = /([\p{L}.]+)$/u.exec(before)?.[1];
  if (!word) return false;
  const lower = word.toLowerCase();
  if (YEAR_ABBREVIATION.test(before)) return false;
  // Single initials ("A. Lukashenko") and dotted forms ("U.S.") never end a sentence here.
  return ABBREVIATIONS.has(lower) || /^\p{Lu}$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word);
}

const LARGER_SCALE = /\d\s*(?:трлн|млрд|bln|trln)$/iu;
const SMALLER_SCALE_AHEAD = /^\.\s+\d[\d.,\s]*?\s?(?:млрд|млн|тыс|bln|mln|thousand|million|billion)/iu;
const BROKEN_DECIMAL_AHEAD = /^\.\s\d{1,3}\s?(?:trillion|billion|million|trln|bln|mln|bn|mn|трлн|млрд|млн)(?!\p{L})/iu;

/**
 * An amount goes on after a dot: written in two scales ("$2 млрд. 842 млн.", "5 bln. 300 mln
 * dollars"), or as a decimal that a stray space breaks ("a trade surplus of 42. 5 billion dollars").
 */
function amountGoesOn(text: string, dotIndex: number): boolean {
  const before = text.slice(Math.max(0, dotIndex - 12), dotIndex);
  const after = text.slice(dotIndex, dotIndex + 30);
  return (LARGER_SCALE.test(before) && SMALLER_SCALE_AHEAD.test(after)) || (/(?<![\d.,])\d{1,3}$/.test(before) && BROKEN_DECIMAL_AHEAD.test(after));
}

/**
 * Splits a cleaned body into sentences. Paragraphs are the blocks between blank lines; a
 * sentence never spans two. Offsets are UTF-16 code units into `body`, half-open, with the
 * surrounding white space excluded. Safe around "Mr.", "U.S.", "Jan.", "p.", decimals, and the
 * Russian "г.", "гг.", "млн.", "т.е.", "им." and initials ("А. Лукашенко").
 */
export function splitSentences(body: string): Sentence[] {
  const sentences: Sentence[] = [];
  const paragraphPattern = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
  let paragraph = 0;
  for (const p of body.matchAll(paragraphPattern)) {
    if (p[0].trim().length === 0) continue;
    for (const [start, end] of segmentsOf(p[0])) splitProse(sentences, p[0].slice(start, end), p.index + start, paragraph);
    paragraph++;
  }
  return sentences;
}

/**
 * A paragraph's runs of prose lines, and each line of a table on its own: a table's row is
 * what a figure read from it cites, and no full stop separates it from the next row.
 */
function segmentsOf(paragraph: string): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  let lineStart = 0;
  for (const line of paragraph.split("\n")) {
    const lineEnd = lineStart + line.length;
    if (isTableRow(line)) {
      if (lineStart > start) out.push([start, lineStart]);
      out.push([lineStart, lineEnd]);
      start = lineEnd + 1;
    }
    lineStart = lineEnd + 1;
  }
  if (start < paragraph.length) out.push([start, paragraph.length]);
  return out;
}

/** The sentences of one run of prose, offsets counted from `base`. */
function splitProse(sentences: Sentence[], text: string, base: number, paragraph: number) {
  let start = 0;
  for (const m of text.matchAll(BOUNDARY)) {
    const dotIndex = m.index;
    if (m[1] === "." && (endsWithAbbreviation(text, dotIndex) || amountGoesOn(text, dotIndex))) continue;
    const end = dotIndex + m[1]!.length + m[2]!.length;
    pushTrimmed(sentences, text, base, start, end, paragraph);
    start = end + m[3]!.length;
  }
  pushTrimmed(sentences, text, base, start, text.length, paragraph);
}

function pushTrimmed(out: Sentence[], text: string, base: number, start: number, end: number, paragraph: number) {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) out.push({ index: out.length, start: base + start, end: base + end, paragraph });
}
