const MAX_SLUG_LENGTH = 100;

/**
 * A URL slug from a title: ASCII lowercase words joined by hyphens, accents folded, cut at a
 * word boundary to at most 100 characters. Empty when the title has no Latin letters or digits.
 */
export function slugify(title: string): string {
  const words = title
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
