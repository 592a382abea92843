import type { Figure } from "@/lib/schema";

/** 64-bit FNV-1a over UTF-16 code units, as 16 hex digits: small, pure and the same everywhere. */
function fnv1a64(text: string): string {
  let hash = 0xcbf29ce484222325n;
  for (let i = 0; i < text.length; i++) {
    hash ^= BigInt(text.charCodeAt(i));
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, "0");
}

/**
 * A figure's stable id: its article, where its number stands and what it says. Re-running
 * the pipeline on the same article gives the same ids; editing another article changes none.
 */
export function figureId(f: Omit<Figure, "id">): string {
  const key = [f.articleId, f.span[0], f.span[1], f.metric, f.reporter, f.partner, f.period, f.kind].join("|");
  return `${f.metric}-${f.period.slice(0, 4)}-${fnv1a64(key).slice(0, 10)}`;
}
