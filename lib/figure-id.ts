import type { Figure } from "@/lib/schema";

/**
 * Two 32-bit FNV-1a hashes of the UTF-16 code units (different offset bases), as 16 hex
 * digits: small, pure, the same in Node and the browser, and far cheaper than BigInt maths.
 */
function hash64(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193);
  }
  return (a >>> 0).toString(16).padStart(8, "0") + (b >>> 0).toString(16).padStart(8, "0");
}

/**
 * A figure's stable id: its article, where its number stands and what it says. Re-running
 * the pipeline on the same article gives the same ids; editing another article changes none.
 */
export function figureId(f: Omit<Figure, "id" | "confidence">): string {
  const key = [f.articleId, f.span[0], f.span[1], f.metric, f.reporter, f.partner, f.period, f.kind].join("|");
  return `${f.metric}-${f.period.slice(0, 4)}-${hash64(key).slice(0, 10)}`;
}
