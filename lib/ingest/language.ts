/** The languages the pipeline tells apart. */
export type Language = "en" | "ru";

/**
 * The language of an article's text, by its script: Russian when most of its letters are
 * Cyrillic, else English. The corpus holds these two; a script count is exact for them, where
 * a statistical detector (franc and the like) misjudges short texts and carries trigram tables
 * for hundreds of languages it would never be asked about.
 */
export function detectLanguage(text: string): Language {
  let cyrillic = 0;
  let latin = 0;
  for (const m of text.matchAll(/\p{Script=Cyrillic}+|\p{Script=Latin}+/gu)) {
    if (/\p{Script=Cyrillic}/u.test(m[0])) cyrillic += m[0].length;
    else latin += m[0].length;
  }
  return cyrillic > latin ? "ru" : "en";
}
