import transliterate from "@sindresorhus/transliterate";

const MAX_SLUG_LENGTH = 100;

/**
 * A URL slug from a title: ASCII lowercase words joined by hyphens, accents folded, Cyrillic
 * transliterated ("Товарооборот Беларуси" → "tovarooborot-belarusi"), cut at a word boundary to
 * at most 100 characters. Latin text is folded as before, so the slugs already issued stay.
 * Empty when the title has no letters of these scripts or digits.
 */
export function slugify(title: string): string {
  const words = title
    .replace(/\p{Script=Cyrillic}+/gu, (run) => transliterate(run))
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’]/g, "")
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = "";
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > MAX_SLUG_LENGTH) break;
    slug = next;
  }
  return slug || (words[0] ?? "").slice(0, MAX_SLUG_LENGTH);
}
