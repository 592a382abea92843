/** Sentences longer than this (in UTF-16 units) are linked as a range of their first and last words. */
const TEXT_FRAGMENT_MAX_EXACT = 150;
/** How many words open (textStart) and close (textEnd) a range-based text fragment. */
const RANGE_WORDS = 5;

/**
 * Percent-encodes one text-directive term per the Text Fragments spec: everything
 * encodeURIComponent encodes (so `,` and `&` become %2C and %26), and also `-`, which the
 * directive syntax uses for prefix/suffix (`encodeURIComponent` leaves it bare).
 */
export function encodeTextDirectiveTerm(term: string): string {
  return encodeURIComponent(term).replace(/-/g, "%2D");
}

/**
 * The `text=` directive value that selects `sentence` on a page: the whole sentence when it is
 * short, else `textStart,textEnd` made of its first and last words. Whitespace is collapsed
 * first (browsers match rendered text, where line breaks are spaces).
 */
export function buildTextDirective(sentence: string): string {
  const text = sentence.replace(/\s+/g, " ").trim();
  const words = text.split(" ");
  if (text.length <= TEXT_FRAGMENT_MAX_EXACT || words.length < RANGE_WORDS * 2 + 1) return encodeTextDirectiveTerm(text);
  const start = words.slice(0, RANGE_WORDS).join(" ");
  const end = words.slice(-RANGE_WORDS).join(" ");
  return `${encodeTextDirectiveTerm(start)},${encodeTextDirectiveTerm(end)}`;
}

/**
 * A link to `sentence` on the page at `url`: `url#:~:text=…`. An existing fragment of the URL
 * is dropped (the directive replaces it); an empty sentence yields the URL unchanged.
 */
export function buildTextFragmentUrl(url: string, sentence: string): string {
  const base = url.split("#")[0] ?? url;
  const directive = buildTextDirective(sentence);
  return directive === "" ? base : `${base}#:~:text=${directive}`;
}
