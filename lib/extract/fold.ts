const folded = new Map<number, string>();

function foldChar(code: number): string {
  let out = folded.get(code);
  if (out === undefined) {
    const base = String.fromCharCode(code).normalize("NFD")[0]!;
    out = base.charCodeAt(0) < 0x80 ? base : String.fromCharCode(code);
    folded.set(code, out);
  }
  return out;
}

/**
 * The text with accented Latin letters replaced by their base letters, one code unit for one,
 * so every offset into the result is an offset into the original. Lexicons then match
 * "Lithùania", "EùR" (a scraping artefact of real copy) and "Türkiye" as they match "Lithuania".
 */
export function foldAccents(text: string): string {
  if (!/[\u00C0-\u024F\u1E00-\u1EFF]/.test(text)) return text;
  let out = "";
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0xc0 || (code > 0x24f && code < 0x1e00) || code > 0x1eff) continue;
    const base = foldChar(code);
    if (base.charCodeAt(0) === code) continue;
    out += text.slice(from, i) + base;
    from = i + 1;
  }
  return out + text.slice(from);
}

/** Latin letters that look like Cyrillic ones, and the Cyrillic they stand for. */
const LOOKALIKES: Record<string, string> = { a: "а", c: "с", e: "е", o: "о", p: "р", x: "х", y: "у", A: "А", B: "В", C: "С", E: "Е", H: "Н", K: "К", M: "М", O: "О", P: "Р", T: "Т", X: "Х" };

/**
 * The text with Latin lookalikes inside Cyrillic words made Cyrillic, one for one ("cоюза", whose
 * "c" is Latin, a typing artefact of real copy, reads as "союза"); offsets are unchanged.
 */
export function foldLookalikes(text: string): string {
  return text.replace(/[\p{L}]+/gu, (word) => (/[\u0400-\u04FF]/.test(word) && /[aceopxyABCEHKMOPTX]/.test(word) && !/[bdf-nq-wzDFGIJLNQRSUVWYZ]/.test(word) ? word.replace(/[aceopxyABCEHKMOPTX]/g, (c) => LOOKALIKES[c]!) : word));
}
